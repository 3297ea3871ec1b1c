"""Messages table, the staff side: create, read, list by status, edit and cancel.

Edits and cancels are conditional on `status = scheduled` (and on the version read), so a message
the dispatcher has claimed can no longer change under it. Each write and its audit entry are one
transaction. The dispatcher's own writes are in dal.message_dispatch.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit
from linecrm.dal.dynamo import client, query_all, table, update_expression
from linecrm.settings import get_settings

SCHEDULED = "scheduled"
CANCELLED = "cancelled"
HELD = "held"  # set by the dispatcher when the month's quota cannot take the message
PENDING = "pending"  # the attribute; its value names the message's shard of the by_due index


def due_shard(message_id: str) -> str:
    from linecrm.dal.dynamo import shard_of
    from linecrm.tables import DUE_SHARDS

    return f"pending#{shard_of(message_id, DUE_SHARDS)}"


class NotScheduled(Exception):
    """The message is missing, no longer `scheduled`, or changed since it was read."""


def _table():
    return table("messages_table")


def get(message_id: str) -> dict[str, Any] | None:
    return _table().get_item(Key={"message_id": message_id}, ConsistentRead=True).get("Item")


def list_all(status: str | None = None) -> list[dict[str, Any]]:
    """Messages (of one status), newest send time first. A Scan: staff lists are small and rare."""
    kwargs: dict[str, Any] = {"scan": True}
    if status:
        from boto3.dynamodb.conditions import Attr

        kwargs["FilterExpression"] = Attr("status").eq(status)
    items = list(query_all(_table(), **kwargs))
    return sorted(items, key=lambda m: m.get("send_at", ""), reverse=True)


def _transact(operation: dict[str, Any], audit_item: dict[str, Any]) -> None:
    try:
        client().transact_write_items(TransactItems=[operation, audit.put_operation(audit_item)])
    except client().exceptions.TransactionCanceledException as error:
        raise NotScheduled from error


def create(item: dict[str, Any], audit_item: dict[str, Any]) -> None:
    item = {**item, "status": SCHEDULED, "pending": due_shard(item["message_id"]), "version": 1}
    operation = {
        "Put": {
            "TableName": get_settings().messages_table,
            "Item": item,
            "ConditionExpression": "attribute_not_exists(message_id)",
        }
    }
    _transact(operation, audit_item)


def update(
    message_id: str,
    version: int,
    changes: dict[str, Any],
    audit_item: dict[str, Any],
    status: str = SCHEDULED,
) -> None:
    """Apply `changes` (None removes an attribute) and the next version to a message still in
    `status` (scheduled, or held for a reschedule) and still at `version`, with its audit entry."""
    expression, names, values = update_expression({**changes, "version": version + 1})
    operation = {
        "Update": {
            "TableName": get_settings().messages_table,
            "Key": {"message_id": message_id},
            "UpdateExpression": expression,
            "ConditionExpression": "#status = :scheduled AND #version = :version",
            "ExpressionAttributeNames": {**names, "#status": "status", "#version": "version"},
            "ExpressionAttributeValues": {**values, ":scheduled": status, ":version": version},
        }
    }
    _transact(operation, audit_item)


def cancel(message_id: str, version: int, cancelled: dict[str, Any], audit_item: dict[str, Any]) -> None:
    """scheduled → cancelled; leaves the dispatcher's due index (`pending` removed)."""
    update(message_id, version, {"status": CANCELLED, **cancelled, PENDING: None}, audit_item)


# What the dispatcher wrote when it held the message (before planning any batch): removed when
# staff schedule it again, so the next run resolves, checks the quota and plans it afresh.
HELD_RUN_ATTRIBUTES = (
    "reasons",
    "recipient_count",
    "request_count",
    "started_at",
    "finished_at",
    "claimed_by",
    "lease_until",
    "plan_progress",  # batches written before the hold are planned again from the start
)


def reschedule(message_id: str, version: int, changes: dict[str, Any], audit_item: dict[str, Any]) -> None:
    """held → scheduled at a new time: back in the dispatcher's due index (`pending`)."""
    cleared = dict.fromkeys(HELD_RUN_ATTRIBUTES)
    update(
        message_id,
        version,
        {**cleared, **changes, "status": SCHEDULED, PENDING: due_shard(message_id)},
        audit_item,
        HELD,
    )
