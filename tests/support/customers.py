"""Customer items as the webhook writes them, for seeding tests and benchmarks."""

from __future__ import annotations

from datetime import date
from typing import Any

from linecrm.dal import customers
from linecrm.domain.ages import nominal_birth_date


def registered_profile(gender: str | None, age: int, declared_on: date) -> dict[str, Any]:
    """The fields the webhook sets when a customer finishes registering (docs/design.md)."""
    return {
        "state": "registered",
        "registered": True,
        "gender": gender,
        "age": age,
        "age_declared_on": declared_on.isoformat(),
        "birth_date": nominal_birth_date(age, declared_on).isoformat(),
    }


def customer_item(
    user_id: str,
    *,
    gender: str | None,
    age: int | None,
    declared_on: date,
    registered: bool = True,
    blocked: bool = False,
    display_name: str | None = None,
) -> dict[str, Any]:
    """A customer item as the webhook writes it (docs/design.md), index keys included (and flagged
    for the member counts, as a new customer is); one not registered is still at the gender
    question (and has no gender or age)."""
    item: dict[str, Any] = {
        "user_id": user_id,
        "display_name": display_name or user_id,
        "registered": registered,
        "blocked": blocked,
    }
    if registered:
        item |= registered_profile(gender, age, declared_on)
    else:
        item["state"] = "awaiting_gender"
    item |= {k: v for k, v in customers.new_item_keys(item).items() if v is not None}
    return item
