"""Coupon use, called by the webhook for a 「使う」 postback: record once, answer with the replies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from linecrm.dal import coupon_uses, history, message_dispatch
from linecrm.domain import coupons
from linecrm.jst import iso_utc, parse_utc


def use_coupon(user_id: str, postback_data: str, now: datetime) -> list[dict[str, Any]]:
    """LINE message objects to reply with: a used stamp, "already used", "expired" or "unknown"."""
    coupon_id = coupons.parse_use_postback(postback_data)
    message_id = coupons.message_id_of(coupon_id) if coupon_id else None
    message = message_dispatch.get(message_id) if message_id else None
    coupon = coupons.find((message or {}).get("coupons"), coupon_id) if coupon_id else None
    if coupon is None:
        return [coupons.unknown()]
    previous = coupon_uses.get(coupon_id, user_id)
    if previous is not None:
        return [coupons.already_used(coupon, parse_utc(previous["used_at"]))]
    if coupons.is_expired(coupon, now):
        return [coupons.expired(coupon)]
    if not coupon_uses.record(coupon_id, user_id, message_id, iso_utc(now)):  # a second tap won the race
        return [coupons.already_used(coupon, parse_utc(coupon_uses.get(coupon_id, user_id)["used_at"]))]
    stamp = coupons.used_stamp(coupon, now)
    history.append(
        user_id,
        "coupon_use",
        f"クーポン「{coupon.get('title', '')}」を使用",
        {"coupon_id": coupon_id, "message_id": message_id},
        now,
    )
    return [stamp]
