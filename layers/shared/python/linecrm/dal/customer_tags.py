"""Customer tags table: one item per tag on a customer (PK tag, SK user_id; GSI by_customer).

Item: tag, user_id, tagged_by, tagged_at. Tag changes made by staff are written in one transaction
with their audit entry and the customer's history entry (see logic.customers).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from linecrm.dal.dynamo import delete_found, query_all, table
from linecrm.settings import get_settings


def _table():
    return table("customer_tags_table")


def tag_operation(tag_name: str, user_id: str, actor: str, at_iso: str) -> dict[str, Any]:
    """A TransactWriteItems element tagging a customer; cancels the transaction if already tagged."""
    return {
        "Put": {
            "TableName": get_settings().customer_tags_table,
            "Item": {"tag": tag_name, "user_id": user_id, "tagged_by": actor, "tagged_at": at_iso},
            "ConditionExpression": "attribute_not_exists(user_id)",
        }
    }


def untag_operation(tag_name: str, user_id: str) -> dict[str, Any]:
    """A TransactWriteItems element removing a tag; cancels the transaction if it was not there."""
    return {
        "Delete": {
            "TableName": get_settings().customer_tags_table,
            "Key": {"tag": tag_name, "user_id": user_id},
            "ConditionExpression": "attribute_exists(user_id)",
        }
    }


def members(tag_name: str) -> list[dict[str, Any]]:
    """Every item of a tag (one Query, paged)."""
    from boto3.dynamodb.conditions import Key

    return list(query_all(_table(), KeyConditionExpression=Key("tag").eq(tag_name)))


def user_ids_with(tag_name: str) -> list[str]:
    from boto3.dynamodb.conditions import Key

    items = query_all(
        _table(), KeyConditionExpression=Key("tag").eq(tag_name), ProjectionExpression="user_id"
    )
    return [i["user_id"] for i in items]


def tags_of(user_id: str) -> list[str]:
    from boto3.dynamodb.conditions import Key

    items: list[dict[str, Any]] = list(
        query_all(
            _table(),
            IndexName="by_customer",
            KeyConditionExpression=Key("user_id").eq(user_id),
            ProjectionExpression="tag",
        )
    )
    return sorted(i["tag"] for i in items)


def catalogue() -> dict[str, int]:
    """Every tag in use and how many customers carry it: {tag: count}. One Scan of the keys (the
    table holds one small item per tag per customer)."""
    counts: Counter[str] = Counter(
        i["tag"] for i in query_all(_table(), scan=True, ProjectionExpression="tag")
    )
    return dict(sorted(counts.items()))


def by_customer() -> dict[str, list[str]]:
    """Every customer's tags, sorted: {user_id: [tag…]}. One Scan: cheaper than a Query per customer
    when most customers are read (the CSV export)."""
    tags: dict[str, list[str]] = {}
    for item in query_all(_table(), scan=True, ProjectionExpression="tag, user_id"):
        tags.setdefault(item["user_id"], []).append(item["tag"])
    return {user_id: sorted(names) for user_id, names in tags.items()}


def move(items: list[dict[str, Any]], new_name: str | None) -> None:
    """Re-tag these items under `new_name` (keeping who tagged and when; a customer who already has
    it keeps theirs), or only remove them (`new_name` None). Puts before deletes: a run stopped
    halfway leaves customers with both tags, never with neither, and running it again finishes."""
    already = set(user_ids_with(new_name)) if new_name is not None else set()
    with _table().batch_writer() as batch:
        for item in items:
            if new_name is not None and item["user_id"] not in already:
                batch.put_item(Item={**item, "tag": new_name})
    with _table().batch_writer() as batch:
        for item in items:
            batch.delete_item(Key={"tag": item["tag"], "user_id": item["user_id"]})


def delete_all_for(user_id: str) -> int:
    """Remove every tag of a customer (退会). Returns how many were removed."""
    from boto3.dynamodb.conditions import Key

    return delete_found(
        _table(),
        ("tag", "user_id"),
        IndexName="by_customer",
        KeyConditionExpression=Key("user_id").eq(user_id),
    )
