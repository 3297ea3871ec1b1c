"""The dispatcher's reads and writes of the messages table (create/edit/cancel: dal.messages).

Each claim adds 1 to `claim_epoch`. Every write after the claim is conditional on `claimed_by`
being this dispatcher, `claim_epoch` being its claim's, and the message still `sending`: a
dispatcher whose lease expired and was taken over can no longer change it, even when the new
claim carries the same dispatcher id (a retried invocation). The plan (deliveries items) is
written under the epoch and the message records the epoch of the plan it committed to
(`plan_epoch`).
`unsettled` (the settle backlog's marker, GSI `by_unsettled`) is set when a multicast plan is
committed and again with its outcome, and removed once every batch is settled (mark_settled):
that is after the outcome, by whichever run has time (logic.dispatch.received).
Attributes written here are listed in docs/design.md ("Written by the dispatcher").
Reads give `Delivery` records (linecrm.domain.delivery: the message with the dispatcher's working
attributes, plain values); the items, their Decimal numbers and index keys stay here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from linecrm.dal.dynamo import (
    Cancelled,
    condition_failed,
    int_or_none,
    query_shards,
    table,
    update_expression,
)
from linecrm.dal.messages import PENDING, SCHEDULED, get_item, list_items
from linecrm.dal.messages import from_item as message_from_item
from linecrm.domain.delivery import Delivery, PlanProgress
from linecrm.tables import DUE_SHARDS, SETTLE_SHARDS

SENDING = "sending"
UNSETTLED = "unsettled"  # the attribute; its value names the message's shard of by_unsettled


def _progress(stored: dict[str, Any] | None) -> PlanProgress | None:
    if stored is None:
        return None
    cursor = stored.get("cursor")  # {"query": a number, "start": a key of string attributes or None}
    return PlanProgress(
        batches=int(stored.get("batches", 0)),
        recipients=int(stored.get("recipients", 0)),
        day=stored.get("day"),
        cursor=None if cursor is None else {**cursor, "query": int(cursor["query"])},
    )


def from_item(item: dict[str, Any]) -> Delivery:
    """The record of a stored message item (Decimal numbers to int, `unsettled` a flag)."""
    return message_from_item(
        item,
        Delivery,
        claimed_by=item.get("claimed_by"),
        claim_epoch=int(item.get("claim_epoch", 0)),
        lease_until=item.get("lease_until"),
        planned=bool(item.get("planned", False)),
        plan_epoch=int_or_none(item.get("plan_epoch")),
        plan_progress=_progress(item.get("plan_progress")),
        first_send_at=item.get("first_send_at"),
        recipient_count_source=item.get("recipient_count_source"),
        unsettled=bool(item.get(UNSETTLED)),
    )


def get(message_id: str) -> Delivery | None:
    item = get_item(message_id)
    return None if item is None else from_item(item)


def list_all() -> list[Delivery]:
    """Every stored message, newest send time first."""
    return [from_item(m) for m in list_items()]


def _table():
    return table("messages_table")


def due(now_iso: str) -> list[Delivery]:
    """Messages still to go out whose send time has come (Query on the sparse GSI `by_due`)."""
    from boto3.dynamodb.conditions import Key

    queries = [
        {
            "IndexName": "by_due",
            "KeyConditionExpression": Key(PENDING).eq(f"pending#{n}") & Key("send_at").lte(now_iso),
        }
        for n in range(DUE_SHARDS)
    ]
    found = sorted(query_shards(_table(), queries), key=lambda m: (m["send_at"], m["message_id"]))
    return [from_item(m) for m in found]


def settle_marker(message_id: str) -> str:
    from linecrm.dal.dynamo import shard_of

    return f"{UNSETTLED}#{shard_of(message_id, SETTLE_SHARDS)}"


def unsettled() -> list[Delivery]:
    """Finished messages with batches not yet settled, the oldest outcome first (Query on the
    sparse GSI `by_unsettled`, every shard in parallel)."""
    from boto3.dynamodb.conditions import Key

    queries = [
        {"IndexName": "by_unsettled", "KeyConditionExpression": Key(UNSETTLED).eq(f"{UNSETTLED}#{n}")}
        for n in range(SETTLE_SHARDS)
    ]
    found = sorted(query_shards(_table(), queries), key=lambda m: (m["finished_at"], m["message_id"]))
    return [from_item(m) for m in found]


def mark_settled(message_id: str) -> bool:
    """Every batch of the finished message is settled: it leaves the backlog. Conditional on the
    item existing (an UpdateItem would otherwise create a message of just a key); False if gone."""
    try:
        _table().update_item(
            Key={"message_id": message_id},
            UpdateExpression="REMOVE #unsettled",
            ConditionExpression="attribute_exists(message_id)",
            ExpressionAttributeNames={"#unsettled": UNSETTLED},
        )
        return True
    except condition_failed():
        return False


def claim(message_id: str, dispatcher_id: str, now_iso: str, lease_until_iso: str) -> Delivery | None:
    """Take a scheduled message that is still due (staff may have moved its send time since the
    `due` query), or a sending one whose lease expired: the message as claimed; None if someone
    else has it."""
    try:
        claimed = _table().update_item(
            Key={"message_id": message_id},
            UpdateExpression=(
                "SET #status = :sending, claimed_by = :me, lease_until = :lease, "
                "started_at = if_not_exists(started_at, :now) ADD claim_epoch :one"
            ),
            ConditionExpression=(
                "attribute_exists(#pending) AND send_at <= :now "
                "AND (#status = :scheduled OR (#status = :sending AND lease_until < :now))"
            ),
            ExpressionAttributeNames={"#status": "status", "#pending": "pending"},
            ExpressionAttributeValues={
                ":sending": SENDING,
                ":scheduled": SCHEDULED,
                ":me": dispatcher_id,
                ":lease": lease_until_iso,
                ":now": now_iso,
                ":one": 1,
            },
            ReturnValues="ALL_NEW",
        )["Attributes"]
    except condition_failed():
        return None
    return from_item(claimed)


def _owned_update(arguments: dict[str, Any], returns: str = "NONE") -> dict[str, Any] | None:
    """Apply an update made by `_owned_arguments` (if this dispatcher still holds the message): the
    attributes asked for by `returns` ({} for none), or None when it no longer holds it."""
    try:
        return _table().update_item(**arguments, ReturnValues=returns).get("Attributes", {})
    except condition_failed():
        return None


def _owned_arguments(
    message_id: str,
    dispatcher_id: str,
    epoch: int,
    update: str,
    values: dict,
    extra_condition: str = "",
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The update_item arguments that apply `update` only while this dispatcher holds the message
    (claim and epoch, still sending) and `extra_condition` holds."""
    condition = "claimed_by = :me AND claim_epoch = :claim_epoch AND #status = :sending" + (
        f" AND ({extra_condition})" if extra_condition else ""
    )
    return {
        "Key": {"message_id": message_id},
        "UpdateExpression": update,
        "ConditionExpression": condition,
        "ExpressionAttributeNames": {"#status": "status", **(names or {})},
        "ExpressionAttributeValues": {
            ":me": dispatcher_id,
            ":claim_epoch": epoch,
            ":sending": SENDING,
            **values,
        },
    }


def extend_lease(message_id: str, dispatcher_id: str, epoch: int, lease_until_iso: str) -> bool:
    return (
        _owned_update(
            _owned_arguments(
                message_id, dispatcher_id, epoch, "SET lease_until = :lease", {":lease": lease_until_iso}
            )
        )
        is not None
    )


def release(message_id: str, dispatcher_id: str, epoch: int, now_iso: str, reason: str) -> bool:
    """Give the message back (lease ends now) so the next run goes on with it."""
    return (
        _owned_update(
            _owned_arguments(
                message_id,
                dispatcher_id,
                epoch,
                "SET lease_until = :now, reasons = :reasons",
                {":now": now_iso, ":reasons": [reason]},
            )
        )
        is not None
    )


def mark_planned(
    message_id: str, dispatcher_id: str, epoch: int, recipient_count: int, batch_count: int, **extra: Any
) -> bool:
    """From here on the batches of plan `epoch` (and their retry keys) are fixed: later runs only
    resume them. Only once: a committed plan is never replaced."""
    update, names, values = update_expression(
        {
            "planned": True,
            "plan_epoch": epoch,
            "recipient_count": recipient_count,
            "batch_count": batch_count,
            "request_count": batch_count,
            **extra,
        }
    )
    return (
        _owned_update(
            _owned_arguments(
                message_id,
                dispatcher_id,
                epoch,
                update,
                {**values, ":false": False},
                "attribute_not_exists(planned) OR planned = :false",
                names=names,
            )
        )
        is not None
    )


def save_progress(message_id: str, dispatcher_id: str, epoch: int, progress: PlanProgress) -> bool:
    """Where planning is (`plan_progress`: batches written, recipients in them, the resolver's
    cursor, the day ages are taken on), so that the next claim goes on from there."""
    stored = asdict(progress)
    return (
        _owned_update(
            _owned_arguments(
                message_id, dispatcher_id, epoch, "SET plan_progress = :progress", {":progress": stored}
            )
        )
        is not None
    )


def start_sending(message_id: str, dispatcher_id: str, epoch: int, now_iso: str) -> str | None:
    """Note when sending first started (kept across runs); None if the claim was lost.

    LINE forgets a retry key 24 hours after accepting it: a batch still unconfirmed that long
    after this moment must not be resent (see domain.delivery.past_retry_window).
    """
    item = _owned_update(
        _owned_arguments(
            message_id,
            dispatcher_id,
            epoch,
            "SET first_send_at = if_not_exists(first_send_at, :now)",
            {":now": now_iso},
        ),
        returns="ALL_NEW",
    )
    return None if item is None else item["first_send_at"]


def finish(
    message_id: str,
    dispatcher_id: str,
    epoch: int,
    status: str,
    finished_iso: str,
    also: Sequence[dict[str, Any]] = (),
    unsettled: bool = False,
    **counts: Any,
) -> bool:
    """Record the outcome and drop `pending`, which takes the message out of the `by_due` index.
    `unsettled`: its batches are still to be settled (the marker is set, again: a plan committed
    before markers existed gets it here), which puts it in the `by_unsettled` backlog.
    `also`: TransactWriteItems actions committed with it (the month's statistics counters): only
    the holder of the claim finishes a message, once, so they are counted once."""
    marker = {UNSETTLED: settle_marker(message_id)} if unsettled else {}
    update, names, values = update_expression(
        {
            **counts,
            **marker,
            "status": status,
            "finished_at": finished_iso,
            PENDING: None,
            "lease_until": None,
        }
    )
    arguments = _owned_arguments(message_id, dispatcher_id, epoch, update, values, names=names)
    if not also:
        return _owned_update(arguments) is not None
    from linecrm.dal import stats

    try:
        stats.commit([{"Update": {"TableName": _table().name, **arguments}}, *also])
        return True
    except Cancelled as cancelled:
        if "ConditionalCheckFailed" in cancelled.reasons:
            return False
        raise
