"""Statistics counted as events happen, through the real handlers: the webhook (friends added and
blocked, the funnel, blocks within 24 hours after a message), the dispatcher (messages per month),
coupon uses; read back through the staff API (/api/stats/...)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from linecrm.dal import coupon_uses, history, stats
from linecrm.dal.dynamo import table
from linecrm.domain import statistics
from linecrm.jst import iso_utc, now_utc, today_jst
from linecrm.logic import dispatch
from tests.integration.dispatch_support import everyone, message, put_message
from tests.support.admin_api import call
from tests.support.line_webhook import Customer, post

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")


@pytest.fixture
def people(line_emulator):
    return {name: Customer(line_emulator, "U" + name * 32) for name in "abcde"}


def register(customer: Customer) -> None:
    customer.say("男性")
    customer.say("33")


def funnel() -> dict:
    status, body = call("GET", "/api/stats/funnel")
    assert status == 200
    return body


def friends_totals() -> tuple[int, int]:
    status, body = call("GET", "/api/stats/friends")
    assert status == 200 and len(body["days"]) == 30 and body["to"] == today_jst().isoformat()
    return body["followed"], body["blocked"]


def delivered(customer: Customer, message_id: str, hours_ago: float) -> None:
    """The `delivery` entry the dispatcher writes on a recipient's timeline (history helper)."""
    at = now_utc() - timedelta(hours=hours_ago)
    history.append(
        customer.user_id, "delivery", "お知らせ", at=at, key=f"delivery-{message_id}", message_id=message_id
    )


def test_the_funnel_counts_each_customer_once_per_stage(people):
    a, b, c, d, e = people.values()
    for customer in people.values():
        customer.follow()
    post([a.last_event])  # LINE redelivers the follow (same webhookEventId)
    a.follow()  # a second follow while following (a missed unfollow): not a new friend
    register(a)
    register(b)
    c.say("女性")  # gender only
    a.say("プロフィール変更")  # a profile change answers again: counted once
    register(a)

    assert funnel() == {"followed": 5, "answered_gender": 3, "registered": 2}
    assert friends_totals() == (5, 0)


def test_blocks_and_unblocks_per_day_and_blocks_within_24_hours_after_a_message(people):
    a, b, c, _, _ = people.values()
    for customer in (a, b, c):
        customer.follow()
        register(customer)
    delivered(a, "m1", hours_ago=2)
    delivered(a, "m2", hours_ago=23)
    delivered(b, "m1", hours_ago=30)  # a block more than 24 hours after: not counted against m1

    a.unfollow()
    post([a.last_event])  # redelivered: counted once
    b.unfollow()
    b.unfollow()  # a second unfollow of a blocked customer: not counted
    a.follow()  # unblocks: a friend added again, but no new customer in the funnel

    assert friends_totals() == (4, 2)
    assert funnel() == {"followed": 3, "answered_gender": 3, "registered": 3}
    assert stats.read(["message#m1", "message#m2"]) == {
        "message#m1": {"blocks_24h": 1},
        "message#m2": {"blocks_24h": 1},
    }


def test_messages_per_month_and_each_messages_recipients_uses_and_blocks(people, line_emulator):
    a, b, c, d, _ = people.values()
    for customer in (a, b, c, d):
        customer.follow()
        register(customer)
    put_message("m1", everyone(), "今月のおすすめ", send_at=now_utc())
    coupons = [{"coupon_id": "m1-0", "title": "10%オフ", "code": "X", "expires_at": "2099-12-31"}]
    table("messages_table").update_item(
        Key={"message_id": "m1"},
        UpdateExpression="SET coupons = :c, messages_json = :m",
        ExpressionAttributeValues={
            ":c": coupons,
            ":m": json.dumps([{"type": "text", "text": "今月のおすすめ"}], ensure_ascii=False),
        },
    )

    dispatch.run()

    assert message("m1")["sent_count"] == 4
    dispatch.run()  # a later run finds nothing to send: the month is not counted again
    coupon_uses.record("m1-0", a.user_id, "m1", iso_utc(now_utc()))
    delivered(b, "m1", hours_ago=1)
    b.unfollow()
    stats.add("message#m1", {"visits": 3})  # written by the shop card

    status, body = call("GET", "/api/stats/messages", query="months=2")
    assert status == 200
    assert body["months"][-1] == {"month": today_jst().strftime("%Y-%m"), "messages": 4}
    assert [m["month"] for m in body["months"]] == statistics.months_back(today_jst(), 2)
    assert "type" in body["quota"] or "unavailable" in body["quota"]
    status, body = call("GET", "/api/stats/message_results")
    assert status == 200
    (row,) = body["messages"]
    assert {
        k: row[k] for k in ("message_id", "recipients", "coupon_uses", "use_rate", "blocks_24h", "visits")
    } == {
        "message_id": "m1",
        "recipients": 4,
        "coupon_uses": 1,
        "use_rate": 0.25,
        "blocks_24h": 1,
        "visits": 3,
    }


def test_visits_repeat_rate_and_ranks_read_the_shop_cards_counters_and_zeros_when_absent():
    status, body = call("GET", "/api/stats/visits", query="months=3")
    assert status == 200
    assert body == {
        "stores": [],
        "months": [{"month": m, "stores": {}} for m in statistics.months_back(today_jst(), 3)],
        "visited": 0,
        "repeat": 0,
        "repeat_rate": None,
        "ranks": {},
    }
    month = f"month#{today_jst().strftime('%Y-%m')}"
    stats.add(month, {"visits#ginza": 5, "points#ginza": 6, "visits#ebisu": 2})
    stats.add("visitors", {"visited": 8, "repeat": 2})
    stats.add("ranks", {"regular": 6, "silver": 2})

    status, body = call("GET", "/api/stats/visits", query="months=1")
    assert body["stores"] == ["ebisu", "ginza"]
    assert body["months"][0]["stores"] == {
        "ebisu": {"visits": 2, "points": 0},
        "ginza": {"visits": 5, "points": 6},
    }
    assert (body["repeat_rate"], body["ranks"]) == (0.25, {"regular": 6, "silver": 2})


def test_group_sizes_and_refused_ranges():
    everyone()
    status, body = call("GET", "/api/stats/groups")
    assert status == 200 and body == {
        "groups": [{"group_id": "everyone", "name": "everyone", "member_count": 0}]
    }
    status, body = call("GET", "/api/stats/friends", query="from=2026-12-02&to=2026-12-01")
    assert status == 422 and "開始日" in json.dumps(body, ensure_ascii=False)
    status, body = call("GET", "/api/stats/friends", query="from=2020-01-01&to=2026-12-01")
    assert status == 422
    status, body = call("GET", "/api/stats/messages", query="months=0")
    assert status == 422


def test_a_counter_meeting_another_transaction_is_tried_again_but_a_lost_race_is_not(monkeypatch):
    from linecrm.dal.dynamo import Cancelled

    real, calls = stats.transact, []

    def conflicting_twice(operations):
        calls.append(len(operations))
        if len(calls) <= 2:
            raise Cancelled(["None", "TransactionConflict"])
        real(operations)

    monkeypatch.setattr(stats, "transact", conflicting_twice)
    stats.commit([stats.add_operation("funnel", {"followed": 1})], sleep=lambda s: None)
    assert len(calls) == 3 and stats.read(["funnel"]) == {"funnel": {"followed": 1}}

    def lost(operations):
        calls.append(len(operations))
        raise Cancelled(["ConditionalCheckFailed", "None"])

    monkeypatch.setattr(stats, "transact", lost)
    with pytest.raises(Cancelled):
        stats.commit([stats.add_operation("funnel", {"followed": 1})], sleep=lambda s: None)
    assert len(calls) == 4


def test_a_coupon_use_counts_once_on_its_message(people):
    assert coupon_uses.record("m1-0", "Ua", "m1", "2026-12-02T00:00:00.000000Z")
    assert not coupon_uses.record("m1-0", "Ua", "m1", "2026-12-02T00:00:01.000000Z")
    assert coupon_uses.record("m1-0", "Ub", "m1", "2026-12-02T00:00:02.000000Z")
    assert stats.read(["message#m1"]) == {"message#m1": {"coupon_uses": 2}}


def test_uses_recorded_before_the_counter_existed_are_counted_from_the_uses_table():
    put_message("m9", {"type": "all"}, "旧メッセージ", send_at=now_utc())
    coupons = [{"coupon_id": "m9-0", "title": "旧クーポン", "code": "X", "expires_at": "2099-12-31"}]
    table("messages_table").update_item(
        Key={"message_id": "m9"},
        UpdateExpression="SET #s = :sent, sent_count = :n, coupons = :c",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":sent": "sent", ":n": 10, ":c": coupons},
    )
    for user in ("Ua", "Ub", "Uc"):  # as the uses table held them before the counter
        table("coupon_uses_table").put_item(Item={"coupon_id": "m9-0", "user_id": user, "message_id": "m9"})
    (row,) = call("GET", "/api/stats/message_results")[1]["messages"]
    assert (row["coupon_uses"], row["use_rate"], row["has_coupon"]) == (3, 0.3, True)
