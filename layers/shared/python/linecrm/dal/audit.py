"""Audit table: who created, edited, deleted or cancelled each group and message, and when.

Items: subject (`group#<id>` | `message#<id>` | `customer#<user id>` | `tag#<tag>` | `customers`
for deletions, which name nobody), entry_id (`<utc iso>#<random>`), action, actor, at,
changes (JSON text). Written inside the same transaction as the change they record (see
dal.groups and dal.messages), so there is never a change without its entry or the reverse.
Reads give `AuditEntry` records (linecrm.domain.audit), their `changes` decoded.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from decimal import Decimal
from typing import Any

from linecrm.dal.dynamo import delete_found, query_all, table
from linecrm.domain.audit import AuditEntry
from linecrm.jst import iso_utc
from linecrm.settings import get_settings


def _table():
    return table("audit_table")


def subject(kind: str, entity_id: str) -> str:
    return f"{kind}#{entity_id}"


def from_item(item: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        **{k: str(item[k]) for k in ("subject", "entry_id", "action", "actor", "at")},
        changes=json.loads(item.get("changes") or "{}"),
    )


def entry(subject_: str, action: str, actor: str, at: datetime, changes: Any = None) -> dict[str, Any]:
    return {
        "subject": subject_,
        "entry_id": f"{iso_utc(at)}#{secrets.token_hex(4)}",
        "action": action,  # created | updated | deleted | cancelled
        "actor": actor,
        "at": iso_utc(at),
        "changes": json.dumps(changes or {}, ensure_ascii=False, default=_plain),
    }


def _plain(value: Any) -> Any:
    """DynamoDB gives numbers back as Decimal: whole ones are written as JSON integers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def put_operation(item: dict[str, Any]) -> dict[str, Any]:
    """A TransactWriteItems element adding `item` (entry ids are unique: never overwrites)."""
    return {
        "Put": {
            "TableName": get_settings().audit_table,
            "Item": item,
            "ConditionExpression": "attribute_not_exists(entry_id)",
        }
    }


def delete_subject(subject_: str) -> int:
    """Remove every entry of a subject (a deleted customer's own trail holds their personal data)."""
    from boto3.dynamodb.conditions import Key

    return delete_found(_table(), ("subject", "entry_id"), KeyConditionExpression=Key("subject").eq(subject_))


def list_for(subject_: str) -> list[AuditEntry]:
    """Every entry of a subject, oldest first, its `changes` decoded."""
    from boto3.dynamodb.conditions import Key

    return [from_item(e) for e in query_all(_table(), KeyConditionExpression=Key("subject").eq(subject_))]
