"""What staff may schedule: LINE's limits, the send-time rule, the coupon card. Pure."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pydantic import TypeAdapter, ValidationError

from functions.admin_api.models import MessageIn
from linecrm.domain import coupons
from linecrm.domain.messages import CouponCard, MessageObject, parse_send_at, render_coupon_card, to_line

NOW = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
one = TypeAdapter(MessageObject)


def test_a_time_with_an_offset_is_an_instant():
    assert parse_send_at("2026-11-27T18:00:00+09:00", NOW) == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert parse_send_at("2026-11-27T09:00:00Z", NOW) == datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_a_time_without_an_offset_is_refused_with_the_fix():
    with pytest.raises(ValueError, match=r"\+09:00"):
        parse_send_at("2026-11-27T18:00:00", NOW)


@pytest.mark.parametrize(
    "text", ["2026-11-26T13:59:59+09:00", "2026-11-26T14:00:00+09:00", "2020-01-01T00:00:00Z"]
)
def test_a_time_not_in_the_future_is_refused(text):
    with pytest.raises(ValueError, match="過去"):
        parse_send_at(text, NOW)


@pytest.mark.parametrize("text", ["tomorrow", "2026-13-01T10:00:00+09:00", ""])
def test_a_time_that_is_not_iso_8601_is_refused(text):
    with pytest.raises(ValueError, match="ISO 8601"):
        parse_send_at(text, NOW)


def test_text_is_limited_to_5000_characters():
    assert one.validate_python({"type": "text", "text": "肉" * 5000})
    with pytest.raises(ValidationError, match="5000"):
        one.validate_python({"type": "text", "text": "肉" * 5001})


def test_a_request_carries_one_to_five_messages():
    body = {"target": {"type": "all"}, "send_at": "2999-01-01T00:00:00+09:00"}
    assert MessageIn.model_validate({**body, "messages": [{"type": "text", "text": "x"}] * 5})
    for count in (0, 6):
        with pytest.raises(ValidationError):
            MessageIn.model_validate({**body, "messages": [{"type": "text", "text": "x"}] * count})


def test_flex_alt_text_is_limited_to_1500_characters():
    with pytest.raises(ValidationError, match="1500"):
        one.validate_python({"type": "flex", "altText": "x" * 1501, "contents": {"type": "bubble"}})


def test_quick_reply_holds_at_most_13_items():
    item = {"type": "action", "action": {"type": "message", "label": "はい", "text": "はい"}}
    assert one.validate_python({"type": "text", "text": "x", "quickReply": {"items": [item] * 13}})
    with pytest.raises(ValidationError, match="13"):
        one.validate_python({"type": "text", "text": "x", "quickReply": {"items": [item] * 14}})


def test_image_urls_must_be_https():
    good = {
        "type": "image",
        "originalContentUrl": "https://a.example/x.jpg",
        "previewImageUrl": "https://a.example/p.jpg",
    }
    assert one.validate_python(good)
    with pytest.raises(ValidationError, match="https"):
        one.validate_python({**good, "previewImageUrl": "http://a.example/p.jpg"})


def test_a_line_coupon_is_passed_through():
    assert one.validate_python({"type": "coupon", "couponId": "01H..."}).couponId == "01H..."


def test_a_coupon_card_becomes_a_bubble_whose_use_button_posts_back_its_coupon_id():
    card = CouponCard(
        type="coupon_card",
        title="ハンバーグ無料",
        description="お一人様1回",
        code="HB-1",
        expires_at="2026-12-31",
    )
    flex = render_coupon_card(card, "m1-2")

    texts = [c["text"] for c in flex["contents"]["body"]["contents"]]
    assert texts[0] == "ハンバーグ無料" and "コード: HB-1" in texts and "有効期限: 2026-12-31まで" in texts
    action = flex["contents"]["footer"]["contents"][0]["action"]
    assert (action["type"], action["label"]) == ("postback", "使う")
    assert coupons.parse_use_postback(action["data"]) == "m1-2"  # what the webhook will read back
    assert one.validate_python(flex)  # itself a valid LINE Flex message


def test_to_line_numbers_coupons_by_their_position_in_the_message():
    messages = [
        one.validate_python(m) for m in ({"type": "text", "text": "x"}, {"type": "coupon_card", "title": "T"})
    ]
    line_messages, cards = to_line("abc", messages)
    assert [m["type"] for m in line_messages] == ["text", "flex"]
    assert cards == [{"coupon_id": "abc-1", "title": "T", "code": "", "expires_at": None}]


def test_a_coupon_expiry_with_a_time_needs_an_offset():
    assert one.validate_python(
        {"type": "coupon_card", "title": "T", "expires_at": "2026-12-31T23:59:00+09:00"}
    )
    with pytest.raises(ValidationError, match="タイムゾーン"):
        one.validate_python({"type": "coupon_card", "title": "T", "expires_at": "2026-12-31T23:59:00"})


def test_expired_by_names_the_first_coupon_not_valid_after_the_send_time():
    from datetime import datetime

    from linecrm.domain.messages import expired_by
    from linecrm.jst import JST

    send_at = datetime(2026, 12, 24, 18, 0, tzinfo=JST)
    assert expired_by([None, "2026-12-24"], send_at) is None  # a date: valid to the end of that day
    assert expired_by([None, "2026-12-23", "2026-12-22"], send_at) == 1
    assert expired_by(["2026-12-24T18:00:00+09:00"], send_at) == 0  # expires as it arrives
    assert expired_by(["2026-12-24T18:01:00+09:00"], send_at) is None
