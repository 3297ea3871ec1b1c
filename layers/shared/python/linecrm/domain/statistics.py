"""Which statistics counters an event moves (pure: no AWS). Keys: /docs/design.md "Statistics".

Counted from the change the webhook stores and the customer as it was before it (the record
read for the turn), so that only a change that is new counts: a redelivered event finds the change
already made (or its event id already applied) and counts nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any

from linecrm.domain.customers import Customer
from linecrm.domain.timeline import TimelineEntry
from linecrm.jst import iso_utc

FUNNEL = "funnel"
FUNNEL_STAGES = ("followed", "answered_gender", "registered")
BLOCK_WINDOW = timedelta(hours=24)  # a block this soon after a delivery counts against the message
MAX_MESSAGES_PER_BLOCK = 10  # messages a block is counted against (keeps one transaction small)


@dataclass(frozen=True, eq=False)
class Counters(Mapping[str, int]):
    """One counter item as logic reads it (dal.stats.read): counter name → count, plain ints,
    read-only. Counter names are open (`visits#<store>`, a rank), so a mapping rather than fields;
    a counter never added is absent (`get(name, 0)`; a message's `coupon_uses` tells absent from
    0). The item's key `stat` and its Decimal numbers stay in dal. Equal to any mapping of the
    same counts."""

    counts: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", MappingProxyType(dict(self.counts)))

    def __getitem__(self, name: str) -> int:
        return self.counts[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


def day_key(day: date) -> str:
    return f"day#{day.isoformat()}"


def month_key(day: date) -> str:
    return f"month#{day.strftime('%Y-%m')}"


def message_key(message_id: str) -> str:
    return f"message#{message_id}"


def turn_counts(
    before: Customer | None,
    changes: Mapping[str, Any],
    event_type: str | None,
    day: date,
    recent_messages: Iterable[str] = (),
) -> dict[str, dict[str, int]]:
    """{stats key: {counter: +n}} for a stored turn of the conversation.

    - day#<JST date> followed: a follow that makes the customer a friend (new, or unblocking);
      blocked: an unfollow that blocks a customer who followed.
    - funnel followed: the customer item is created (the first follow, or the first message of a
      friend we never saw follow); answered_gender: the first gender answer; registered: the first
      completed registration. Each at most once per customer item (a profile change re-answers
      without counting again).
    - message#<id> blocks_24h: each message in `recent_messages` (delivered to the customer within
      24 hours before the block).
    """
    out: dict[str, dict[str, int]] = {}

    def add(key: str, name: str) -> None:
        out.setdefault(key, {})[name] = out.get(key, {}).get(name, 0) + 1

    if event_type == "follow" and (before is None or before.blocked):
        add(day_key(day), "followed")
    newly_blocked = changes.get("blocked") is True and before is not None and not before.blocked
    if newly_blocked:
        add(day_key(day), "blocked")
        for message_id in list(dict.fromkeys(recent_messages))[:MAX_MESSAGES_PER_BLOCK]:
            add(message_key(message_id), "blocks_24h")
    if before is None:
        add(FUNNEL, "followed")
    if changes.get("gender") and not (before and before.gender):
        add(FUNNEL, "answered_gender")
    if changes.get("registered") is True and not (before and (before.registered_at or before.registered)):
        add(FUNNEL, "registered")
    return out


def delivered_within(entries: Iterable[TimelineEntry], at: datetime) -> list[str]:
    """The message ids of `delivery` timeline entries in the 24 hours before `at`, newest first.
    Read defensively: the entry's `message_id`, else the id after "#delivery-" in `entry_id`."""
    earliest, latest = iso_utc(at - BLOCK_WINDOW)[:19], iso_utc(at)[:19]
    found: list[str] = []
    for entry in entries:
        if entry.kind != "delivery":
            continue
        when = entry.at or entry.entry_id.split("#")[0]
        if not earliest <= when[:19] <= latest:
            continue
        message_id = entry.message_id or entry.entry_id.partition("#delivery-")[2]
        if message_id and message_id not in found:
            found.append(str(message_id))
    return found


def use_rate(uses: int, recipients: int) -> float | None:
    """Coupon uses per recipient (None when nobody received the message)."""
    return round(uses / recipients, 4) if recipients else None


def repeat_rate(visited: int, repeat: int) -> float | None:
    """Customers with 2 or more visits among those with at least one (None: no visitor yet)."""
    return round(repeat / visited, 4) if visited else None


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def months_back(last: date, count: int) -> list[str]:
    """`count` months ending with `last`'s month, oldest first, as YYYY-MM."""
    year, month = last.year, last.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]
