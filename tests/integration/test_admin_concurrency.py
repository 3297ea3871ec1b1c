"""The overlap rule holds under concurrency (SPEC §4): against moto's server, so that the requests
really interleave, 20 threads each call the real handler to create an overlapping group at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from linecrm.dal.dynamo import table
from tests.integration.admin_support import call, group, token_mode

RACERS = 20


@pytest.fixture(autouse=True)
def _api(moto_server, monkeypatch):
    token_mode(monkeypatch)


def race(bodies: list[dict]) -> list[tuple[int, dict]]:
    start = threading.Barrier(len(bodies))

    def one(body):
        start.wait()
        return call("POST", "/api/groups", body)

    with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        return list(pool.map(one, bodies))


def stored_groups() -> list[dict]:
    return [
        g for g in table("groups_table").scan(ConsistentRead=True)["Items"] if g["group_id"] != "__catalog__"
    ]


def test_of_20_concurrent_overlapping_creates_exactly_one_succeeds_and_the_others_get_409():
    bodies = [group(f"男性 {20 + i}〜{40 + i}歳", "male", 20 + i, 40 + i) for i in range(RACERS)]
    results = race(bodies)

    statuses = sorted(status for status, _ in results)
    assert statuses == [201] + [409] * (RACERS - 1), results
    (winner,) = [body for status, body in results if status == 201]
    assert {body["conflicting_group"]["group_id"] for status, body in results if status == 409} == {
        winner["group_id"]
    }
    assert [g["group_id"] for g in stored_groups()] == [winner["group_id"]]


def test_even_when_all_20_read_the_empty_catalog_before_any_writes_only_one_create_commits(monkeypatch):
    """The worst interleaving, forced: every racer passes the overlap check on the same snapshot
    before anyone commits. Only the catalog version in the transaction can stop the others."""
    from linecrm.dal import groups as groups_dal

    everyone_has_read = threading.Barrier(RACERS, timeout=30)
    first_read = threading.local()
    original = groups_dal.snapshot

    def snapshot_then_wait():
        seen = original()
        if not getattr(first_read, "done", False):
            first_read.done = True
            everyone_has_read.wait()
        return seen

    monkeypatch.setattr(groups_dal, "snapshot", snapshot_then_wait)
    bodies = [group(f"全員 {30 + i}〜{60 + i}歳", "any", 30 + i, 60 + i) for i in range(RACERS)]
    results = race(bodies)

    assert sorted(status for status, _ in results) == [201] + [409] * (RACERS - 1), results
    assert len(stored_groups()) == 1


def test_concurrent_creates_that_do_not_overlap_all_succeed():
    bodies = [group(f"男性 {i * 10}〜{i * 10 + 9}歳", "male", i * 10, i * 10 + 9) for i in range(8)]
    results = race(bodies)

    assert [status for status, _ in results] == [201] * len(bodies), [b for s, b in results if s != 201]
    assert len(stored_groups()) == len(bodies)


def test_two_edits_racing_into_each_others_range_cannot_both_pass():
    _, young = call("POST", "/api/groups", group("男性 20〜29歳", "male", 20, 29))
    _, old = call("POST", "/api/groups", group("男性 40〜49歳", "male", 40, 49))
    start = threading.Barrier(2)

    def edit(group_id, body):
        start.wait()
        return call("PUT", f"/api/groups/{group_id}", body)

    with ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(edit, young["group_id"], group("男性 30〜37歳", "male", 30, 37))
        second = pool.submit(edit, old["group_id"], group("男性 35〜49歳", "male", 35, 49))
        statuses = sorted([first.result()[0], second.result()[0]])

    assert statuses == [200, 409]
    ranges = sorted((int(g["age_min"]), int(g["age_max"])) for g in stored_groups())
    assert ranges[0][1] < ranges[1][0]  # whatever won, the stored groups do not overlap
