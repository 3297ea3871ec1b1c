"""One message to 1,000,000 customers: the real dispatcher resolving, planning and sending.

    .venv/bin/python -m bench.dispatch_1m [--customers 1000000] [--rate 200] [--send-rate R] [--concurrency 16]

The dispatcher (linecrm.logic.dispatch.run, its real code) runs in this process against moto
(in-process: groups, messages, deliveries and receipts) and the LINE emulator (its own process,
200 multicast requests/s). The customers' `by_profile` index is served by an in-process stand-in
(bench/index_standin.py, used only here), since moto rescans the whole table for every page.
Target: a group every customer is in (multicast with the batch ledger; `all` would be one
broadcast). Prints: LINE requests (must be 2,000), the send phase against the floor set by the
rate limit (requests / LINE's rate = 10 s; the dispatcher sends at its setting, 195/s by default, to stay clear of LINE's window), planning time, due-to-done (the
message's outcome written), the settle backlog the same run works off after the outcome (every
recipient's timeline entry, logic.dispatch.received), the dispatcher's peak memory against its
Lambda memory setting, and, from a count of the writes the code issues per partition key, the
largest write rate any one key receives.

Memory: moto runs in this process, so what it stores is in the process's RSS too, but in AWS it
is DynamoDB's. The 1,000,000 history entries (~2.4 GB as moto's objects) are therefore counted
and answered, not stored (StoreNothing: the BatchWriteItems to the history table never reach
moto; the write counter has seen them); moto's copy of the plan (batches, receipts, the message)
is measured when the outcome is written (its largest: every batch still holds its ids) and
reported apart from the peak.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKEN, SECRET = "bench-access-token", "bench-channel-secret"
PARTITION_KEYS = {
    "messages": "message_id",
    "deliveries": "delivery_key",
    "groups": "group_id",
    "history": "user_id",
}


def emulator_process(rate: float, conn) -> None:
    """The LINE emulator in a child process; on request, a summary of what it received."""
    sys.path[:0] = [str(ROOT), str(ROOT / "layers/shared/python")]
    from bench.dispatch_100k import no_collector

    no_collector()
    import linebot.v3.messaging  # noqa: F401  (loaded before the run, as LINE has no cold start)

    from local.line_emulator import LineEmulator

    emulator = LineEmulator(TOKEN, SECRET, multicast_rate_per_second=rate).start("127.0.0.1", 0)
    conn.send(emulator.url)
    conn.recv()
    requests = emulator.requests_to("/v2/bot/message/multicast")
    ids = [u for r in requests for u in r.body["to"]]
    chats = emulator.channel.chats
    delivered = [len(chats.get(u, ())) for u in set(ids)]
    conn.send(
        {
            "requests": len(requests),
            "statuses": sorted({r.status for r in requests}),
            "ids": len(ids),
            "distinct": len(set(ids)),
            "delivered_min": min(delivered, default=0),
            "delivered_max": max(delivered, default=0),
        }
    )
    emulator.stop()


class WriteCounter:
    """Every write the code issues, by table and partition key, with its time and write units.

    Logged to a file while the dispatcher runs and read back after its peak memory is taken: a
    record in memory per write (1,000,000 timeline entries on 1,000,000 keys) would cost some
    350 MB of the benchmark's own in the process whose memory is measured."""

    def __init__(self) -> None:
        import tempfile

        self.log = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed by load)
        self.writes: dict[tuple[str, str], list[tuple[float, int]]] = defaultdict(list)  # load()
        self.calls: dict[tuple[str, str], int] = defaultdict(int)  # (operation, table): calls
        self.lock = threading.Lock()

    def load(self) -> None:
        """Read the log (after the run) into `writes`."""
        with self.lock:
            self.log.seek(0)
            for line in self.log:
                name, key, at, units = line.rstrip("\n").split("\t")
                self.writes[(name, key)].append((float(at), int(units)))
            self.log.close()

    def _add(self, table: str, item_or_key: dict, size_of: dict | None = None) -> None:
        from bench.index_standin import item_size

        name = table.removeprefix("bench-")
        key = str(item_or_key.get(PARTITION_KEYS.get(name, ""), "?"))
        units = max(1, math.ceil(_size(size_of or item_or_key, item_size) / 1024))
        with self.lock:
            self.log.write(f"{name}\t{key}\t{time.monotonic()!r}\t{units}\n")

    def __call__(self, params, model, **kwargs) -> None:
        op = model.name
        for name in params.get("RequestItems") or [params.get("TableName", "?")]:
            with self.lock:
                self.calls[(op, str(name).removeprefix("bench-"))] += 1
        if op == "PutItem":
            self._add(params["TableName"], params["Item"])
        elif op in ("UpdateItem", "DeleteItem"):
            self._add(params["TableName"], params["Key"], {**params["Key"], "update": "x" * 100})
        elif op == "BatchWriteItem":
            for table, requests in params["RequestItems"].items():
                for r in requests:
                    self._add(table, r.get("PutRequest", {}).get("Item") or r["DeleteRequest"]["Key"])
        elif op == "TransactWriteItems":
            for action in params["TransactItems"]:
                for kind, body in action.items():
                    if kind != "ConditionCheck":
                        self._add(body["TableName"], body.get("Item") or body["Key"])

    def busiest(self) -> tuple[str, str, int, int, int]:
        """(table, key, most writes in any one second, most write units in any one second, total keys)."""
        best = ("", "", 0, 0, len(self.writes))
        for (table, key), events in self.writes.items():
            events.sort()
            start, units, peak_n, peak_u = 0, 0, 0, 0
            for end, (t, u) in enumerate(events):
                units += u
                while events[start][0] <= t - 1.0:
                    units -= events[start][1]
                    start += 1
                peak_n, peak_u = max(peak_n, end - start + 1), max(peak_u, units)
            if peak_u > best[3]:
                best = (table, key, peak_n, peak_u, len(self.writes))
        return best


def _size(item: dict, item_size) -> int:
    size = 0
    for name, value in item.items():
        if isinstance(value, bytes | bytearray):
            size += len(name) + len(value)
        elif isinstance(value, set | list):
            size += len(name) + sum(len(str(v)) for v in value)
        elif isinstance(value, dict):
            size += len(name) + _size(value, item_size)
        else:
            size += item_size({name: value})
    return size


class StoreNothing:
    """Answers each BatchWriteItem to the history table as DynamoDB would (nothing unprocessed)
    without storing it: botocore's `before-call` event lets a handler supply the response. The
    WriteCounter counts the writes before this (provide-client-params)."""

    def __init__(self, table_name: str) -> None:
        self.table_name, self.entries, self.lock = table_name, 0, threading.Lock()

    def __call__(self, params, **kwargs):
        import json

        from botocore.awsrequest import AWSResponse

        items = json.loads(params["body"])["RequestItems"]
        if set(items) != {self.table_name}:
            return None  # written as usual
        with self.lock:
            self.entries += sum(1 for r in items[self.table_name] if "PutRequest" in r)
        return AWSResponse(params["url"], 200, {}, None), {"UnprocessedItems": {}}


def deep_bytes(root) -> int:
    """The bytes of `root` and every object it reaches (containers, objects' attributes), once each."""
    seen, stack, total = set(), [root], 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        if isinstance(obj, dict):
            stack += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            stack += list(obj)
        elif hasattr(obj, "__dict__"):
            stack.append(vars(obj))
    return total


def moto_stored_mb(table_names: list[str]) -> float:
    """What moto holds for these tables (their items, as moto's objects), in MB."""
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.dynamodb.models import dynamodb_backends

    from linecrm.dal import dynamo

    backend = dynamodb_backends[DEFAULT_ACCOUNT_ID][dynamo.client().meta.region_name]
    return sum(deep_bytes(backend.tables[name].items) for name in table_names) / 2**20


def dispatcher_memory_mb() -> int:
    """The dispatcher Lambda's memory setting: its own `memory_size` in infra/dispatcher.py if it
    sets one, else every product function's (infra/function.py MEMORY_MB). Read from the source,
    so that the benchmark does not load the CDK."""
    import ast

    for node in ast.walk(ast.parse((ROOT / "infra/dispatcher.py").read_text())):
        if isinstance(node, ast.keyword) and node.arg == "memory_size":
            return int(ast.literal_eval(node.value))
    for node in ast.walk(ast.parse((ROOT / "infra/function.py").read_text())):
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == ["MEMORY_MB"]:
            return int(ast.literal_eval(node.value))
    raise LookupError("no memory setting found for the dispatcher")


def rss_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    from bench.dispatch_100k import arguments, start_emulator

    args = arguments(customers=1_000_000)
    sys.path[:0] = [str(ROOT), str(ROOT / "layers/shared/python")]
    emulator, emulator_conn, emulator_url = start_emulator(args.rate, emulator_process)
    from local.stack import local_environment

    os.environ.update(
        {
            **local_environment(
                0,
                "http://unused",
                {
                    "LINE_API_BASE_URL": emulator_url,
                    "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
                    "LINE_CHANNEL_SECRET": SECRET,
                    "POWERTOOLS_METRICS_DISABLED": "true",
                },
            ),
            **({"MULTICAST_RATE_PER_SECOND": str(args.send_rate)} if args.send_rate else {}),
            "MULTICAST_CONCURRENCY": str(args.concurrency),
            "AWS_ACCESS_KEY_ID": "bench",
            "AWS_SECRET_ACCESS_KEY": "bench",
        }
    )
    os.environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)
    from moto import mock_aws

    with mock_aws():
        run(args, emulator_conn)
    emulator.join(timeout=30)


def run(args, emulator_conn) -> None:
    from bench.index_standin import ProfileIndexStandIn, item_size
    from linecrm import tables
    from linecrm.dal import dynamo, recipients
    from linecrm.logic import dispatch
    from tests.integration.dispatch_support import NOW, customer, everyone, message, put_message

    dynamo.reset_caches()
    tables.create_all(dynamo.client())
    # The process as a dispatcher Lambda starts it, and more: its imports, and moto's and the
    # benchmark's (the stand-in's entries, built next, are not counted in it).
    imported = rss_mb("VmRSS")
    t0 = time.perf_counter()
    genders = ("male", "female", "unknown")
    sample = customer(f"U{0:032x}", "male", 35) | {  # as the webhook leaves a registered customer
        "display_name": "山田 太郎",
        "followed_at": "2026-11-26T05:00:00.000000Z",
        "registered_at": "2026-11-26T05:01:00.000000Z",
        "updated_at": "2026-11-26T05:01:00.000000Z",
        "last_event_id": "01JDQ7N3K8ZV5Y2W4X6R9T0B1C",
        "counted": "male#1991-11-26",
        "friendship_shard": "3",
    }
    entries = []
    for i in range(args.customers):
        c = customer(f"U{i:032x}", genders[i % 3], 20 + i % 50)
        entries.append((c["registered_gender"], c["birth_date"], c["user_id"]))
    standin = ProfileIndexStandIn(entries, item_size(sample))
    del entries
    real_table = recipients.table
    recipients.table = lambda name: standin if name == "customers_table" else real_table(name)
    print(
        f"seeded {args.customers:,} customers into the index stand-in in {time.perf_counter() - t0:.1f} s "
        f"({standin.per_page:,} per 1 MB page, customer item {item_size(sample)} B)"
    )
    put_message("bench", everyone(), "ベンチマーク")
    # The customers live in the index stand-in only: the dispatcher's check that each recipient
    # still exists (before keeping their timeline entry) is answered here; in AWS it is one
    # BatchGetItem per 100 recipients (counted below).
    from linecrm.dal import customers  # the dispatcher's real `customers` port (logic.ports)

    checked = []
    customers.existing = lambda ids: checked.append(len(ids)) or set(ids)

    counter = WriteCounter()
    dynamo.client().meta.events.register("provide-client-params.dynamodb", counter)
    history_table = dynamo.table("history_table").name
    store_nothing = StoreNothing(history_table)
    dynamo.client().meta.events.register("before-call.dynamodb.BatchWriteItem", store_nothing)
    plan_tables = [dynamo.table(t).name for t in ("deliveries_table", "messages_table")]
    marks: dict[str, float] = {}
    moto_plan: dict[str, float] = {}
    lock = threading.Lock()

    def checkpoint(step: str) -> None:
        now = time.perf_counter()
        with lock:
            marks.setdefault(step, now)
            marks[f"last {step}"] = now
        if step == "finished":  # moto's copy of the plan at its largest (the ids not yet removed)
            moto_plan["mb"] = moto_stored_mb(plan_tables)
            marks["settle from"] = time.perf_counter()  # the walk is the benchmark's, not the dispatcher's

    Path("/proc/self/clear_refs").write_text("5")  # peak RSS counts from here (Linux)
    before = rss_mb("VmRSS")
    start = time.perf_counter()
    summary = dispatch.run(clock=lambda: NOW, checkpoint=checkpoint)
    settled = time.perf_counter()
    peak = rss_mb("VmHWM")
    counter.load()
    done = marks["finished"]  # due-to-done: the outcome written (the settle backlog follows it)

    emulator_conn.send("report")
    report = emulator_conn.recv()
    stored = message("bench")
    expected = math.ceil(args.customers / 500)
    floor = expected / args.rate
    send = marks["last batch_recorded"] - marks["before_request"]
    plan = marks["planned"] - start
    table, key, peak_n, peak_u, keys = counter.busiest()
    print(
        f"outcome: {stored['status']}, recipients {stored['recipient_count']:,}, summary {summary['messages']}, "
        f"settle {summary['settle']}"
    )
    print(
        f"LINE multicast requests: {report['requests']:,} (expected {expected:,}); statuses {report['statuses']}"
    )
    print(
        f"ids sent: {report['ids']:,}, distinct {report['distinct']:,}; messages delivered per customer: "
        f"min {report['delivered_min']}, max {report['delivered_max']}"
    )
    print(f"due-to-done (the outcome written): {done - start:.1f} s")
    print(
        f"  planning (due Query, claim, {standin.queries} index pages resolved, {expected:,} batches written, committed): {plan:.1f} s"
    )
    print(f"  read the plan back before sending: {marks['before_request'] - marks['planned']:.1f} s")
    print(
        f"send phase: {send:.2f} s; floor at {args.rate:g} req/s: {floor:.2f} s; ratio {send / floor:.2f}x (target <= 1.2x)"
    )
    print(f"  then the outcome: {done - marks['last batch_recorded']:.2f} s")
    entries = counter.calls[("BatchWriteItem", "history")]
    print(
        f"settle backlog, after the outcome in the same run: {settled - marks['settle from']:.1f} s for "
        f"{sum(checked):,} recipients: {store_nothing.entries:,} timeline entries in {entries:,} BatchWriteItem "
        f"calls to history (counted, not stored), {counter.calls[('UpdateItem', 'deliveries')]:,} UpdateItem on "
        f"batches (pin, then ids removed), {sum(math.ceil(n / 100) for n in checked):,} BatchGetItem on customers "
        f"(existence, answered in-process here)"
    )
    lambda_mb = dispatcher_memory_mb()
    own = peak - before - moto_plan["mb"]
    print(
        f"memory: RSS before the run {before:.0f} MB, peak during it {peak:.0f} MB (+{peak - before:.0f} MB), "
        f"of which moto's copy of the plan (deliveries, messages; DynamoDB's in AWS) {moto_plan['mb']:.1f} MB: "
        f"the dispatcher's own peak +{own:.0f} MB; with the process after its imports ({imported:.0f} MB, "
        f"moto's included) {imported + own:.0f} MB of the dispatcher's Lambda memory setting {lambda_mb:,} MB "
        f"({(imported + own) / lambda_mb:.0%})"
    )
    print(
        f"headline: dispatcher, {args.customers:,} recipients: {report['requests']:,} LINE requests "
        f"(expected {expected:,}; statuses {report['statuses']}), send phase {send / floor:.2f}x the "
        f"{floor:g} s floor (target <= 1.2x), dispatcher's peak memory +{own:.0f} MB "
        f"({imported + own:.0f} MB of its {lambda_mb:,} MB Lambda setting), busiest partition key "
        f"{peak_u} write units in one second (target <= 1,000)"
    )
    print(
        f"writes: {sum(len(v) for v in counter.writes.values()):,} to {keys:,} partition keys; busiest key "
        f"{table}/{key[:40]}: {peak_n} writes, {peak_u} write units in one second (DynamoDB: 1,000 WCU/s per partition)"
    )


if __name__ == "__main__":
    main()
