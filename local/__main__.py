"""`python -m local` (`make run`): the whole system on 127.0.0.1:$PORT. See docs/local_stack.md."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time

STARTED = time.monotonic()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m local", description="Run the LINE CRM locally.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--seed",
        type=int,
        nargs="?",
        const=300,
        default=0,
        metavar="N",
        help="create N fake customers (default 300 when N is omitted)",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="start with no data (what was saved is replaced on stop)"
    )
    parser.add_argument(
        "--data",
        metavar="FILE",
        help="where the data is saved on stop and loaded from on start "
        "(default: $LOCAL_DATA_FILE, else .local-data/dynamodb.json)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.seed <= 100_000:
        parser.error("--seed must be between 0 and 100000")
    try:
        interval = float(os.environ.get("DISPATCH_INTERVAL_SECONDS", "300"))
    except ValueError:
        interval = 0.0
    if not interval > 0:  # 0 would run the dispatcher in a tight loop
        parser.error("DISPATCH_INTERVAL_SECONDS must be a positive number of seconds")

    from pathlib import Path

    from local import persistence
    from local.stack import LocalStack, PortTaken

    data = Path(args.data) if args.data else persistence.default_path()
    stack = LocalStack(
        port=args.port, host=args.host, dispatch_interval=interval, data_path=data, fresh=args.fresh
    )
    try:
        stack.start()
    except PortTaken as error:
        print(
            f"エラー: {error}.\n  Another program is using it. Stop it, or choose another port: "
            f"PORT={args.port + 1} make run",
            file=sys.stderr,
        )
        return 2
    # From here on Ctrl-C (and SIGTERM) only asks the loop below to stop: a KeyboardInterrupt
    # landing anywhere else (while printing, say) would skip the clean stop and the save.
    stopping = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stopping.set())
    ready = time.monotonic() - STARTED
    seeded = ""
    if args.seed:
        from local.seed import seed

        t0 = time.monotonic()
        counts = seed(args.seed, stack.emulator)
        seeded = (
            f"  seed:            {counts['customers']} customers ({counts['registered']} registered, "
            f"{counts['blocked']} blocked) in {time.monotonic() - t0:.1f} s\n"
        )
    loaded = sum(stack.loaded.values())
    data_line = (
        f"  data:            {data} (loaded {loaded} items; saved again on stop)\n"
        if loaded
        else f"  data:            {data} ({'--fresh: ' if args.fresh else ''}empty; saved on stop)\n"
    )
    external_line = os.environ["LINE_API_BASE_URL"] != f"http://127.0.0.1:{stack.port}"  # local.stack's
    print(
        f"LINE CRM local stack: serving on {stack.url} (ready in {ready:.2f} s)\n"
        f"  staff console:   {stack.url}/\n"
        f"  LINE emulator:   {stack.url}/emulator/\n"
        f"  admin API:       {stack.url}/api/   (Swagger UI: {stack.url}/api/swagger)\n"
        f"  webhook:         POST {stack.url}/webhook\n"
        f"  dispatch now:    POST {stack.url}/_local/dispatch   (timer: every {interval:g} s)\n"
        f"  DynamoDB (moto): {stack.moto_url}\n"
        f"  LINE API:        {os.environ['LINE_API_BASE_URL']}"
        f"{'   (external: LINE_API_BASE_URL)' if external_line else '   (built-in emulator)'}\n"
        f"{data_line}"
        f"{seeded}"
        f"  ADMIN_TOKEN={stack.admin_token}\n"
        f"    curl -H 'Authorization: Bearer {stack.admin_token}' {stack.url}/api/groups\n"
        f"Press Ctrl-C to stop.",
        flush=True,
    )
    while not stopping.wait(0.5):
        pass
    print("stopping… (saving the data)", flush=True)
    saved = stack.stop()
    if stack.not_saved:
        print(
            f"エラー: {stack.not_saved}: nothing saved; {data} is left as it was.",
            file=sys.stderr,
            flush=True,
        )
    else:
        print(f"saved {sum(saved.values())} items to {data}", flush=True)
    print("stopped.", flush=True)
    return 1 if stack.not_saved else 0


if __name__ == "__main__":
    sys.exit(main())
