"""Test friends table (PK user_id): the customers staff keep as recipients of the console's
「テスト送信」 (LINE Official Account Manager's test send). Item: user_id, display_name, added_by,
added_at (UTC ISO). A handful of items: read with one Scan."""

from __future__ import annotations

from typing import Any

from linecrm.dal.dynamo import query_all, table


def _table():
    return table("test_friends_table")


def list_all() -> list[dict[str, Any]]:
    return sorted(query_all(_table(), scan=True), key=lambda item: item.get("added_at", ""))


def put(item: dict[str, Any]) -> None:
    _table().put_item(Item=item)


def delete(user_id: str) -> None:
    _table().delete_item(Key={"user_id": user_id})
