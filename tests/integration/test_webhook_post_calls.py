"""One webhook POST of many events costs fewer DynamoDB calls than as many POSTs
(linecrm.logic.webhook_post): the customers are read in one BatchGetItem, the events' "in progress"
Idempotency records put in one transaction before they are handled, and the timeline entries
written after a reply and the records of the events handled go out together, 25 a BatchWriteItem.
Each test fails when its part of that is removed."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from linecrm.dal import customers, history
from linecrm.settings import get_settings
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import Customer, post

pytestmark = pytest.mark.usefixtures("moto_server")  # the events of a POST run in threads
FRIENDS = 30


class DynamoCalls:
    """Every DynamoDB call of the process, as (operation, table)."""

    def __init__(self, monkeypatch):
        from botocore.client import BaseClient

        self.calls: Counter[tuple[str, str]] = Counter()
        lock, original = threading.Lock(), BaseClient._make_api_call

        def call(client, operation, params):
            if client.meta.service_model.service_name == "dynamodb":
                tables = (
                    [params["TableName"]]
                    if "TableName" in params
                    else sorted(params.get("RequestItems", {}))
                    or sorted({next(iter(i.values()))["TableName"] for i in params.get("TransactItems", [])})
                )
                with lock:
                    self.calls[(operation, ",".join(tables) or "-")] += 1
            return original(client, operation, params)

        monkeypatch.setattr(BaseClient, "_make_api_call", call)

    def of(self, operation: str, table: str | None = None) -> int:
        return sum(
            n for (op, t), n in self.calls.items() if op == operation and (table is None or table in t)
        )


def friends(line_emulator, prefix: str) -> list[Customer]:
    return [Customer(line_emulator, f"U{prefix}{n:031x}") for n in range(FRIENDS)]


def test_a_post_of_follows_reads_its_customers_once_and_writes_entries_and_records_together(
    line_emulator, monkeypatch
):
    people = friends(line_emulator, "a")
    settings = get_settings()
    counted = DynamoCalls(monkeypatch)
    events = [ev.follow(p.user_id, reply_token=p._token()) for p in people]
    assert post(events)[0] == 200

    assert counted.of("BatchGetItem", settings.customers_table) == 1
    assert counted.of("GetItem", settings.customers_table) == 0
    assert counted.of("UpdateItem", settings.idempotency_table) == 0  # records completed in batches
    assert counted.of("PutItem", settings.history_table) == 0  # the replies' entries in batches
    assert counted.of("BatchWriteItem") == 3  # 30 records + 30 reply entries, 25 a call
    assert counted.of("PutItem", settings.idempotency_table) == 0
    assert counted.of("TransactWriteItems", settings.idempotency_table) == 1  # 30 "in progress" at once
    for p in people:
        assert customers.get(p.user_id).state == "awaiting_gender"
        assert [e.kind for e in history.list_for(p.user_id)] == ["follow", "reply"]

    # Every event is remembered as handled: redelivered, none is handled again.
    again = DynamoCalls(monkeypatch)
    assert post([ev.redelivery(e) for e in events])[0] == 200
    assert again.of("TransactWriteItems", settings.customers_table) == 0
    assert again.of("BatchWriteItem") == 0
    for p in people:
        assert [e.kind for e in history.list_for(p.user_id)] == ["follow", "reply"]


def _records() -> dict[str, dict]:
    """The idempotency table's records, by webhookEventId's hash, without their times."""
    from linecrm.dal.dynamo import table

    items = table("idempotency_table").scan()["Items"]
    return {i["id"]: {k: v for k, v in i.items() if "expir" not in k} for i in items}


def test_records_put_ahead_are_those_powertools_puts_itself(line_emulator, monkeypatch):
    """The in-progress records put ahead are Powertools' own (built by its save_inprogress): a POST
    of one event puts its record itself, one of two puts both ahead; all end up alike."""
    from botocore.client import BaseClient

    one, two, three = (Customer(line_emulator, f"U{c * 32}") for c in "efg")
    assert post([ev.follow(one.user_id, reply_token=one._token())])[0] == 200
    seen: list[dict] = []
    original = BaseClient._make_api_call

    def spy(client, operation, params):
        if operation in ("PutItem", "TransactWriteItems") and "idempotency" in str(params):
            seen.append(params)
        return original(client, operation, params)

    monkeypatch.setattr(BaseClient, "_make_api_call", spy)
    assert post([ev.follow(p.user_id, reply_token=p._token()) for p in (two, three)])[0] == 200
    [transaction] = seen
    puts = [item["Put"] for item in transaction["TransactItems"]]
    assert len(puts) == 2 and all(put["Item"]["status"] == {"S": "INPROGRESS"} for put in puts)
    assert all("attribute_not_exists(#id)" in put["ConditionExpression"] for put in puts)
    assert all("in_progress_expiration" in put["Item"] for put in puts)
    records = list(_records().values())
    assert len(records) == 3 and {r["status"] for r in records} == {"COMPLETED"}
    assert len({tuple(sorted(r)) for r in records}) == 1  # the same attributes
    assert len({r["id"].split("#")[0] for r in records}) == 1  # the same key prefix


def test_events_already_handled_are_left_out_of_the_claim_and_not_handled_again(line_emulator, monkeypatch):
    """A POST mixing redelivered events with new ones: the transaction is cancelled by the records
    that exist; the new events are claimed in a second one, the others take Powertools' own path
    (found done: not handled again)."""
    people = friends(line_emulator, "h")
    first = [ev.follow(p.user_id, reply_token=p._token()) for p in people[:10]]
    assert post(first)[0] == 200
    counted = DynamoCalls(monkeypatch)
    new = [ev.follow(p.user_id, reply_token=p._token()) for p in people[10:]]
    assert post([ev.redelivery(e) for e in first] + new)[0] == 200
    settings = get_settings()
    assert counted.of("TransactWriteItems", settings.idempotency_table) == 2  # cancelled, then the 20 new
    assert counted.of("PutItem", settings.idempotency_table) == 10  # the redelivered: found done
    for p in people:
        assert customers.get(p.user_id).state == "awaiting_gender"
        assert [e.kind for e in history.list_for(p.user_id)] == ["follow", "reply"]


def test_a_claim_that_fails_leaves_each_event_to_put_its_own_record(line_emulator, monkeypatch, caplog):
    """Throttled (a failure not item by item): nothing is claimed, each event puts its own record."""
    import logging

    from botocore.exceptions import ClientError

    from functions.webhook import handler

    def throttled(self, **_):
        raise ClientError(
            {"Error": {"Code": "ThrottlingException", "Message": "slow down"}}, "TransactWriteItems"
        )

    people = friends(line_emulator, "i")[:5]
    persistence = handler._idempotency().persistence
    monkeypatch.setattr(persistence.client.__class__, "transact_write_items", throttled, raising=False)
    counted = DynamoCalls(monkeypatch)
    with caplog.at_level(logging.INFO):
        assert post([ev.follow(p.user_id, reply_token=p._token()) for p in people])[0] == 200
    assert counted.of("PutItem", get_settings().idempotency_table) == 5
    assert any("not put ahead" in r.getMessage() for r in caplog.records)
    assert all(customers.get(p.user_id).state == "awaiting_gender" for p in people)


def test_the_same_event_twice_in_a_post_is_handled_once(line_emulator):
    taro = Customer(line_emulator, "U" + "j" * 32)
    event = ev.follow(taro.user_id, reply_token=taro._token())
    assert post([event, ev.sticker(taro.user_id, reply_token=taro._token()), event])[0] == 200
    assert [e.kind for e in history.list_for(taro.user_id)].count("follow") == 1


def test_answers_while_registering_are_not_looked_up_and_the_survey_is_read_once(line_emulator, monkeypatch):
    people = friends(line_emulator, "c")
    assert post([ev.follow(p.user_id, reply_token=p._token()) for p in people])[0] == 200
    counted = DynamoCalls(monkeypatch)
    assert post([ev.text(p.user_id, "男性", reply_token=p._token()) for p in people])[0] == 200
    assert counted.of("GetItem", get_settings().entry_routes_table) == 0
    assert all(customers.get(p.user_id).state == "awaiting_age" for p in people)
    counted = DynamoCalls(monkeypatch)
    assert post([ev.text(p.user_id, "33", reply_token=p._token()) for p in people])[0] == 200
    assert counted.of("GetItem", get_settings().entry_routes_table) == 0
    assert counted.of("Scan", get_settings().survey_questions_table) == 1  # once for the 30 registrations
    assert all(customers.get(p.user_id).state == "registered" for p in people)
    counted = DynamoCalls(monkeypatch)
    assert post([ev.text(p.user_id, "こんにちは", reply_token=p._token()) for p in people[:3]])[0] == 200
    assert counted.of("GetItem", get_settings().entry_routes_table) == 3  # may be a keyword: looked up


def test_a_customer_who_withdraws_in_the_post_leaves_no_entry_behind(line_emulator):
    taro = Customer(line_emulator, "U" + "b" * 32)
    taro.follow()
    taro.say("退会")
    events = [ev.sticker(taro.user_id, reply_token=taro._token())]  # answered: an entry deferred
    events += [ev.text(taro.user_id, "はい", reply_token=taro._token())]  # 退会 confirmed
    assert post(events)[0] == 200
    assert customers.get(taro.user_id) is None
    assert history.list_for(taro.user_id) == []


@pytest.mark.parametrize(("code", "status"), [("ValidationException", 200), ("ThrottlingException", 500)])
def test_deferred_puts_refused_are_acknowledged_and_throttled_ones_redelivered(
    line_emulator, monkeypatch, caplog, code, status
):
    """A refusal no retry can fix is logged and acknowledged (LINE would redeliver it for ever); a
    throttled write answers 500, so that LINE's redelivery tries again. The change is stored."""
    import logging

    from botocore.exceptions import ClientError

    from linecrm.dal import deferred

    class Refusing:
        def batch_write_item(self, **_):
            raise ClientError({"Error": {"Code": code, "Message": "no"}}, "BatchWriteItem")

    taro = Customer(line_emulator, "U" + "d" * 32)
    monkeypatch.setattr(deferred, "resource", Refusing)
    with caplog.at_level(logging.INFO):
        assert post([ev.follow(taro.user_id, reply_token=taro._token())])[0] == status
    assert customers.get(taro.user_id).state == "awaiting_gender"
    logged = [r.getMessage() for r in caplog.records if "deferred writes" in r.getMessage()]
    assert len(logged) == 1 and (code in logged[0]) == (status == 500)


def test_events_claimed_by_one_instance_are_not_claimed_by_another():
    """The claim's transaction keeps Powertools' condition: an event "in progress" in one instance
    (or done) is claimed by no other; the conversation's own guard is the second line."""
    from types import SimpleNamespace

    from functions.webhook import handler

    events = [ev.follow(f"U{c * 32}") for c in "klm"]
    idempotency = handler._idempotency()
    # as the webhook does for each invocation: in-progress records expire with the invocation
    idempotency.config.register_lambda_context(SimpleNamespace(get_remaining_time_in_millis=lambda: 30_000))
    first = idempotency.persistence.claim(events, idempotency.config)
    assert len(first) == 3
    assert idempotency.persistence.claim(events, idempotency.config) == set()
    mixed = idempotency.persistence.claim([*events, ev.follow("U" + "n" * 32)], idempotency.config)
    assert len(mixed) == 1 and not mixed & first  # only the new event
