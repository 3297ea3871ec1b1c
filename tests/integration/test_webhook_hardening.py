"""The webhook holds up against what the internet and LINE's platform send it: forged or missing
signatures, redeliveries, verify requests, several events in one POST, events it does not know,
group chats, standby mode, LINE API failures, and a failing database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from linecrm.dal import customers, dynamo, history
from linecrm.domain import bot_texts as t
from local.apigw import proxy_event
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import SECRET, Customer, invoke, post, texts

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def taro(line_emulator):
    return Customer(line_emulator, "U" + "1" * 32)


def all_items(attribute: str) -> list[dict]:
    return dynamo.table(attribute).scan()["Items"]


def nothing_written_or_sent(emulator) -> bool:
    tables = ("customers_table", "history_table", "idempotency_table")
    return all(all_items(t) == [] for t in tables) and emulator.received == []


# --- signatures ----------------------------------------------------------------------------


def test_a_request_without_signature_is_refused_with_400_and_nothing_happens(line_emulator, taro):
    body, headers = ev.signed_request([ev.follow(taro.user_id)], SECRET)
    del headers["X-Line-Signature"]
    status, answer = invoke(proxy_event("POST", "/webhook", headers, body))
    assert status == 400 and "X-Line-Signature" in answer["message"]
    assert nothing_written_or_sent(line_emulator)


def test_a_request_signed_with_another_secret_is_refused_with_401_and_nothing_happens(line_emulator, taro):
    status, _ = post([ev.follow(taro.user_id, reply_token=taro._token())], secret="not-the-channel-secret")
    assert status == 401
    assert nothing_written_or_sent(line_emulator)


def test_a_body_changed_after_signing_is_refused(line_emulator, taro):
    body, headers = ev.signed_request([ev.text(taro.user_id, "男性")], SECRET)
    tampered = body.replace("男性".encode(), "女性".encode())
    status, _ = invoke(proxy_event("POST", "/webhook", headers, tampered))
    assert status == 401
    assert nothing_written_or_sent(line_emulator)


def test_lines_verify_request_with_no_events_gets_200(line_emulator):
    assert post([]) == (200, {})
    assert nothing_written_or_sent(line_emulator)


def test_a_base64_encoded_body_is_verified_and_processed(line_emulator, taro):
    status, _ = post([ev.follow(taro.user_id, reply_token=taro._token())], as_base64=True)
    assert status == 200
    assert customers.get(taro.user_id).state == "awaiting_gender"
    assert len(line_emulator.sent_to(taro.user_id)) == 1


def test_a_signed_body_that_is_not_a_webhook_payload_is_a_400(line_emulator):
    body = b'{"destination": "U0", "events": "nope"}'
    headers = {"X-Line-Signature": ev.sign(body, SECRET), "Content-Type": "application/json"}
    status, _ = invoke(proxy_event("POST", "/webhook", headers, body))
    assert status == 400
    assert nothing_written_or_sent(line_emulator)


# --- at most once --------------------------------------------------------------------------


def test_a_redelivered_event_changes_the_state_once_and_replies_once(line_emulator, taro):
    taro.follow()
    answer = ev.text(taro.user_id, "男性", reply_token=taro._token())
    assert texts(taro.send(answer)) == [t.ASK_AGE]
    assert taro.send(ev.redelivery(answer)) == []
    assert taro.last_status == 200
    assert customers.get(taro.user_id).state == "awaiting_age"
    replies = line_emulator.requests_to("/v2/bot/message/reply")
    assert len(replies) == 2  # the greeting and the one age question
    inbound = [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"]
    assert inbound == ["男性"]


def test_the_same_event_delivered_twice_in_one_request_is_handled_once(line_emulator, taro):
    follow = ev.follow(taro.user_id, reply_token=taro._token())
    assert post([follow, ev.redelivery(follow)])[0] == 200
    assert len(line_emulator.sent_to(taro.user_id)) == 1


# --- several events, unknown events, other sources ----------------------------------------


def test_several_events_from_different_customers_in_one_post_are_each_handled(line_emulator):
    ids = [f"U{n:032d}" for n in range(3)]
    for user_id in ids:
        line_emulator.add_customer(user_id)
    events = [ev.follow(u, reply_token=line_emulator.issue_reply_token(u)) for u in ids]
    assert post(events)[0] == 200
    for user_id in ids:
        assert customers.get(user_id).state == "awaiting_gender"
        assert texts(line_emulator.sent_to(user_id))[0].startswith(t.GREETING)


def test_unknown_and_malformed_events_are_acknowledged_and_do_not_stop_the_others(line_emulator, taro):
    taro.follow()
    unknown = {"type": "somethingNew", "webhookEventId": ev.new_event_id(), "timestamp": 1}
    beacon = ev.text(taro.user_id, "x") | {
        "type": "beacon",
        "beacon": {"hwid": "d41d8cd98f", "type": "enter"},
    }
    beacon.pop("message")
    not_a_dict = "garbage"
    answer = ev.text(taro.user_id, "女性", reply_token=taro._token())
    assert post([unknown, beacon, not_a_dict, answer])[0] == 200
    assert customers.get(taro.user_id).state == "awaiting_age"
    assert texts(line_emulator.sent_to(taro.user_id))[-1] == t.ASK_AGE
    assert "[beacon]" in [e.text for e in history.list_for(taro.user_id)]


def test_messages_in_a_group_chat_are_acknowledged_but_not_part_of_the_conversation(line_emulator, taro):
    taro.follow()
    in_group = ev.text(
        taro.user_id, "男性", reply_token=taro._token(), source=ev.group_source("G1", taro.user_id)
    )
    assert post([in_group])[0] == 200
    assert customers.get(taro.user_id).state == "awaiting_gender"
    assert len(line_emulator.sent_to(taro.user_id)) == 1  # only the greeting
    stranger = ev.text("U" + "9" * 32, "hi", source=ev.group_source("G1", "U" + "9" * 32))
    assert post([stranger])[0] == 200
    assert customers.get("U" + "9" * 32) is None


def test_a_user_event_without_a_user_id_is_acknowledged_and_nothing_is_stored(line_emulator, taro):
    anonymous = ev.text(taro.user_id, "男性", source={"type": "user"})
    assert post([anonymous])[0] == 200
    assert all_items("customers_table") == [] and line_emulator.received == []


def test_events_in_standby_mode_are_recorded_and_nothing_is_sent(line_emulator, taro):
    taro.follow()
    standby = ev.text(taro.user_id, "男性", mode="standby")
    standby.pop("replyToken")
    assert post([standby])[0] == 200
    assert customers.get(taro.user_id).state == "awaiting_gender"
    assert len(line_emulator.requests_to("/v2/bot/message/reply")) == 1
    assert [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"] == ["男性"]


def test_a_follow_in_standby_mode_creates_the_customer_without_a_reply(line_emulator, taro):
    follow = ev.follow(taro.user_id, mode="standby")
    follow.pop("replyToken")
    assert post([follow])[0] == 200
    assert customers.get_item(taro.user_id)["friendship"] == "following"
    assert line_emulator.requests_to("/v2/bot/message/reply") == []


# --- coupon postbacks ----------------------------------------------------------------------


def test_a_coupon_postback_is_answered_by_the_coupon_logic_and_recorded(line_emulator, taro):
    from linecrm.domain import coupons

    taro.follow()
    (reply,) = taro.send(
        ev.postback(taro.user_id, "action=use_coupon&coupon_id=nope-0", reply_token=taro._token())
    )
    assert reply == coupons.unknown()
    kinds = [(e.kind, e.text) for e in history.list_for(taro.user_id)]
    assert ("inbound", "[postback] action=use_coupon&coupon_id=nope-0") in kinds
    assert kinds[-1][0] == "reply"


# --- failures ------------------------------------------------------------------------------


def test_when_line_rejects_the_reply_the_answer_is_kept_and_the_failure_recorded(line_emulator, taro):
    taro.follow()
    line_emulator.set_faults(1.0, statuses=(500,), seed=1)
    assert taro.say("女性") == []
    assert taro.last_status == 200
    assert customers.get(taro.user_id).state == "awaiting_age"
    assert history.list_for(taro.user_id)[-1].kind == "reply_failed"


def test_a_database_failure_answers_500_and_the_redelivery_is_processed(line_emulator, taro):
    from linecrm import tables

    client = dynamo.client()
    event = ev.follow(taro.user_id, reply_token=taro._token())
    client.delete_table(TableName=tables.CUSTOMERS.name)
    assert post([event])[0] == 500  # LINE redelivers what failed
    assert all_items("idempotency_table") == []  # the failed event is not remembered as done
    client.create_table(**tables.create_table_request(tables.CUSTOMERS))
    assert post([ev.redelivery(event) | {"replyToken": taro._token()}])[0] == 200
    assert customers.get(taro.user_id).state == "awaiting_gender"
    assert len(line_emulator.sent_to(taro.user_id)) == 1


def test_a_stale_write_is_refused_so_two_racing_events_cannot_both_apply(taro):
    now = datetime.now(UTC)
    created = customers.save(taro.user_id, None, {"state": "awaiting_age", "gender": "male"}, now)
    customers.save(taro.user_id, created, {"state": "registered", "registered": True, "age": 30}, now)
    with pytest.raises(customers.Conflict):
        customers.save(taro.user_id, created, {"state": "registered", "registered": True, "age": 31}, now)
    with pytest.raises(customers.Conflict):
        customers.save(taro.user_id, None, {"state": "awaiting_gender"}, now)
    assert customers.get(taro.user_id).age == 30


def test_a_redelivery_after_a_crash_past_the_stored_change_does_not_apply_it_twice(
    line_emulator, taro, monkeypatch
):
    from linecrm.logic import conversation

    taro.follow()
    answer = ev.text(taro.user_id, "男性", reply_token=taro._token())

    def crash(*args, **kwargs):  # e.g. DynamoDB unreachable between the write and the reply
        from botocore.exceptions import EndpointConnectionError

        raise EndpointConnectionError(endpoint_url="https://dynamodb.ap-northeast-1.amazonaws.com")

    with monkeypatch.context() as patched:
        patched.setattr(conversation, "_reply", crash)
        assert taro.send(answer) == [] and taro.last_status == 500
    assert customers.get(taro.user_id).state == "awaiting_age"
    assert taro.send(ev.redelivery(answer)) == [] and taro.last_status == 200
    assert customers.get(taro.user_id).state == "awaiting_age"  # "男性" not read as an age
    assert [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"] == ["男性"]
