"""boto3 DynamoDB resources, created lazily (so tests and moto can start first) and cached.

The endpoint follows boto3's own `AWS_ENDPOINT_URL_DYNAMODB`, which the local stack points at
moto's server.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from linecrm.settings import get_settings

BATCH_GET_LIMIT = 100  # keys per BatchGetItem call (DynamoDB's limit)
TRANSACTION_LIMIT = 100  # actions per TransactWriteItems call (DynamoDB's limit)


@lru_cache(maxsize=1)
def resource() -> Any:
    import boto3

    return boto3.resource("dynamodb", config=config())


def config() -> Any:
    """The botocore settings of every DynamoDB client. parameter_validation is off: botocore checks
    every request against the API's model before sending it (7 % of the local stack's CPU for a
    POST of 100 events); DynamoDB checks the same again and answers a ValidationException
    (botocore documents the switch "for performance"). A client's `meta.config` does not carry
    it: a client made from that would validate again."""
    from botocore.config import Config

    return Config(
        retries={"mode": "standard", "max_attempts": 5}, max_pool_connections=64, parameter_validation=False
    )


def client() -> Any:
    return resource().meta.client


def table(attribute: str) -> Any:
    """The Table for a Settings attribute name, e.g. table("customers_table")."""
    return _table(resource(), getattr(get_settings(), attribute))


@lru_cache(maxsize=64)
def _table(resource: Any, name: str) -> Any:
    """Made once per resource and name: building a boto3 Table costs ~2 ms of CPU each time."""
    return resource.Table(name)


def _pages(tbl: Any, kwargs: dict[str, Any], scan: bool = False) -> Iterator[dict[str, Any]]:
    """The answers of a Query (or Scan), following LastEvaluatedKey."""
    call = tbl.scan if scan else tbl.query
    while True:
        page = call(**kwargs)
        yield page
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def query_all(tbl: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
    """Every item of a Query (or Scan when `scan=True`), following LastEvaluatedKey."""
    scan = kwargs.pop("scan", False)
    for page in _pages(tbl, kwargs, scan):
        yield from page.get("Items", [])


def delete_found(tbl: Any, key_names: tuple[str, ...], **kwargs: Any) -> int:
    """Delete every item a Query (or Scan, `scan=True`) finds, 25 per BatchWriteItem; how many."""
    names = {f"#k{i}": name for i, name in enumerate(key_names)}
    kwargs["ProjectionExpression"] = ", ".join(names)
    kwargs["ExpressionAttributeNames"] = {**kwargs.get("ExpressionAttributeNames", {}), **names}
    keys = [{name: item[name] for name in key_names} for item in query_all(tbl, **kwargs)]
    with tbl.batch_writer() as batch:
        for key in keys:
            batch.delete_item(Key=key)
    return len(keys)


def count_all(tbl: Any, **kwargs: Any) -> int:
    """How many items a Query matches (Select=COUNT, every page)."""
    return sum(page["Count"] for page in _pages(tbl, {**kwargs, "Select": "COUNT"}))


def batch_get_chunks(
    table_name: str, keys: list[dict[str, Any]], **options: Any
) -> Iterator[list[dict[str, Any]]]:
    """BatchGetItem of any number of keys: for each run of up to 100 keys, in order, the items
    found (in no particular order; unprocessed keys asked again). A run is read only when the
    caller asks for it; `options` (ConsistentRead, ProjectionExpression…) apply to every call."""
    for start in range(0, len(keys), BATCH_GET_LIMIT):
        found: list[dict[str, Any]] = []
        pending = {table_name: {"Keys": keys[start : start + BATCH_GET_LIMIT], **options}}
        while pending:
            answer = resource().batch_get_item(RequestItems=pending)
            found.extend(answer.get("Responses", {}).get(table_name, []))
            pending = answer.get("UnprocessedKeys") or {}
        yield found


def batch_get_all(table_name: str, keys: list[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    """Every item found by `batch_get_chunks`, in no particular order."""
    return [item for found in batch_get_chunks(table_name, keys, **options) for item in found]


def int_or_none(value: Any) -> int | None:
    """A number as read (a Decimal) as an int; None stays None."""
    return None if value is None else int(value)


def str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


STAMPS = ("created_by", "created_at", "updated_by", "updated_at")  # who made and changed an item, when


def present(record: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The record's attributes `names` that are set, as stored (None is left out, not stored)."""
    return {name: value for name in names if (value := getattr(record, name)) is not None}


def update_expression(updates: dict[str, Any]) -> tuple[str, dict[str, str], dict[str, Any]]:
    """UpdateExpression, ExpressionAttributeNames and ExpressionAttributeValues that SET each
    attribute of `updates` to its value, or REMOVE it when the value is None. Placeholders are
    #a0, #a1… and :u0, :u1… (not ":v…": boto3's condition builder uses those), so a condition
    may add its own other names and values."""
    names, values, sets, removes = {}, {}, [], []
    for i, (name, value) in enumerate(sorted(updates.items())):
        names[f"#a{i}"] = name
        if value is None:
            removes.append(f"#a{i}")
        else:
            values[f":u{i}"] = value
            sets.append(f"#a{i} = :u{i}")
    parts = ([f"SET {', '.join(sets)}"] if sets else []) + (
        [f"REMOVE {', '.join(removes)}"] if removes else []
    )
    return " ".join(parts), names, values


def condition_failed() -> type[Exception]:
    """The error of a write whose ConditionExpression did not hold: `except condition_failed():`."""
    return client().exceptions.ConditionalCheckFailedException


def shard_of(key: str, shards: int) -> int:
    """A stable shard number for `key` (crc32: the same in every process, unlike hash())."""
    import zlib

    return zlib.crc32(key.encode("utf-8")) % shards


def query_shards(tbl: Any, queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every item of several Queries (one per shard of an index), run in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=len(queries)) as pool:
        return [i for items in pool.map(lambda q: list(query_all(tbl, **q)), queries) for i in items]


def reset_caches() -> None:
    """Forget clients and settings (tests that change the environment call this)."""
    resource.cache_clear()
    _table.cache_clear()
    get_settings.cache_clear()


class Cancelled(Exception):
    """A TransactWriteItems was cancelled; `reasons` holds each operation's code ("None" when it
    was not the cause, "ConditionalCheckFailed", "TransactionConflict"…), in order."""

    def __init__(self, reasons: list[str]):
        super().__init__(", ".join(reasons))
        self.reasons = reasons

    @property
    def transient(self) -> bool:
        """Lost to a concurrent transaction or throttled: a retry can get past it (is_transient)."""
        return any(
            r in ("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded")
            for r in self.reasons
        )


def transact(operations: list[dict[str, Any]]) -> None:
    """All the operations or none (TransactWriteItems, ≤ 100 operations); raises Cancelled."""
    try:
        client().transact_write_items(TransactItems=operations)
    except client().exceptions.TransactionCanceledException as error:
        reasons = [r.get("Code") or "None" for r in error.response.get("CancellationReasons", [])]
        raise Cancelled(reasons) from error


# Errors a later attempt can succeed past (throttling, a service hiccup, a table not yet there, a
# lost race): worth LINE's redelivery. Anything else (a value DynamoDB refuses, a bug) is not.
TRANSIENT_CODES = frozenset(
    {
        "ProvisionedThroughputExceededException",
        "ThrottlingException",
        "RequestLimitExceeded",
        "InternalServerError",
        "ServiceUnavailable",
        "TransactionConflictException",
        "TransactionInProgressException",
        "ResourceNotFoundException",
    }
)


def is_transient(error: BaseException) -> bool:
    """Whether `error`, or an error it was raised from, is one a retry can get past."""
    from botocore.exceptions import ClientError, ConnectionError, HTTPClientError

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ClientError):
            return current.response.get("Error", {}).get("Code") in TRANSIENT_CODES
        if isinstance(current, ConnectionError | HTTPClientError) or getattr(current, "transient", False):
            return True
        current = current.__cause__ or current.__context__
    return False
