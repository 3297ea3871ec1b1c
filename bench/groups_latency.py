"""How long `GET /api/groups` takes with live member counts for 10,000 customers (target ≤ 1 s).

Starts moto's DynamoDB server on 127.0.0.1, creates the tables, seeds N customers spread over
genders and ages (some blocked, some unregistered; all but `--pending` of them already folded into
the member counts), creates the six seed groups through the real handler, then times
GET /api/groups through the real handler, and checks every count against the group's members read
one by one. Then times the first page of GET /api/customers for a few filters.

    .venv/bin/python bench/groups_latency.py [--customers 10000] [--pending 200] [--runs 10]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]


@contextmanager
def staff_api_store() -> Iterator[None]:
    """A moto server with every table, and the environment the staff API handler reads (the
    benchmarks of the staff API share it)."""
    from linecrm import tables
    from linecrm.dal.dynamo import client
    from local import dynamodb
    from local.stack import local_environment
    from tests.support.admin_api import TOKEN

    server, endpoint = dynamodb.start()
    try:
        os.environ.update(local_environment(0, endpoint, {"ADMIN_TOKEN": TOKEN}))
        tables.create_all(client())
        yield
    finally:
        server.stop()


def _customers(count: int, rng: random.Random) -> list[dict]:
    from linecrm.jst import today_jst
    from tests.support.customers import customer_item

    today = today_jst()
    items = []
    for i in range(count):
        registered = rng.random() > 0.05
        items.append(
            customer_item(
                f"U{i:032x}",
                display_name=f"客{i}",
                gender=rng.choice(("male", "female", "female", "male", "unknown")) if registered else None,
                age=rng.randrange(12, 85) if registered else None,
                declared_on=today - timedelta(days=rng.randrange(0, 3 * 365)),
                registered=registered,
                blocked=rng.random() < 0.08,
            )
        )
    return items


def _seed(count: int, pending: int, rng: random.Random) -> float:
    """`count` customers, all but the last `pending` already in the member counts (as after the
    dispatcher's fold); the last ones as the webhook leaves new customers, flagged for a recount."""
    from linecrm.dal.dynamo import table
    from linecrm.logic import member_counts

    items = _customers(count, rng)
    started = time.perf_counter()
    items = member_counts.load(items[: count - pending]) + items[count - pending :]
    with table("customers_table").batch_writer() as batch:
        for item in items:
            batch.put_item(Item=item)
    return time.perf_counter() - started


def _members_by_reading_them(groups: list[dict]) -> tuple[dict[str, int], float]:
    """Each group's members counted the slow way, by reading every member id: the check."""
    from linecrm.dal import customers
    from linecrm.jst import today_jst

    started, today = time.perf_counter(), today_jst()
    counts = {
        g["group_id"]: sum(
            1 for _ in customers.profile_member_ids(g["gender"], g["age_min"], g["age_max"], today)
        )
        for g in groups
    }
    return counts, time.perf_counter() - started


def _customer_pages(groups: list[dict], runs: int) -> None:
    """GET /api/customers, first page of 50, for filters from none to very selective."""
    from tests.support.admin_api import call

    print("GET /api/customers, first page (limit 50):")
    queries = ["", "gender=female&age_min=70", "blocked=true", f"group_id={groups[-1]['group_id']}"]
    queries += ["age_min=84&age_max=84", "registered=false&limit=200"]
    for query in queries:
        timings = []
        for _ in range(max(3, runs // 2)):
            started = time.perf_counter()
            status, answer = call("GET", "/api/customers", query=query)
            timings.append(time.perf_counter() - started)
            assert status == 200, answer
        print(
            f"  {query or '(no filter)':28s} {len(answer['customers']):3d} customers  "
            f"median {statistics.median(timings) * 1000:5.0f} ms  max {max(timings) * 1000:5.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--pending", type=int, default=200, help="customers who changed since the last fold (default 200)"
    )
    args = parser.parse_args()

    with staff_api_store():
        from tests.support.admin_api import SEED_GROUPS, call

        seconds = _seed(args.customers, args.pending, random.Random(7))
        print(
            f"seeded {args.customers} customers into moto's server in {seconds:.1f} s "
            f"({args.pending} of them not yet folded into the member counts)"
        )
        for body in SEED_GROUPS:
            status, answer = call("POST", "/api/groups", body)
            assert status == 201, answer

        timings, groups = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            status, answer = call("GET", "/api/groups")
            timings.append(time.perf_counter() - started)
            assert status == 200, answer
            groups = answer["groups"]
        expected, slow = _members_by_reading_them(groups)
        members = sum(g["member_count"] for g in groups)
        print(f"GET /api/groups: {len(groups)} groups, {members} members counted")
        assert {g["group_id"]: g["member_count"] for g in groups} == expected, (
            "counts differ from the members"
        )
        print("member counts equal the members read one by one from the by_profile index: yes")
        print(
            f"latency over {args.runs} runs: median {statistics.median(timings) * 1000:.0f} ms, "
            f"min {min(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms (target ≤ 1000 ms)"
        )
        print(f"for comparison, reading every member of the six groups: {slow * 1000:.0f} ms")
        _customer_pages(groups, args.runs)


if __name__ == "__main__":
    main()
