"""The customer book (大福帳) beyond the record: staff notes, the timeline, 1:1 messages, deletion.

Notes are entries of the customer's history (kind `note`, no expiry), so the timeline is one Query
of one partition in time order, whatever it holds. Each staff action is written in one transaction
with its audit entry (logic.customers._commit).
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from typing import Any

from linecrm import line_api
from linecrm.dal import audit, coupon_uses, customer_tags, history, visits
from linecrm.dal import customers as customers_dal
from linecrm.dal.dynamo import Cancelled, transact
from linecrm.domain.errors import Invalid, NotFound, Refused
from linecrm.domain.messages import CouponCard
from linecrm.domain.timeline import TimelineEntry
from linecrm.jst import iso_utc, now_utc
from linecrm.logic import shop_card
from linecrm.logic.customers import customer, received
from linecrm.logic.send_now import send_now

MAX_TIMELINE_PAGE = 200


# --- notes ---------------------------------------------------------------------------------


def _note_view(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "note_id": entry.entry_id,
        "text": entry.text,
        "author": entry.actor,
        "created_at": entry.at,
        "edited_by": entry.edited_by,
        "edited_at": entry.edited_at,
    }


def add_note(user_id: str, text: str, actor: str) -> dict[str, Any]:
    customer(user_id)
    now = now_utc()
    note = history.entry(user_id, history.NOTE, text, at=now, actor=actor)
    audit_item = audit.entry(
        audit.subject("customer", user_id), "noted", actor, now, {"note_id": note["entry_id"], "text": text}
    )
    try:
        transact(
            [
                history.put_operation(note),
                audit.put_operation(audit_item),
                customers_dal.exists_check(user_id),
            ]
        )
    except Cancelled as error:
        raise NotFound(f"顧客 {user_id} が見つかりません") from error
    return _note_view(history.from_item(note))


def notes(user_id: str) -> list[dict[str, Any]]:
    customer(user_id)
    return [_note_view(e) for e in history.notes(user_id)]


def _note(user_id: str, note_id: str) -> TimelineEntry:
    entry = history.get(user_id, note_id)
    if entry is None or entry.kind != history.NOTE:
        raise NotFound(f"メモ {note_id} が見つかりません")
    return entry


def edit_note(user_id: str, note_id: str, text: str, actor: str) -> dict[str, Any]:
    before = _note(user_id, note_id)
    now = now_utc()
    operation = history.edit_note_operation(user_id, note_id, text, actor, iso_utc(now))
    changes = {"note_id": note_id, "text": {"before": before.text, "after": text}}
    _commit_note(user_id, operation, actor, "note_edited", changes, now)
    return _note_view(replace(before, text=text, edited_by=actor, edited_at=iso_utc(now)))


def delete_note(user_id: str, note_id: str, actor: str) -> None:
    before = _note(user_id, note_id)
    now = now_utc()
    operation = history.delete_note_operation(user_id, note_id)
    _commit_note(user_id, operation, actor, "note_deleted", {"note_id": note_id, "text": before.text}, now)


def _commit_note(user_id: str, operation: dict, actor: str, action: str, changes: dict, now) -> None:
    audit_item = audit.entry(audit.subject("customer", user_id), action, actor, now, changes)
    try:
        transact([operation, audit.put_operation(audit_item)])
    except Cancelled as error:
        if error.reasons[:1] == ["ConditionalCheckFailed"]:
            raise NotFound(f"メモ {changes['note_id']} が見つかりません") from None
        raise


# --- timeline ------------------------------------------------------------------------------


def encode_cursor(entry_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": entry_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        after = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["after"]
        if not isinstance(after, str) or not after:
            raise ValueError(after)
        return after
    except (ValueError, KeyError, TypeError):
        raise Invalid("cursor is not one this API returned", field="cursor") from None


def timeline(user_id: str, limit: int, cursor: str | None) -> tuple[list[TimelineEntry], str | None]:
    """A page of the customer's timeline, oldest first: everything that happened with them (follow,
    block, answers, messages both ways, coupon uses, notes, tag changes, record edits)."""
    item = customer(user_id)
    after = decode_cursor(cursor) if cursor else None
    limit = min(limit, MAX_TIMELINE_PAGE)
    entries, last = history.page(user_id, limit, after)
    # A multicast's recipients have their `delivery` entry in their history; broadcasts (target
    # `all`) have none per friend (logic.customers.received): merged in by entry_id (same form,
    # `<at>#delivery-<message id>`). While more history follows `last`, only those before it.
    sent = [
        e
        for e in received(user_id, item.followed_at)
        if (after is None or e.entry_id > after) and (last is None or e.entry_id < last)
    ]
    merged = sorted([*entries, *sent], key=lambda e: e.entry_id)
    shown = merged[:limit]
    more = last is not None or len(merged) > limit
    return shown, encode_cursor(shown[-1].entry_id) if more and shown else None


# --- 1:1 messages --------------------------------------------------------------------------


def send(user_id: str, messages: list[Any], actor: str) -> TimelineEntry:
    """Push staff's messages to one customer (line-bot-sdk, with a retry key: a retried request is
    not delivered twice), then record them in the timeline with the staff name. The customer's
    item is not touched: the bot's conversation (onboarding, 退会 confirmation) goes on as it was."""
    for index, message in enumerate(messages):
        if isinstance(message, CouponCard):
            raise Invalid(
                "クーポンカードは配信 (POST /api/messages) で送ってください", field=f"messages[{index}]"
            )
    current = customer(user_id)
    if current.blocked:
        raise Refused("この顧客はアカウントをブロックしているため送信できません")
    line_messages = [m.model_dump(exclude_none=True) for m in messages]
    request_id = _push(user_id, line_messages)
    now = now_utc()
    text = "\n".join(m.get("text") or f"[{m.get('type')}]" for m in line_messages)
    return history.append(
        user_id, "staff_message", text, line_messages, now, actor=actor, request_id=request_id
    )


def _push(user_id: str, line_messages: list[dict[str, Any]]) -> str | None:
    """LINE's request id of the push (logic.send_now: one retry with the same retry key)."""
    from linebot.v3.messaging import PushMessageRequest

    request = PushMessageRequest.from_dict({"to": user_id, "messages": line_messages})
    api = line_api.messaging_api()
    return send_now(
        lambda key, timeout: api.push_message_with_http_info(
            request, x_line_retry_key=key, _request_timeout=timeout
        ),
        "push",
    )


# --- deletion ------------------------------------------------------------------------------


def delete_customer(user_id: str, actor: str | None) -> dict[str, int]:
    """Remove the customer from every table this service keeps about them: tags, history (notes
    included), their own audit trail, coupon uses (kept counted, without the user id), then the
    customer item last (with their place in the member counts), so that a failure halfway is
    completed by trying again. `actor` (staff) is audited with counts only, never the user id;
    None: the customer's own 退会 in the chat."""
    removed = {
        "tags": customer_tags.delete_all_for(user_id),
        "history": history.delete_all(user_id),
        "audit": audit.delete_subject(audit.subject("customer", user_id)),
        "coupon_uses": coupon_uses.forget_customer(user_id),
        "visits": visits.delete_all(user_id),
    }
    deleted = customers_dal.delete(user_id)  # tags added meanwhile go with it (dal.customers.delete)
    if deleted is not None:
        shop_card.forget(deleted)  # out of the rank and visitor counts (after the deletion: at most once)
    # Once the customer is gone no staff write can add to them (each checks that the customer
    # exists in its transaction); sweep again for what a request racing with this one wrote.
    removed["history"] += history.delete_all(user_id)
    if actor is not None:
        transact([audit.put_operation(audit.entry("customers", "deleted", actor, now_utc(), removed))])
    return removed
