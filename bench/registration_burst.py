"""The local stack under a registration burst: N customers register through the webhook (follow,
gender, age: 3 signed events each, 20 events a POST, as LINE batches them), then a dispatcher run
with nothing due (`POST /_local/dispatch`: it also folds the new customers into the member
counts) and `GET /api/groups` with the six seed groups are timed.

    .venv/bin/python -m bench.registration_burst [--customers 1000] [--runs 5]

Targets: the dispatcher run answers within 2 s, the group list within 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "layers" / "shared" / "python")]
SECRET = "local-channel-secret"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from bench.figures import EmulatorCustomers
    from local.line_emulator import webhook_events as ev
    from local.subprocess_stack import RunningStack
    from tests.support.admin_api import SEED_GROUPS

    stack = RunningStack("--fresh")
    try:
        for body in SEED_GROUPS:
            assert stack.admin("POST", "/api/groups", body)[0] == 201
        emulator = EmulatorCustomers(stack.url)
        events = []
        for n in range(args.customers):
            user = f"U{n:032x}"
            emulator.add(user)
            answers = [
                ev.follow(user),
                ev.text(user, ("男性", "女性")[n % 2]),
                ev.text(user, str(18 + n % 60)),
            ]
            events.extend(answers)
        burst, slowest = 0.0, 0.0
        for start in range(0, len(events), 20):
            body, headers = ev.signed_request(emulator.with_tokens(events[start : start + 20]), SECRET)
            t0 = time.perf_counter()
            status, answer = stack.call("POST", "/webhook", body, headers=headers)
            took = time.perf_counter() - t0
            burst, slowest = burst + took, max(slowest, took)
            assert status == 200, answer
        assert emulator.replies(f"U{args.customers - 1:032x}") == 3  # the follow and both answers
        print(
            f"registered {args.customers} customers through the webhook ({len(events)} events, 20 a POST) "
            f"in {burst:.1f} s of POSTs; slowest POST {slowest:.2f} s"
        )

        t0 = time.perf_counter()
        status, answer = stack.call("POST", "/_local/dispatch")
        first = time.perf_counter() - t0
        assert status == 200, answer
        print(
            f"headline: dispatcher run with nothing due, right after the burst: {first:.2f} s (target <= 2 s)"
        )
        print(f"  its summary: {answer.decode()[:300]}")

        timings, counted = [], 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            status, answer = stack.admin("GET", "/api/groups")
            timings.append(time.perf_counter() - t0)
            assert status == 200, answer
            counted = sum(g["member_count"] for g in answer["groups"])
        print(f"GET /api/groups: {counted} members counted in the six groups")
        print(
            f"headline: group list after the burst: median {statistics.median(timings):.2f} s, "
            f"max {max(timings):.2f} s over {args.runs} runs (target <= 1 s)"
        )
        t0 = time.perf_counter()
        stack.call("POST", "/_local/dispatch")
        print(f"a second dispatcher run with nothing due: {time.perf_counter() - t0:.2f} s")
    finally:
        stack.stop()


if __name__ == "__main__":
    main()
