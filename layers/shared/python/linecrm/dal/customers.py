"""Customers table: one item per LINE user.

Item (see docs/design.md):
    user_id, display_name, state (awaiting_gender | awaiting_age | registered |
    confirming_withdrawal), gender (male | female | unknown), age (declared), age_declared_on
    (YYYY-MM-DD, JST), birth_date (nominal, YYYY-MM-DD), registered (bool), blocked (bool),
    followed_at / blocked_at / registered_at / updated_at (UTC ISO),
    registered_gender, friendship: index keys, derived by `index_keys` and written with every change;
    counted, recount: the customer's place in the member counts (dal.member_counts).

Reads give `Customer` records (linecrm.domain.customers); the stored item stays in this module
(`get_item`: for dal's own modules and the tests of the stored shape). Writes take the record as
read (the condition) and a dict of the attributes that change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from linecrm.dal import customer_tags, member_counts
from linecrm.dal.dynamo import (
    Cancelled,
    batch_get_all,
    client,
    condition_failed,
    count_all,
    int_or_none,
    query_all,
    query_shards,
    shard_of,
    str_or_none,
    table,
    update_expression,
)
from linecrm.domain.ages import birth_date_range
from linecrm.domain.customers import Customer
from linecrm.domain.groups import customer_genders
from linecrm.domain.member_counts import bucket_of
from linecrm.domain.shop_card import STORE_PREFIX
from linecrm.jst import iso_utc
from linecrm.settings import get_settings
from linecrm.tables import FRIENDSHIP_SHARDS


def _table():
    return table("customers_table")


def index_keys(item: dict[str, Any]) -> dict[str, Any]:
    """The sparse index attributes an item must carry: {name: value, or None to remove}."""
    following = not item.get("blocked", False)
    registered_follower = (
        following and item.get("registered") and item.get("birth_date") and item.get("gender")
    )
    return {
        "registered_gender": item["gender"] if registered_follower else None,
        "friendship": "following" if following else None,
        # by_friendship's key: followers spread over FRIENDSHIP_SHARDS partitions
        "friendship_shard": str(shard_of(item["user_id"], FRIENDSHIP_SHARDS)) if following else None,
    }


def new_item_keys(item: dict[str, Any]) -> dict[str, Any]:
    """The index attributes of an item written for the first time (seed data, tests): `index_keys`,
    and the `recount` flag when it belongs in the member counts."""
    keys = index_keys(item)
    return keys | {"recount": member_counts.PENDING if _moved({}, {**item, **keys}) else None}


def _moved(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether the customer changed bucket in the member counts (`before` {}: a new customer); if
    so it is flagged `recount` until the counts catch up. Only a fold clears the flag
    (logic.member_counts), so a save racing with a fold cannot lose it."""
    return bucket_of(after) != bucket_of(before)


_TEXTS = (
    "state",
    "previous_state",
    "gender",
    "age_declared_on",
    "birth_date",
    "last_event_id",
    "followed_at",
    "blocked_at",
    "registered_at",
    "updated_at",
    "display_name",
    "picture_url",
    "profile_checked_at",
    "name",
    "name_kana",
    "phone",
    "phone_digits",
    "email",
    "birthday",
    "memo",
    "card_rank",
)
_FLAGS = ("registered", "blocked", "unread")
_COUNTS = ("card_points", "card_visits")
_NUMBERS = ("age", "tags_version")  # None: never set


def from_item(item: dict[str, Any]) -> Customer:
    """The record of a stored item (Decimal numbers to int, sets to sorted tuples)."""
    return Customer(
        user_id=str(item["user_id"]),
        **{k: str_or_none(item.get(k)) for k in _TEXTS},
        **{k: bool(item.get(k, False)) for k in _FLAGS},
        **{k: int(item.get(k) or 0) for k in _COUNTS},
        **{k: int_or_none(item.get(k)) for k in _NUMBERS},
        tags=tuple(sorted(item.get("tags") or ())),
        survey={str(k): str(v) for k, v in (item.get("survey") or {}).items()},
        card_reward_due=tuple(item.get("card_reward_due") or ()),
        card_points_by_store={
            k.removeprefix(STORE_PREFIX): int(v) for k, v in item.items() if k.startswith(STORE_PREFIX) and v
        },
    )


def _item(customer: Customer) -> dict[str, Any]:
    """The stored attributes a record carries, with its index keys: what a write's condition, index
    keys and tag copies are computed from, and what it returns merged with the changes."""
    item = {k: getattr(customer, k) for k in (*_TEXTS, *_FLAGS, *_COUNTS, *_NUMBERS)}
    item |= {
        "user_id": customer.user_id,
        "tags": set(customer.tags),
        "survey": dict(customer.survey),
        "card_reward_due": list(customer.card_reward_due),
        **{STORE_PREFIX + k: v for k, v in customer.card_points_by_store.items()},
    }
    item = {k: v for k, v in item.items() if v not in (None, set(), {}, [])}
    return item | {k: v for k, v in index_keys(item).items() if v is not None}


def get_item(user_id: str) -> dict[str, Any] | None:
    """The stored item (dal's own modules; tests of the stored shape)."""
    return _table().get_item(Key={"user_id": user_id}, ConsistentRead=True).get("Item")


def get(user_id: str) -> Customer | None:
    item = get_item(user_id)
    return None if item is None else from_item(item)


def profile_queries(gender: str, age_min: int, age_max: int | None, day: date) -> list[dict[str, Any]]:
    """The Queries (one per gender, on `by_profile`) whose items are the members of a profile range on `day`."""
    from boto3.dynamodb.conditions import Key

    earliest, latest = birth_date_range(age_min, age_max, day)
    return [
        {
            "IndexName": "by_profile",
            "KeyConditionExpression": Key("registered_gender").eq(g)
            & Key("birth_date").between(earliest.isoformat(), latest.isoformat()),
            "ProjectionExpression": "user_id",
        }
        for g in sorted(customer_genders(gender))
    ]


def profile_member_ids(gender: str, age_min: int, age_max: int | None, day: date) -> Iterator[str]:
    for query in profile_queries(gender, age_min, age_max, day):
        yield from (i["user_id"] for i in query_all(_table(), **query))


def _friendship_queries(**options: Any) -> list[dict[str, Any]]:
    from boto3.dynamodb.conditions import Key

    return [
        {
            "IndexName": "by_friendship",
            "KeyConditionExpression": Key("friendship_shard").eq(str(n)),
            **options,
        }
        for n in range(FRIENDSHIP_SHARDS)
    ]


def following_ids() -> list[str]:
    """Every customer who follows the account (registered or not), known to the database: every
    shard of `by_friendship`, read in parallel."""
    return [i["user_id"] for i in query_shards(_table(), _friendship_queries(ProjectionExpression="user_id"))]


def count_following() -> int:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=FRIENDSHIP_SHARDS) as pool:
        return sum(pool.map(lambda q: count_all(_table(), **q), _friendship_queries()))


# --- writes --------------------------------------------------------------------------------

# The attributes `index_keys` derives from (plus `state`, and `tags_version`, which every tag or
# untag bumps): an update is conditional on them being as they were read, so two events racing
# for one customer cannot both apply (optimistic lock), nor a tag added meanwhile keep a stale copy.
GUARDED = ("state", "blocked", "registered", "gender", "birth_date", "tags_version")


class Conflict(Exception):
    """The customer was created, changed or deleted since it was read."""

    transient = True  # a lost race: a redelivery reads the customer again (dynamo.is_transient)


def _write(
    user_id: str, customer: Customer | None, changes: dict[str, Any], now: datetime
) -> tuple[Customer, dict[str, Any], list[dict[str, Any]]]:
    """(the customer as they will be stored, the UpdateItem arguments, the tag copies' operations
    to commit with it) of a `save`."""
    current = None if customer is None else _item(customer)
    merged = {**(current or {}), **changes, "user_id": user_id, "updated_at": iso_utc(now)}
    keys = index_keys(merged)
    merged |= keys
    updates = {k: v for k, v in merged.items() if k != "user_id" and (current is None or k in changes)}
    updates |= {"updated_at": merged["updated_at"], **keys}
    if _moved(current or {}, merged):
        merged["recount"] = updates["recount"] = member_counts.PENDING
    expression, names, values = update_expression(updates)
    if current is None:
        names["#c0"] = "user_id"
        condition = "attribute_not_exists(#c0)"
    else:
        names["#c0"] = "user_id"
        parts = ["attribute_exists(#c0)"]
        for i, name in enumerate(GUARDED, start=1):
            names[f"#c{i}"] = name
            value = current.get(name)
            if value is None:
                parts.append(f"attribute_not_exists(#c{i})")
            elif value is False:  # a flag never set reads as false
                values[f":c{i}"] = False
                parts.append(f"(attribute_not_exists(#c{i}) OR #c{i} = :c{i})")
            else:
                values[f":c{i}"] = value
                parts.append(f"#c{i} = :c{i}")
        condition = " AND ".join(parts)
    arguments = {
        "Key": {"user_id": user_id},
        "UpdateExpression": expression,
        "ExpressionAttributeNames": names,
        "ConditionExpression": condition,
        **({"ExpressionAttributeValues": values} if values else {}),
    }
    # Friendship or registration changed on a tagged customer: the copies on the tag items and the
    # tags' counters change in the same transaction (dal.customer_tags); at most 1 + 2 × 40 items.
    copies = customer_tags.copy_operations(current, merged) if current else []
    return from_item({k: v for k, v in merged.items() if v is not None}), arguments, copies


def save(
    user_id: str,
    current: Customer | None,
    changes: dict[str, Any],
    now: datetime,
    also: Sequence[dict[str, Any]] = (),
) -> Customer:
    """Apply `changes` (stored attribute names; None removes one) to the customer read as `current`
    (None: create) and rewrite the index keys, in one conditional write. `also`: unconditional
    TransactWriteItems actions committed with it (statistics counters, dal.stats.add_operation).
    Returns the customer as stored."""
    stored, arguments, copies = _write(user_id, current, changes, now)
    try:
        if also:  # statistics counters: conflicts on their shared items are retried (dal.stats)
            from linecrm.dal import stats

            stats.commit([{"Update": {"TableName": _table().name, **arguments}}, *copies, *also])
        elif copies:
            client().transact_write_items(
                TransactItems=[{"Update": {"TableName": _table().name, **arguments}}, *copies]
            )
        else:
            _table().update_item(**arguments)
    except (condition_failed(), client().exceptions.TransactionCanceledException, Cancelled) as error:
        raise Conflict(user_id) from error
    return stored


def save_operations(
    user_id: str, current: Customer, changes: dict[str, Any], now: datetime
) -> tuple[Customer, list[dict[str, Any]]]:
    """`save` as TransactWriteItems elements, to commit with the entries that record it: (the
    customer as they will be stored, the customer's update first, then the tag copies'). Same condition, same
    index keys and recount flag."""
    stored, arguments, copies = _write(user_id, current, changes, now)
    return stored, [{"Update": {"TableName": get_settings().customers_table, **arguments}}, *copies]


def exists_check(user_id: str) -> dict[str, Any]:
    """A TransactWriteItems element that cancels the transaction when the customer is gone (a
    staff write racing with a deletion must not leave a tag or a note behind)."""
    return {
        "ConditionCheck": {
            "TableName": get_settings().customers_table,
            "Key": {"user_id": user_id},
            "ConditionExpression": "attribute_exists(user_id)",
        }
    }


def set_plain(user_id: str, values: dict[str, Any]) -> bool:
    """Set (None: remove) attributes that no index, count or condition depends on (display name,
    picture, unread marker…) on a customer that still exists. False when the customer is gone."""
    expression, names, placeholders = update_expression(values)
    names["#id"] = "user_id"
    try:
        _table().update_item(
            Key={"user_id": user_id},
            UpdateExpression=expression,
            ConditionExpression="attribute_exists(#id)",
            ExpressionAttributeNames=names,
            **({"ExpressionAttributeValues": placeholders} if placeholders else {}),
        )
        return True
    except condition_failed():
        return False  # withdrew or was deleted in the meantime


def delete(user_id: str, attempts: int = 5) -> Customer | None:
    """Delete the customer, and take them out of the member counts in the same write. Their tags go
    first, each in its own transaction with its counters (dal.customer_tags); the deletion is
    conditional on tags_version as read, so a tag added meanwhile is taken off on the next round.
    Returns the customer as deleted (None: there was none to delete)."""
    for _ in range(attempts):
        current = get_item(user_id)
        if current is None:
            return None
        if current.get("tags"):
            customer_tags.delete_all_for(user_id)
            continue
        try:
            deleted = from_item(current)
            member_counts.delete_customer(member_counts.from_item(current), deleted.tags_version)
            return deleted
        except member_counts.Stale:
            continue  # changed (or folded) since read: read again
    raise Conflict(user_id)


def get_many(user_ids: Sequence[str], consistent: bool = False) -> dict[str, Customer]:
    """{user_id: customer} of the customers among `user_ids` that exist (BatchGetItem, 100 a call;
    `consistent`: strongly consistent reads, as `get`)."""
    keys = [{"user_id": u} for u in dict.fromkeys(user_ids)]
    found = batch_get_all(_table().name, keys, **({"ConsistentRead": True} if consistent else {}))
    return {item["user_id"]: from_item(item) for item in found}


def existing(user_ids: list[str]) -> set[str]:
    """Which of `user_ids` still have a customer item (strongly consistent BatchGetItem, keys only)."""
    keys = [{"user_id": u} for u in dict.fromkeys(user_ids)]
    found = batch_get_all(
        _table().name,
        keys,
        ConsistentRead=True,
        ProjectionExpression="#u",
        ExpressionAttributeNames={"#u": "user_id"},
    )
    return {item["user_id"] for item in found}
