"""The audit trail as staff read it: who created, changed or deleted what, and when. Writes happen in
the same transactions as the changes they record (linecrm.dal.audit.entry); this is the read side
(`AuditEntry` records)."""

from __future__ import annotations

from linecrm.dal import audit
from linecrm.domain.audit import AuditEntry


def trail(kind: str, key: str) -> list[AuditEntry]:
    """Entries of one group, message, customer or tag (`kind`), oldest first."""
    return audit.list_for(audit.subject(kind, key))


def trail_of(subject: str) -> list[AuditEntry]:
    """Entries of a subject as the audit route names it (`group#<id>`, `customers`…)."""
    return audit.list_for(subject)
