"""Items as dal reads them: `Customer`, `TimelineEntry`, `CustomerTag` and `Counters` records of
plain values, no Decimal (no AWS)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from linecrm.dal import customers
from linecrm.domain.customers import Customer

ITEM = {
    "user_id": "U1",
    "state": "registered",
    "gender": "female",
    "age": Decimal(33),
    "age_declared_on": "2026-11-26",
    "birth_date": "1993-11-26",
    "registered": True,
    "display_name": "花子",
    "tags": {"常連", "区分A"},
    "tags_version": Decimal(2),
    "survey": {"q00000001": "ヒレ"},
    "card_points": Decimal(12),
    "card_points#ginza": Decimal(12),
    "card_points#ebisu": Decimal(0),
    "card_rank": "silver",
    "card_reward_due": ["silver"],
    "registered_gender": "female",  # index keys and the counts' attributes stay in the item
    "friendship": "following",
    "counted": "female#1993-11-26",
}


def test_an_item_reads_as_a_record_of_plain_values():
    customer = customers.from_item(ITEM)
    assert customer == Customer(
        user_id="U1",
        state="registered",
        gender="female",
        age=33,
        age_declared_on="2026-11-26",
        birth_date="1993-11-26",
        registered=True,
        display_name="花子",
        tags=("区分A", "常連"),
        tags_version=2,
        survey={"q00000001": "ヒレ"},
        card_points=12,
        card_points_by_store={"ginza": 12},
        card_rank="silver",
        card_reward_due=("silver",),
    )
    assert type(customer.age) is int and customer.blocked is False and customer.unread is False
    assert customer.shown_name == "花子" and customer.age_on(date(2027, 11, 26)) == 34


def test_a_customer_never_asked_reads_with_nothing_declared():
    customer = customers.from_item({"user_id": "U2"})
    assert (customer.state, customer.age, customer.tags_version, customer.age_on(date(2026, 1, 1))) == (
        None,
        None,
        None,
        None,
    )


def test_a_history_item_reads_as_a_timeline_entry_with_its_payload_parsed():
    from linecrm.dal import history
    from linecrm.domain.timeline import TimelineEntry

    item = history.entry(
        "U1", "reply", "ようこそ", payload=[{"type": "text", "text": "ようこそ"}], actor="店長"
    )
    entry = history.from_item(item)
    assert entry == TimelineEntry(
        user_id="U1",
        entry_id=item["entry_id"],
        kind="reply",
        text="ようこそ",
        at=item["at"],
        actor="店長",
        payload_json=item["payload"],
    )
    assert entry.payload == [{"type": "text", "text": "ようこそ"}]
    assert history.from_item({"user_id": "U1", "entry_id": "x#y", "kind": "note"}).payload is None


def test_a_tag_item_reads_as_a_customer_tag_without_the_customers_copies():
    from dataclasses import fields

    from linecrm.dal import customer_tags
    from linecrm.domain.customers import CustomerTag

    item = {
        "tag": "区分A",
        "user_id": "U1",
        "tagged_by": "店長",
        "tagged_at": "2026-11-26T00:00:00Z",
        "friendship": "following",  # the copies for the Query of the tag's followers stay in the item
        "registered": True,
    }
    row = customer_tags.from_item(item)
    assert row == CustomerTag(tag="区分A", user_id="U1", tagged_by="店長", tagged_at="2026-11-26T00:00:00Z")
    assert {f.name for f in fields(row)} == set(item) - {"friendship", "registered"}
    untracked = customer_tags.from_item({"tag": "セミナー経由", "user_id": "U2"})
    assert (untracked.tagged_by, untracked.tagged_at) == (None, None)


def test_a_stats_item_reads_as_counters_of_ints_without_its_key():
    from linecrm.dal import stats
    from linecrm.domain.statistics import Counters

    item = {
        "stat": "month#2026-12",
        "messages": Decimal(40),
        "visits#ginza": Decimal(3),
        "points#ginza": Decimal(0),
    }
    counters = stats.from_item(item)
    assert isinstance(counters, Counters)
    assert counters == {"messages": 40, "visits#ginza": 3, "points#ginza": 0}
    assert all(type(n) is int for n in counters.values()) and "stat" not in counters
    assert counters.get("blocked", 0) == 0 and stats.from_item({"stat": "funnel"}) == {}


def test_counters_are_read_only_and_keep_the_counts_they_were_made_of():
    from linecrm.domain.statistics import Counters

    counts = {"followed": 1}
    counters = Counters(counts)
    counts["followed"] = 2  # the caller's dict changing later does not change the record
    assert counters == {"followed": 1} and counters != {"followed": 2}
    with pytest.raises(TypeError):
        counters.counts["followed"] = 3  # type: ignore[index]
