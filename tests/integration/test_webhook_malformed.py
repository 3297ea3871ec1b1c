"""Signed but malformed events: each one is acknowledged (200) and logged, never a 500 that LINE
would redeliver forever, and never stops the other events of the POST. A 500 stays for faults a
retry can get past (tests/integration/test_fault_drills.py)."""

from __future__ import annotations

import json
import logging

import pytest
from boto3.dynamodb.conditions import Key

from linecrm.dal import customers, dynamo, history
from linecrm.domain import bot_texts as t
from local.apigw import proxy_event
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import SECRET, Customer, invoke, post, texts

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def taro(line_emulator):
    return Customer(line_emulator, "U" + "1" * 32)


def post_raw(body: str) -> tuple[int, dict]:
    """A body written by hand (ASCII-escaped JSON, as a lone surrogate needs), correctly signed."""
    raw = body.encode("utf-8")
    headers = {"X-Line-Signature": ev.sign(raw, SECRET), "Content-Type": "application/json"}
    return invoke(proxy_event("POST", "/webhook", headers, raw))


def post_with_answer(taro, odd: dict | str) -> int:
    """POST the odd event, then taro's gender answer: the answer must still be handled."""
    taro.follow()
    answer = ev.text(taro.user_id, "女性", reply_token=taro._token())
    status, _ = post([odd, answer]) if isinstance(odd, dict) else (post_raw(odd), None)[0]
    assert customers.get(taro.user_id).state == "awaiting_age"
    assert texts(taro.emulator.sent_to(taro.user_id))[-1] == t.ASK_AGE
    return status


def test_json_nested_1000_levels_is_refused_without_a_500(taro, caplog):
    event = json.dumps(ev.text(taro.user_id, "x"))[:-1] + ', "deep": ' + "[" * 1000 + "]" * 1000 + "}"
    status, answer = post_raw('{"destination": "U0", "events": [' + event + "]}")
    assert status == 400 and "RecursionError" in answer["message"]
    assert dynamo.table("customers_table").scan()["Items"] == []


def test_an_event_nested_deeper_than_any_of_lines_is_acknowledged_and_the_others_handled(taro):
    deep = ev.text(taro.user_id, "x") | {"deep": json.loads("[" * 200 + "]" * 200)}
    assert post_with_answer(taro, deep) == 200


@pytest.mark.parametrize("field", ["source", "message"])
@pytest.mark.parametrize("value", ["U" + "2" * 32, ["a"], 42])
def test_a_source_or_message_that_is_not_an_object_is_acknowledged(taro, field, value):
    odd = ev.text(taro.user_id, "男性") | {field: value}
    assert post_with_answer(taro, odd) == 200


def test_a_1_mb_text_is_stored_truncated_with_a_flag(taro):
    taro.follow()
    taro.say("男性")
    status, _ = post([ev.text(taro.user_id, "あ" * 1_000_000, reply_token=taro._token())])
    assert status == 200
    (entry,) = [e for e in history.list_for(taro.user_id) if e.kind == "inbound" and e.text[0] == "あ"]
    assert entry.truncated is True and entry.text == "あ" * history.MAX_TEXT
    assert len(entry.payload_json) <= history.MAX_PAYLOAD + 100
    stored = dynamo.table("history_table").query(KeyConditionExpression=Key("user_id").eq(taro.user_id))[
        "Items"
    ]
    assert "truncated" not in [e for e in stored if e["text"] == "男性"][0]


def test_a_lone_surrogate_in_a_text_is_stored_replaced(taro):
    taro.follow()
    event = ev.text(taro.user_id, "PLACEHOLDER", reply_token=taro._token())
    body = json.dumps({"destination": "U0", "events": [event]}).replace("PLACEHOLDER", "\\ud83d\\u7537")
    assert post_raw(body)[0] == 200
    inbound = [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"]
    assert inbound == ["\ufffd男"]


def test_a_10000_character_user_id_is_acknowledged_and_nothing_stored(taro):
    giant = "U" + "a" * 10_000
    assert post_with_answer(taro, ev.follow(giant)) == 200
    assert customers.get(taro.user_id) is not None
    assert len(dynamo.table("customers_table").scan()["Items"]) == 1


@pytest.mark.parametrize("timestamp", [10**20, -(10**20), 2**63])
def test_a_timestamp_out_of_range_is_read_as_now(taro, timestamp):
    taro.follow()
    answer = ev.text(taro.user_id, "女性", reply_token=taro._token()) | {"timestamp": timestamp}
    assert post([answer])[0] == 200
    assert customers.get(taro.user_id).state == "awaiting_age"


@pytest.mark.parametrize(
    "odd",
    [
        {"webhookEventId": "x" * 1000, "type": "follow"},
        {"webhookEventId": 7, "type": "follow"},
        {"webhookEventId": "e1", "type": ["follow"]},
        {"webhookEventId": "e2", "type": "follow", "source": {"type": "user", "userId": 12}},
        {"webhookEventId": "e3", "type": "postback", "postback": "data"},
        {"webhookEventId": "e4", "type": "message", "timestamp": "soon", "message": {"type": "text"}},
        None,
        [],
    ],
)
def test_other_odd_shapes_are_acknowledged(taro, odd):
    status = post_with_answer(taro, odd) if isinstance(odd, dict) else post([odd])[0]
    assert status == 200


def test_a_value_dynamodb_refuses_is_acknowledged_and_logged_not_redelivered(taro, monkeypatch, caplog):
    """Whatever slips past the shape check: an error a retry cannot fix is a 200 and a log line."""
    from botocore.exceptions import ClientError

    taro.follow()

    def refuse(*args, **kwargs):  # the answer's transaction (the change, its timeline entries)
        raise ClientError(
            {"Error": {"Code": "ValidationException", "Message": "too big"}}, "TransactWriteItems"
        )

    monkeypatch.setattr(customers, "save", refuse)
    with caplog.at_level(logging.WARNING):
        assert taro.say("女性") == [] and taro.last_status == 200
    assert "event acknowledged, not handled" in caplog.text


def test_events_of_different_customers_are_handled_at_the_same_time_and_one_customers_in_order(
    line_emulator,
):
    """Two customers: the first customer's first event waits until the second customer's event has
    started; handled one after the other, it would wait for ever (here: fail after 30 s)."""
    import threading

    from functions.webhook import handler

    started, order = threading.Event(), []

    def process_once(event):
        user = event["source"]["userId"]
        if event["n"] == 0:
            assert started.wait(30), "the events of different customers were not handled at once"
        if user == "U2":
            started.set()
        order.append((user, event["n"]))

    events = [{"webhookEventId": f"e{n}", "source": {"userId": "U1"}, "n": n} for n in range(3)]
    events.insert(1, {"webhookEventId": "e9", "source": {"userId": "U2"}, "n": 9})
    assert handler._handle_all(process_once, handler._queues(events), post=None) == [handler.HANDLED] * 4
    assert [n for user, n in order if user == "U1"] == [0, 1, 2]
