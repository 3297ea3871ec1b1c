"""Member counts table (PK `key`), and the customers' side of it.

Items: "years#<gender>" {"y1990": n, …}; "days#<gender>#<year>" {"d0503": n, …}; "__epoch__"
{"epoch": n}. A customer item carries `counted` (the bucket the counts include it in,
"male#1990-05-03", absent: none) and `recount` = "pending" (sparse index `by_recount`) from the
write that changed its bucket until a fold brings the counts up to date. A customer reads as a
`CustomerBuckets` record (`from_item`); the items stay in dal.

Every change to the counts is one TransactWriteItems with the customer writes it accounts for, each
conditioned on the customer being as read, plus a bump of `__epoch__` (linecrm.logic.member_counts
reads the epoch before and after its reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linecrm.dal.dynamo import TRANSACTION_LIMIT, batch_get_all, client, query_all, table
from linecrm.domain.member_counts import Changes, CustomerBuckets, bucket_of, bucket_text, parse_bucket
from linecrm.settings import get_settings

EPOCH_KEY = "__epoch__"
PENDING = "pending"


class Stale(Exception):
    """A customer changed (or the counts moved on) between the read and the transaction."""


def _counts_name() -> str:
    return get_settings().member_counts_table


def _customers_name() -> str:
    return get_settings().customers_table


def epoch() -> int:
    item = table("member_counts_table").get_item(Key={"key": EPOCH_KEY}, ConsistentRead=True).get("Item")
    return int(item["epoch"]) if item else 0


def read(keys: Iterable[str]) -> dict[str, dict[str, int]]:
    """{key: {attribute: n}} of the counts items that exist among `keys`."""
    items = batch_get_all(_counts_name(), [{"key": k} for k in sorted(set(keys))], ConsistentRead=True)
    return {i.pop("key"): {a: int(n) for a, n in i.items()} for i in items}


def from_item(item: dict[str, Any]) -> CustomerBuckets:
    """The record of a customer item: its `counted` bucket and the one its index keys put it in."""
    return CustomerBuckets(
        user_id=str(item["user_id"]), counted=parse_bucket(item.get("counted")), bucket=bucket_of(item)
    )


def pending_customers(limit: int | None = None) -> list[CustomerBuckets]:
    """The customers flagged `recount`, as they are now (consistent read of the base items: the
    index may lag)."""
    from boto3.dynamodb.conditions import Key

    ids = []
    for item in query_all(
        table("customers_table"),
        IndexName="by_recount",
        KeyConditionExpression=Key("recount").eq(PENDING),
        ProjectionExpression="user_id",
        **({"Limit": limit} if limit else {}),
    ):
        ids.append(item["user_id"])
        if limit and len(ids) >= limit:
            break
    items = batch_get_all(
        _customers_name(),
        [{"user_id": i} for i in ids],
        ConsistentRead=True,
        ProjectionExpression="user_id, #s, birth_date, counted",
        ExpressionAttributeNames={"#s": "registered_gender"},
    )
    return [from_item(item) for item in items]


def _epoch_bump() -> dict[str, Any]:
    return {
        "Key": {"key": EPOCH_KEY},
        "UpdateExpression": "ADD epoch :one",
        "ExpressionAttributeValues": {":one": 1},
    }


def _changes_operations(changes: Changes) -> list[dict[str, Any]]:
    operations = [{"Update": {"TableName": _counts_name(), **_epoch_bump()}}]
    for key, additions in changes.items():
        names = {f"#a{i}": a for i, a in enumerate(additions)}
        values = {f":n{i}": n for i, n in enumerate(additions.values())}
        operations.append(
            {
                "Update": {
                    "TableName": _counts_name(),
                    "Key": {"key": key},
                    "UpdateExpression": "ADD " + ", ".join(f"#a{i} :n{i}" for i in range(len(additions))),
                    "ExpressionAttributeNames": names,
                    "ExpressionAttributeValues": values,
                }
            }
        )
    return operations


def _as_read(customer: CustomerBuckets) -> tuple[str, dict[str, str], dict[str, Any]]:
    """A condition that holds only while the customer's bucket and `counted` are as read."""
    parts, names, values = ["attribute_exists(user_id)"], {"#s": "registered_gender"}, {}
    if customer.bucket is None:
        parts.append("attribute_not_exists(#s)")
    else:
        parts.append("#s = :gender AND birth_date = :birth")
        values |= {":gender": customer.bucket[0], ":birth": customer.bucket[1]}
    if customer.counted is None:
        parts.append("attribute_not_exists(counted)")
    else:
        parts.append("counted = :counted")
        values[":counted"] = bucket_text(customer.counted)
    return " AND ".join(parts), names, values


def _commit(customer_operations: list[dict[str, Any]], changes: Changes) -> None:
    operations = customer_operations + _changes_operations(changes)
    if len(operations) > TRANSACTION_LIMIT:
        raise ValueError(f"{len(operations)} writes in one transaction (at most {TRANSACTION_LIMIT})")
    try:
        client().transact_write_items(TransactItems=operations)
    except client().exceptions.TransactionCanceledException as error:
        raise Stale from error


def fold(customers: list[CustomerBuckets]) -> None:
    """Bring the counts up to date with these customers (as read by `pending_customers`): move each
    from its `counted` bucket to its current one and clear its flag, all or nothing."""
    changes, operations = Changes(), []
    for customer in customers:
        changes.move(customer.counted, customer.bucket)
        condition, names, values = _as_read(customer)
        update = "SET counted = :now REMOVE recount" if customer.bucket else "REMOVE counted, recount"
        if customer.bucket:
            values = {**values, ":now": bucket_text(customer.bucket)}
        operations.append(
            {
                "Update": {
                    "TableName": _customers_name(),
                    "Key": {"user_id": customer.user_id},
                    "UpdateExpression": update,
                    "ConditionExpression": condition,
                    "ExpressionAttributeNames": names,
                    **({"ExpressionAttributeValues": values} if values else {}),
                }
            }
        )
    _commit(operations, changes)


def delete_customer(customer: CustomerBuckets, tags_version: int | None) -> None:
    """Delete a customer read as `customer`; one who is in the counts leaves them in the same
    transaction. Also on condition that their tags are as read (`tags_version`): a tag added
    meanwhile cancels the deletion instead of outliving the customer (dal.customers.delete)."""
    condition, names, values = _as_read(customer)
    names["#tv"] = "tags_version"
    if tags_version is None:
        condition += " AND attribute_not_exists(#tv)"
    else:
        condition, values = condition + " AND #tv = :tv", {**values, ":tv": tags_version}
    delete = {
        "Key": {"user_id": customer.user_id},
        "ConditionExpression": condition,
        "ExpressionAttributeNames": names,
        **({"ExpressionAttributeValues": values} if values else {}),
    }
    if customer.counted is None:  # nothing to take out of the counts: a plain conditional delete
        try:
            table("customers_table").delete_item(**delete)
        except client().exceptions.ConditionalCheckFailedException as error:
            raise Stale from error
        return
    changes = Changes()
    changes.add(customer.counted, -1)
    _commit([{"Delete": {"TableName": _customers_name(), **delete}}], changes)


def add(changes: Changes) -> None:
    """Add to the counts outside any transaction, read-add-put (one UpdateItem with hundreds of ADDs
    is slow in moto): bulk loads only, while nothing else writes (logic.member_counts.load)."""
    additions = dict(changes.items())
    current = read(additions)
    with table("member_counts_table").batch_writer() as batch:
        for key, added in additions.items():
            merged = dict(current.get(key, {}))
            for attribute, n in added.items():
                merged[attribute] = merged.get(attribute, 0) + n
            batch.put_item(Item={"key": key, **merged})
    table("member_counts_table").update_item(**_epoch_bump())
