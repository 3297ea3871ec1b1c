"""The audit trail as staff read it: who created, changed or deleted what, and when. Writes happen in
the same transactions as the changes they record (linecrm.dal.audit.item); this is the read side."""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit


def trail(kind: str, key: str) -> list[dict[str, Any]]:
    """Entries of one group, message, customer or tag (`kind`), oldest first."""
    return audit.list_for(audit.subject(kind, key))


def trail_of(subject: str) -> list[dict[str, Any]]:
    """Entries of a subject as the audit route names it (`group#<id>`, `customers`…)."""
    return audit.list_for(subject)
