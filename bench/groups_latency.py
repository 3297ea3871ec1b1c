"""How long `GET /api/groups` takes with live member counts for 10,000 customers (target ≤ 1 s).

Starts moto's DynamoDB server on 127.0.0.1, creates the tables, seeds N registered customers spread
over genders and ages (plus some blocked and unregistered ones), creates the six seed groups through
the real handler, then times GET /api/groups through the real handler.

    .venv/bin/python bench/groups_latency.py [--customers 10000] [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]

SEED_GROUPS = [
    (f"{label} {name}", gender, lo, hi)
    for gender, label in (("male", "男性"), ("female", "女性"))
    for name, lo, hi in (("20歳未満", 0, 19), ("20〜49歳", 20, 49), ("50歳以上", 50, None))
]


def _environment(endpoint: str, token: str) -> None:
    from linecrm.settings import table_environment

    os.environ.update(
        AWS_DEFAULT_REGION="ap-northeast-1",
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",
        AWS_ENDPOINT_URL_DYNAMODB=endpoint,
        AUTH_MODE="token",
        ADMIN_TOKEN=token,
        POWERTOOLS_TRACE_DISABLED="true",
        POWERTOOLS_METRICS_DISABLED="true",
        POWERTOOLS_LOG_LEVEL="WARNING",
        **table_environment(),
    )


def _seed(count: int, rng: random.Random) -> float:
    from linecrm.dal.dynamo import table
    from linecrm.jst import today_jst
    from tests.support.customers import customer_item

    today = today_jst()
    started = time.perf_counter()
    with table("customers_table").batch_writer() as batch:
        for i in range(count):
            declared_on = today - timedelta(days=rng.randrange(0, 3 * 365))
            registered = rng.random() > 0.05
            blocked = rng.random() < 0.08
            age = rng.randrange(12, 85) if registered else None
            gender = rng.choice(("male", "female", "female", "male", "unknown")) if registered else None
            item = customer_item(
                f"U{i:032x}",
                display_name=f"客{i}",
                gender=gender,
                age=age,
                declared_on=declared_on,
                registered=registered,
                blocked=blocked,
            )
            batch.put_item(Item=item)
    return time.perf_counter() - started


def _call(method: str, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    from functions.admin_api.handler import handler
    from local.apigw import LambdaContext, proxy_event, response_parts

    event = proxy_event(
        method,
        path,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        body=None if body is None else json.dumps(body),
    )
    status, _, raw = response_parts(handler(event, LambdaContext("admin_api")))
    return status, json.loads(raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from local import dynamodb

    server, moto_url = dynamodb.start()
    try:
        token = "bench-token"
        _environment(moto_url, token)
        from linecrm import tables
        from linecrm.dal.dynamo import client

        tables.create_all(client())
        seconds = _seed(args.customers, random.Random(7))
        print(f"seeded {args.customers} customers into moto's server in {seconds:.1f} s")
        for name, gender, lo, hi in SEED_GROUPS:
            status, answer = _call(
                "POST", "/api/groups", token, {"name": name, "gender": gender, "age_min": lo, "age_max": hi}
            )
            assert status == 201, answer

        timings, groups = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            status, answer = _call("GET", "/api/groups", token)
            timings.append(time.perf_counter() - started)
            assert status == 200, answer
            groups = answer["groups"]
        from linecrm.dal import customers

        started = time.perf_counter()
        dates = sum(len(customers.segment_birth_dates(g)) for g in ("male", "female"))
        reads = time.perf_counter() - started
        members = sum(g["member_count"] for g in groups)
        print(f"GET /api/groups: {len(groups)} groups, {members} members counted")
        print(
            f"latency over {args.runs} runs: median {statistics.median(timings) * 1000:.0f} ms, "
            f"min {min(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms (target ≤ 1000 ms)"
        )
        print(
            f"of which the two by_segment Queries alone ({dates} birth dates from moto): {reads * 1000:.0f} ms"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
