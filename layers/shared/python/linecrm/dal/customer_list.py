"""Customers for staff: a filtered page of the customers table and an opaque cursor to the next.

A Scan in key order, filtered in Python by `domain.customer_filter` (ages are computed for today,
so they cannot be a stored filter). The cursor is the last user id returned, wrapped in URL-safe
base64 JSON so that clients treat it as opaque; DynamoDB resumes a Scan after any key.
"""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from linecrm.dal.dynamo import table
from linecrm.domain.customer_filter import CustomerFilter

SCAN_PAGE = 500


class BadCursor(ValueError):
    pass


def encode_cursor(user_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": user_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> str:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        after = str(json.loads(base64.urlsafe_b64decode(padded.encode()))["after"])
        if not after:  # DynamoDB refuses an empty key
            raise ValueError(after)
        return after
    except (ValueError, KeyError, TypeError) as error:
        raise BadCursor("cursor is not one this API returned") from error


def page(
    criteria: CustomerFilter, today: date, limit: int, cursor: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Up to `limit` matching customers after `cursor`, and the cursor of the next page (None: end)."""
    kwargs: dict[str, Any] = {"Limit": SCAN_PAGE}
    if cursor:
        kwargs["ExclusiveStartKey"] = {"user_id": decode_cursor(cursor)}
    found: list[dict[str, Any]] = []
    while True:
        answer = table("customers_table").scan(**kwargs)
        for item in answer.get("Items", []):
            if criteria.matches(item, today):
                found.append(item)
                if len(found) == limit:
                    return found, encode_cursor(item["user_id"])
        if "LastEvaluatedKey" not in answer:
            return found, None
        kwargs["ExclusiveStartKey"] = answer["LastEvaluatedKey"]
