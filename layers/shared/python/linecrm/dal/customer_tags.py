"""Customer tags table: one item per tag on a customer (PK tag, SK user_id; GSI by_customer)."""

from __future__ import annotations

from typing import Any

from linecrm.dal.dynamo import condition_failed, query_all, table


def _table():
    return table("customer_tags_table")


def tag(tag_name: str, user_id: str, actor: str, at_iso: str) -> None:
    """Put a tag on a customer (idempotent: tagging twice keeps the first item)."""
    try:
        _table().put_item(
            Item={"tag": tag_name, "user_id": user_id, "tagged_by": actor, "tagged_at": at_iso},
            ConditionExpression="attribute_not_exists(user_id)",
        )
    except condition_failed():
        pass


def untag(tag_name: str, user_id: str) -> bool:
    """Remove a tag; False when the customer did not have it."""
    answer = _table().delete_item(Key={"tag": tag_name, "user_id": user_id}, ReturnValues="ALL_OLD")
    return "Attributes" in answer


def user_ids_with(tag_name: str) -> list[str]:
    from boto3.dynamodb.conditions import Key

    items = query_all(
        _table(), KeyConditionExpression=Key("tag").eq(tag_name), ProjectionExpression="user_id"
    )
    return [i["user_id"] for i in items]


def all_tags() -> list[str]:
    """Every tag in use (one Scan of the keys: a few staff-made tags, each on some customers)."""
    return sorted({i["tag"] for i in query_all(_table(), scan=True, ProjectionExpression="tag")})


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


def delete_all_for(user_id: str) -> int:
    """Remove every tag of a customer (退会). Returns how many were removed."""
    from boto3.dynamodb.conditions import Key

    keys = [
        {"tag": i["tag"], "user_id": i["user_id"]}
        for i in query_all(
            _table(),
            IndexName="by_customer",
            KeyConditionExpression=Key("user_id").eq(user_id),
            ProjectionExpression="tag, user_id",
        )
    ]
    with _table().batch_writer() as batch:
        for key in keys:
            batch.delete_item(Key=key)
    return len(keys)
