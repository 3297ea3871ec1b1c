"""Coupons in the chat: a 「使う」 postback recorded once (only by a customer the message was sent
to), and 「クーポン」 (the rich menu's button) answered with the coupons the customer can still use."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from linecrm.dal import coupon_uses, customers, groups, history, message_dispatch
from linecrm.domain import coupons
from linecrm.domain.conversation import normalize
from linecrm.domain.customer_filter import CustomerFilter
from linecrm.domain.customers import Customer
from linecrm.domain.delivery import Delivery
from linecrm.jst import JST, iso_utc, parse_utc

KEYWORDS = frozenset({"クーポン", "クーポン一覧"})
SHOWN = 10  # coupons in the answer's carousel (LINE allows 12 bubbles)


def use_coupon(user_id: str, postback_data: str, now: datetime) -> list[dict[str, Any]]:
    """LINE message objects to reply with: a used stamp, "already used", "expired" or "unknown"."""
    coupon_id = coupons.parse_use_postback(postback_data)
    message_id = coupons.message_id_of(coupon_id) if coupon_id else None
    message = message_dispatch.get(message_id) if message_id else None
    coupon = coupons.find(message.coupons, coupon_id) if coupon_id and message else None
    if coupon is None:
        return [coupons.unknown()]
    if not was_sent_to(user_id, message):
        return [coupons.not_sent()]
    previous = coupon_uses.get(coupon_id, user_id)
    if previous is not None:
        return [coupons.already_used(coupon, parse_utc(previous.used_at))]
    if coupons.is_expired(coupon, now):
        return [coupons.expired(coupon)]
    if not coupon_uses.record(coupon_id, user_id, message_id, iso_utc(now)):  # a second tap won the race
        return [coupons.already_used(coupon, parse_utc(coupon_uses.get(coupon_id, user_id).used_at))]
    stamp = coupons.used_stamp(coupon, now)
    history.append(
        user_id,
        "coupon_use",
        f"クーポン「{coupon.get('title', '')}」を使用",
        {"coupon_id": coupon_id, "message_id": message_id},
        now,
    )
    return [stamp]


def was_sent_to(user_id: str, message: Delivery) -> bool:
    """Whether LINE delivered `message` to the customer, so that its coupons are theirs to use.

    - A broadcast (target `all`) reached every friend LINE had when it accepted it: a customer we
      know followed before then (or follows since before we kept the date).
    - A multicast: the customer's `delivery` entry (written by the dispatcher when each batch is
      settled, after the message's outcome). While the message is `unsettled` (from its plan's
      commit until every batch is settled: logic.dispatch.received), entries may not be written
      yet: the customer counts as a recipient when they are in the target now (the rule the plan
      used).
    """
    target = message.target
    since = message.started_at or message.send_at
    if target.get("type") == "all":
        customer = customers.get(user_id)
        accepted = message.accepted_at or since
        followed_at = customer.followed_at if customer else None
        return not followed_at or followed_at <= accepted
    if any(e.message_id == message.message_id for e in history.deliveries_since(user_id, since)):
        return True
    return message.unsettled and _in_target(user_id, target, message)


def _in_target(user_id: str, target: dict[str, Any], message: Delivery) -> bool:
    customer = customers.get(user_id)
    if customer is None or customer.blocked:
        return False
    if target.get("type") == "tag":
        return target.get("tag") in customer.tags
    group = groups.get(str(target.get("group_id"))) if target.get("type") == "group" else None
    if group is None:
        return False
    return CustomerFilter.for_group(group).matches(
        customer, parse_utc(message.send_at).astimezone(JST).date()
    )


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict[str, Any]] | None:
    """「クーポン」: the coupons sent to the customer that are neither used nor expired, the latest
    send time first."""
    if normalize(text) not in KEYWORDS:
        return None
    cards = []
    received = [message_dispatch.get(m) for m in _received_message_ids(user_id, customer)]
    for message in sorted(filter(None, received), key=lambda m: m.send_at, reverse=True):
        for coupon in message.coupons:
            if coupons.is_expired(coupon, at) or coupon_uses.get(coupon["coupon_id"], user_id):
                continue
            if (card := _card_of(message, coupon["coupon_id"])) is not None:
                cards.append(card)
    return [coupons.usable(cards[:SHOWN])] if cards else [coupons.none_usable()]


def _received_message_ids(user_id: str, customer: Customer) -> list[str]:
    from linecrm.logic.customers import received  # broadcasts (no entry per recipient)

    entries = [*history.deliveries_since(user_id), *received(user_id, customer.followed_at)]
    return list(dict.fromkeys(e.message_id for e in entries if e.message_id))


def _card_of(message: Delivery, coupon_id: str) -> dict[str, Any] | None:
    """The coupon's Flex bubble as it was sent (its 「使う」 button posts the coupon id back)."""
    import json

    for line_message in message.line_messages:
        if line_message.get("type") == "flex" and f'coupon_id={coupon_id}"' in json.dumps(line_message):
            return line_message["contents"]
    return None
