"""An in-process stand-in for ONE DynamoDB read, used only by bench/dispatch_1m.py: the Query of
the customers' `by_profile` index. Named as such because it is not DynamoDB.

moto holds 1,000,000 customers, but every 1 MB page of its Query rescans and sorts the whole
table (docs/benchmarks.md), some 400 pages × 1,000,000 items here: hours. This stand-in keeps
each gender's index entries sorted by (birth_date, user_id) and answers the Queries the
dispatcher makes (`gender = :g AND birth_date BETWEEN :a AND :b`, ProjectionExpression, Limit,
ExclusiveStartKey) as DynamoDB does: pages of at most 1 MB counted by the size of the items
read (the index projects ALL attributes, so a page holds 1 MB of whole customer items), a
LastEvaluatedKey holding the index and table keys. Everything else (groups, messages,
deliveries, receipts) is moto.
"""

from __future__ import annotations

import bisect
from typing import Any

PAGE_BYTES = 1024 * 1024


def item_size(item: dict[str, Any]) -> int:
    """DynamoDB's item size: attribute names plus values (strings in UTF-8, numbers ~ their digits,
    booleans 1 byte)."""
    size = 0
    for name, value in item.items():
        size += len(name.encode())
        if isinstance(value, str):
            size += len(value.encode())
        elif isinstance(value, bool):
            size += 1
        else:
            size += len(str(value)) // 2 + 1
    return size


class ProfileIndexStandIn:
    def __init__(self, entries: list[tuple[str, str, str]], entry_bytes: int) -> None:
        """`entries`: (gender, birth_date, user_id) of every indexed customer; `entry_bytes`: the
        size of one customer item (what a page of an ALL-projected index is counted in)."""
        self.by_profile: dict[str, list[tuple[str, str]]] = {}
        for gender, birth, user_id in entries:
            self.by_profile.setdefault(gender, []).append((birth, user_id))
        for rows in self.by_profile.values():
            rows.sort()
        self.per_page = max(1, PAGE_BYTES // entry_bytes)
        self.queries = 0

    def query(self, **kwargs: Any) -> dict[str, Any]:
        if kwargs.get("IndexName") != "by_profile":
            raise NotImplementedError("the stand-in answers the by_profile Query only")
        self.queries += 1
        equals, between = kwargs["KeyConditionExpression"].get_expression()["values"]
        gender = equals.get_expression()["values"][1]
        _, low, high = between.get_expression()["values"]
        rows = self.by_profile.get(gender, [])
        start = kwargs.get("ExclusiveStartKey")
        first = (
            bisect.bisect_right(rows, (start["birth_date"], start["user_id"]))
            if start
            else bisect.bisect_left(rows, (low, ""))
        )
        limit = min(self.per_page, kwargs.get("Limit") or self.per_page)
        end = bisect.bisect_right(rows, (high, "\uffff"))
        page = rows[first : min(end, first + limit)]
        answer: dict[str, Any] = {"Items": [{"user_id": u} for _, u in page], "Count": len(page)}
        if first + limit < end and page:
            birth, user_id = page[-1]
            answer["LastEvaluatedKey"] = {
                "registered_gender": gender,
                "birth_date": birth,
                "user_id": user_id,
            }
        return answer
