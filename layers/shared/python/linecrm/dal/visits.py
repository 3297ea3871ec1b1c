"""Visits table (PK user_id, SK visit_key "<JST date>#<store_id>"): one item per customer per store
per Japan day. Put with `attribute_not_exists(visit_key)` inside the award's transaction, so a
day's visit is counted once and the register's QR code gives its point once, even when two scans
(or a redelivered webhook event) race.

Item: user_id, visit_key, store_id, date (JST), at (UTC ISO), source (qr | staff),
attributed_to (the message whose coupon the customer used within the attribution window), expires_at.

Reads give `Visit` records (linecrm.domain.shop_card); `visit_key` and `expires_at` stay in dal/.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from linecrm.dal.dynamo import delete_found, query_all, str_or_none, table
from linecrm.dal.history import expiry
from linecrm.domain.shop_card import Visit
from linecrm.jst import iso_utc
from linecrm.settings import get_settings


def _table():
    return table("visits_table")


def visit_key(day: date, store_id: str) -> str:
    return f"{day.isoformat()}#{store_id}"


def from_item(item: dict[str, Any]) -> Visit:
    return Visit(
        **{k: str(item[k]) for k in ("user_id", "store_id", "date", "at", "source")},
        attributed_to=str_or_none(item.get("attributed_to")),
    )


def put_operation(
    user_id: str, store_id: str, day: date, at: datetime, source: str, attributed_to: str | None
) -> dict[str, Any]:
    item = {
        "user_id": user_id,
        "visit_key": visit_key(day, store_id),
        "store_id": store_id,
        "date": day.isoformat(),
        "at": iso_utc(at),
        "source": source,
        "expires_at": expiry(at),
    }
    if attributed_to:
        item["attributed_to"] = attributed_to
    return {
        "Put": {
            "TableName": get_settings().visits_table,
            "Item": item,
            "ConditionExpression": "attribute_not_exists(visit_key)",
        }
    }


def list_for(user_id: str) -> list[Visit]:
    from boto3.dynamodb.conditions import Key

    return [from_item(i) for i in query_all(_table(), KeyConditionExpression=Key("user_id").eq(user_id))]


def delete_all(user_id: str) -> int:
    from boto3.dynamodb.conditions import Key

    return delete_found(_table(), ("user_id", "visit_key"), KeyConditionExpression=Key("user_id").eq(user_id))
