"""One message to 100,000 customers: the dispatcher against moto's server and the LINE emulator.

    .venv/bin/python -m bench.dispatch_100k [--customers 100000] [--rate 200] [--concurrency 16]

Prints the LINE multicast requests (must be ceil(N/500): 200 for 100,000), due-to-done seconds
(from the start of the dispatcher run, whose first step is the due Query, to the message's
outcome written: what staff see) against a bare paged Query of the same index measured right
before and right after the run, in the same process (the store's own floor here: target <=
1.2x; the mean of the two, as the machine's load drifts while the run goes), the settle backlog the same
run works off after the outcome (each recipient's timeline entry, the batches' ids removed;
logic.dispatch.received), and the send phase (first request to last batch recorded) against the floor the rate
limit sets (requests / rate: target <= 1.5x). Target: a group every customer is in (multicast
with the batch ledger; target `all` is one broadcast). moto's server and the LINE emulator each run in their own
process, as DynamoDB and LINE are not inside the Lambda; the dispatcher runs in this one.
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN, SECRET = "bench-access-token", "bench-channel-secret"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_moto() -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [str(ROOT / ".venv/bin/moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("moto_server did not start")


def seed(count: int) -> None:
    from linecrm.logic import member_counts
    from local.seed import write_customers
    from tests.integration.dispatch_support import customer

    items = [customer(f"U{i:032x}", ("male", "female", "unknown")[i % 3], 20 + i % 50) for i in range(count)]
    items = member_counts.load(items)  # as if folded long ago, as in a shop that has run for a while
    write_customers(items, threads=8)


def bare_query_seconds(now) -> float:
    """A bare paged Query of what the dispatcher resolves (by_profile, every gender of the group
    `everyone`, user ids only), with boto3 alone: the store's own floor for reading the target."""
    from linecrm.dal.customers import profile_queries
    from linecrm.dal.dynamo import query_all, table
    from linecrm.jst import today_jst

    start = time.perf_counter()
    ids = [
        i
        for q in profile_queries("any", 0, None, today_jst(now))
        for i in query_all(table("customers_table"), **q)
    ]
    assert ids
    return time.perf_counter() - start


def no_collector() -> None:
    """Python's cyclic garbage collector off in the LINE emulator's process. The emulator stands in
    for LINE's servers and keeps a record of everything it received: at 1,000,000 recipients some
    two million objects (chat entries, request bodies) that form no reference cycle, which the
    collector nevertheless walks again and again (2.6 s of CPU during a 13 s send phase,
    measured with gc.callbacks), pausing the emulator's threads and taking a core from the
    dispatcher. LINE has no such cost. Nothing leaks without it: the records live as long as the
    process anyway."""
    gc.disable()


def emulator_process(rate: float, conn) -> None:
    """The LINE emulator in a child process: sends its URL, then on request a report of what it got."""
    sys.path[:0] = [str(ROOT), str(ROOT / "layers/shared/python")]
    no_collector()
    # The emulator checks each request body with line-bot-sdk's models, importing the SDK (~0.9 s)
    # on the first one: import it now, or the first multicasts all wait for it, a cold start of
    # the stand-in that real LINE does not have (it made the first requests take ~0.8 s).
    import linebot.v3.messaging  # noqa: F401

    from local.line_emulator import LineEmulator

    emulator = LineEmulator(TOKEN, SECRET, multicast_rate_per_second=rate).start("127.0.0.1", 0)
    conn.send(emulator.url)
    conn.recv()
    multicasts = [(r.status, r.body["to"]) for r in emulator.requests_to("/v2/bot/message/multicast")]
    ids = {u for _, to in multicasts for u in to}
    delivered = [len(emulator.sent_to(u)) for u in ids]
    conn.send({"multicasts": multicasts, "delivered_min": min(delivered), "delivered_max": max(delivered)})
    emulator.stop()


def start_emulator(rate: float, target=None):
    """The emulator's process (`target`: its function, emulator_process by default), the pipe to
    it and its URL."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=target or emulator_process, args=(rate, child), daemon=True)
    process.start()
    return process, parent, parent.recv()


def arguments(customers: int) -> argparse.Namespace:
    """The options of both dispatch benchmarks (this one and bench.dispatch_1m)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=customers)
    parser.add_argument("--rate", type=float, default=200.0, help="LINE's limit (the emulator's)")
    parser.add_argument(
        "--send-rate", type=float, default=None, help="the dispatcher's rate (default: its setting)"
    )
    parser.add_argument("--concurrency", type=int, default=16)
    return parser.parse_args()


def main() -> None:
    args = arguments(customers=100_000)
    sys.path[:0] = [str(ROOT), str(ROOT / "layers/shared/python")]

    moto, moto_url = start_moto()
    try:
        from local.stack import local_environment

        emulator, emulator_conn, emulator_url = start_emulator(args.rate)
        line = {
            "LINE_API_BASE_URL": emulator_url,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "LINE_CHANNEL_SECRET": SECRET,
        }
        os.environ.update(
            {
                # the dispatcher's metrics stay on, as in AWS (the run clears them at the end)
                **local_environment(0, moto_url, {**line, "POWERTOOLS_METRICS_DISABLED": "false"}),
                "POWERTOOLS_METRICS_NAMESPACE": "LineCrmBench",
                **({"MULTICAST_RATE_PER_SECOND": str(args.send_rate)} if args.send_rate else {}),
                "MULTICAST_CONCURRENCY": str(args.concurrency),
            }
        )
        from linecrm import tables
        from linecrm.dal.dynamo import client
        from linecrm.logic import dispatch
        from linecrm.observability import metrics
        from tests.integration.dispatch_support import NOW, everyone, message, put_message

        tables.create_all(client())
        t0 = time.perf_counter()
        seed(args.customers)
        print(f"seeded {args.customers} customers into moto's server in {time.perf_counter() - t0:.1f} s")
        put_message("bench", everyone(), "ベンチマーク")
        bare_before = bare_query_seconds(NOW)

        marks: dict[str, float] = {}
        line_calls: list[float] = []
        lock, local = threading.Lock(), threading.local()

        def checkpoint(step: str) -> None:
            # The dispatcher's crash hook, used here to time its steps.
            now = time.perf_counter()
            with lock:
                marks.setdefault(step, now)
                marks[f"last {step}"] = now
                if step == "line_answered":
                    line_calls.append(now - local.asked)
            if step == "before_request":
                local.asked = now

        start = time.perf_counter()
        summary = dispatch.run(clock=lambda: NOW, checkpoint=checkpoint)
        settled = time.perf_counter()
        done = marks["finished"]  # the outcome written; the settle backlog comes after it
        metrics.clear_metrics()
        assert summary["settle"] == {"settled": ["bench"], "left": []}, summary["settle"]

        bare_after = bare_query_seconds(NOW)
        bare = (bare_before + bare_after) / 2

        emulator_conn.send("report")
        report = emulator_conn.recv()
        requests = report["multicasts"]
        stored = message("bench")
        expected = math.ceil(args.customers / 500)
        floor = expected / args.rate
        send = marks["last batch_recorded"] - marks["before_request"]
        print(
            f"outcome: {stored['status']}, recipients {stored['recipient_count']}, requests {stored['request_count']}"
        )
        print(
            f"LINE multicast requests: {len(requests)} (expected {expected}); "
            f"statuses {sorted({status for status, _ in requests})}"
        )
        ids = [u for _, to in requests for u in to]
        print(
            f"ids sent: {len(ids)}, distinct {len(set(ids))}; messages delivered per customer: "
            f"min {report['delivered_min']}, max {report['delivered_max']}"
        )
        print(
            f"due-to-done: {done - start:.1f} s; bare paged Query of the same index: {bare:.1f} s "
            f"(before the run {bare_before:.1f} s, after it {bare_after:.1f} s); "
            f"ratio {(done - start) / bare:.2f}x (target <= 1.2x)"
        )
        print(
            f"  resolve the target and write the batches (page by page): {marks['resolved'] - start:.1f} s; "
            f"quota + commit: {marks['planned'] - marks['resolved']:.1f} s"
        )
        print(f"  read the plan back before sending: {marks['before_request'] - marks['planned']:.1f} s")
        print(
            f"send phase: {send:.2f} s; floor at {args.rate:g} req/s: {floor:.2f} s; ratio {send / floor:.2f}x (target <= 1.5x)"
        )
        print(f"  LINE call per batch (emulator): mean {1000 * sum(line_calls) / len(line_calls):.0f} ms")
        print(
            f"  last answer to last batch recorded: {marks['last batch_recorded'] - marks['last line_answered']:.2f} s"
        )
        print(
            f"then read the batches' outcome and write the message's: {done - marks['last batch_recorded']:.2f} s"
        )
        print(
            f"settle backlog, after the outcome in the same run ({args.customers:,} timeline entries written, "
            f"{expected} batches' ids removed, the marker gone): {settled - done:.1f} s (run total {settled - start:.1f} s)"
        )
        if args.customers >= 100_000:  # the targets are set at 100,000 (below, fixed costs dominate)
            print(
                f"headline: dispatcher, {args.customers:,} customers on moto's server: {len(requests)} requests "
                f"(expected {expected}), due-to-done {(done - start) / bare:.2f}x a bare paged Query of the index "
                f"(target <= 1.2x), send phase {send / floor:.2f}x the rate-limit floor (target <= 1.5x), "
                f"then the settle backlog {settled - done:.1f} s"
            )
        emulator.join(timeout=10)
    finally:
        moto.kill()
        moto.wait(timeout=10)


if __name__ == "__main__":
    main()
