"""The overlap rule holds under concurrency: 20 concurrent Lambda invocations (each in its
own process, tests.support.lambda_pool) call the real handler against moto's server at once."""

from __future__ import annotations

import pytest

from linecrm.dal.dynamo import table
from tests.support.admin_api import call, group

RACERS = 20


pytestmark = [
    pytest.mark.usefixtures("moto_server", "admin_token_mode"),
    pytest.mark.xdist_group("lambda_pool"),  # one worker starts the shared pool
]


def creates(bodies: list[dict]) -> list[tuple]:
    return [("POST", "/api/groups", body) for body in bodies]


def stored_groups() -> list[dict]:
    return [
        g for g in table("groups_table").scan(ConsistentRead=True)["Items"] if g["group_id"] != "__catalog__"
    ]


def test_of_20_concurrent_overlapping_creates_exactly_one_succeeds_and_the_others_get_409(lambdas):
    bodies = [group(f"男性 {20 + i}〜{40 + i}歳", "male", 20 + i, 40 + i) for i in range(RACERS)]
    results = lambdas.race(creates(bodies))

    statuses = sorted(status for status, _ in results)
    assert statuses == [201] + [409] * (RACERS - 1), results
    (winner,) = [body for status, body in results if status == 201]
    assert {body["conflicting_group"]["group_id"] for status, body in results if status == 409} == {
        winner["group_id"]
    }
    assert [g["group_id"] for g in stored_groups()] == [winner["group_id"]]


def test_even_when_all_20_read_the_empty_catalog_before_any_writes_only_one_create_commits(lambdas):
    """The worst interleaving, forced: every racer passes the overlap check on the same snapshot
    before anyone commits. Only the catalog version in the transaction can stop the others."""
    bodies = [group(f"全員 {30 + i}〜{60 + i}歳", "any", 30 + i, 60 + i) for i in range(RACERS)]
    results = lambdas.race(creates(bodies), read_first=True)

    assert sorted(status for status, _ in results) == [201] + [409] * (RACERS - 1), results
    assert len(stored_groups()) == 1


def test_concurrent_creates_that_do_not_overlap_all_succeed(lambdas):
    bodies = [group(f"男性 {i * 10}〜{i * 10 + 9}歳", "male", i * 10, i * 10 + 9) for i in range(12)]
    results = lambdas.race(creates(bodies))

    assert [status for status, _ in results] == [201] * len(bodies), [b for s, b in results if s != 201]
    assert len(stored_groups()) == len(bodies)


def test_two_edits_racing_into_each_others_range_cannot_both_pass(lambdas):
    _, young = call("POST", "/api/groups", group("男性 20〜29歳", "male", 20, 29))
    _, old = call("POST", "/api/groups", group("男性 40〜49歳", "male", 40, 49))
    results = lambdas.race(
        [
            ("PUT", f"/api/groups/{young['group_id']}", group("男性 30〜37歳", "male", 30, 37)),
            ("PUT", f"/api/groups/{old['group_id']}", group("男性 35〜49歳", "male", 35, 49)),
        ],
        read_first=True,  # both pass the overlap check on the same snapshot
    )
    statuses = sorted(status for status, _ in results)

    assert statuses == [200, 409]
    ranges = sorted((int(g["age_min"]), int(g["age_max"])) for g in stored_groups())
    assert ranges[0][1] < ranges[1][0]  # whatever won, the stored groups do not overlap
