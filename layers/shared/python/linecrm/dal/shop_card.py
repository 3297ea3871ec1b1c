"""The shop card, kept on the customer item (so it goes with the customer): `card_points`,
`card_points#<store_id>`, `card_visits`, `card_rank` (absent: the base rank) and
`card_reward_due` (the ranks whose reward coupon is still to be pushed).

Points only grow by ADD (concurrent awards never lose one); the rank only moves by a write
conditional on the rank as read, so of two awards crossing a threshold together one moves it.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal.dynamo import condition_failed, table
from linecrm.domain.shop_card import POINTS, RANK, REWARD_DUE, VISITS, store_attribute
from linecrm.settings import get_settings


def award_operation(user_id: str, store_id: str, points: int, visits_seen: int | None) -> dict[str, Any]:
    """ADD the points (in total and at the store); with `visits_seen` (a new visit) ADD 1 visit,
    on condition that the visits are still as read (so the visitors counts see each 1st and 2nd
    visit once). Always on condition that the customer exists."""
    names = {"#id": "user_id", "#p": POINTS, "#s": store_attribute(store_id)}
    values: dict[str, Any] = {":p": points}
    expression = "ADD #p :p, #s :p"
    condition = "attribute_exists(#id)"
    if visits_seen is not None:
        names["#v"] = VISITS
        values[":one"] = 1
        expression += ", #v :one"
        if visits_seen:
            values[":seen"] = visits_seen
            condition += " AND #v = :seen"
        else:
            condition += " AND attribute_not_exists(#v)"
    return {
        "Update": {
            "TableName": get_settings().customers_table,
            "Key": {"user_id": user_id},
            "UpdateExpression": expression,
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
        }
    }


def rank_operation(user_id: str, before: str | None, after: str, due: list[str]) -> dict[str, Any]:
    """Move the rank from `before` (None: never ranked up) to `after`, owing the rewards `due`."""
    names = {"#r": RANK, "#d": REWARD_DUE, "#id": "user_id"}
    values: dict[str, Any] = {":after": after, ":due": due}
    if before is None:
        condition = "attribute_exists(#id) AND attribute_not_exists(#r)"
    else:
        condition = "#r = :before"
        values[":before"] = before
    return {
        "Update": {
            "TableName": get_settings().customers_table,
            "Key": {"user_id": user_id},
            "UpdateExpression": "SET #r = :after, #d = :due",
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
        }
    }


def clear_due(user_id: str, due: list[str]) -> bool:
    """The rewards `due` were pushed: no longer owed (unless the list changed meanwhile)."""
    try:
        table("customers_table").update_item(
            Key={"user_id": user_id},
            UpdateExpression="REMOVE #d",
            ConditionExpression="#d = :due",
            ExpressionAttributeNames={"#d": REWARD_DUE},
            ExpressionAttributeValues={":due": due},
        )
        return True
    except condition_failed():
        return False
