"""boto3 DynamoDB resources, created lazily (so tests and moto can start first) and cached.

The endpoint follows boto3's own `AWS_ENDPOINT_URL_DYNAMODB`, which the local stack points at
moto's server.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from linecrm.settings import get_settings


@lru_cache(maxsize=1)
def resource() -> Any:
    import boto3
    from botocore.config import Config

    return boto3.resource(
        "dynamodb", config=Config(retries={"mode": "standard", "max_attempts": 5}, max_pool_connections=64)
    )


def client() -> Any:
    return resource().meta.client


def table(attribute: str) -> Any:
    """The Table for a Settings attribute name, e.g. table("customers_table")."""
    return resource().Table(getattr(get_settings(), attribute))


def query_all(tbl: Any, **kwargs: Any):
    """Every item of a Query (or Scan when `scan=True`), following LastEvaluatedKey."""
    scan = kwargs.pop("scan", False)
    call = tbl.scan if scan else tbl.query
    while True:
        page = call(**kwargs)
        yield from page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            return
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def batch_get_all(table_name: str, keys: list[dict[str, Any]], **options: Any) -> list[dict[str, Any]]:
    """BatchGetItem of any number of keys (100 per call, unprocessed keys asked again), in no
    particular order; `options` (ConsistentRead, ProjectionExpression…) apply to every call."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(keys), 100):
        pending = {table_name: {"Keys": keys[start : start + 100], **options}}
        while pending:
            answer = resource().batch_get_item(RequestItems=pending)
            found.extend(answer.get("Responses", {}).get(table_name, []))
            pending = answer.get("UnprocessedKeys") or {}
    return found


def count_all(tbl: Any, **kwargs: Any) -> int:
    kwargs["Select"] = "COUNT"
    total = 0
    while True:
        page = tbl.query(**kwargs)
        total += page["Count"]
        if "LastEvaluatedKey" not in page:
            return total
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def reset_caches() -> None:
    """Forget clients and settings (tests that change the environment call this)."""
    resource.cache_clear()
    get_settings.cache_clear()
