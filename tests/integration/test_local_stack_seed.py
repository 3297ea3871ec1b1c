"""Seed customers look like customers the webhook created (docs/design.md), so groups resolve them."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

from linecrm.dal import customers
from linecrm.dal.customers import index_keys
from linecrm.domain.ages import age_on
from local import seed

NOW = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)


def test_seed_items_are_spread_over_genders_ages_registration_and_blocks():
    items = seed.customer_items(2000, now=NOW)
    registered = [i for i in items if i["registered"]]
    assert Counter(i["gender"] for i in registered).keys() == {"male", "female", "unknown"}
    ages = [i["age"] for i in registered]
    assert min(ages) < 20 and max(ages) >= 50
    assert 0.75 < len(registered) / len(items) < 0.95
    assert 0.03 < sum(i["blocked"] for i in items) / len(items) < 0.15
    assert len({i["user_id"] for i in items}) == len(items)


def test_seed_items_carry_exactly_the_index_keys_the_dal_derives():
    for item in seed.customer_items(500, now=NOW):
        for name, value in index_keys(item).items():
            assert item.get(name) == value
        if item["registered"]:
            declared = date.fromisoformat(item["age_declared_on"])
            assert age_on(date.fromisoformat(item["birth_date"]), declared) == item["age"]
            assert item["state"] == "registered"
        else:
            assert item["state"] in ("awaiting_gender", "awaiting_age") and "registered_gender" not in item


def test_seeded_customers_are_found_by_the_profile_query(aws):
    items = seed.customer_items(300, now=NOW)
    seed.write_customers(items)
    today = NOW.date()
    expected = {
        i["user_id"]
        for i in items
        if i.get("registered_gender") == "female"
        and 20 <= age_on(date.fromisoformat(i["birth_date"]), today) <= 49
    }
    assert expected
    assert set(customers.profile_member_ids("female", 20, 49, today)) == expected
