"""Deliveries table (PK message_id, SK batch_no): the batches of a message and their receipts.

Batch items (SK = the zero-padded batch number, docs/design.md): user_ids (a string set of 1 to
500 ids), retry_key (fixed when planned), state (planned | failed | unconfirmed; `accepted` only
on items written before receipts existed), attempts, first_attempt_at, status_code, error; plus
plan_epoch (the claim that planned it: see write_plan) and size (number of ids, so the outcome
can be computed without reading them). A batch leaves `planned` for failed/unconfirmed
conditionally.

Receipt items (SK = "accepted#" + batch number): one per batch LINE accepted, small (no ids),
written unconditionally in groups with BatchWriteItem (see write_receipts). A receipt is final:
whatever its batch item says, the batch is accepted (list_for and outcomes merge them). Keeping
acceptance out of the 500-id item makes recording it a small put instead of an update of a
~17 KB item, and lets the outcome be read without touching the ids.
"""

from __future__ import annotations

import random
import time
from typing import Any

from linecrm.dal.dynamo import condition_failed, query_all, resource, table
from linecrm.domain.delivery import ACCEPTED, FAILED, PLANNED, UNCONFIRMED

PLAN_WRITERS = 8  # parallel conditional puts while planning
RECEIPT_PREFIX = "accepted#"  # sort key prefix of receipts: batch numbers (digits) sort before it
RECEIPTS_PER_WRITE = 25  # DynamoDB's BatchWriteItem limit
BROADCAST = "broadcast"  # `kind` of the one batch of a target `all`: no ids, LINE sends to every friend


def _table():
    return table("deliveries_table")


def planned_item(message_id: str, epoch: int, batch_no: str, user_ids: list[str], retry_key: str) -> dict:
    ids = set(user_ids)
    if not ids or len(ids) != len(user_ids):
        raise ValueError("a batch holds each user id once, and at least one")
    return {
        "message_id": message_id,
        "batch_no": batch_no,
        # A string set, not a list: a batch holds each id once and their order means nothing, and
        # one set is far cheaper to write and read than a list of 500 strings (boto3 and moto
        # handle each element of a list as its own typed value: a plan's puts took ~25 % longer,
        # and reading the plan back to resume ~9x longer in moto).
        "user_ids": ids,
        "size": len(ids),
        "retry_key": retry_key,
        "state": PLANNED,
        "attempts": 0,
        "plan_epoch": epoch,
    }


def broadcast_item(message_id: str, epoch: int, batch_no: str, retry_key: str, friends: int) -> dict:
    """The one batch of a broadcast; `size` is LINE's friend count when planned (whom it reaches)."""
    return {
        "message_id": message_id,
        "batch_no": batch_no,
        "kind": BROADCAST,
        "size": friends,
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
    except condition_failed():
        return False


def write_plan(
    message_id: str,
    epoch: int,
    plan: list[tuple[str, list[str] | None, str]],
    size: int = 0,
    after_chunk=lambda: None,
) -> list[dict[str, Any]] | None:
    """Write (batch_no, user_ids, retry_key) items under claim `epoch` and return them; None if a
    newer claim has started writing its own plan (this dispatcher lost the message). A batch
    without ids (None) is a broadcast to `size` friends.

    A plan is replaced only while it is not committed (the message not yet marked planned), and
    nothing of an uncommitted plan was ever sent, so replacing it is safe. Items are written with
    conditional puts, not a transaction: the epoch alone orders competing planners.
    """
    from concurrent.futures import ThreadPoolExecutor

    items = [
        planned_item(message_id, epoch, no, ids, key)
        if ids is not None
        else broadcast_item(message_id, epoch, no, key, size)
        for no, ids, key in plan
    ]
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
    """The batches of a message with their receipts applied (a batch with a receipt is accepted);
    without their user ids (the bulk of each item) when not needed."""
    from boto3.dynamodb.conditions import Key

    kwargs: dict[str, Any] = {
        "KeyConditionExpression": Key("message_id").eq(message_id) & Key("batch_no").lt(RECEIPT_PREFIX),
        "ConsistentRead": True,
    }
    if not with_user_ids:
        names = ("batch_no", "state", "size", "error", "plan_epoch", "attempts", "first_attempt_at")
        kwargs["ProjectionExpression"] = ", ".join(f"#{n}" for n in names)
        kwargs["ExpressionAttributeNames"] = {f"#{n}": n for n in names}
    receipts = _receipts(message_id)
    return [_apply_receipt(b, receipts.get(b["batch_no"])) for b in query_all(_table(), **kwargs)]


def outcomes(message_id: str, epoch: Any, batch_nos: list[str]) -> list[dict[str, Any]]:
    """The batches of plan `epoch` (batch numbers `batch_nos`) with their states, for the outcome.

    When every batch has a receipt (the usual end of a send) the receipts alone say it all, and
    the batch items, ~17 KB each with their ids, are not read; otherwise as list_for.
    """
    receipts = {n: r for n, r in _receipts(message_id).items() if r.get("plan_epoch") == epoch}
    if all(n in receipts for n in batch_nos):
        return [
            {"batch_no": n, "plan_epoch": epoch, "size": receipts[n]["size"], "state": ACCEPTED}
            for n in batch_nos
        ]
    return in_plan(list_for(message_id, with_user_ids=False), epoch)


def receipt(
    batch: dict[str, Any], status_code: int, request_id: str | None, attempts: int, **times: str
) -> dict:
    """The receipt of a batch LINE accepted (`times`: accepted_at, first_attempt_at)."""
    return {
        "message_id": batch["message_id"],
        "batch_no": RECEIPT_PREFIX + batch["batch_no"],
        "receipt_of": batch["batch_no"],
        "plan_epoch": batch["plan_epoch"],
        "size": batch["size"],
        "retry_key": batch["retry_key"],
        "status_code": status_code,
        "request_id": request_id,
        "attempts": attempts,
        "accepted_at": times["accepted_at"],
        "first_attempt_at": times["first_attempt_at"],
    }


def write_receipts(receipts: list[dict[str, Any]], sleep=time.sleep) -> None:
    """Record batches LINE accepted: up to RECEIPTS_PER_WRITE receipts in one BatchWriteItem.

    Unconditional on purpose: `accepted` is what LINE says and is final, so writing a receipt
    twice (two dispatchers that both sent the batch, the second got 409) changes nothing, and it
    outranks a transient error or even `failed` left on the batch item by a racing dispatcher.
    """
    if len(receipts) > RECEIPTS_PER_WRITE:
        raise ValueError(f"at most {RECEIPTS_PER_WRITE} receipts per write")
    # BatchWriteItem refuses two puts of one key: the last receipt of a batch wins.
    unique = {r["batch_no"]: r for r in receipts}
    request = {_table().name: [{"PutRequest": {"Item": r}} for r in unique.values()]}
    for attempt in range(1, 100):
        request = resource().batch_write_item(RequestItems=request).get("UnprocessedItems") or None
        if not request:
            return
        sleep(min(1.0, 0.05 * 2**attempt) * random.random())  # throttled: back off, then the rest
    raise RuntimeError("DynamoDB kept throttling the receipts")


def _apply_receipt(batch: dict[str, Any], receipt_: dict[str, Any] | None) -> dict[str, Any]:
    if receipt_ is None or receipt_.get("plan_epoch") != batch.get("plan_epoch"):
        return batch  # (only batches of a committed plan are ever sent, so only they get receipts)
    merged = {k: v for k, v in batch.items() if k != "error"}
    merged.update(
        {k: receipt_[k] for k in ("status_code", "request_id", "accepted_at") if k in receipt_},
        state=ACCEPTED,
        attempts=int(batch.get("attempts", 0)) + int(receipt_.get("attempts", 0)),
        first_attempt_at=batch.get("first_attempt_at") or receipt_.get("first_attempt_at"),
    )
    return merged


def _receipts(message_id: str) -> dict[str, dict[str, Any]]:
    """The receipts of a message by batch number."""
    from boto3.dynamodb.conditions import Key

    items = query_all(
        _table(),
        KeyConditionExpression=Key("message_id").eq(message_id) & Key("batch_no").begins_with(RECEIPT_PREFIX),
        ConsistentRead=True,
    )
    return {i["receipt_of"]: i for i in items}


def _set_error(
    message_id: str, batch_no: str, state: str, status_code: int | None, error: str, attempts: int = 0
) -> bool:
    """Record an error on a batch still planned (moving it to `state`); False when it no longer is."""
    try:
        _table().update_item(
            Key={"message_id": message_id, "batch_no": batch_no},
            UpdateExpression="SET #state = :new, status_code = :code, #error = :error ADD attempts :attempts",
            ConditionExpression="#state = :planned",
            ExpressionAttributeNames={"#state": "state", "#error": "error"},
            ExpressionAttributeValues={
                ":new": state,
                ":code": status_code,
                ":error": error,
                ":planned": PLANNED,
                ":attempts": attempts,
            },
        )
        return True
    except condition_failed():
        return False


def record_failed(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    return _set_error(message_id, batch_no, FAILED, status_code, error, 1)


def record_unconfirmed(message_id: str, batch_no: str, error: str) -> bool:
    return _set_error(message_id, batch_no, UNCONFIRMED, None, error)


def record_retryable_error(message_id: str, batch_no: str, status_code: int | None, error: str) -> bool:
    """Keep the last transient error for staff; the batch stays planned and will be retried."""
    return _set_error(message_id, batch_no, PLANNED, status_code, error, 1)
