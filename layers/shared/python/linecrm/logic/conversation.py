"""One LINE webhook event, end to end: read the customer, take the conversation's turn
(`linecrm.domain.conversation`), store the change, record the timeline, reply.

Called once per `webhookEventId` (the webhook handler wraps it with Powertools Idempotency).
line-bot-sdk is imported inside the functions: the webhook must start fast (see functions/webhook).

DynamoDB and LINE are reached through `ports` (linecrm.logic.ports): `PORTS` by default, the real
adapters, imported with this module so that the webhook's snapshot holds them; the unit tests pass
in-memory ones (tests/unit/test_conversation_logic.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from linecrm import line_api
from linecrm.dal import customers, history
from linecrm.domain import conversation, coupons
from linecrm.domain.customers import Customer
from linecrm.jst import iso_utc, now_utc, today_jst
from linecrm.logic import statistics
from linecrm.logic.ports import Ports
from linecrm.observability import logger, user_ref

COUPON_POSTBACK_PREFIX = f"action={coupons.USE_ACTION}"
PROFILE_TIMEOUT = (0.5, 1.0)  # the display name is nice to have: a slow profile never holds a turn up long
_FACTS = {"follow": "[友だち追加]", "unfollow": "[ブロック]", "unblock": "[ブロック解除]"}
_LABELS = {
    "sticker": "[スタンプ]",
    "image": "[画像]",
    "video": "[動画]",
    "audio": "[音声]",
    "file": "[ファイル]",
}
PORTS = Ports(customers=customers, history=history, line=line_api, statistics=statistics)


def handle_event(raw: dict[str, Any], now: datetime | None = None, ports: Ports = PORTS) -> dict[str, Any]:
    """Process one webhook event dict. Returns a small JSON-able summary (stored by Idempotency)."""
    from linebot.v3.webhooks import FollowEvent, MessageEvent, PostbackEvent, UnfollowEvent, UserSource

    now = now or now_utc()
    at = _event_time(raw, now)
    event = _parse(raw)
    source = getattr(event, "source", None)
    user_id = getattr(source, "user_id", None) or (raw.get("source") or {}).get("userId")
    if event is None or not isinstance(source, UserSource) or not user_id:
        # Unknown types, events LINE adds later, group/room chats, a user source without a userId
        # (optional in LINE's schema): acknowledge, log, keep a trace.
        source_type = (raw.get("source") or {}).get("type") if isinstance(raw.get("source"), dict) else None
        logger.info("event not handled", extra={"event_type": raw.get("type"), "source_type": source_type})
        _record_if_customer(user_id, f"[{raw.get('type')}] {_summary(raw)}", raw, at, ports)
        return {"outcome": "ignored", "type": raw.get("type")}
    standby = str(getattr(event.mode, "value", event.mode)) == "standby"  # record, send nothing
    if isinstance(event, PostbackEvent):
        return _on_postback(user_id, event, raw, at, now, standby, ports)
    if not isinstance(event, FollowEvent | UnfollowEvent | MessageEvent):
        _record_if_customer(user_id, f"[{raw.get('type')}]", raw, at, ports)
        return {"outcome": "ignored", "type": raw.get("type")}
    if standby and isinstance(event, MessageEvent):
        if _record_if_customer(user_id, _summary(raw), raw, at, ports) is not None:
            _mark_unread(user_id, ports)
        return {"outcome": "recorded", "type": "message", "mode": "standby"}
    read = _NOT_READ
    if not standby and _is_text(event):
        read = ports.customers.get(user_id)  # read once: the features and the turn's first attempt use it
        if (answered := _feature_turn(user_id, read, event, raw, at, ports)) is not None:
            return answered
    return _take_turn(user_id, event, raw, at, now, standby, read, ports=ports)


_NOT_READ = object()


def _is_text(event: Any) -> bool:
    from linebot.v3.webhooks import MessageEvent, TextMessageContent

    return isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent)


def _feature_turn(
    user_id: str, customer: Customer | None, event: Any, raw: dict, at: datetime, ports: Ports
) -> dict[str, Any] | None:
    """A text a chat feature claims (logic.chat_features), answered by it; None: not claimed."""
    if customer is None:  # not a customer yet: the conversation greets them first
        return None
    replies = ports.features.on_text(user_id, customer, event.message.text, at)
    if replies is None:
        return None
    _record_inbound(user_id, raw, at, ports=ports)
    replies = [*replies, *conversation.open_question(customer.state)][:5]  # LINE: 5 a reply
    if replies and event.reply_token:
        _reply(user_id, event.reply_token, replies, record=True, ports=ports)
    logger.info("feature answered", extra={"user": user_ref(user_id), "event_type": "message"})
    return {"outcome": "feature", "replies": len(replies)}


def _take_turn(
    user_id: str,
    event: Any,
    raw: dict,
    at: datetime,
    now: datetime,
    standby: bool,
    read: Any = _NOT_READ,
    *,
    ports: Ports,
) -> dict[str, Any]:
    event_id = raw["webhookEventId"]
    name: str | None = None  # a follow's display name (LINE's profile), asked once
    for attempt in (1, 2):  # a concurrent change for the same customer: read again and redo once
        # the write is conditional on the customer as read: a read made just before is as good
        customer = read if attempt == 1 and read is not _NOT_READ else ports.customers.get(user_id)
        if customer and customer.last_event_id == event_id:
            # An earlier attempt stored this turn and failed afterwards: never apply it twice.
            logger.info(
                "event already applied", extra={"user": user_ref(user_id), "webhook_event_id": event_id}
            )
            return {"outcome": "already_applied"}
        turn = _turn_for(customer, event, at)
        if attempt == 1 and raw.get("type") == "follow":
            # before the change, so that it is stored with it: one DynamoDB write fewer than storing
            # it after the reply (the reply token lasts a minute; the profile call is bounded)
            name = _display_name(user_id, ports)
        # A customer's message that changes them (an answer): 未読 goes in the same write as the
        # change, one DynamoDB call fewer than marking it on its own.
        unread = customer is not None and bool(turn.changes) and not turn.delete and _kind(raw) == "inbound"
        if not turn.delete and customer is not None and not turn.changes:
            # keyed by the event: a retry overwrites, never duplicates (with a change, `_apply`
            # writes it in the change's transaction)
            _record_inbound(user_id, raw, at, ports=ports)
        try:
            stored = _apply(user_id, customer, turn, raw, at, now, unread, display_name=name, ports=ports)
            break
        except ports.customers.Conflict:
            if attempt == 2:
                raise
            logger.info("customer changed concurrently; retrying", extra={"user": user_ref(user_id)})
    reply_token = getattr(event, "reply_token", None)
    replies = turn.replies
    if turn.note == "age_answered" and stored is not None and not standby:
        # アンケート: the first question after the thanks (logic.surveys)
        replies = [*replies, *ports.surveys.after_registration(stored)][:5]
    if replies and not standby and reply_token:
        _reply(user_id, reply_token, replies, record=stored is not None, ports=ports)
    logger.info(
        "turn taken", extra={"user": user_ref(user_id), "note": turn.note, "event_type": raw.get("type")}
    )
    return {"outcome": turn.note, "replies": len(replies), "standby": standby}


def _turn_for(customer: Customer | None, event: Any, at: datetime) -> conversation.Turn:
    from linebot.v3.webhooks import FollowEvent, TextMessageContent, UnfollowEvent

    if isinstance(event, FollowEvent):
        return conversation.on_follow(customer)
    if isinstance(event, UnfollowEvent):
        return conversation.on_unfollow(customer)
    if isinstance(event.message, TextMessageContent):
        return conversation.on_text(customer, event.message.text, today_jst(at))
    return conversation.on_other_message(customer, event.message.type)


def _apply(
    user_id: str,
    customer: Customer | None,
    turn: conversation.Turn,
    raw: dict,
    at: datetime,
    now: datetime,
    unread: bool = False,
    *,
    display_name: str | None = None,
    ports: Ports,
) -> Customer | None:
    """Store the turn's change (with the 未読 marker when `unread`, the display name when known).
    Returns the customer as stored, or None when they are gone."""
    if turn.delete:
        _withdraw(user_id, ports)
        return None
    changes = dict(turn.changes)
    if not changes:
        return customer
    if unread:
        changes["unread"] = True
    changes["last_event_id"] = raw["webhookEventId"]  # written with the change, in one conditional write
    stamp = iso_utc(at)
    if raw.get("type") == "follow":
        changes["followed_at"] = stamp
    if display_name:
        changes["display_name"] = display_name
    if changes.get("blocked") is True:
        changes["blocked_at"] = stamp
    if changes.get("registered") is True and not (customer and customer.registered_at):
        changes["registered_at"] = stamp
    if "birth_date" in changes and customer and customer.birthday:
        changes["birth_date"] = customer.birthday  # a birthday staff recorded beats a declared age
    counts = ports.statistics.turn_operations(user_id, customer, changes, raw.get("type"), at)
    # The timeline's entries of the turn go in the change's transaction: the event (keyed by it: a
    # retry overwrites, never duplicates) and, after an answer, the profile it gives.
    entries = [_inbound_entry(user_id, raw, at, ports)]
    if "gender" in changes or "age" in changes:
        from linecrm.domain.customer_record import profile_summary

        entries.append(ports.history.entry(user_id, "profile", profile_summary(changes), at=now))
    also = [*counts, *(ports.history.put_operation(e, overwrite=True) for e in entries)]
    return ports.customers.save(user_id, customer, changes, now, also=also)  # counted with the change


def _withdraw(user_id: str, ports: Ports) -> None:
    """退会: every table's data about the customer, the customer item last (so a failure halfway is
    retried as 退会); see logic.customer_book.delete_customer."""
    from linecrm.logic.customer_book import delete_customer

    ports.history.forget_pending(user_id)  # entries deferred by earlier events of the same POST
    removed = delete_customer(user_id, actor=None)
    logger.info("customer withdrew; data deleted", extra={"user": user_ref(user_id), **removed})


def _on_postback(
    user_id: str, event: Any, raw: dict, at: datetime, now: datetime, standby: bool, ports: Ports
) -> dict[str, Any]:
    data = event.postback.data or ""
    customer = _record_if_customer(user_id, f"[postback] {data}", raw, at, ports)
    if standby:
        return {"outcome": "recorded", "type": "postback"}
    if not data.startswith(COUPON_POSTBACK_PREFIX):
        replies = ports.features.on_postback(user_id, customer, data, at)
        if replies and event.reply_token:
            _reply(user_id, event.reply_token, replies, record=customer is not None, ports=ports)
        return {"outcome": "feature" if replies is not None else "recorded", "type": "postback"}
    from linecrm.logic.coupons import use_coupon  # loaded on use: the webhook starts without it

    replies = use_coupon(user_id, data, now)
    if replies and event.reply_token:
        _reply(user_id, event.reply_token, replies, record=customer is not None, ports=ports)
    return {"outcome": "coupon", "replies": len(replies)}


def _reply(user_id: str, reply_token: str, messages: list[dict], record: bool, *, ports: Ports) -> None:
    from linebot.v3.messaging import ApiException, ReplyMessageRequest
    from urllib3.exceptions import HTTPError as TransportError

    request = ReplyMessageRequest.from_dict({"replyToken": reply_token, "messages": messages})
    kind = "reply"
    try:
        ports.line.messaging_api().reply_message(request, _request_timeout=ports.line.request_timeout())
    except (ApiException, TransportError, OSError) as error:  # the change is stored: log a lost reply
        kind = "reply_failed"
        logger.warning("reply failed", extra={"user": user_ref(user_id), "error": _error_kind(error)})
    if record:
        text = "\n".join(m.get("text") or f"[{m.get('type')}]" for m in messages)
        ports.history.append(user_id, kind, text, payload=messages)


def _display_name(user_id: str, ports: Ports) -> str | None:
    try:
        profile = ports.line.messaging_api().get_profile(user_id, _request_timeout=PROFILE_TIMEOUT)
        return profile.display_name
    except Exception as error:  # best effort: any failure leaves the name unknown
        logger.info("profile not available", extra={"user": user_ref(user_id), "error": _error_kind(error)})
        return None


def _error_kind(error: Exception) -> str:
    """The error's class and HTTP status: LINE's error bodies may quote the messages sent."""
    status = getattr(error, "status", None)
    return f"{type(error).__name__}{f' {status}' if status else ''}"


def _kind(raw: dict) -> str:
    """The timeline's kind of an event: follow, unblock, unfollow or inbound (a message)."""
    kind = raw["type"] if raw["type"] in ("follow", "unfollow") else "inbound"
    if kind == "follow" and (raw.get("follow") or {}).get("isUnblocked"):
        kind = "unblock"  # LINE's follow event after a block: told apart in the timeline
    return kind


def _inbound_entry(user_id: str, raw: dict, at: datetime, ports: Ports) -> dict:
    """The event's timeline entry, keyed by the event (written again, it overwrites itself)."""
    kind = _kind(raw)
    text = _FACTS.get(kind) or _summary(raw)
    return ports.history.entry(user_id, kind, text, payload=raw, at=at, key=raw["webhookEventId"])


def _record_inbound(user_id: str, raw: dict, at: datetime, *, ports: Ports) -> None:
    item = _inbound_entry(user_id, raw, at, ports)
    ports.history.put(item)
    if item["kind"] == "inbound":
        _mark_unread(user_id, ports)


def _mark_unread(user_id: str, ports: Ports) -> None:
    """未読 for staff until one of them opens the customer (logic.customers.detail clears it)."""
    ports.customers.set_plain(user_id, {"unread": True})


def _record_if_customer(
    user_id: str | None, text: str, raw: dict, at: datetime, ports: Ports
) -> Customer | None:
    """Record the event on a known customer's timeline; returns the customer (None: not one)."""
    customer = ports.customers.get(user_id) if user_id else None
    if customer is not None:
        ports.history.append(user_id, "inbound", text, payload=raw, at=at)
    return customer


def _summary(raw: dict) -> str:
    message = raw.get("message") or {}
    if message.get("type") == "text":
        return message.get("text", "")
    return _LABELS.get(message.get("type"), f"[{message.get('type') or raw.get('type')}]")


def _parse(raw: dict) -> Any:
    """The SDK's model of the event, or None for types it does not know or cannot read."""
    from linebot.v3.webhooks import Event

    if raw.get("mode") == "standby" and "replyToken" not in raw:
        # LINE sends standby events without a reply token, but the SDK's models (like LINE's
        # OpenAPI document) require one on follow and message events: give it an empty one.
        raw = {**raw, "replyToken": ""}
    try:
        return Event.from_dict(raw)
    except Exception as error:  # unknown type, or a known type with fields we did not expect
        # The error's kind only: pydantic's text quotes the input, which may be what a customer wrote.
        logger.info("event not parsed", extra={"event_type": raw.get("type"), "error": type(error).__name__})
        return None


def _event_time(raw: dict, now: datetime) -> datetime:
    """When the customer acted (LINE's timestamp, ms); never later than now."""
    try:
        return min(datetime.fromtimestamp(int(raw["timestamp"]) / 1000, UTC), now)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):  # OSError: past year 9999
        return now
