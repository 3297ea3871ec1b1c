"""Customers table: one item per LINE user.

Item (see docs/design.md):
    user_id, display_name, state (awaiting_gender | awaiting_age | registered |
    confirming_withdrawal), gender (male | female | unknown), age (declared), age_declared_on
    (YYYY-MM-DD, JST), birth_date (nominal, YYYY-MM-DD), registered (bool), blocked (bool),
    followed_at / blocked_at / registered_at / updated_at (UTC ISO),
    segment, friendship: index keys, derived by `index_keys` and written with every change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from linecrm.dal.dynamo import count_all, query_all, table
from linecrm.domain.ages import birth_date_range

GENDERS_FOR_ANY = ("male", "female", "unknown")


def _table():
    return table("customers_table")


def index_keys(item: dict[str, Any]) -> dict[str, Any]:
    """The sparse index attributes an item must carry: {name: value, or None to remove}."""
    following = not item.get("blocked", False)
    in_segment = following and item.get("registered") and item.get("birth_date") and item.get("gender")
    return {
        "segment": item["gender"] if in_segment else None,
        "friendship": "following" if following else None,
    }


def get(user_id: str) -> dict[str, Any] | None:
    return _table().get_item(Key={"user_id": user_id}, ConsistentRead=True).get("Item")


def _segment_queries(gender: str, age_min: int, age_max: int | None, day: date) -> Iterator[dict]:
    earliest, latest = birth_date_range(age_min, age_max, day)
    genders = GENDERS_FOR_ANY if gender == "any" else (gender,)
    from boto3.dynamodb.conditions import Key

    for g in genders:
        yield {
            "IndexName": "by_segment",
            "KeyConditionExpression": Key("segment").eq(g)
            & Key("birth_date").between(earliest.isoformat(), latest.isoformat()),
        }


def segment_members(gender: str, age_min: int, age_max: int | None, day: date) -> Iterator[dict]:
    """Registered, following customers of this gender ("any": all) aged age_min..age_max on day."""
    for query in _segment_queries(gender, age_min, age_max, day):
        yield from query_all(_table(), **query)


def segment_member_ids(gender: str, age_min: int, age_max: int | None, day: date) -> Iterator[str]:
    for query in _segment_queries(gender, age_min, age_max, day):
        yield from (i["user_id"] for i in query_all(_table(), ProjectionExpression="user_id", **query))


def count_segment(gender: str, age_min: int, age_max: int | None, day: date) -> int:
    return sum(count_all(_table(), **q) for q in _segment_queries(gender, age_min, age_max, day))


def following_ids() -> Iterator[str]:
    """Every customer who follows the account (registered or not): the "all friends" target."""
    from boto3.dynamodb.conditions import Key

    yield from (
        i["user_id"]
        for i in query_all(
            _table(),
            IndexName="by_friendship",
            KeyConditionExpression=Key("friendship").eq("following"),
            ProjectionExpression="user_id",
        )
    )


def count_following() -> int:
    from boto3.dynamodb.conditions import Key

    return count_all(_table(), IndexName="by_friendship", KeyConditionExpression=Key("friendship").eq("following"))
