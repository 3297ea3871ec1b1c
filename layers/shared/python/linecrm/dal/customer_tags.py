"""Customer tags table: one item per tag on a customer (PK tag, SK user_id; GSI by_customer)."""

from __future__ import annotations

from linecrm.dal.dynamo import query_all, table


def _table():
    return table("customer_tags_table")


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
