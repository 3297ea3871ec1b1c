"""Items as dal reads them: records of plain values, no Decimal (no AWS)."""

from __future__ import annotations

from dataclasses import asdict, astuple, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from linecrm.dal import customers
from linecrm.domain.customers import Customer

ITEM = {
    "user_id": "U1",
    "state": "registered",
    "gender": "female",
    "age": Decimal(33),
    "age_declared_on": "2026-11-26",
    "birth_date": "1993-11-26",
    "registered": True,
    "display_name": "花子",
    "tags": {"常連", "区分A"},
    "tags_version": Decimal(2),
    "survey": {"q00000001": "ヒレ"},
    "card_points": Decimal(12),
    "card_points#ginza": Decimal(12),
    "card_points#ebisu": Decimal(0),
    "card_rank": "silver",
    "card_reward_due": ["silver"],
    "registered_gender": "female",  # index keys and the counts' attributes stay in the item
    "friendship": "following",
    "counted": "female#1993-11-26",
}


def test_an_item_reads_as_a_record_of_plain_values():
    customer = customers.from_item(ITEM)
    assert customer == Customer(
        user_id="U1",
        state="registered",
        gender="female",
        age=33,
        age_declared_on="2026-11-26",
        birth_date="1993-11-26",
        registered=True,
        display_name="花子",
        tags=("区分A", "常連"),
        tags_version=2,
        survey={"q00000001": "ヒレ"},
        card_points=12,
        card_points_by_store={"ginza": 12},
        card_rank="silver",
        card_reward_due=("silver",),
    )
    assert type(customer.age) is int and customer.blocked is False and customer.unread is False
    assert customer.shown_name == "花子" and customer.age_on(date(2027, 11, 26)) == 34


def test_a_customer_never_asked_reads_with_nothing_declared():
    customer = customers.from_item({"user_id": "U2"})
    assert (customer.state, customer.age, customer.tags_version, customer.age_on(date(2026, 1, 1))) == (
        None,
        None,
        None,
        None,
    )


def test_a_history_item_reads_as_a_timeline_entry_with_its_payload_parsed():
    from linecrm.dal import history
    from linecrm.domain.timeline import TimelineEntry

    item = history.entry(
        "U1", "reply", "ようこそ", payload=[{"type": "text", "text": "ようこそ"}], actor="店長"
    )
    entry = history.from_item(item)
    assert entry == TimelineEntry(
        user_id="U1",
        entry_id=item["entry_id"],
        kind="reply",
        text="ようこそ",
        at=item["at"],
        actor="店長",
        payload_json=item["payload"],
    )
    assert entry.payload == [{"type": "text", "text": "ようこそ"}]
    assert history.from_item({"user_id": "U1", "entry_id": "x#y", "kind": "note"}).payload is None


def test_a_tag_item_reads_as_a_customer_tag_without_the_customers_copies():
    from dataclasses import fields

    from linecrm.dal import customer_tags
    from linecrm.domain.customers import CustomerTag

    item = {
        "tag": "区分A",
        "user_id": "U1",
        "tagged_by": "店長",
        "tagged_at": "2026-11-26T00:00:00Z",
        "friendship": "following",  # the copies for the Query of the tag's followers stay in the item
        "registered": True,
    }
    row = customer_tags.from_item(item)
    assert row == CustomerTag(tag="区分A", user_id="U1", tagged_by="店長", tagged_at="2026-11-26T00:00:00Z")
    assert {f.name for f in fields(row)} == set(item) - {"friendship", "registered"}
    untracked = customer_tags.from_item({"tag": "セミナー経由", "user_id": "U2"})
    assert (untracked.tagged_by, untracked.tagged_at) == (None, None)


def test_a_stats_item_reads_as_counters_of_ints_without_its_key():
    from linecrm.dal import stats
    from linecrm.domain.statistics import Counters

    item = {
        "stat": "month#2026-12",
        "messages": Decimal(40),
        "visits#ginza": Decimal(3),
        "points#ginza": Decimal(0),
    }
    counters = stats.from_item(item)
    assert isinstance(counters, Counters)
    assert counters == {"messages": 40, "visits#ginza": 3, "points#ginza": 0}
    assert all(type(n) is int for n in counters.values()) and "stat" not in counters
    assert counters.get("blocked", 0) == 0 and stats.from_item({"stat": "funnel"}) == {}


def test_counters_are_read_only_and_keep_the_counts_they_were_made_of():
    from linecrm.domain.statistics import Counters

    counts = {"followed": 1}
    counters = Counters(counts)
    counts["followed"] = 2  # the caller's dict changing later does not change the record
    assert counters == {"followed": 1} and counters != {"followed": 2}
    with pytest.raises(TypeError):
        counters.counts["followed"] = 3  # type: ignore[index]


AT = datetime(2026, 12, 2, 5, 7, tzinfo=UTC)


def as_read(item: dict[str, Any]) -> dict[str, Any]:
    """An item as boto3 gives it back: numbers as Decimal."""
    return {k: Decimal(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in item.items()}


def decimals_in(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [d for v in value.values() for d in decimals_in(v)]
    if isinstance(value, list | tuple | set):
        return [d for v in value for d in decimals_in(v)]
    return [value] if isinstance(value, Decimal) else []


def dal_only(item: dict[str, Any], record: Any) -> set[str]:
    """The item's attributes the record leaves out."""
    return set(item) - {f.name for f in fields(record)}


def test_a_visit_item_reads_as_a_visit_and_keeps_its_key_and_expiry_in_dal():
    from linecrm.dal import visits
    from linecrm.domain.shop_card import Visit

    for attributed_to in ("m1", None):
        item = as_read(
            visits.put_operation("U1", "ginza", date(2026, 12, 2), AT, "qr", attributed_to)["Put"]["Item"]
        )
        visit = visits.from_item(item)
        assert visit == Visit(
            user_id="U1",
            store_id="ginza",
            date="2026-12-02",
            at="2026-12-02T05:07:00.000000Z",
            source="qr",
            attributed_to=attributed_to,
        )
        assert dal_only(item, visit) == {"visit_key", "expires_at"} and decimals_in(asdict(visit)) == []


def test_a_coupon_use_item_reads_as_a_coupon_use_with_every_attribute():
    from linecrm.dal import coupon_uses
    from linecrm.domain.coupons import CouponUse

    item = {
        "coupon_id": "m1-0",
        "user_id": "U1",
        "message_id": "m1",
        "used_at": "2026-12-02T05:07:00.000000Z",
    }
    use = coupon_uses.from_item(item)
    assert use == CouponUse(**item) and dal_only(item, use) == set()


def test_an_audit_item_reads_as_an_entry_with_its_changes_decoded_to_plain_numbers():
    from linecrm.dal import audit
    from linecrm.domain.audit import AuditEntry

    changes = {"points": Decimal(3), "rate": Decimal("0.5"), "age_max": {"from": Decimal(49), "to": 39}}
    item = audit.entry(audit.subject("customer", "U1"), "points_awarded", "店長", AT, changes)
    entry = audit.from_item(item)
    assert isinstance(entry, AuditEntry) and entry.subject == "customer#U1"
    assert asdict(entry) == {**item, "changes": {"points": 3, "rate": 0.5, "age_max": {"from": 49, "to": 39}}}
    assert type(entry.changes["points"]) is int and decimals_in(asdict(entry)) == []
    assert audit.from_item({**item, "changes": ""}).changes == {}


def _no_decimal(record) -> bool:
    return not any(isinstance(v, Decimal) for v in astuple(record))


def test_a_route_item_reads_as_an_entry_route_with_every_stored_field_and_without_its_key():
    from linecrm.dal import entry_routes
    from linecrm.domain.entry_routes import EntryRoute

    stored = {
        "route_id": "r1",
        "name": "セミナー",
        "keyword": "セミナー 参加",
        "keyword_key": "セミナー参加",
        "tag": "セミナー経由",
        "created_by": "店長",
        "created_at": "2026-12-01T00:00:00.000000Z",
        "updated_by": "副店長",
        "updated_at": "2026-12-02T00:00:00.000000Z",
    }
    item = {"route_key": "route#r1", **stored}
    route = entry_routes.from_item(item)
    assert route == EntryRoute(**stored) and _no_decimal(route)
    assert entry_routes._item(route) == item  # and written back as it was
    assert (route.chat_url, route.qr, route.arrivals) == (None, None, 0)  # shown only, never stored


def test_a_question_item_reads_as_a_survey_question_of_plain_values():
    from linecrm.dal import survey_questions
    from linecrm.domain.surveys import SurveyQuestion

    item = {
        "question_id": "q00000001",
        "text": "好きな部位は?",
        "choices": ["ヒレ", "ロース"],
        "position": Decimal(2),
        "active": False,
        "version": Decimal(3),
        "created_by": "店長",
        "created_at": "2026-12-01T00:00:00.000000Z",
        "updated_by": "副店長",
        "updated_at": "2026-12-02T00:00:00.000000Z",
    }
    question = survey_questions.from_item(item)
    assert question == SurveyQuestion(
        question_id="q00000001",
        text="好きな部位は?",
        choices=("ヒレ", "ロース"),
        position=2,
        active=False,
        version=3,
        created_by="店長",
        created_at="2026-12-01T00:00:00.000000Z",
        updated_by="副店長",
        updated_at="2026-12-02T00:00:00.000000Z",
    )
    assert type(question.position) is int and type(question.version) is int and _no_decimal(question)
    assert survey_questions._item(question) == item  # and written back as it was
    first = survey_questions.from_item(
        {"question_id": "q2", "text": "x", "choices": ["a", "b"], "version": 1}
    )
    assert (first.position, first.active, first.created_at) == (0, True, None)


def test_a_message_item_reads_as_the_dispatchers_delivery_with_every_attribute_as_plain_values():
    """Every attribute the admin API and the dispatcher write (docs/design.md, messages) is on the
    record, numbers as int, the JSON it sends parsed; only the due index's key stays in dal."""
    from linecrm.dal import message_dispatch
    from linecrm.domain.delivery import Delivery, PlanProgress

    line_messages = [{"type": "text", "text": "こんにちは"}]
    coupon = {"coupon_id": "m1-0", "title": "10%オフ", "code": "C", "expires_at": "2099-12-31"}
    cursor = {"query": Decimal(1), "start": {"user_id": "U9", "registered_gender": "male"}}
    item = {
        **as_read(
            {
                "message_id": "m1",
                "status": "sending",
                "pending": "pending#2",
                "target": {"type": "group", "group_id": "g1"},
                "send_at": "2026-12-02T03:00:00.000000Z",
                "send_at_input": "2026-12-02T12:00:00+09:00",
                "messages_json": '[{"type": "text", "text": "こんにちは"}]',
                "line_messages_json": '[{"type": "text", "text": "こんにちは"}]',
                "coupons": [coupon],
                "version": 2,
                "created_by": "店長",
                "created_at": "2026-12-01T00:00:00.000000Z",
                "claimed_by": "d1",
                "claim_epoch": 3,
                "lease_until": "2026-12-02T03:05:00.000000Z",
                "planned": True,
                "plan_epoch": 2,
                "batch_count": 4,
                "recipient_count": 1800,
                "request_count": 4,
                "sent_count": 1500,
                "failed_count": 300,
                "reasons": ["300人への送信に失敗しました: x"],
                "started_at": "2026-12-02T03:00:01.000000Z",
                "first_send_at": "2026-12-02T03:00:02.000000Z",
                "finished_at": "2026-12-02T03:01:00.000000Z",
                "needs_attention": True,
                "recipient_count_source": "line_followers",
                "accepted_at": "2026-12-02T03:00:03.000000Z",
                "unsettled": "unsettled#1",
            }
        ),
        "plan_progress": {
            "batches": Decimal(3),
            "recipients": Decimal(1500),
            "day": "2026-12-02",
            "cursor": cursor,
        },
    }

    delivery = message_dispatch.from_item(item)

    assert isinstance(delivery, Delivery) and dal_only(item, delivery) == {"pending"}
    kept = set(item) - {"pending", "unsettled", "plan_progress"}
    assert {k: getattr(delivery, k) for k in kept} == {k: item[k] for k in kept}  # Decimal(3) == 3
    assert delivery.plan_progress == PlanProgress(
        batches=3, recipients=1500, day="2026-12-02", cursor={"query": 1, "start": cursor["start"]}
    )
    assert delivery.unsettled is True  # the marker's shard stays in dal
    assert delivery.line_messages == line_messages and delivery.messages == line_messages
    assert decimals_in(asdict(delivery)) == []
    numbers = (delivery.claim_epoch, delivery.plan_epoch, delivery.version, delivery.sent_count)
    progress = delivery.plan_progress
    assert all(type(n) is int for n in (*numbers, progress.batches, progress.cursor["query"]))


def test_a_scheduled_message_reads_as_a_delivery_not_yet_claimed():
    from linecrm.dal import message_dispatch

    delivery = message_dispatch.from_item(
        {"message_id": "m2", "status": "scheduled", "target": {"type": "all"}, "send_at": "2026-12-02"}
    )
    assert (delivery.claimed_by, delivery.claim_epoch, delivery.planned, delivery.plan_epoch) == (
        None,
        0,
        False,
        None,
    )
    assert (delivery.plan_progress, delivery.batch_count, delivery.unsettled) == (None, None, False)


def test_a_customer_item_reads_for_the_fold_as_its_buckets_without_decimals():
    from linecrm.dal import member_counts
    from linecrm.domain.member_counts import CustomerBuckets, bucket_text

    moved = member_counts.from_item({**ITEM, "birth_date": "1993-11-27", "recount": "pending"})
    assert moved == CustomerBuckets(
        user_id="U1", counted=("female", "1993-11-26"), bucket=("female", "1993-11-27")
    )
    assert bucket_text(moved.counted) == ITEM["counted"]  # what the fold's condition compares
    assert _no_decimal(moved) and decimals_in(asdict(moved)) == []
    assert {f.name for f in fields(moved)} == {"user_id", "counted", "bucket"}  # no `recount`
    _, _, values = member_counts._as_read(moved)  # the fold's: the item's values, as stored
    assert values == {":gender": "female", ":birth": "1993-11-27", ":counted": "female#1993-11-26"}
    nowhere = member_counts.from_item({"user_id": "U2", "gender": "male", "birth_date": "1990-05-03"})
    assert (nowhere.counted, nowhere.bucket) == (None, None)  # not registered: counted nowhere


def test_a_batch_item_reads_as_a_batch_of_plain_values_and_only_its_key_stays_in_dal():
    """Every attribute of a batch item (docs/design.md, deliveries) is on the record: numbers as
    int, the packed ids as bytes (boto3 reads them as a Binary)."""
    from boto3.dynamodb.types import Binary

    from linecrm.dal import deliveries
    from linecrm.domain.delivery import Batch

    planned = deliveries.planned_item("m1", 2, "00003", ["Ub", "Ua"], "key-3")
    item = {
        **as_read(planned),
        "user_ids": Binary(planned["user_ids"]),
        "state": "failed",
        "attempts": Decimal(3),
        "first_attempt_at": "2026-12-02T05:00:00.000000Z",
        "status_code": Decimal(400),
        "request_id": "req-0",
        "error": "invalid",
        "history_at": "2026-12-02T05:01:00.000000Z",
        "recorded": True,
    }

    batch = deliveries.from_item(item)

    kept = set(item) - {"delivery_key", "user_ids"}
    assert {k: getattr(batch, k) for k in kept} == {k: item[k] for k in kept}  # Decimal(3) == 3
    assert isinstance(batch, Batch) and (batch.kind, batch.accepted_at) == (None, None)
    assert dal_only(item, batch) == {"delivery_key"} and decimals_in(asdict(batch)) == []
    assert type(batch.user_ids) is bytes and deliveries.unpack(batch.user_ids) == ["Ua", "Ub"]
    assert all(type(n) is int for n in (batch.size, batch.plan_epoch, batch.attempts, batch.status_code))


def test_a_batch_read_with_its_receipt_is_accepted_with_the_receipts_answer():
    from linecrm.dal import deliveries
    from linecrm.domain.delivery import ACCEPTED

    item = as_read(deliveries.planned_item("m1", 2, "00000", ["Ua"], "key-0")) | {
        "attempts": Decimal(1),
        "error": "503 busy",  # a transient error before LINE accepted it
        "first_attempt_at": "2026-12-02T05:00:00.000000Z",
    }
    receipt = deliveries.receipt(
        deliveries.from_item(item),
        409,
        "req-1",
        2,
        accepted_at="2026-12-02T05:00:09.000000Z",
        first_attempt_at="2026-12-02T04:59:00.000000Z",
    )
    assert (receipt["plan_epoch"], receipt["size"], receipt["retry_key"]) == (2, 1, "key-0")

    batch = deliveries._apply_receipt(item, as_read(receipt))

    assert (batch.state, batch.status_code, batch.request_id, batch.error) == (ACCEPTED, 409, "req-1", None)
    assert (batch.accepted_at, batch.first_attempt_at) == (
        "2026-12-02T05:00:09.000000Z",
        "2026-12-02T05:00:00.000000Z",  # the batch's own first attempt
    )
    assert (batch.attempts, batch.retry_key, batch.user_ids) == (3, "key-0", item["user_ids"])
    assert decimals_in(asdict(batch)) == [] and deliveries._apply_receipt(item, None).state == "planned"


def test_batches_whose_receipts_are_all_read_are_accepted_and_one_without_reads_nothing():
    from linecrm.dal import deliveries
    from linecrm.domain.delivery import ACCEPTED

    planned = deliveries.from_item(deliveries.planned_item("m1", 1, "00001", ["Ua", "Ub"], "key-1"))
    receipt = as_read(
        deliveries.receipt(planned, 200, "req", 1, accepted_at="2026-12-02", first_attempt_at="2026-12-02")
    )

    (batch,) = deliveries.all_accepted(["00001"], {"00001": receipt})

    assert (batch.message_id, batch.batch_no, batch.state, batch.size) == ("m1", "00001", ACCEPTED, 2)
    assert (batch.retry_key, batch.plan_epoch, batch.accepted_at) == ("key-1", 1, "2026-12-02")
    assert type(batch.size) is int and decimals_in(asdict(batch)) == []
    assert deliveries.all_accepted(["00000", "00001"], {"00001": receipt}) is None


def test_a_planned_batch_reads_back_as_written_and_keeps_its_packed_ids():
    """The planner keeps the batches it wrote as records: the packed ids are not copied."""
    from linecrm.dal import deliveries

    item = deliveries.planned_item("m1", 4, "00000", ["Ub", "Ua"], "key")
    batch = deliveries.from_item(item)
    assert batch.user_ids is item["user_ids"] and (batch.state, batch.attempts, batch.size) == (
        "planned",
        0,
        2,
    )
    broadcast = deliveries.from_item(deliveries.planned_item("m2", 1, "00000", None, "key", 1200))
    assert (broadcast.kind, broadcast.user_ids, broadcast.size) == (deliveries.BROADCAST, None, 1200)


def test_sent_messages_read_as_deliveries_with_the_attributes_the_statistics_show(monkeypatch):
    from linecrm.dal import sent_messages
    from linecrm.domain.delivery import Delivery

    coupon = {"coupon_id": "m1-0", "title": "10%オフ", "code": "C", "expires_at": "2099-12-31"}
    item = as_read(
        {
            "message_id": "m1",
            "status": "partially_failed",
            "send_at": "2026-12-02T03:00:00.000000Z",
            "first_send_at": "2026-12-02T03:00:02.000000Z",
            "finished_at": "2026-12-02T03:01:00.000000Z",
            "sent_count": 1500,
            "coupons": [coupon],
            "messages_json": '[{"type": "text", "text": "こんにちは"}]',
        }
    )
    asked = {}
    monkeypatch.setattr(sent_messages, "table", lambda name: name)
    monkeypatch.setattr(sent_messages, "query_all", lambda table, **options: asked.update(options) or [item])

    (message,) = sent_messages.ended(("sent", "partially_failed"))

    assert sorted(asked["ExpressionAttributeNames"].values()) == sorted(sent_messages.SHOWN) == sorted(item)
    assert isinstance(message, Delivery) and dal_only(item, message) == set()
    assert {k: getattr(message, k) for k in item} == item  # Decimal(1500) == 1500
    assert type(message.sent_count) is int and decimals_in(asdict(message)) == []


def test_a_test_friend_item_reads_as_a_record_and_is_written_back_alike():
    from linecrm.dal import test_friends
    from linecrm.domain.messages import TestFriend

    item = {"user_id": "U1", "display_name": "花子", "added_by": "佐藤", "added_at": "2026-12-02T06:00:00Z"}
    friend = test_friends.from_item(item)
    assert friend == TestFriend("U1", "花子", "佐藤", "2026-12-02T06:00:00Z")
    assert asdict(friend) == item
    assert test_friends.from_item({"user_id": "U2"}) == TestFriend("U2")
