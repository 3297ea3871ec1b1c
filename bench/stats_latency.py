"""Statistics views at scale: p50/p99 of every GET /api/stats/... route over real HTTP through the
local stack (`local.stack.LocalStack`: the staff API handler behind the local API Gateway, moto's
DynamoDB server, the LINE emulator for the quota), with N customers seeded and their counters as
the webhook, the dispatcher and the shop card leave them: two years of days, two years of months
with three stores, the funnel, visitors and ranks, 50 sent messages with coupons and coupon uses.

    .venv/bin/python -m bench.stats_latency [--customers 100000] [--runs 30]

Target: every statistics view <= 1 s at 100,000 customers. The views read counters, never the
customers, so the number of customers should not move the figures (the group sizes read the
member counts, as GET /api/groups does).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import urllib.request
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]

STORES = ("ginza", "ebisu", "shinjuku")
MESSAGES = 50


def _counters(customers: list[dict], rng: random.Random) -> dict[str, Counter]:
    """The counters the events behind `customers` would have left (dal.stats keys)."""
    from linecrm.domain import statistics
    from linecrm.jst import today_jst

    today = today_jst()
    counters: dict[str, Counter] = defaultdict(Counter)
    for item in customers:
        followed_on = today - timedelta(days=rng.randrange(0, 730))
        counters[statistics.day_key(followed_on)]["followed"] += 1
        counters["funnel"]["followed"] += 1
        if item.get("gender"):
            counters["funnel"]["answered_gender"] += 1
        if item.get("registered"):
            counters["funnel"]["registered"] += 1
        if item.get("blocked"):
            blocked_on = followed_on + timedelta(days=rng.randrange(0, (today - followed_on).days + 1))
            counters[statistics.day_key(blocked_on)]["blocked"] += 1
        visits = min(int(rng.expovariate(0.6)), 40)
        if visits:
            counters["visitors"]["visited"] += 1
            counters["visitors"]["repeat"] += int(visits >= 2)
            counters["ranks"]["gold" if visits >= 30 else "silver" if visits >= 10 else "regular"] += 1
            for _ in range(visits):
                month = statistics.month_key(today - timedelta(days=rng.randrange(0, 730)))
                store = rng.choice(STORES)
                counters[month][f"visits#{store}"] += 1
                counters[month][f"points#{store}"] += 1
    for n in range(24):
        counters[statistics.month_key(today - timedelta(days=30 * n))]["messages"] += rng.randrange(
            50_000, 200_000
        )
    return counters


def _messages(recipients: int, rng: random.Random) -> tuple[list[dict], dict[str, Counter]]:
    from linecrm.jst import iso_utc, now_utc

    items, counters = [], {}
    for n in range(MESSAGES):
        sent_at = iso_utc(now_utc() - timedelta(days=7 * n))
        mid = f"bench-{n:03d}"
        shown = [{"type": "text", "text": f"今月のおすすめ {n}"}, {"type": "coupon_card", "title": "10%オフ"}]
        items.append(
            {
                "message_id": mid,
                "status": "sent",
                "target": {"type": "all"},
                "send_at": sent_at,
                "first_send_at": sent_at,
                "finished_at": sent_at,
                "sent_count": recipients,
                "recipient_count": recipients,
                "messages_json": json.dumps(shown, ensure_ascii=False),
                "line_messages_json": "[]",
                "coupons": [
                    {"coupon_id": f"{mid}-1", "title": "10%オフ", "code": "X", "expires_at": "2099-12-31"}
                ],
                "version": 1,
            }
        )
        uses = int(recipients * rng.uniform(0.01, 0.06))
        counters[f"message#{mid}"] = Counter(
            coupon_uses=uses, blocks_24h=int(recipients * rng.uniform(0, 0.003)), visits=int(uses * 0.4)
        )
    return items, counters


def _write(table_name: str, items: list[dict]) -> None:
    from linecrm.dal.dynamo import table

    with table(table_name).batch_writer() as batch:
        for item in items:
            batch.put_item(Item=item)


def main() -> None:
    from bench.figures import percentile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from bench.groups_latency import _customers
    from local.stack import LocalStack

    stack = LocalStack(port=0, dispatch_interval=3600.0, fresh=True).start()
    try:
        from linecrm.logic import member_counts
        from local.seed import write_customers
        from tests.support.admin_api import SEED_GROUPS

        rng = random.Random(7)
        started = time.perf_counter()
        customers = _customers(args.customers, rng)
        write_customers(member_counts.load(customers), threads=8)
        counters = _counters(customers, rng)
        messages, message_counters = _messages(sum(1 for c in customers if not c.get("blocked")), rng)
        counters.update(message_counters)
        _write("messages_table", messages)
        _write("stats_table", [{"stat": key, **dict(c)} for key, c in counters.items()])
        print(
            f"seeded {args.customers} customers (folded), {len(counters)} counter items and "
            f"{len(messages)} sent messages in {time.perf_counter() - started:.1f} s"
        )

        def call(method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
            request = urllib.request.Request(
                stack.url + path,
                method=method,
                data=None if body is None else json.dumps(body, ensure_ascii=False).encode(),
                headers={"Authorization": f"Bearer {stack.admin_token}", "Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, json.loads(answer.read())

        stack.app.functions.ready.wait(60)
        for body in SEED_GROUPS:
            status, answer = call("POST", "/api/groups", body)
            assert status == 201, answer
        routes = [
            "/api/stats/funnel",
            "/api/stats/friends",
            "/api/stats/friends?from=" + (time.strftime("%Y") + "-01-01"),
            "/api/stats/groups",
            "/api/stats/messages?months=24",
            "/api/stats/message_results",
            "/api/stats/visits?months=24",
        ]
        worst = 0.0
        for route in routes:
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                status, answer = call("GET", route)
                times.append(time.perf_counter() - t0)
                assert status == 200, answer
            p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000
            worst = max(worst, p99)
            print(f"GET {route:42s} p50 {p50:6.0f} ms  p99 {p99:6.0f} ms  ({args.runs} runs over HTTP)")
        funnel = call("GET", "/api/stats/funnel")[1]
        assert funnel["followed"] == args.customers, funnel
        print(
            f"headline: statistics views at {args.customers} customers over HTTP: worst p99 {worst:.0f} ms "
            "(target <= 1000 ms)"
        )
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
