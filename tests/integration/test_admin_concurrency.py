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


def test_concurrent_creates_that_do_not_overlap_all_succeed():
    bodies = [group(f"男性 {i * 10}〜{i * 10 + 9}歳", "male", i * 10, i * 10 + 9) for i in range(8)]
    results = race(bodies)

    assert [status for status, _ in results] == [201] * len(bodies), results
    assert len(stored_groups()) == len(bodies)
