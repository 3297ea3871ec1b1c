"""Coupon uses table (PK coupon_id, SK user_id): one item per customer per coupon used.

Item: coupon_id, user_id, message_id, used_at (UTC ISO). Put with `attribute_not_exists(user_id)`
so that two taps (even at the same instant) record one use.

Reads give `CouponUse` records (linecrm.domain.coupons); the item stays in dal/.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linecrm.dal.dynamo import Cancelled, count_all, query_all, table
from linecrm.domain.coupons import CouponUse


def _table():
    return table("coupon_uses_table")


def from_item(item: dict[str, Any]) -> CouponUse:
    return CouponUse(**{k: str(item[k]) for k in ("coupon_id", "user_id", "message_id", "used_at")})


def record(coupon_id: str, user_id: str, message_id: str, used_at_iso: str) -> bool:
    """True when this is the customer's first use of the coupon; False if it was already used.
    The message's statistics counter (`message#<id>` coupon_uses, dal.stats) moves in the same
    transaction, so a statistics view never counts the uses one by one."""
    from linecrm.dal import stats
    from linecrm.domain.statistics import message_key
    from linecrm.settings import get_settings

    item = {"coupon_id": coupon_id, "user_id": user_id, "message_id": message_id, "used_at": used_at_iso}
    try:
        stats.commit(
            [
                {
                    "Put": {
                        "TableName": get_settings().coupon_uses_table,
                        "Item": item,
                        "ConditionExpression": "attribute_not_exists(user_id)",
                    }
                },
                stats.add_operation(message_key(message_id), {"coupon_uses": 1}),
            ]
        )
        return True
    except Cancelled as cancelled:
        if "ConditionalCheckFailed" in cancelled.reasons:
            return False
        raise


def get(coupon_id: str, user_id: str) -> CouponUse | None:
    key = {"coupon_id": coupon_id, "user_id": user_id}
    item = _table().get_item(Key=key, ConsistentRead=True).get("Item")
    return None if item is None else from_item(item)


WITHDRAWN = "withdrawn#"


def forget_customer(user_id: str) -> int:
    """Take the user id out of every use of theirs, keeping each use counted: each item is replaced,
    in one transaction, by the same use under `withdrawn#<random>`. Returns how many."""
    import secrets

    from linecrm.dal.dynamo import transact
    from linecrm.settings import get_settings

    name = get_settings().coupon_uses_table
    uses = _items_for(user_id)
    for use in uses:
        anonymous = {**use, "user_id": WITHDRAWN + secrets.token_hex(8)}
        transact(
            [
                {"Delete": {"TableName": name, "Key": {"coupon_id": use["coupon_id"], "user_id": user_id}}},
                {"Put": {"TableName": name, "Item": anonymous}},
            ]
        )
    return len(uses)


def _items_for(user_id: str) -> list[dict[str, Any]]:
    from boto3.dynamodb.conditions import Key

    return list(
        query_all(_table(), IndexName="by_customer", KeyConditionExpression=Key("user_id").eq(user_id))
    )


def for_customer(user_id: str) -> list[CouponUse]:
    """The customer's coupon uses (the `by_customer` index)."""
    return [from_item(i) for i in _items_for(user_id)]


def count_for_coupon(coupon_id: str) -> int:
    from boto3.dynamodb.conditions import Key

    return count_all(_table(), KeyConditionExpression=Key("coupon_id").eq(coupon_id))


def uses(coupons: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Uses of each of these coupons (as listed on a message): {coupon_id: count}."""
    return {c["coupon_id"]: count_for_coupon(c["coupon_id"]) for c in coupons}
