"""Customers for staff: a filtered page of the customers table and an opaque cursor to the next.

Without a tag: a Scan whose FilterExpression carries the criteria (an age range today is a range of
birth dates), so only matching customers travel; the pages go on until the page is full. With a
tag: the tag's customers, in user id order, read by BatchGetItem. Either way every customer is also
checked by `domain.customer_filter` itself. The cursor is the last user id returned, wrapped in
URL-safe base64 JSON so that clients treat it as opaque; DynamoDB resumes a Scan after any key.
"""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from linecrm.dal.customers import from_item
from linecrm.dal.dynamo import batch_get_chunks, query_all, table
from linecrm.domain.ages import birth_date_range
from linecrm.domain.customer_filter import CustomerFilter
from linecrm.domain.customer_record import search_terms
from linecrm.domain.customers import Customer
from linecrm.settings import get_settings

SCAN_PAGE = 1000  # customers evaluated per Scan call when a filter leaves only some of them


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


def _condition(criteria: CustomerFilter, today: date) -> Any:
    """The criteria as a DynamoDB FilterExpression (None: no criteria)."""
    from boto3.dynamodb.conditions import Attr

    parts = []
    if criteria.gender not in (None, "any"):
        parts.append(Attr("gender").eq(criteria.gender))
    for name in ("blocked", "registered", "unread"):
        wanted = getattr(criteria, name)
        if wanted is True:
            parts.append(Attr(name).eq(True))
        elif wanted is False:
            parts.append(Attr(name).not_exists() | Attr(name).eq(False))
    if criteria.name:
        parts.append(Attr("display_name").contains(criteria.name))
    if criteria.survey:
        question_id, choice = criteria.survey
        parts.append(Attr(f"survey.{question_id}").eq(choice))  # a map path: ids are q + hex
    if criteria.age_min is not None or criteria.age_max is not None:
        earliest, latest = birth_date_range(criteria.age_min or 0, criteria.age_max, today)
        parts.append(Attr("birth_date").between(earliest.isoformat(), latest.isoformat()))
    if criteria.text:
        text, kana, number = search_terms(criteria.text)
        found = Attr("name").contains(text) | Attr("display_name").contains(text)
        found |= Attr("name_kana").contains(kana)
        if number:
            found |= Attr("phone_digits").contains(number)
        parts.append(found)
    condition = None
    for part in parts:
        condition = part if condition is None else condition & part
    return condition


def _scan(criteria: CustomerFilter, today: date, limit: int, after: str | None):
    condition = _condition(criteria, today)
    kwargs: dict[str, Any] = {"Limit": limit if condition is None else max(limit, SCAN_PAGE)}
    if condition is not None:
        kwargs["FilterExpression"] = condition
    if after:
        kwargs["ExclusiveStartKey"] = {"user_id": after}
    yield from query_all(table("customers_table"), scan=True, **kwargs)


def _by_id(user_ids: list[str], after: str | None):
    """The customers with these ids (in id order, those after `after`), 100 per BatchGetItem."""
    wanted = [{"user_id": i} for i in sorted(user_ids) if after is None or i > after]
    for found in batch_get_chunks(get_settings().customers_table, wanted):
        # each run holds consecutive ids of `wanted`, so sorting a run keeps the whole in id order
        yield from sorted(found, key=lambda item: item["user_id"])


def page(
    criteria: CustomerFilter, today: date, limit: int, cursor: str | None = None
) -> tuple[list[Customer], str | None]:
    """Up to `limit` matching customers after `cursor`, and the cursor of the next page (None: end)."""
    after = decode_cursor(cursor) if cursor else None
    if criteria.impossible:
        return [], None
    if criteria.user_ids is not None:
        candidates = _by_id(list(criteria.user_ids), after)
    else:
        candidates = _scan(criteria, today, limit, after)
    found: list[Customer] = []
    for customer in map(from_item, candidates):
        if criteria.matches(customer, today):
            found.append(customer)
            if len(found) == limit:
                return found, encode_cursor(customer.user_id)
    return found, None
