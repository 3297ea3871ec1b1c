"""Using a coupon from its card's 「使う」 button: once per customer per coupon, counted per message."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from linecrm.dal import coupon_uses, history
from linecrm.dal.dynamo import table
from linecrm.logic.coupons import use_coupon

NOW = datetime(2026, 11, 26, 5, 7, tzinfo=UTC)  # 14:07 JST
USE = "action=use_coupon&coupon_id=m1-0"


def message_coupons(message_id: str) -> list[dict]:
    return table("messages_table").get_item(Key={"message_id": message_id})["Item"]["coupons"]


def uses_of_message(message_id: str) -> int:
    """All uses of all the coupons a message lists (as the staff API counts them)."""
    return sum(coupon_uses.uses(message_coupons(message_id)).values())


def put_message_with_coupons():
    table("messages_table").put_item(
        Item={
            "message_id": "m1",
            "status": "sent",
            # a broadcast to customers we do not know yet: every friend LINE had received it
            "target": {"type": "all"},
            "accepted_at": "2026-11-20T00:00:00.000000Z",
            "coupons": [
                {
                    "coupon_id": "m1-0",
                    "title": "和牛ハンバーグ10%オフ",
                    "code": "WAGYU10",
                    "expires_at": "2026-12-31",
                },
                {
                    "coupon_id": "m1-1",
                    "title": "ドリンク1杯無料",
                    "code": "DRINK",
                    "expires_at": "2026-11-25",
                },
            ],
        }
    )


def test_first_tap_records_the_use_and_replies_with_a_used_stamp(aws):
    put_message_with_coupons()

    replies = use_coupon("Ua", USE, NOW)

    assert len(replies) == 1 and replies[0]["type"] == "flex"
    assert replies[0]["altText"] == "「和牛ハンバーグ10%オフ」を使用しました（2026年11月26日 14:07）"
    use = coupon_uses.get("m1-0", "Ua")
    assert (use.message_id, use.used_at) == ("m1", "2026-11-26T05:07:00.000000Z")
    assert [e.kind for e in history.list_for("Ua")] == ["coupon_use"]


def test_a_second_tap_says_it_was_already_used_and_when(aws):
    put_message_with_coupons()
    use_coupon("Ua", USE, NOW)

    replies = use_coupon("Ua", USE, NOW + timedelta(hours=1))

    assert replies == [
        {
            "type": "text",
            "text": "「和牛ハンバーグ10%オフ」は 2026年11月26日 14:07 に使用済みです。クーポンは1回のみご利用いただけます。",
        }
    ]
    assert coupon_uses.count_for_coupon("m1-0") == 1


def test_each_customer_can_use_the_coupon_once(aws):
    put_message_with_coupons()

    use_coupon("Ua", USE, NOW)
    use_coupon("Ub", USE, NOW)

    assert uses_of_message("m1") == 2


def test_an_expired_coupon_says_so_and_records_nothing(aws):
    put_message_with_coupons()

    replies = use_coupon("Ua", "action=use_coupon&coupon_id=m1-1", NOW)

    assert "有効期限（2026年11月25日まで）" in replies[0]["text"]
    assert uses_of_message("m1") == 0


def test_an_unknown_coupon_is_answered_not_recorded(aws):
    put_message_with_coupons()

    for data in ("action=use_coupon&coupon_id=m9-0", "action=use_coupon&coupon_id=m1-7"):
        assert "見つかりませんでした" in use_coupon("Ua", data, NOW)[0]["text"]
    assert uses_of_message("m1") == 0


def test_uses_are_counted_per_coupon_of_a_message(aws):
    put_message_with_coupons()
    use_coupon("Ua", USE, NOW)
    use_coupon("Ua", USE, NOW)

    assert coupon_uses.uses(message_coupons("m1")) == {"m1-0": 1, "m1-1": 0}


def test_taps_at_the_same_instant_record_one_use(moto_server):
    put_message_with_coupons()
    barrier = threading.Barrier(4)
    replies = []

    def tap():
        barrier.wait()
        replies.extend(use_coupon("Ua", USE, NOW))

    threads = [threading.Thread(target=tap) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(r["type"] for r in replies) == ["flex", "text", "text", "text"]
    assert uses_of_message("m1") == 1
