"""Deliveries table: one item per multicast batch of a message (PK message_id, SK batch_no).

Item (docs/design.md): user_ids (<= 500), retry_key (fixed when planned), state (planned |
accepted | failed | unconfirmed), attempts, first_attempt_at, accepted_at, request_id,
status_code, error. A batch leaves `planned` once, conditionally, so that two dispatchers that
both sent it (the second got LINE's 409) record it once.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import message_dispatch
from linecrm.dal.dynamo import client, query_all, table
from linecrm.domain.delivery import ACCEPTED, FAILED, PLANNED, UNCONFIRMED
from linecrm.settings import get_settings

# TransactWriteItems takes up to 100 actions: one is the claim check on the message.
PLAN_ITEMS_PER_TRANSACTION = 99


# Transactions go through the resource's client, which takes plain Python values (not {"S": ...}).


def _table():
    return table("deliveries_table")


def _put(message_id: str, batch_no: str, user_ids: list[str], retry_key: str) -> dict[str, Any]:
    return {
        "Put": {
            "TableName": get_settings().deliveries_table,
            "Item": {
                "message_id": message_id,
                "batch_no": batch_no,
                "user_ids": list(user_ids),
                "retry_key": retry_key,
                "state": PLANNED,
                "attempts": 0,
            },
        }
    }


def _delete(message_id: str, batch_no: str) -> dict[str, Any]:
    return {
        "Delete": {
            "TableName": get_settings().deliveries_table,
            "Key": {"message_id": message_id, "batch_no": batch_no},
        }
    }


def batch_numbers(message_id: str) -> list[str]:
    from boto3.dynamodb.conditions import Key

    items = query_all(
        _table(), KeyConditionExpression=Key("message_id").eq(message_id), ProjectionExpression="batch_no"
    )
    return [i["batch_no"] for i in items]


def write_plan(
    message_id: str, dispatcher_id: str, plan: list[tuple[str, list[str], str]], after_chunk=lambda: None
) -> bool:
    """Write (batch_no, user_ids, retry_key) items, replacing a half-written earlier plan.

    Each chunk is a transaction that also checks the dispatcher still holds the message and it is
    not planned: False (nothing more written) when that check fails. Nothing of an unfinished plan
    was ever sent (sending starts after the message is marked planned), so replacing it is safe.
    """
    keep = {batch_no for batch_no, _, _ in plan}
    actions = [_put(message_id, *batch) for batch in plan]
    actions += [_delete(message_id, b) for b in batch_numbers(message_id) if b not in keep]
    fence = message_dispatch.plan_fence(message_id, dispatcher_id, get_settings().messages_table)
    for start in range(0, len(actions), PLAN_ITEMS_PER_TRANSACTION):
        try:
            client().transact_write_items(
                TransactItems=[fence, *actions[start : start + PLAN_ITEMS_PER_TRANSACTION]]
            )
        except client().exceptions.TransactionCanceledException:
            return False
        after_chunk()
    return True


def list_for(message_id: str) -> list[dict[str, Any]]:
    from boto3.dynamodb.conditions import Key

    return list(
        query_all(_table(), KeyConditionExpression=Key("message_id").eq(message_id), ConsistentRead=True)
    )


def _update(
    message_id: str, batch_no: str, update: str, values: dict, condition: str, returns: str = "UPDATED_NEW"
) -> dict | None:
    """The updated attributes (not the 500 ids), or None when the condition failed."""
    try:
        return _table().update_item(
            Key={"message_id": message_id, "batch_no": batch_no},
            UpdateExpression=update,
            ConditionExpression=condition,
            ExpressionAttributeNames={
                n: n[1:] for n in ("#state", "#error") if n in update or n in condition
            },
            ExpressionAttributeValues=values,
            ReturnValues=returns,
        ).get("Attributes", {})
    except client().exceptions.ConditionalCheckFailedException:
        return None


def record_attempt(message_id: str, batch_no: str, now_iso: str) -> dict | None:
    """Count an attempt before it is made (so `first_attempt_at` is known even if we die sending).

    None when the batch is no longer planned (another dispatcher finished it).
    """
    return _update(
        message_id,
        batch_no,
        "SET attempts = attempts + :one, first_attempt_at = if_not_exists(first_attempt_at, :now)",
        {":one": 1, ":now": now_iso, ":planned": PLANNED},
        "#state = :planned",
    )


def record_accepted(
    message_id: str, batch_no: str, status_code: int, request_id: str | None, now_iso: str
) -> bool:
    return (
        _update(
            message_id,
            batch_no,
            "SET #state = :accepted, status_code = :code, request_id = :rid, accepted_at = :now REMOVE #error",
            {
                ":accepted": ACCEPTED,
                ":code": status_code,
                ":rid": request_id,
                ":now": now_iso,
                ":planned": PLANNED,
            },
            "#state = :planned",
        )
        is not None
    )


def _set_error(message_id: str, batch_no: str, state: str, status_code: int | None, error: str) -> bool:
    return (
        _update(
            message_id,
            batch_no,
            "SET #state = :new, status_code = :code, #error = :error",
            {":new": state, ":code": status_code, ":error": error, ":planned": PLANNED},
            "#state = :planned",
        )
        is not None
    )


def record_failed(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    return _set_error(message_id, batch_no, FAILED, status_code, error)


def record_unconfirmed(message_id: str, batch_no: str, error: str) -> bool:
    return _set_error(message_id, batch_no, UNCONFIRMED, None, error)


def record_retryable_error(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    """Keep the last transient error for staff; the batch stays planned and will be retried."""
    return _set_error(message_id, batch_no, PLANNED, status_code, error)
