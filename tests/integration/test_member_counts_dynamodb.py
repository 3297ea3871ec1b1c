"""Member counts against DynamoDB (moto): always equal to the members the by_profile index holds,
whatever the order of customer writes, folds, withdrawals and races between them."""

from __future__ import annotations

import random
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

import pytest

from linecrm.dal import customers
from linecrm.dal import member_counts as dal
from linecrm.domain.groups import ProfileRange
from linecrm.logic import member_counts
from tests.support.customers import customer_item, registered_profile

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
RANGES = [
    ProfileRange("male", 0, 19),
    ProfileRange("male", 20, 49),
    ProfileRange("male", 50, None),
    ProfileRange("female", 20, 29),
    ProfileRange("female", 30, 30),
    ProfileRange("any", 40, 60),
    ProfileRange("any", 0, 120),
]


def members(profile_range: ProfileRange, today: date = TODAY) -> int:
    """The slow, obviously right count: every member id from the by_profile index."""
    return sum(
        1
        for _ in customers.profile_member_ids(
            profile_range.gender, profile_range.age_min, profile_range.age_max, today
        )
    )


def assert_counts_exact(today: date = TODAY) -> None:
    assert member_counts.counts(RANGES, today) == [members(s, today) for s in RANGES]


def profile(gender: str, age: int, declared_on: date = TODAY) -> dict:
    return registered_profile(gender, age, declared_on)


def change(user_id: str, changes: dict) -> None:
    customers.save(user_id, customers.get(user_id), changes, NOW)


def test_counts_stay_exact_through_random_writes_folds_and_withdrawals(aws):
    rng = random.Random(20261126)
    ids = [f"U{i:02d}" for i in range(40)]
    for step in range(160):
        user_id = rng.choice(ids)
        current = customers.get(user_id)
        roll = rng.random()
        if current is None:
            customers.save(
                user_id, None, {"state": "awaiting_gender", "registered": False, "blocked": False}, NOW
            )
        elif roll < 0.3:
            declared = TODAY - timedelta(days=rng.randrange(0, 800))
            change(
                user_id, profile(rng.choice(["male", "female", "unknown"]), rng.randrange(10, 70), declared)
            )
        elif roll < 0.45:
            change(user_id, {"blocked": not current.blocked})
        elif roll < 0.55:
            customers.delete(user_id)
        elif roll < 0.75:
            member_counts.fold(max_customers=rng.randrange(1, 10))  # part of the flagged ones
        if step % 8 == 0:
            assert_counts_exact()
    assert_counts_exact()
    assert_counts_exact(TODAY + timedelta(days=400))  # ages advance: the same counts, a year on
    member_counts.fold()
    assert dal.pending_customers() == []
    assert_counts_exact()
    assert_counts_exact(TODAY + timedelta(days=400))


def test_a_customer_who_changes_between_the_folds_read_and_its_write_is_not_folded(aws):
    customers.save("Ua", None, profile("male", 30), NOW)
    stale = dal.pending_customers()
    change("Ua", profile("female", 30))  # moves while the fold holds its old read
    with pytest.raises(dal.Stale):
        dal.fold(stale)
    assert [c.user_id for c in dal.pending_customers()] == ["Ua"]  # still flagged
    assert_counts_exact()
    assert member_counts.fold() == {"folded": 1, "retries": 0}
    assert_counts_exact()
    assert dal.read(["years#male", "years#female"]) == {"years#female": {"y1996": 1}}


def test_a_fold_never_brings_back_a_customer_deleted_since_its_read(aws):
    customers.save("Ua", None, profile("male", 30), NOW)
    change("Ua", {"blocked": True})  # flagged, counted nowhere and belonging nowhere
    stale = dal.pending_customers()
    assert [(c.counted, c.bucket) for c in stale] == [(None, None)]
    customers.delete("Ua")
    with pytest.raises(dal.Stale):
        dal.fold(stale)
    assert customers.get_item("Ua") is None


def test_a_save_racing_with_a_fold_keeps_its_flag(aws):
    """The fold clears the flag of the bucket it read; a later move flags the customer again."""
    customers.save("Ua", None, profile("male", 30), NOW)
    member_counts.fold()
    assert dal.pending_customers() == []
    change("Ua", {"blocked": True})
    assert [c.user_id for c in dal.pending_customers()] == ["Ua"]
    assert member_counts.counts([ProfileRange("male", 30, 30)], TODAY) == [0]
    change("Ua", {"blocked": False})  # back where the counts have them: flagged, no difference
    assert member_counts.counts([ProfileRange("male", 30, 30)], TODAY) == [1]
    member_counts.fold()
    assert dal.read(["years#male"]) == {"years#male": {"y1996": 1}}


def test_withdrawal_takes_a_counted_customer_out_of_the_counts_in_the_same_write(aws):
    customers.save("Ua", None, profile("female", 25), NOW)
    customers.save("Ub", None, profile("female", 25), NOW)
    member_counts.fold()
    customers.delete("Ua")
    assert customers.get("Ua") is None
    assert member_counts.counts([ProfileRange("female", 25, 25)], TODAY) == [1]
    assert dal.read(["years#female"]) == {"years#female": {"y2001": 1}}


def test_a_stale_withdrawal_is_refused_and_retried_on_a_fresh_read(aws, monkeypatch):
    customers.save("Ua", None, profile("female", 25), NOW)
    stale = customers.get_item("Ua")
    member_counts.fold()  # `counted` changed since `stale` was read
    with pytest.raises(dal.Stale):
        dal.delete_customer(dal.from_item(stale), None)
    assert customers.get("Ua") is not None
    customers.delete("Ua")  # reads again
    assert dal.read(["years#female"]) == {"years#female": {"y2001": 0}}
    assert_counts_exact()


def test_a_fold_between_the_readers_reads_makes_it_read_again(aws, monkeypatch):
    for i in range(5):
        customers.save(f"U{i}", None, profile("male", 30 + i), NOW)
    reads, read = [], dal.read

    def read_then_fold(keys):
        reads.append(list(keys))
        if len(reads) == 1:
            member_counts.fold()  # commits after the flags were read, before the counts are
        return read(keys)

    monkeypatch.setattr(dal, "read", read_then_fold)
    assert member_counts.counts([ProfileRange("male", 30, 34)], TODAY) == [5]  # not 10
    assert len(reads) > 2  # the first attempt was thrown away


def test_load_marks_seeded_customers_counted_and_adds_them_up(aws):
    items = [
        customer_item(f"U{i}", gender=("male", "female")[i % 2], age=20 + i, declared_on=TODAY)
        for i in range(10)
    ] + [customer_item("Ux", gender=None, age=None, declared_on=TODAY, registered=False)]
    loaded = member_counts.load(items)
    assert all("recount" not in i for i in loaded)
    assert sum("counted" in i for i in loaded) == 10
    for item in loaded:
        customers._table().put_item(Item=item)
    assert dal.pending_customers() == []
    assert_counts_exact()
    assert member_counts.load([]) == []


def test_two_folds_at_once_count_everyone_once(moto_server):
    for i in range(60):
        customers.save(f"U{i:02d}", None, profile(("male", "female", "unknown")[i % 3], 15 + i), NOW)
    start = threading.Barrier(3)

    def fold():
        start.wait()
        return member_counts.fold(sleep=lambda s: None)

    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda _: fold(), range(3)))
    assert sum(r["folded"] for r in results) >= 60
    member_counts.fold()
    assert dal.pending_customers() == []
    assert_counts_exact()
    totals = dal.read(["years#male", "years#female", "years#unknown"])
    assert sum(sum(v.values()) for v in totals.values()) == 60


def test_folds_racing_with_customer_writes_leave_exact_counts(moto_server):
    rng = random.Random(5)
    for i in range(30):
        customers.save(f"U{i:02d}", None, profile("male", 20 + i), NOW)
    stop = threading.Event()

    def folder():
        while not stop.is_set():
            member_counts.fold(sleep=lambda s: None)

    def writer(seed: int):
        r = random.Random(seed)
        for _ in range(40):
            user_id = f"U{r.randrange(30):02d}"
            try:
                current = customers.get(user_id)
                if r.random() < 0.5:
                    customers.save(user_id, current, {"blocked": not current.blocked}, NOW)
                else:
                    customers.save(
                        user_id, current, profile(r.choice(["male", "female"]), r.randrange(10, 60)), NOW
                    )
            except customers.Conflict:
                pass  # another writer got there first: the webhook would read again

    with ThreadPoolExecutor(4) as pool:
        folders = [pool.submit(folder), pool.submit(folder)]
        for f in [pool.submit(writer, rng.randrange(1000)) for _ in range(2)]:
            f.result()
        stop.set()
        for f in folders:
            f.result()
    assert_counts_exact()
    member_counts.fold()
    assert dal.pending_customers() == []
    assert_counts_exact()


def test_the_dispatcher_run_folds(aws, line_emulator):
    from functions.dispatcher.handler import handler
    from local.apigw import LambdaContext

    for i in range(3):
        customers.save(f"U{i}", None, profile("female", 40), NOW)
    summary = handler({}, LambdaContext("dispatcher"))
    assert summary["member_counts"] == {"folded": 3, "retries": 0}
    assert dal.pending_customers() == []
    assert dal.read(["years#female"]) == {"years#female": {"y1986": 3}}


def test_a_fold_stops_at_its_budget_and_the_next_one_goes_on(aws):
    for i in range(40):
        customers.save(f"U{i:02d}", None, profile("male", 20 + i), NOW)
    assert member_counts.fold(max_customers=10) == {"folded": 10, "retries": 0}
    assert len(dal.pending_customers()) == 30
    assert member_counts.fold(max_seconds=0) == {"folded": 0, "retries": 0}
    assert_counts_exact()
    assert member_counts.fold() == {"folded": 30, "retries": 0}
    assert_counts_exact()
