"""Deliveries table: one item per multicast batch of a message (PK message_id, SK batch_no).

Item (docs/design.md): user_ids (<= 500), retry_key (fixed when planned), state (planned |
accepted | failed | unconfirmed), attempts, first_attempt_at, accepted_at, request_id,
status_code, error; plus plan_epoch (the claim that planned it: see write_plan) and size (number
of ids, so the outcome can be computed without reading them). A batch leaves `planned` for failed/unconfirmed conditionally; accepted is written
unconditionally (see record_accepted).
"""

from __future__ import annotations

from typing import Any

from linecrm.dal.dynamo import client, query_all, table
from linecrm.domain.delivery import ACCEPTED, FAILED, PLANNED, UNCONFIRMED

PLAN_WRITERS = 8  # parallel conditional puts while planning


def _table():
    return table("deliveries_table")


def planned_item(message_id: str, epoch: int, batch_no: str, user_ids: list[str], retry_key: str) -> dict:
    return {
        "message_id": message_id,
        "batch_no": batch_no,
        "user_ids": list(user_ids),
        "size": len(user_ids),
        "retry_key": retry_key,
        "state": PLANNED,
        "attempts": 0,
        "plan_epoch": epoch,
    }


def _put_planned(item: dict[str, Any]) -> bool:
    """Write a planned batch unless a newer plan (a later claim) already wrote this batch number."""
    try:
        _table().put_item(
            Item=item,
            ConditionExpression="attribute_not_exists(batch_no) OR (plan_epoch < :epoch AND #state = :planned)",
            ExpressionAttributeNames={"#state": "state"},
            ExpressionAttributeValues={":epoch": item["plan_epoch"], ":planned": PLANNED},
        )
        return True
    except client().exceptions.ConditionalCheckFailedException:
        return False


def write_plan(
    message_id: str, epoch: int, plan: list[tuple[str, list[str], str]], after_chunk=lambda: None
) -> list[dict[str, Any]] | None:
    """Write (batch_no, user_ids, retry_key) items under claim `epoch` and return them; None if a
    newer claim has started writing its own plan (this dispatcher lost the message).

    A plan is replaced only while it is not committed (the message not yet marked planned), and
    nothing of an uncommitted plan was ever sent, so replacing it is safe. Items are written with
    conditional puts, not a transaction: the epoch alone orders competing planners.
    """
    from concurrent.futures import ThreadPoolExecutor

    items = [planned_item(message_id, epoch, *batch) for batch in plan]
    with ThreadPoolExecutor(PLAN_WRITERS, thread_name_prefix="plan") as pool:
        for start in range(0, len(items), PLAN_WRITERS):
            if not all(pool.map(_put_planned, items[start : start + PLAN_WRITERS])):
                return None
            after_chunk()
    return items


def in_plan(items: list[dict[str, Any]], epoch: Any) -> list[dict[str, Any]]:
    """The batches of the committed plan (leftovers of an abandoned plan carry another epoch)."""
    return [i for i in items if i.get("plan_epoch") == epoch]


def list_for(message_id: str, with_user_ids: bool = True) -> list[dict[str, Any]]:
    """The batches of a message; without their user ids (the bulk of each item) when not needed."""
    from boto3.dynamodb.conditions import Key

    kwargs: dict[str, Any] = {
        "KeyConditionExpression": Key("message_id").eq(message_id),
        "ConsistentRead": True,
    }
    if not with_user_ids:
        names = ("batch_no", "state", "size", "error", "plan_epoch", "attempts", "first_attempt_at")
        kwargs["ProjectionExpression"] = ", ".join(f"#{n}" for n in names)
        kwargs["ExpressionAttributeNames"] = {f"#{n}": n for n in names}
    return list(query_all(_table(), **kwargs))


def record_accepted(
    message_id: str, batch_no: str, status_code: int, request_id: str | None, attempts: int, **times: str
) -> None:
    """Record a batch LINE accepted (`times`: accepted_at, first_attempt_at).

    Not conditional on the state on purpose: `accepted` is what LINE says and is final, so writing
    it twice (two dispatchers that both sent the batch, the second got 409) changes nothing, and
    it rightly replaces a transient error. The ids are not rewritten (a small update, not a put).
    """
    _table().update_item(
        Key={"message_id": message_id, "batch_no": batch_no},
        UpdateExpression=(
            "SET #state = :accepted, status_code = :code, request_id = :rid, accepted_at = :accepted_at, "
            "first_attempt_at = if_not_exists(first_attempt_at, :first_attempt_at) "
            "ADD attempts :attempts REMOVE #error"
        ),
        ConditionExpression="attribute_exists(batch_no)",
        ExpressionAttributeNames={"#state": "state", "#error": "error"},
        ExpressionAttributeValues={
            ":accepted": ACCEPTED,
            ":code": status_code,
            ":rid": request_id,
            ":attempts": attempts,
            ":accepted_at": times["accepted_at"],
            ":first_attempt_at": times["first_attempt_at"],
        },
    )


def _update(
    message_id: str, batch_no: str, update: str, values: dict, condition: str, returns: str = "UPDATED_NEW"
) -> dict | None:
    """The updated attributes (not the 500 ids), or None when the condition failed."""
    try:
        return (
            _table()
            .update_item(
                Key={"message_id": message_id, "batch_no": batch_no},
                UpdateExpression=update,
                ConditionExpression=condition,
                ExpressionAttributeNames={
                    n: n[1:] for n in ("#state", "#error") if n in update or n in condition
                },
                ExpressionAttributeValues=values,
                ReturnValues=returns,
            )
            .get("Attributes", {})
        )
    except client().exceptions.ConditionalCheckFailedException:
        return None


def _set_error(
    message_id: str, batch_no: str, state: str, status_code: int | None, error: str, attempts: int = 0
) -> bool:
    return (
        _update(
            message_id,
            batch_no,
            "SET #state = :new, status_code = :code, #error = :error ADD attempts :attempts",
            {
                ":new": state,
                ":code": status_code,
                ":error": error,
                ":planned": PLANNED,
                ":attempts": attempts,
            },
            "#state = :planned",
        )
        is not None
    )


def record_failed(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    return _set_error(message_id, batch_no, FAILED, status_code, error, 1)


def record_unconfirmed(message_id: str, batch_no: str, error: str) -> bool:
    return _set_error(message_id, batch_no, UNCONFIRMED, None, error)


def record_retryable_error(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    """Keep the last transient error for staff; the batch stays planned and will be retried."""
    return _set_error(message_id, batch_no, PLANNED, status_code, error, 1)
