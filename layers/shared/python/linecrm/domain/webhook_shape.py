"""What the webhook accepts of an event before handling it (pure, no AWS).

LINE's own events always pass; anything else signed with the channel secret (a bug on LINE's side,
a leaked secret, a test tool) is acknowledged and logged instead of answered with a 500 that LINE
would redeliver again and again: a retry cannot fix the shape of an event.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 16  # LINE's deepest events (a message with mentions and emojis) are 5 levels deep
MAX_ID = 128  # userId, groupId, webhookEventId: LINE's are 33 and 26 characters
OBJECT_FIELDS = ("source", "message", "postback", "deliveryContext", "follow", "unsend", "beacon")


def _depth(value: Any, limit: int) -> int:
    """How deeply `value` nests, counted up to `limit` + 1 (no recursion: any depth is safe)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        children = current.values() if isinstance(current, dict) else current
        if isinstance(current, dict | list):
            stack.extend((c, level + 1) for c in children if isinstance(c, dict | list))
    return deepest


def _bad_id(value: Any) -> bool:
    return not isinstance(value, str) or not 0 < len(value) <= MAX_ID or not value.isprintable()


def problem(raw: Any) -> str | None:
    """Why the webhook cannot handle `raw` (one element of the body's `events`), or None."""
    if not isinstance(raw, dict):
        return "event is not an object"
    if _bad_id(raw.get("webhookEventId")):
        return "webhookEventId missing or not a short string"
    if _depth(raw, MAX_DEPTH) > MAX_DEPTH:
        return f"event nested deeper than {MAX_DEPTH} levels"
    for name in OBJECT_FIELDS:
        if name in raw and not isinstance(raw[name], dict):
            return f"{name} is not an object"
    source = raw.get("source") or {}
    for name in ("userId", "groupId", "roomId"):
        if name in source and _bad_id(source[name]):
            return f"source.{name} is not a short string"
    if "type" in raw and not isinstance(raw["type"], str):
        return "type is not a string"
    return None


def _clean_text(text: str) -> str:
    """A lone surrogate (half of a broken emoji) cannot be stored as UTF-8: replaced by U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def cleaned(value: Any) -> Any:
    """`value` with every string storable as UTF-8 (keys too)."""
    if isinstance(value, str):
        return _clean_text(value)
    if isinstance(value, dict):
        return {cleaned(k): cleaned(v) for k, v in value.items()}
    if isinstance(value, list):
        return [cleaned(v) for v in value]
    return value


def user_of(raw: dict[str, Any]) -> str | None:
    """The LINE user an event is about (events of one user are handled in order)."""
    return (raw.get("source") or {}).get("userId")
