"""Coupon use rules and replies (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from linecrm.domain import coupons

COUPON = {
    "coupon_id": "m1-0",
    "title": "和牛ハンバーグ10%オフ",
    "code": "WAGYU10",
    "expires_at": "2026-12-31",
}


def test_a_use_postback_names_its_coupon():
    assert coupons.parse_use_postback("action=use_coupon&coupon_id=m1-0") == "m1-0"


def test_other_postbacks_are_not_coupon_uses():
    assert coupons.parse_use_postback("action=withdraw") is None
    assert coupons.parse_use_postback("action=use_coupon") is None
    assert coupons.parse_use_postback("") is None


def test_the_message_id_is_the_coupon_id_without_its_index():
    assert coupons.message_id_of("msg-abc-2") == "msg-abc"


def test_a_date_only_expiry_lasts_to_the_end_of_that_day_in_japan():
    last_minute = datetime(2026, 12, 31, 14, 59, tzinfo=UTC)  # 23:59 JST
    midnight = datetime(2026, 12, 31, 15, 0, tzinfo=UTC)  # 2027-01-01 00:00 JST
    assert not coupons.is_expired(COUPON, last_minute)
    assert coupons.is_expired(COUPON, midnight)


def test_an_expiry_with_an_offset_is_that_instant():
    coupon = {**COUPON, "expires_at": "2026-11-30T18:00:00+09:00"}
    assert not coupons.is_expired(coupon, datetime(2026, 11, 30, 8, 59, tzinfo=UTC))
    assert coupons.is_expired(coupon, datetime(2026, 11, 30, 9, 0, tzinfo=UTC))


def test_a_coupon_without_expiry_never_expires():
    assert not coupons.is_expired({**COUPON, "expires_at": None}, datetime(2099, 1, 1, tzinfo=UTC))


def test_the_used_stamp_shows_the_time_in_japan():
    stamp = coupons.used_stamp(COUPON, datetime(2026, 11, 26, 5, 7, tzinfo=UTC))
    assert stamp["type"] == "flex"
    assert stamp["altText"] == "「和牛ハンバーグ10%オフ」を使用しました（2026年11月26日 14:07）"
    texts = [c["text"] for c in stamp["contents"]["body"]["contents"]]
    assert "使用日時: 2026年11月26日 14:07" in texts and "コード: WAGYU10" in texts
    assert stamp["contents"]["header"]["contents"][0]["text"] == "使用済み"


def test_the_used_stamp_is_a_message_line_accepts():
    from linebot.v3.messaging import FlexMessage

    stamp = coupons.used_stamp(COUPON, datetime(2026, 11, 26, 5, 7, tzinfo=UTC))
    assert FlexMessage.from_dict(stamp).alt_text == stamp["altText"]


def test_already_used_says_when():
    reply = coupons.already_used(COUPON, datetime(2026, 11, 26, 5, 7, tzinfo=UTC))
    assert reply == {
        "type": "text",
        "text": "「和牛ハンバーグ10%オフ」は 2026年11月26日 14:07 に使用済みです。クーポンは1回のみご利用いただけます。",
    }


def test_expired_says_until_when_it_was_valid():
    assert "有効期限（2026年12月31日まで）" in coupons.expired(COUPON)["text"]
