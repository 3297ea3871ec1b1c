"""An audit trail entry as logic reads it: the `AuditEntry` record (docs/design.md, audit table).
dal.audit turns the item into a record when it reads, its `changes` JSON text decoded. Pure: no AWS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to a subject (`group#<id>`, `customer#<user id>`, `customers`…), and when, in
    time order by `entry_id` (`<utc iso>#<random>`)."""

    subject: str
    entry_id: str
    action: str  # created | updated | deleted | cancelled | points_awarded …
    actor: str
    at: str
    changes: dict[str, Any] = field(default_factory=dict)
