"""Webhook request bodies as LINE's platform sends them (shapes from LINE's webhook OpenAPI document),
signed with the channel secret. Used by tests, the local emulator and `local.play_customer`.

Every builder returns one event dict with a fresh `webhookEventId` (ULID-like), a millisecond
`timestamp`, `mode` ("active" unless told) and `deliveryContext.isRedelivery` false.
Signing is written by hand because line-bot-sdk only *validates* signatures (HMAC-SHA256, base64).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import os
import time
from typing import Any

DEFAULT_DESTINATION = "U" + "0" * 32
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def sign(body: bytes, channel_secret: str) -> str:
    """The X-Line-Signature value for `body`."""
    digest = hmac.new(channel_secret.encode("utf-8"), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def new_event_id() -> str:
    """A 26-character ULID-shaped id (48-bit ms time + 80 random bits, Crockford base32)."""
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def _token() -> str:
    return os.urandom(16).hex()


def _message_id() -> str:
    return str(int.from_bytes(os.urandom(7), "big"))


def _base(
    event_type: str, user_id: str, *, mode: str = "active", source: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "type": event_type,
        "mode": mode,
        "timestamp": int(time.time() * 1000),
        "source": source or {"type": "user", "userId": user_id},
        "webhookEventId": new_event_id(),
        "deliveryContext": {"isRedelivery": False},
    }


def follow(
    user_id: str, reply_token: str | None = None, is_unblocked: bool = False, **kw: Any
) -> dict[str, Any]:
    event = _base("follow", user_id, **kw)
    event["replyToken"] = reply_token or _token()
    event["follow"] = {"isUnblocked": is_unblocked}
    return event


def unfollow(user_id: str, **kw: Any) -> dict[str, Any]:
    return _base("unfollow", user_id, **kw)


def _message(user_id: str, content: dict[str, Any], reply_token: str | None, **kw: Any) -> dict[str, Any]:
    event = _base("message", user_id, **kw)
    event["replyToken"] = reply_token or _token()
    event["message"] = {"id": _message_id(), **content}
    return event


def text(user_id: str, text: str, reply_token: str | None = None, **kw: Any) -> dict[str, Any]:
    return _message(user_id, {"type": "text", "text": text, "quoteToken": _token()}, reply_token, **kw)


def sticker(
    user_id: str,
    package_id: str = "446",
    sticker_id: str = "1988",
    reply_token: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    content = {
        "type": "sticker",
        "packageId": package_id,
        "stickerId": sticker_id,
        "stickerResourceType": "STATIC",
        "quoteToken": _token(),
    }
    return _message(user_id, content, reply_token, **kw)


def image(user_id: str, reply_token: str | None = None, **kw: Any) -> dict[str, Any]:
    content = {"type": "image", "contentProvider": {"type": "line"}, "quoteToken": _token()}
    return _message(user_id, content, reply_token, **kw)


def postback(user_id: str, data: str, reply_token: str | None = None, **kw: Any) -> dict[str, Any]:
    event = _base("postback", user_id, **kw)
    event["replyToken"] = reply_token or _token()
    event["postback"] = {"data": data}
    return event


def group_source(group_id: str, user_id: str | None = None) -> dict[str, Any]:
    """A `source` for events from a group chat (pass as `source=` to any builder)."""
    source: dict[str, Any] = {"type": "group", "groupId": group_id}
    if user_id:
        source["userId"] = user_id
    return source


def redelivery(event: dict[str, Any]) -> dict[str, Any]:
    """The same event (same webhookEventId) as LINE redelivers it."""
    again = copy.deepcopy(event)
    again["deliveryContext"] = {"isRedelivery": True}
    return again


def envelope(events: list[dict[str, Any]], destination: str = DEFAULT_DESTINATION) -> bytes:
    """The POST body. An empty list is LINE's 'Verify' request."""
    return json.dumps({"destination": destination, "events": events}, ensure_ascii=False).encode("utf-8")


def signed_request(
    events: list[dict[str, Any]], channel_secret: str, destination: str = DEFAULT_DESTINATION
) -> tuple[bytes, dict[str, str]]:
    """(body, headers) of the webhook POST LINE would send for `events`."""
    body = envelope(events, destination)
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "LineBotWebhook/2.0",
        "X-Line-Signature": sign(body, channel_secret),
    }
    return body, headers
