"""Customer tags table: one item per tag on a customer (PK tag, SK user_id; GSI by_customer).

A tag's members are one Query of its partition, never a read per customer: each tag item carries
a copy of the customer's `friendship` ("following" while they follow) and `registered`. The copies
and the customer's own `tags` (string set) and `tags_version` change only in one transaction:
- tag/untag/rename (`change`) write the tag items, the customer (its `tags`, ADD tags_version, on
  condition that its friendship, registration and tags_version are as read) and the tags'
  counters, with whatever records the change (staff's audit and timeline entries, logic.customers);
- a customer write that changes friendship or registration (dal.customers.save) rewrites the
  copies on every tag item and the counters, on condition that `tags_version` is as read, so a tag
  added meanwhile cancels it (read again and redo) instead of keeping a stale copy.
Counters (member_counts table, key `tag#<tag>`): `members` (tagged customers) and `following`
(of them, those who follow): a tag's reach is one read.
Reads give `CustomerTag` records (linecrm.domain.customers) or plain ids, tags and counts; the
items stay in this module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from linecrm.dal.dynamo import batch_get_all, client, query_all, table
from linecrm.domain.customers import CustomerTag
from linecrm.settings import get_settings

FOLLOWING = "following"
MAX_TAGS_PER_CUSTOMER = 40  # a customer write touching every tag stays within a transaction's 100
ATTEMPTS = 5


class TooManyTags(ValueError):
    pass


class KeptChanging(RuntimeError):
    """The customer changed under every attempt: a lost race, worth a retry (dynamo.is_transient)."""

    transient = True


def _table():
    return table("customer_tags_table")


def counter_key(tag_name: str) -> str:
    return f"tag#{tag_name}"


def from_item(item: dict[str, Any]) -> CustomerTag:
    """The record of a tag item (without the copies of the customer's friendship and registration)."""
    return CustomerTag(
        tag=str(item["tag"]),
        user_id=str(item["user_id"]),
        tagged_by=item.get("tagged_by"),
        tagged_at=item.get("tagged_at"),
    )


def _copies(customer: dict[str, Any]) -> dict[str, Any]:
    return {"friendship": customer.get("friendship"), "registered": bool(customer.get("registered"))}


def _counter_update(tag_name: str, members: int, following: int) -> dict[str, Any]:
    return {
        "Update": {
            "TableName": get_settings().member_counts_table,
            "Key": {"key": counter_key(tag_name)},
            "UpdateExpression": "ADD members :m, following :f",
            "ExpressionAttributeValues": {":m": members, ":f": following},
        }
    }


def _customer_as_read(customer: dict[str, Any], update: str, values: dict[str, Any]) -> dict[str, Any]:
    """Update the customer on condition that friendship, registration and tags_version are as read."""
    names = {"#f": "friendship", "#r": "registered", "#v": "tags_version"}
    parts = ["attribute_exists(user_id)"]
    values = dict(values)
    for placeholder, attribute in (("#f", "friendship"), ("#r", "registered"), ("#v", "tags_version")):
        value = customer.get(attribute)
        if value is None:
            parts.append(f"attribute_not_exists({placeholder})")
        else:
            parts.append(f"{placeholder} = :was{placeholder[1]}")
            values[f":was{placeholder[1]}"] = value
    return {
        "Update": {
            "TableName": get_settings().customers_table,
            "Key": {"user_id": customer["user_id"]},
            "UpdateExpression": update,
            "ConditionExpression": " AND ".join(parts),
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
        }
    }


def _transact(operations: list[dict[str, Any]]) -> bool:
    try:
        client().transact_write_items(TransactItems=operations)
        return True
    except client().exceptions.TransactionCanceledException:
        return False


def _read_customer(user_id: str) -> dict[str, Any] | None:
    return table("customers_table").get_item(Key={"user_id": user_id}, ConsistentRead=True).get("Item")


# What `change` did: the customer is gone, nothing needed doing, or the change was committed.
GONE, UNCHANGED, CHANGED = "gone", "unchanged", "changed"


def _steps(
    customer: dict[str, Any], remove: str | None, add: str | None, tagged: tuple[str, str] | None
) -> tuple[list[dict[str, Any]], Counter[tuple[str, str]]]:
    """The writes that take tag `remove` off the customer (as read) and/or put tag `add` on them,
    without the counters: (the tag items' and the customer's operations, the counters' changes
    {(tag, "members" | "following"): n}). Nothing when there is nothing to do. A tag the customer
    already has is not added again; a tag they do not have is not removed (nor, then, `add`)."""
    user_id = customer["user_id"]
    tags = set(customer.get("tags") or ())
    removing = remove if remove in tags else None
    adding = add if add is not None and add not in tags and (remove is None or removing) else None
    counts: Counter[tuple[str, str]] = Counter()
    if removing is None and adding is None:
        return [], counts
    after = (tags - {removing}) | ({adding} if adding else set())
    if len(after) > max(len(tags), MAX_TAGS_PER_CUSTOMER):
        raise TooManyTags(f"タグは1人に{MAX_TAGS_PER_CUSTOMER}個までです")
    copies = _copies(customer)
    following = int(copies["friendship"] == FOLLOWING)
    operations: list[dict[str, Any]] = []
    if removing:
        operations.append(
            {
                "Delete": {
                    "TableName": get_settings().customer_tags_table,
                    "Key": {"tag": removing, "user_id": user_id},
                    "ConditionExpression": "attribute_exists(user_id)",
                }
            }
        )
        counts.update({(removing, "members"): -1, (removing, "following"): -following})
    if adding:
        actor, at_iso = tagged or (None, None)
        item = {"tag": adding, "user_id": user_id, "tagged_by": actor, "tagged_at": at_iso, **copies}
        operations.append(
            {
                "Put": {
                    "TableName": get_settings().customer_tags_table,
                    "Item": {k: v for k, v in item.items() if v is not None},
                    "ConditionExpression": "attribute_not_exists(user_id)",
                }
            }
        )
        counts.update({(adding, "members"): 1, (adding, "following"): following})
    # The whole set is written (the guard on tags_version makes that exact): one update
    # expression may not both ADD to and DELETE from `tags` (a rename does both).
    if after:
        update, values = "SET tags = :t ADD #v :one", {":t": after, ":one": 1}
    else:
        update, values = "REMOVE tags ADD #v :one", {":one": 1}
    operations.append(_customer_as_read(customer, update, values))
    return operations, counts


def _counter_updates(counts: Counter[tuple[str, str]]) -> list[dict[str, Any]]:
    tags = sorted({tag_name for tag_name, _ in counts})
    return [_counter_update(t, counts[(t, "members")], counts[(t, "following")]) for t in tags]


def change(
    user_id: str,
    remove: str | None = None,
    add: str | None = None,
    tagged: tuple[str, str] | None = None,
    also: list[dict[str, Any]] | tuple = (),
) -> str:
    """Take tag `remove` off a customer and/or put tag `add` on them (`tagged`: who and when), in
    one transaction with the customer's `tags` and `tags_version` (on condition that friendship,
    registration and tags_version are as read), the tags' counters and the operations `also`
    (the audit and timeline entries that record the change). At most 5 + len(also) items."""
    for _ in range(ATTEMPTS):
        customer = _read_customer(user_id)
        if customer is None:
            return GONE
        operations, counts = _steps(customer, remove, add, tagged)
        if not operations:
            return UNCHANGED
        if _transact([*operations, *_counter_updates(counts), *also]):
            return CHANGED
    raise KeptChanging("a customer kept changing while their tags were changed")


RENAME_BATCH = 24  # customers a transaction: 24 × (2 tag items, the customer, 1 entry) + 2 counters


def rename(
    old: str,
    new: str | None,
    members: list[CustomerTag],
    also: Callable[[CustomerTag], list[dict[str, Any]]],
) -> None:
    """Move the tags `members` (as `members` read them) of tag `old` to tag `new` (None: only remove them), keeping who
    tagged and when, RENAME_BATCH customers a transaction: for each, what `change` writes and
    `also(member)` (at most one operation: their timeline entry), and the two tags' counters
    once for all of them. Each customer's part is guarded as in `change`; a cancelled batch is
    read again and redone. Customers gone or no longer tagged `old` are skipped."""
    for start in range(0, len(members), RENAME_BATCH):
        chunk = members[start : start + RENAME_BATCH]
        keys = [{"user_id": m.user_id} for m in chunk]
        for _ in range(ATTEMPTS):
            found = batch_get_all(get_settings().customers_table, keys, ConsistentRead=True)
            customers = {c["user_id"]: c for c in found}
            operations: list[dict[str, Any]] = []
            counts: Counter[tuple[str, str]] = Counter()
            for member in chunk:
                customer = customers.get(member.user_id)
                if customer is None:
                    continue
                tagged = (member.tagged_by, member.tagged_at)
                steps, moved = _steps(customer, old, new, tagged)
                if steps:
                    operations += [*steps, *also(member)]
                    counts.update(moved)
            if not operations or _transact([*operations, *_counter_updates(counts)]):
                break
        else:
            raise KeptChanging("customers kept changing while a tag was renamed")


def tag(tag_name: str, user_id: str, actor: str, at_iso: str) -> bool:
    """Put a tag on a known customer (tagging twice keeps the first); False: no such customer."""
    return change(user_id, add=tag_name, tagged=(actor, at_iso)) != GONE


def untag(tag_name: str, user_id: str) -> bool:
    """Remove a tag; False when the customer did not have it."""
    return change(user_id, remove=tag_name) == CHANGED


def copy_operations(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    """The writes that keep a customer's tag items and counters right when the customer goes from
    `before` (as read) to `after`: none unless friendship or registration changed. To be committed
    in one transaction with the customer's write, conditioned on `tags_version` as read."""
    old, new = _copies(before), _copies(after)
    tags = sorted(before.get("tags") or ())
    if old == new or not tags:
        return []
    update, values, names = "SET registered = :r", {":r": new["registered"]}, {}
    if new["friendship"] is None:
        update += " REMOVE friendship"
    else:
        update, values = update + ", friendship = :f", {**values, ":f": new["friendship"]}
    moved = int(new["friendship"] == FOLLOWING) - int(old["friendship"] == FOLLOWING)
    operations = []
    for tag_name in tags:
        operations.append(
            {
                "Update": {
                    "TableName": get_settings().customer_tags_table,
                    "Key": {"tag": tag_name, "user_id": before["user_id"]},
                    "UpdateExpression": update,
                    "ConditionExpression": "attribute_exists(user_id)",
                    "ExpressionAttributeValues": values,
                    **({"ExpressionAttributeNames": names} if names else {}),
                }
            }
        )
        if moved:
            operations.append(_counter_update(tag_name, 0, moved))
    return operations


def following_query(tag_name: str) -> dict[str, Any]:
    """The Query of the tag's partition whose items are the tagged customers who follow."""
    from boto3.dynamodb.conditions import Attr, Key

    return {
        "KeyConditionExpression": Key("tag").eq(tag_name),
        "FilterExpression": Attr("friendship").eq(FOLLOWING),
        "ProjectionExpression": "user_id",
    }


def following_ids(tag_name: str) -> list[str]:
    """The tagged customers who follow the account: one Query of the tag's partition, paged."""
    return [i["user_id"] for i in query_all(_table(), **following_query(tag_name))]


def reach(tag_name: str) -> int:
    """How many tagged customers follow the account (the tag's counter: one read)."""
    item = table("member_counts_table").get_item(Key={"key": counter_key(tag_name)}).get("Item") or {}
    return int(item.get("following", 0))


def user_ids_with(tag_name: str) -> list[str]:
    from boto3.dynamodb.conditions import Key

    items = query_all(
        _table(), KeyConditionExpression=Key("tag").eq(tag_name), ProjectionExpression="user_id"
    )
    return [i["user_id"] for i in items]


def members(tag_name: str) -> list[CustomerTag]:
    """Every customer carrying a tag, as `CustomerTag` records (one Query of its partition, paged)."""
    from boto3.dynamodb.conditions import Key

    return [from_item(i) for i in query_all(_table(), KeyConditionExpression=Key("tag").eq(tag_name))]


def catalogue() -> dict[str, int]:
    """Every tag in use and how many customers carry it: {tag: count}, from the tags' counters (one
    Scan of the small member_counts table, not of the tag items)."""
    from boto3.dynamodb.conditions import Attr

    items = query_all(
        table("member_counts_table"),
        scan=True,
        FilterExpression=Attr("key").begins_with("tag#") & Attr("members").gt(0),
        ProjectionExpression="#k, members",
        ExpressionAttributeNames={"#k": "key"},
    )
    return dict(sorted((i["key"].removeprefix("tag#"), int(i["members"])) for i in items))


def tags_of(user_id: str) -> list[str]:
    """A customer's tags, from the customer item (kept in the same transactions as the tag items)."""
    customer = _read_customer(user_id)
    return sorted((customer or {}).get("tags") or ())


def delete_all_for(user_id: str) -> int:
    """Remove every tag of a customer (退会), each with its counters. Returns how many were removed."""
    customer = _read_customer(user_id)
    removed = 0
    for tag_name in sorted((customer or {}).get("tags") or ()):
        removed += int(untag(tag_name, user_id))
    return removed
