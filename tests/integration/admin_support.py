"""Stored customers and dates for the staff API's integration tests (the handler itself is driven
with tests.support.admin_api)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from linecrm.dal.dynamo import table
from tests.support.customers import customer_item


def put_customer(
    user_id: str,
    gender: str = "male",
    age: int | None = 30,
    *,
    declared_on: date,
    registered: bool = True,
    blocked: bool = False,
) -> dict[str, Any]:
    """A customer item as the webhook writes it (docs/design.md), index keys included, stored."""
    item = customer_item(
        user_id, gender=gender, age=age, declared_on=declared_on, registered=registered, blocked=blocked
    )
    table("customers_table").put_item(Item=item)
    return item


def a_year_before(day: date) -> date:
    return day - timedelta(days=366)
