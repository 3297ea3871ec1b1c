"""How long the customer book's list-wide routes take with 10,000 customers in moto's server (the
local stack's DynamoDB), through the real staff API handler: the tag catalogue, a search by name
or phone, the CSV export of a tag and of everyone, a tag rename for every tagged customer.

    .venv/bin/python bench/customer_book.py [--customers 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]

from bench.groups_latency import _customers, staff_api_store  # noqa: E402

TAGGED_SHARE = 0.3
NEWLINE = b"\n"


def _seed(count: int, rng: random.Random, share: float = TAGGED_SHARE) -> int:
    """`count` customers, a third of them with a 氏名 and phone, `share` of them tagged 区分A; returns
    how many are tagged."""
    from linecrm.dal import customer_tags
    from linecrm.dal.dynamo import table

    tagged = following = 0
    with (
        table("customers_table").batch_writer() as customers,
        table("customer_tags_table").batch_writer() as tags,
    ):
        for i, item in enumerate(_customers(count, rng)):
            if i % 3 == 0:
                item |= {"name": f"山田 {i}", "name_kana": f"ヤマダ {i}", "phone": f"090-{i:04d}-0000"}
                item["phone_digits"] = item["phone"].replace("-", "")
            if rng.random() < share:  # as dal.customer_tags leaves them: copies and counters
                tagged += 1
                following += item.get("friendship") == customer_tags.FOLLOWING
                item |= {"tags": {"区分A"}, "tags_version": 1}
                tags.put_item(
                    Item={
                        "tag": "区分A",
                        "user_id": item["user_id"],
                        "tagged_by": "bench",
                        "tagged_at": "x",
                        "registered": bool(item.get("registered")),
                        **({"friendship": item["friendship"]} if item.get("friendship") else {}),
                    }
                )
            customers.put_item(Item=item)
    table("member_counts_table").put_item(
        Item={"key": customer_tags.counter_key("区分A"), "members": tagged, "following": following}
    )
    return tagged


def _time(label: str, runs: int, request) -> None:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        detail = request()
        timings.append(time.perf_counter() - started)
    print(f"{label}: median {statistics.median(timings):.2f} s over {runs} runs ({detail})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with staff_api_store():
        from local.apigw import proxy_event
        from tests.support.admin_api import AUTH, call, invoke

        started = time.perf_counter()
        tagged = _seed(args.customers, random.Random(11))
        print(
            f"seeded {args.customers} customers ({tagged} tagged 区分A) in {time.perf_counter() - started:.1f} s"
        )

        def catalogue() -> str:
            status, answer = call("GET", "/api/tags")
            assert status == 200 and answer["tags"] == [{"tag": "区分A", "count": tagged}], answer
            return f"{answer['tags'][0]['count']} customers counted"

        def search(query: str):
            def run() -> str:
                status, answer = call("GET", "/api/customers", query=query)
                assert status == 200, answer
                return f"{len(answer['customers'])} on the first page"

            return run

        def export(query: str):
            def run() -> str:
                event = proxy_event("GET", "/api/customers/export", headers=dict(AUTH), query_string=query)
                status, _, body = invoke(event)
                assert status == 200
                rows = body.count(NEWLINE) - 1
                return f"{rows} rows, {len(body) / 1e6:.1f} MB"

            return run

        _time("GET /api/tags", args.runs, catalogue)
        _time("GET /api/customers?q=山田 1233 (name)", args.runs, search("q=" + quote("山田 1233")))
        _time("GET /api/customers?q=09012330000 (phone)", args.runs, search("q=09012330000"))
        _time("GET /api/customers/export?tag=区分A", args.runs, export("tag=" + quote("区分A")))
        _time("GET /api/customers/export (everyone)", 1, export(""))

        started = time.perf_counter()
        status, answer = call("PUT", f"/api/tags/{quote('区分A')}", {"name": "区分B"})
        assert status == 200 and answer["count"] == tagged, answer
        print(f"PUT /api/tags/区分A → 区分B for {tagged} customers: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
