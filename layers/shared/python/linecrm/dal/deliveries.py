"""Deliveries table (PK delivery_key): the batches of a message and their receipts.

Every item has its own partition key, so the 2,000 batches of a 1,000,000-recipient plan land on
2,000 keys (DynamoDB allows about 1,000 write units a second per partition; one key taking the
whole plan, ~17,000 write units, would throttle for tens of seconds):
- batch `<message_id>/<batch_no>`: user_ids (the ids joined by newlines, zlib-compressed: a
  binary value of ~8 KB for 500 LINE ids instead of ~17 KB), size, retry_key (fixed when
  planned), state (planned | failed | unconfirmed), attempts, first_attempt_at, status_code,
  error, plan_epoch (the claim that wrote it: see write_batches), kind (`broadcast` for the one
  batch of target `all`, which has no ids). A batch leaves `planned` for failed/unconfirmed
  conditionally.
- receipt `<message_id>/<batch_no>/accepted`: one per batch LINE accepted, small, written
  unconditionally in groups with BatchWriteItem (write_receipts). A receipt is final: whatever
  its batch item says, the batch is accepted. Only batches of a committed plan are ever sent and
  a committed plan never changes, so a receipt always belongs to the batch now at its number.
A plan's batches are numbered 0..batch_count-1 and read by key (BatchGetItem): leftovers of an
abandoned plan past batch_count are never read, and those below it were overwritten by the
claims that wrote the committed plan (docs/design.md, deliveries).
Reads give `Batch` records (linecrm.domain.delivery: plain values, the receipt applied); writes
take the items the pure helpers here build (planned_item, receipt).
"""

from __future__ import annotations

import random
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from linecrm.dal.dynamo import batch_get_all, condition_failed, int_or_none, resource, table
from linecrm.domain.delivery import ACCEPTED, FAILED, PLANNED, UNCONFIRMED, Batch, batch_no

PLAN_WRITERS = 8  # parallel conditional puts while planning
RECEIPTS_PER_WRITE = 25  # DynamoDB's BatchWriteItem limit
BROADCAST = "broadcast"  # `kind` of the one batch of a target `all`: no ids, LINE sends to every friend
_POOL = ThreadPoolExecutor(PLAN_WRITERS, thread_name_prefix="plan")
STATUS_ATTRIBUTES = (
    "batch_no",
    "state",
    "size",
    "error",
    "plan_epoch",
    "attempts",
    "first_attempt_at",
    "retry_key",
    "kind",
    "recorded",
    "history_at",
)


def _table():
    return table("deliveries_table")


def batch_key(message_id: str, number: str) -> str:
    return f"{message_id}/{number}"


def receipt_key(message_id: str, number: str) -> str:
    return f"{message_id}/{number}/accepted"


def pack(user_ids: set[str] | list[str]) -> bytes:
    return zlib.compress("\n".join(sorted(user_ids)).encode("utf-8"), 6)


def _binary(value: Any) -> bytes:
    """A binary value as bytes (boto3 reads one as a Binary wrapper)."""
    return bytes(getattr(value, "value", value))


def unpack(value: Any) -> list[str]:
    """The ids of a packed batch, sorted."""
    return zlib.decompress(_binary(value)).decode("utf-8").split("\n")


def from_item(item: dict[str, Any]) -> Batch:
    """The record of a batch item (or of a receipt given its batch's number and state): Decimal
    numbers as int, the packed ids as bytes."""
    packed = item.get("user_ids")
    return Batch(
        message_id=str(item["message_id"]),
        batch_no=str(item["batch_no"]),
        state=str(item["state"]),
        size=int(item.get("size", 0)),
        retry_key=item.get("retry_key"),
        kind=item.get("kind"),
        user_ids=None if packed is None else _binary(packed),
        plan_epoch=int_or_none(item.get("plan_epoch")),
        attempts=int(item.get("attempts", 0)),
        first_attempt_at=item.get("first_attempt_at"),
        status_code=int_or_none(item.get("status_code")),
        request_id=item.get("request_id"),
        error=item.get("error"),
        accepted_at=item.get("accepted_at"),
        history_at=item.get("history_at"),
        recorded=bool(item.get("recorded", False)),
    )


def planned_item(
    message_id: str, epoch: int, number: str, user_ids: list[str] | None, retry_key: str, size=0
):
    """A planned batch: of `user_ids`, or (None) the one batch of a broadcast to `size` friends."""
    item = {
        "delivery_key": batch_key(message_id, number),
        "message_id": message_id,
        "batch_no": number,
        "retry_key": retry_key,
        "state": PLANNED,
        "attempts": 0,
        "plan_epoch": epoch,
    }
    if user_ids is None:
        return item | {"kind": BROADCAST, "size": size}
    ids = set(user_ids)
    if not ids or len(ids) != len(user_ids):
        raise ValueError("a batch holds each user id once, and at least one")
    return item | {"user_ids": pack(ids), "size": len(ids)}


def _put_planned(item: dict[str, Any]) -> bool:
    """Write a planned batch unless a later claim already wrote this batch number (a plan not yet
    committed is overwritten only by a newer claim; nothing of it was ever sent)."""
    try:
        _table().put_item(
            Item=item,
            ConditionExpression="attribute_not_exists(delivery_key) OR (plan_epoch < :epoch AND #state = :planned)",
            ExpressionAttributeNames={"#state": "state"},
            ExpressionAttributeValues={":epoch": item["plan_epoch"], ":planned": PLANNED},
        )
        return True
    except condition_failed():
        return False


def write_batches(items: list[dict[str, Any]]) -> bool:
    """Put planned batches, PLAN_WRITERS at a time; False when a newer claim wrote one of them."""
    return all(_POOL.map(_put_planned, items))


class PlanReads:
    """A committed plan's batches, assembled from two reads (`_read`, `_receipts`);
    tests/support/memory_dispatch.py reads its own store with the same assembly."""

    def _read(self, message_id: str, numbers: list[str], with_user_ids: bool) -> dict[str, dict[str, Any]]:
        keys = [{"delivery_key": batch_key(message_id, n)} for n in numbers]
        options: dict[str, Any] = {"ConsistentRead": True}
        if not with_user_ids:
            options["ProjectionExpression"] = ", ".join(f"#{n}" for n in STATUS_ATTRIBUTES)
            options["ExpressionAttributeNames"] = {f"#{n}": n for n in STATUS_ATTRIBUTES}
        found = {}
        for item in batch_get_all(_table().name, keys, **options):
            found[item["batch_no"]] = {**item, "message_id": message_id}
        return found

    def _receipts(self, message_id: str, numbers: list[str]) -> dict[str, dict[str, Any]]:
        keys = [{"delivery_key": receipt_key(message_id, n)} for n in numbers]
        return {r["receipt_of"]: r for r in batch_get_all(_table().name, keys, ConsistentRead=True)}

    def plan(self, message_id: str, batch_count: int, with_user_ids: bool = True) -> list[Batch]:
        """The batches of the committed plan (numbers 0..batch_count-1) with their receipts applied."""
        numbers = [batch_no(i) for i in range(int(batch_count))]
        batches = self._read(message_id, numbers, with_user_ids)
        receipts = self._receipts(message_id, numbers)
        return [_apply_receipt(batches[n], receipts.get(n)) for n in numbers]

    def planned_ids(self, message_id: str, batch_count: int) -> set[str]:
        """Every id in batches 0..batch_count-1 (a plan resumed after its first batches were written)."""
        batches = self._read(message_id, [batch_no(i) for i in range(int(batch_count))], True)
        return {u for b in batches.values() if "user_ids" in b for u in unpack(b["user_ids"])}

    def outcomes(self, message_id: str, batch_count: int) -> list[Batch]:
        """The batches of the committed plan with their states, for the outcome. When every batch
        has a receipt (the usual end of a send) the receipts alone say it all and the batches are
        not read."""
        numbers = [batch_no(i) for i in range(int(batch_count))]
        accepted = all_accepted(numbers, self._receipts(message_id, numbers))
        return self.plan(message_id, batch_count, with_user_ids=False) if accepted is None else accepted


def all_accepted(numbers: list[str], receipts: dict[str, dict[str, Any]]) -> list[Batch] | None:
    """The batches `numbers` as their receipts say (accepted), or None when one has no receipt."""
    if not all(n in receipts for n in numbers):
        return None
    return [from_item({**receipts[n], "batch_no": n, "state": ACCEPTED}) for n in numbers]


_READS = PlanReads()
plan, planned_ids, outcomes = _READS.plan, _READS.planned_ids, _READS.outcomes


def receipt(batch: Batch, status_code: int, request_id: str | None, attempts: int, **times: str) -> dict:
    """The receipt of a batch LINE accepted (`times`: accepted_at, first_attempt_at)."""
    return {
        "delivery_key": receipt_key(batch.message_id, batch.batch_no),
        "message_id": batch.message_id,
        "receipt_of": batch.batch_no,
        "plan_epoch": batch.plan_epoch,
        "size": batch.size,
        "retry_key": batch.retry_key,
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
    unique = {r["delivery_key"]: r for r in receipts}
    request = {_table().name: [{"PutRequest": {"Item": r}} for r in unique.values()]}
    for attempt in range(1, 100):
        request = resource().batch_write_item(RequestItems=request).get("UnprocessedItems") or None
        if not request:
            return
        sleep(min(1.0, 0.05 * 2**attempt) * random.random())  # throttled: back off, then the rest
    raise RuntimeError("DynamoDB kept throttling the receipts")


def _apply_receipt(batch: dict[str, Any], receipt_: dict[str, Any] | None) -> Batch:
    """The record of a batch item read with its receipt (None: not accepted, or not yet known)."""
    if receipt_ is None:
        return from_item(batch)
    merged = {k: v for k, v in batch.items() if k != "error"}
    merged.update(
        {k: receipt_[k] for k in ("status_code", "request_id", "accepted_at") if k in receipt_},
        state=ACCEPTED,
        attempts=int(batch.get("attempts", 0)) + int(receipt_.get("attempts", 0)),
        first_attempt_at=batch.get("first_attempt_at") or receipt_.get("first_attempt_at"),
    )
    return from_item(merged)


def _set_error(
    message_id: str, number: str, state: str, status_code: int | None, error: str, attempts: int = 0
) -> bool:
    """Record an error on a batch still planned (moving it to `state`); False when it no longer is."""
    try:
        _table().update_item(
            Key={"delivery_key": batch_key(message_id, number)},
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


def record_failed(message_id: str, number: str, status_code: int | None, error: str) -> bool:
    return _set_error(message_id, number, FAILED, status_code, error, 1)


def record_unconfirmed(message_id: str, number: str, error: str) -> bool:
    return _set_error(message_id, number, UNCONFIRMED, None, error)


def record_retryable_error(message_id: str, number: str, status_code: int | None, error: str) -> bool:
    """Keep the last transient error for staff; the batch stays planned and will be retried."""
    return _set_error(message_id, number, PLANNED, status_code, error, 1)


def open_for_history(message_id: str, number: str, accepted_at: str) -> Batch:
    """The batch with its ids, its time in its recipients' timelines pinned first (`history_at`:
    the receipt's accepted_at, set once; a receipt written again later by a late dispatcher does
    not move the entries). One UpdateItem returning the item."""
    item = _table().update_item(
        Key={"delivery_key": batch_key(message_id, number)},
        UpdateExpression="SET history_at = if_not_exists(history_at, :at)",
        ConditionExpression="attribute_exists(delivery_key)",
        ExpressionAttributeValues={":at": accepted_at},
        ReturnValues="ALL_NEW",
    )["Attributes"]
    return from_item(item)


def settle(message_id: str, number: str) -> None:
    """A final batch (accepted and in its recipients' timelines, failed, or unconfirmed) keeps no
    user id: `user_ids` removed, `size` and the receipt kept, `recorded` set."""
    _table().update_item(
        Key={"delivery_key": batch_key(message_id, number)},
        UpdateExpression="REMOVE user_ids SET recorded = :true",
        ConditionExpression="attribute_exists(delivery_key)",
        ExpressionAttributeValues={":true": True},
    )


def _discard(key: dict[str, Any], epoch: int) -> None:
    try:
        _table().delete_item(
            Key=key, ConditionExpression="plan_epoch <= :epoch", ExpressionAttributeValues={":epoch": epoch}
        )
    except condition_failed():
        pass  # written by a newer claim (the message was scheduled again): its plan, kept


def discard_plan(message_id: str, epoch: int, batch_count: int) -> None:
    """Delete batches 0..batch_count-1 of a plan never committed (the message held or failed),
    unless a newer claim wrote them; PLAN_WRITERS conditional deletes at a time."""
    keys = [{"delivery_key": batch_key(message_id, batch_no(i))} for i in range(batch_count)]
    list(_POOL.map(lambda key: _discard(key, epoch), keys))
