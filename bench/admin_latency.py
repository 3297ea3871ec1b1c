"""Staff API latency at scale: p50/p99 of the group list (with member counts), the first page of
the customer list and a message create (it counts the target's recipients), through the real
admin handler against moto's DynamoDB server, with N customers already folded into the member
counts and the six seed groups.

    .venv/bin/python -m bench.admin_latency [--customers 10000] [--runs 30]

Target: the group list <= 1 s at 100,000 customers.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]


def main() -> None:
    from bench.figures import percentile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from bench.groups_latency import _customers, staff_api_store

    with staff_api_store():
        from linecrm.jst import now_utc
        from linecrm.logic import member_counts
        from local.seed import write_customers
        from tests.support.admin_api import SEED_GROUPS, call

        started = time.perf_counter()
        write_customers(member_counts.load(_customers(args.customers, random.Random(7))), threads=8)
        print(f"seeded {args.customers} customers (folded) in {time.perf_counter() - started:.1f} s")
        groups = []
        for body in SEED_GROUPS:
            status, answer = call("POST", "/api/groups", body)
            assert status == 201, answer
            groups.append(answer)

        send_at = (now_utc() + timedelta(days=30)).isoformat()
        requests = {
            "GET /api/groups (member counts)": lambda n: call("GET", "/api/groups"),
            "GET /api/customers (first page of 50)": lambda n: call("GET", "/api/customers"),
            "POST /api/messages (a group, recipients counted)": lambda n: call(
                "POST",
                "/api/messages",
                {
                    "target": {"type": "group", "group_id": groups[n % len(groups)]["group_id"]},
                    "send_at": send_at,
                    "messages": [{"type": "text", "text": f"ベンチマーク {n}"}],
                },
            ),
        }
        for name, request in requests.items():
            times = []
            for n in range(args.runs):
                t0 = time.perf_counter()
                status, answer = request(n)
                times.append(time.perf_counter() - t0)
                assert status in (200, 201), answer
            p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000
            print(
                f"{name:50s} p50 {p50:6.0f} ms  p99 {p99:6.0f} ms  ({args.runs} runs, {args.customers} customers)"
            )
            if name.startswith("GET /api/groups"):
                print(
                    f"headline: group list at {args.customers} customers: p50 {p50:.0f} ms, p99 {p99:.0f} ms "
                    "(target <= 1000 ms)"
                )


if __name__ == "__main__":
    main()
