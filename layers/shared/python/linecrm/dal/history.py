"""History table: each customer's timeline (follow, answers, inbound messages, bot replies,
coupon uses, blocks), newest last. Kept on unfollow, deleted with the customer on 退会."""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from linecrm.dal.dynamo import query_all, table
from linecrm.jst import iso_utc, now_utc

# A DynamoDB item holds at most 400 KB; a LINE text message at most 5,000 characters. Anything
# longer (a forged 1 MB text) is stored cut to these sizes, with `truncated: true` on the entry.
MAX_TEXT = 5000
MAX_PAYLOAD = 20_000


def _table():
    return table("history_table")


def entry(
    user_id: str,
    kind: str,
    text: str = "",
    payload: Any = None,
    at: datetime | None = None,
    key: str | None = None,
) -> dict:
    """`key` (e.g. a webhook event id) replaces the random part of `entry_id`: writing the same
    entry again overwrites it instead of adding a second one."""
    moment = at or now_utc()
    item = {
        "user_id": user_id,
        "entry_id": f"{iso_utc(moment)}#{secrets.token_hex(4) if key is None else key}",
        "kind": kind,  # follow | unfollow | inbound | reply | push | delivery | coupon_use | ...
        "text": text,
        "at": iso_utc(moment),
    }
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
) -> dict:
    item = entry(user_id, kind, text, payload, at, key)
    _table().put_item(Item=item)
    return item


def list_for(user_id: str, limit: int | None = None, newest_first: bool = False) -> list[dict]:
    from boto3.dynamodb.conditions import Key

    kwargs: dict[str, Any] = {
        "KeyConditionExpression": Key("user_id").eq(user_id),
        "ScanIndexForward": not newest_first,
    }
    if limit:
        kwargs["Limit"] = limit
        return _table().query(**kwargs).get("Items", [])
    return list(query_all(_table(), **kwargs))


def delete_all(user_id: str) -> int:
    keys = [{"user_id": i["user_id"], "entry_id": i["entry_id"]} for i in list_for(user_id)]
    with _table().batch_writer() as batch:
        for key in keys:
            batch.delete_item(Key=key)
    return len(keys)
