"""Coupon use: the rules and the replies (Japanese), no AWS.

A coupon card (a Flex message sent with a message) has a 「使う」 button: a postback with data
`action=use_coupon&coupon_id=<message_id>-<index>`. The customer taps it in front of staff; the
bot records one use per customer per coupon and answers with a used stamp and the time (JST) for
staff to see. A second tap says it was already used (and when); after `expires_at` it says the
coupon has expired.

A use as logic reads it is a `CouponUse` record (dal.coupon_uses turns the item into one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qs

from linecrm.domain.conversation import text as _text
from linecrm.jst import JST

USE_ACTION = "use_coupon"
STAMP_COLOR = "#D0021B"


@dataclass(frozen=True)
class CouponUse:
    """A customer's one use of a coupon (a message's, or a rank's reward `reward#<rank>`, whose
    `message_id` is the coupon id). `user_id` is `withdrawn#<random>` once the customer is gone
    (the use stays counted)."""

    coupon_id: str
    user_id: str
    message_id: str
    used_at: str  # UTC ISO


def use_footer(data: str, color: str) -> dict[str, Any]:
    """A coupon bubble's footer: one 「使う」 button sending the postback `data` (shown in the chat as
    「クーポンを使う」), for a message's coupon card and a rank's reward alike."""
    return {
        "type": "box",
        "layout": "vertical",
        "contents": [
            {
                "type": "button",
                "style": "primary",
                "color": color,
                "action": {
                    "type": "postback",
                    "label": "使う",
                    "data": data,
                    "displayText": "クーポンを使う",
                },
            }
        ],
    }


def parse_use_postback(data: str) -> str | None:
    """The coupon id of a 「使う」 postback, or None when `data` is not one."""
    fields = parse_qs(data or "", keep_blank_values=True)
    if fields.get("action") != [USE_ACTION]:
        return None
    coupon_id = (fields.get("coupon_id") or [""])[0].strip()
    return coupon_id or None


def message_id_of(coupon_id: str) -> str:
    """coupon_id is "<message_id>-<index>"."""
    return coupon_id.rsplit("-", 1)[0]


def find(coupons: list[dict[str, Any]] | None, coupon_id: str) -> dict[str, Any] | None:
    return next((c for c in coupons or [] if c.get("coupon_id") == coupon_id), None)


def expiry(expires_at: str | None) -> datetime | None:
    """When a coupon stops being usable. A date alone ("2026-12-31") is valid to the end of that
    day in Japan; a time without an offset is taken as Japan time."""
    if not expires_at:
        return None
    text = expires_at.strip().replace("Z", "+00:00")
    if len(text) == 10:
        return datetime.combine(date.fromisoformat(text) + timedelta(days=1), time(0), JST)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=JST)


def is_expired(coupon: dict[str, Any], now: datetime) -> bool:
    end = expiry(coupon.get("expires_at"))
    return end is not None and now >= end


def jst_text(moment: datetime) -> str:
    local = moment.astimezone(JST)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


def _expiry_text(coupon: dict[str, Any]) -> str:
    end = expiry(coupon.get("expires_at"))
    if end is None:
        return "なし"
    if len(coupon["expires_at"].strip()) == 10:
        return jst_text(end - timedelta(days=1)).split(" ")[0] + "まで"
    return jst_text(end) + "まで"


def used_stamp(coupon: dict[str, Any], used_at: datetime) -> dict[str, Any]:
    """A Flex bubble staff can read at a glance: a red 「使用済み」 stamp, the coupon and the time."""
    title = coupon.get("title") or "クーポン"
    when = jst_text(used_at)
    rows = [
        {"type": "text", "text": title, "weight": "bold", "size": "lg", "wrap": True},
        {"type": "text", "text": f"使用日時: {when}", "size": "md", "wrap": True},
    ]
    if coupon.get("code"):
        rows.append({"type": "text", "text": f"コード: {coupon['code']}", "size": "sm", "color": "#666666"})
    return {
        "type": "flex",
        "altText": f"「{title}」を使用しました（{when}）",
        "contents": {
            "type": "bubble",
            "header": {
                "type": "box",
                "layout": "vertical",
                "backgroundColor": STAMP_COLOR,
                "contents": [
                    {
                        "type": "text",
                        "text": "使用済み",
                        "weight": "bold",
                        "size": "xl",
                        "color": "#FFFFFF",
                        "align": "center",
                    }
                ],
            },
            "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": rows},
        },
    }


def already_used(coupon: dict[str, Any], used_at: datetime) -> dict[str, Any]:
    title = coupon.get("title") or "クーポン"
    return _text(f"「{title}」は {jst_text(used_at)} に使用済みです。クーポンは1回のみご利用いただけます。")


def expired(coupon: dict[str, Any]) -> dict[str, Any]:
    title = coupon.get("title") or "クーポン"
    return _text(
        f"申し訳ありません。「{title}」は有効期限（{_expiry_text(coupon)}）が過ぎているため、ご利用いただけません。"
    )


def unknown() -> dict[str, Any]:
    return _text("このクーポンは見つかりませんでした。お手数ですがスタッフにお声がけください。")


def not_sent() -> dict[str, Any]:
    return _text(
        "申し訳ありません。このクーポンはお客様宛てにお送りしたものではないため、ご利用いただけません。"
    )


def none_usable() -> dict[str, Any]:
    return _text("現在ご利用いただけるクーポンはありません。新しいクーポンが届くまでお待ちください。")


def usable(bubbles: list[dict[str, Any]]) -> dict[str, Any]:
    """The customer's usable coupons as one carousel (each bubble as sent, with its 「使う」 button)."""
    return {
        "type": "flex",
        "altText": f"ご利用いただけるクーポン（{len(bubbles)}件）",
        "contents": {"type": "carousel", "contents": bubbles},
    }
