"""A customer's timeline entry as logic reads it: the `TimelineEntry` record (docs/design.md,
history table). dal.history turns the item into a record when it reads; the item (its `expires_at`,
Decimal numbers) stays inside `dal/`. Pure: no AWS.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened with a customer, in time order by `entry_id` (`<utc iso>#<key>`).
    `payload_json` is the stored JSON text (the LINE event, the message objects, the change);
    `payload` is it parsed."""

    user_id: str
    entry_id: str
    kind: str  # follow | unfollow | unblock | inbound | reply | push | note | tag | record | delivery …
    text: str = ""
    at: str | None = None
    actor: str | None = None  # the staff member, for staff actions
    message_id: str | None = None  # a delivery's message
    payload_json: str | None = None
    truncated: bool = False
    edited_by: str | None = None  # a note's last edit
    edited_at: str | None = None

    @property
    def payload(self) -> Any:
        return json.loads(self.payload_json) if self.payload_json else None
