"""History table: each customer's timeline (follow, answers, inbound messages, bot and staff
replies, coupon uses, blocks, tag changes, record edits, staff notes), oldest first by `entry_id`.
Kept on unfollow, deleted with the customer (退会 or a staff deletion).

Retention: every entry but a staff note carries `expires_at` (epoch seconds, the table's TTL
attribute), `HISTORY_RETENTION_DAYS` (default 730) after it happened; DynamoDB deletes it after
that. Notes are the staff's record of the customer and live as long as the customer.

Reads give `TimelineEntry` records (linecrm.domain.timeline); `entry` builds the item a write
stores, which stays in dal/ (and in the transactions logic hands to it).
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from linecrm.dal.dynamo import delete_found, query_all, str_or_none, table
from linecrm.domain.timeline import TimelineEntry
from linecrm.jst import iso_utc, now_utc, parse_utc
from linecrm.settings import get_settings

NOTE = "note"
KEPT = frozenset({NOTE})  # kinds without an expiry

# A DynamoDB item holds at most 400 KB; a LINE text message at most 5,000 characters. Anything
# longer (a forged 1 MB text) is stored cut to these sizes, with `truncated: true` on the entry.
MAX_TEXT = 5000
MAX_PAYLOAD = 20_000


def _table():
    return table("history_table")


_TEXTS = ("at", "actor", "message_id", "edited_by", "edited_at")


def from_item(item: dict[str, Any]) -> TimelineEntry:
    return TimelineEntry(
        user_id=str(item["user_id"]),
        entry_id=str(item["entry_id"]),
        kind=str(item.get("kind", "")),
        text=str(item.get("text") or ""),
        payload_json=item.get("payload") or None,
        truncated=bool(item.get("truncated", False)),
        **{k: str_or_none(item.get(k)) for k in _TEXTS},
    )


def expiry(moment: datetime) -> int:
    """The TTL of an entry that happened at `moment` (epoch seconds)."""
    return int((moment + timedelta(days=get_settings().history_retention_days)).timestamp())


def entry(
    user_id: str,
    kind: str,
    text: str = "",
    payload: Any = None,
    at: datetime | None = None,
    key: str | None = None,
    **extra: Any,
) -> dict:
    """`key` (e.g. a webhook event id) replaces the random part of `entry_id`: writing the same
    entry again overwrites it instead of adding a second one. `extra`: more attributes (`actor`…)."""
    moment = at or now_utc()
    item = {
        "user_id": user_id,
        "entry_id": f"{iso_utc(moment)}#{secrets.token_hex(4) if key is None else key}",
        "kind": kind,  # follow | unfollow | inbound | reply | push | staff_message | note | tag | record …
        "text": text,
        "at": iso_utc(moment),
        **{k: v for k, v in extra.items() if v is not None},
    }
    if kind not in KEPT:
        item["expires_at"] = expiry(moment)
    if len(text) > MAX_TEXT:
        item["text"], item["truncated"] = text[:MAX_TEXT], True
    if payload is not None:
        item["payload"] = json.dumps(payload, ensure_ascii=False, default=str)
        if len(item["payload"]) > MAX_PAYLOAD:  # still JSON: the text, shortened, with what was cut
            item["payload"] = json.dumps(
                {"truncated_json": item["payload"][:MAX_PAYLOAD]}, ensure_ascii=False
            )
            item["truncated"] = True
    return item


def append(
    user_id: str,
    kind: str,
    text: str = "",
    payload: Any = None,
    at: datetime | None = None,
    key: str | None = None,
    **extra: Any,
) -> TimelineEntry:
    return from_item(put(entry(user_id, kind, text, payload, at, key, **extra)))


def put(item: dict[str, Any]) -> dict[str, Any]:
    """Write an `entry` (one made with a `key` overwrites itself)."""
    _table().put_item(Item=item)
    return item


def forget_pending(user_id: str) -> None:
    """Nothing is pending here: entries are written at once. (The webhook's deferring adapter,
    `linecrm.logic.webhook_post`, drops the entries it has not written yet of a customer who
    withdrew.)"""


def put_operation(item: dict[str, Any], overwrite: bool = False) -> dict[str, Any]:
    """A TransactWriteItems element adding `item` (written with the change it records); with
    `overwrite`, an entry keyed by an event replaces itself when the event is handled again."""
    operation = {"TableName": get_settings().history_table, "Item": item}
    if not overwrite:
        operation["ConditionExpression"] = "attribute_not_exists(entry_id)"
    return {"Put": operation}


def list_for(user_id: str, limit: int | None = None, newest_first: bool = False) -> list[TimelineEntry]:
    from boto3.dynamodb.conditions import Key

    kwargs: dict[str, Any] = {
        "KeyConditionExpression": Key("user_id").eq(user_id),
        "ScanIndexForward": not newest_first,
    }
    if limit:
        kwargs["Limit"] = limit
        return [from_item(i) for i in _table().query(**kwargs).get("Items", [])]
    return [from_item(i) for i in query_all(_table(), **kwargs)]


def page(user_id: str, limit: int, after: str | None = None) -> tuple[list[TimelineEntry], str | None]:
    """Up to `limit` entries in time order after the entry id `after`, and the last entry id when
    more may follow (None: the end). One Query."""
    from boto3.dynamodb.conditions import Key

    condition = Key("user_id").eq(user_id)
    if after:  # not ExclusiveStartKey: `after` may be a delivery's id, not an item's
        condition &= Key("entry_id").gt(after)
    kwargs: dict[str, Any] = {"KeyConditionExpression": condition, "Limit": limit}
    answer = _table().query(**kwargs)
    items = answer.get("Items", [])
    last = items[-1]["entry_id"] if "LastEvaluatedKey" in answer and items else None
    return [from_item(i) for i in items], last


def notes(user_id: str) -> list[TimelineEntry]:
    """The customer's staff notes, newest first."""
    from boto3.dynamodb.conditions import Attr, Key

    found = query_all(
        _table(),
        KeyConditionExpression=Key("user_id").eq(user_id),
        FilterExpression=Attr("kind").eq(NOTE),
        ScanIndexForward=False,
    )
    return [from_item(i) for i in found]


def get(user_id: str, entry_id: str) -> TimelineEntry | None:
    key = {"user_id": user_id, "entry_id": entry_id}
    item = _table().get_item(Key=key, ConsistentRead=True).get("Item")
    return None if item is None else from_item(item)


def edit_note_operation(user_id: str, entry_id: str, text: str, actor: str, at_iso: str) -> dict[str, Any]:
    """A TransactWriteItems element changing a note's text (only if it is still a note)."""
    return {
        "Update": {
            "TableName": get_settings().history_table,
            "Key": {"user_id": user_id, "entry_id": entry_id},
            "UpdateExpression": "SET #t = :t, edited_by = :a, edited_at = :at",
            "ConditionExpression": "kind = :note",
            "ExpressionAttributeNames": {"#t": "text"},
            "ExpressionAttributeValues": {":t": text, ":a": actor, ":at": at_iso, ":note": NOTE},
        }
    }


def delete_note_operation(user_id: str, entry_id: str) -> dict[str, Any]:
    return {
        "Delete": {
            "TableName": get_settings().history_table,
            "Key": {"user_id": user_id, "entry_id": entry_id},
            "ConditionExpression": "kind = :note",
            "ExpressionAttributeValues": {":note": NOTE},
        }
    }


def delete_all(user_id: str) -> int:
    """Every entry of the customer (a strongly consistent Query: an entry the dispatcher wrote just
    before is found; see logic.dispatch.received)."""
    from boto3.dynamodb.conditions import Key

    return delete_found(
        _table(),
        ("user_id", "entry_id"),
        KeyConditionExpression=Key("user_id").eq(user_id),
        ConsistentRead=True,
    )


# --- campaign messages received (written by the dispatcher: logic.dispatch.received) -------

DELIVERY = "delivery"


def delivery_entry_id(message_id: str, at_iso: str) -> str:
    """The one entry of a message in a recipient's timeline: the same id however often written."""
    return f"{at_iso}#{DELIVERY}-{message_id}"


def put_deliveries(user_ids: list[str], message_id: str, text: str, at_iso: str) -> None:
    """One `delivery` entry per recipient of an accepted batch, 25 per BatchWriteItem (boto3's
    batch_writer resends what DynamoDB leaves unprocessed). Unconditional and idempotent: the
    entry id is fixed (delivery_entry_id), so a resumed or repeated write overwrites."""
    moment = parse_utc(at_iso)
    with _table().batch_writer() as batch:
        for user_id in user_ids:
            item = entry(user_id, DELIVERY, text, at=moment, key=f"{DELIVERY}-{message_id}")
            batch.put_item(Item={**item, "message_id": message_id})


def deliveries_since(user_id: str, since_iso: str | None = None) -> list[TimelineEntry]:
    """The customer's `delivery` entries written for messages LINE accepted at or after `since_iso`
    (None: all), in time order: one Query of their own partition from that time on."""
    from boto3.dynamodb.conditions import Attr, Key

    condition = Key("user_id").eq(user_id)
    if since_iso:  # DynamoDB refuses an empty string in a key condition
        condition &= Key("entry_id").gte(since_iso)
    found = query_all(_table(), KeyConditionExpression=condition, FilterExpression=Attr("kind").eq(DELIVERY))
    return [from_item(i) for i in found]


def delete_deliveries(user_ids: list[str] | set[str], message_id: str, at_iso: str) -> None:
    with _table().batch_writer() as batch:
        for user_id in user_ids:
            batch.delete_item(Key={"user_id": user_id, "entry_id": delivery_entry_id(message_id, at_iso)})
