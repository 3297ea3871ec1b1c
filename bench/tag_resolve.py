"""How long the dispatcher takes to resolve a tag target: every customer tagged 区分A, read through the
tag's partition (one paged Query, no read per customer), on moto's server as the local stack runs it.

    .venv/bin/python -m bench.tag_resolve [--customers 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from bench.customer_book import _seed
    from bench.groups_latency import staff_api_store

    with staff_api_store():
        from linecrm.dal import recipients
        from linecrm.jst import today_jst

        tagged = _seed(args.customers, random.Random(11), share=1.0)
        target, timings, found = {"type": "tag", "tag": "区分A"}, [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            found = list(recipients.user_ids(target, today_jst()))
            timings.append(time.perf_counter() - started)
        print(f"{tagged} customers tagged 区分A; {len(found)} of them registered and following")
        print(
            f"headline: tag target of {tagged:,} customers resolved in median "
            f"{statistics.median(timings):.2f} s, max {max(timings):.2f} s over {args.runs} runs"
        )


if __name__ == "__main__":
    main()
