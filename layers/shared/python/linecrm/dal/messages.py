"""Messages table, the staff side: create, read, list by status, edit and cancel.

Edits and cancels are conditional on `status = scheduled` (and on the version read), so a message
the dispatcher has claimed can no longer change under it. Each write and its audit entry are one
transaction. The dispatcher's own writes are in dal.message_dispatch.

Reads give `Message` records (linecrm.domain.messages); `get_item` and `list_items` give the stored
items, which dal.message_dispatch reads as the dispatcher's `Delivery` records (`from_item`).
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit
from linecrm.dal.dynamo import client, int_or_none, query_all, table, update_expression
from linecrm.domain.messages import Message
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


_TEXTS = ("created_by", "created_at", "updated_by", "updated_at", "cancelled_by", "cancelled_at")
_TIMES = ("started_at", "finished_at", "accepted_at")
_COUNTS = ("recipient_count", "request_count", "sent_count", "failed_count", "batch_count")
_CREATED = (
    "message_id",
    "target",
    "send_at",
    "send_at_input",
    "messages_json",
    "line_messages_json",
    "coupons",
)


def from_item(item: dict[str, Any], record: type[Message] = Message, **extra: Any) -> Message:
    """The record of a stored item (Decimal counts to int); `record` a subclass of Message (the
    dispatcher's `Delivery`) given its own fields in `extra`."""
    return record(
        message_id=str(item["message_id"]),
        status=str(item["status"]),
        target=dict(item.get("target") or {}),
        send_at=str(item.get("send_at", "")),
        send_at_input=str(item.get("send_at_input", "")),
        messages_json=item.get("messages_json") or "[]",
        line_messages_json=item.get("line_messages_json") or "[]",
        coupons=list(item.get("coupons") or []),
        version=int(item.get("version", 1)),
        reasons=list(item.get("reasons") or []),
        needs_attention=bool(item.get("needs_attention", False)),
        **{k: item.get(k) for k in (*_TEXTS, *_TIMES)},
        **{k: int_or_none(item.get(k)) for k in _COUNTS},
        **extra,
    )


def get_item(message_id: str) -> dict[str, Any] | None:
    return _table().get_item(Key={"message_id": message_id}, ConsistentRead=True).get("Item")


def get(message_id: str) -> Message | None:
    item = get_item(message_id)
    return None if item is None else from_item(item)


def list_items(status: str | None = None) -> list[dict[str, Any]]:
    """Messages (of one status), newest send time first. A Scan: staff lists are small and rare."""
    kwargs: dict[str, Any] = {"scan": True}
    if status:
        from boto3.dynamodb.conditions import Attr

        kwargs["FilterExpression"] = Attr("status").eq(status)
    items = list(query_all(_table(), **kwargs))
    return sorted(items, key=lambda m: m.get("send_at", ""), reverse=True)


def list_all(status: str | None = None) -> list[Message]:
    return [from_item(m) for m in list_items(status)]


def _transact(operation: dict[str, Any], audit_item: dict[str, Any]) -> None:
    try:
        client().transact_write_items(TransactItems=[operation, audit.put_operation(audit_item)])
    except client().exceptions.TransactionCanceledException as error:
        raise NotScheduled from error


def create(message: Message, audit_item: dict[str, Any]) -> None:
    """Store a new message (scheduled, version 1, in the dispatcher's due index): what staff gave
    and who created it when."""
    item = {k: getattr(message, k) for k in (*_CREATED, "created_by", "created_at")}
    item |= {"status": SCHEDULED, "pending": due_shard(message.message_id), "version": 1}
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
