"""Test friends table (PK user_id): the customers staff keep as recipients of the console's
「テスト送信」 (LINE Official Account Manager's test send). Item: user_id, display_name, added_by,
added_at (UTC ISO). A handful of items: read with one Scan."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from linecrm.dal.dynamo import present, query_all, table
from linecrm.domain.messages import TestFriend

_FIELDS = tuple(f.name for f in fields(TestFriend))


def _table():
    return table("test_friends_table")


def from_item(item: dict[str, Any]) -> TestFriend:
    return TestFriend(**{name: item.get(name) for name in _FIELDS})  # user_id is always there


def list_all() -> list[TestFriend]:
    friends = map(from_item, query_all(_table(), scan=True))
    return sorted(friends, key=lambda friend: friend.added_at or "")


def put(friend: TestFriend) -> None:
    _table().put_item(Item=present(friend, _FIELDS))


def delete(user_id: str) -> None:
    _table().delete_item(Key={"user_id": user_id})
