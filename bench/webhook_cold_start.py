"""Cold start of the webhook: import time of functions/webhook/handler.py and wall time of the first
signed follow event (import + handle), each in a fresh Python process.

    .venv/bin/python -m bench.webhook_cold_start [--runs 5]

DynamoDB is moto's server and LINE is the local emulator, both in this (parent) process, so the
child pays only what Lambda's cold start would pay (without SnapStart).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECRET, TOKEN = "bench-channel-secret", "bench-access-token"

CHILD = r"""
import json, sys, time
if sys.argv[4] == "snapstart":  # what SnapStart restores: the hook already loaded line-bot-sdk
    from functions.webhook.handler import _before_snapshot
    _before_snapshot()
t0 = time.perf_counter()
from functions.webhook.handler import handler
t1 = time.perf_counter()
from local.apigw import LambdaContext, proxy_event, response_parts
from local.line_emulator import webhook_events as ev
event = proxy_event("POST", "/webhook", *reversed(ev.signed_request(
    [ev.follow(sys.argv[1], reply_token=sys.argv[2])], sys.argv[3])))
status = response_parts(handler(event, LambdaContext("webhook")))[0]
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "first_follow": t2 - t0, "status": status}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--snapstart", action="store_true", help="run the before-snapshot hook before the clock starts"
    )
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "layers/shared/python")]

    import boto3

    from linecrm import tables
    from local import dynamodb
    from local.line_emulator import LineEmulator
    from local.stack import local_environment

    server, moto_url = dynamodb.start()
    emulator = LineEmulator(channel_access_token=TOKEN, channel_secret=SECRET).start("127.0.0.1", 0)
    line = {
        "LINE_API_BASE_URL": emulator.url,
        "LINE_CHANNEL_SECRET": SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
    }
    env = {
        **os.environ,
        **local_environment(0, moto_url, line),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "layers/shared/python")]),
    }
    client = boto3.client(
        "dynamodb",
        endpoint_url=moto_url,
        region_name="ap-northeast-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
    )
    tables.create_all(client)
    results = []
    try:
        for run in range(args.runs):
            user_id = f"U{run:032x}"
            emulator.add_customer(user_id, f"bench {run}")
            token = emulator.issue_reply_token(user_id)
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    CHILD,
                    user_id,
                    token,
                    SECRET,
                    "snapstart" if args.snapstart else "cold",
                ],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            result = json.loads(out.stdout.strip().splitlines()[-1])
            assert result["status"] == 200 and emulator.sent_to(user_id), out.stderr[-2000:]
            results.append(result)
    finally:
        emulator.stop()
        server.stop()
    for key in ("first_follow",) if args.snapstart else ("import", "first_follow"):
        values = [r[key] for r in results]
        print(
            f"{key:>13}: median {statistics.median(values):.3f} s, min {min(values):.3f} s, "
            f"max {max(values):.3f} s over {len(values)} fresh processes"
        )


if __name__ == "__main__":
    main()
