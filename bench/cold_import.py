"""Cold import of each handler: `import functions.<name>.handler` in a fresh Python process (what a
Lambda cold start pays before the first event), timed inside the child.

    .venv/bin/python -m bench.cold_import [--runs 5]

Target for the webhook: <= 0.35 s (LINE waits 2 s for the whole first answer).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = ("webhook", "admin_api", "dispatcher")
CHILD = """
import sys, time
sys.path[:0] = [{root!r}, {layer!r}]
started = time.perf_counter()
import functions.{name}.handler
print(time.perf_counter() - started)
"""


def once(name: str) -> float:
    environment = {
        **os.environ,
        "AWS_DEFAULT_REGION": "ap-northeast-1",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "LineCrmBench",
    }
    code = CHILD.format(root=str(ROOT), layer=str(ROOT / "layers/shared/python"), name=name)
    answer = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, check=True
    )
    return float(answer.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for name in HANDLERS:
        times = sorted(once(name) for _ in range(args.runs))
        print(
            f"functions/{name}/handler.py: import median {statistics.median(times):.3f} s, "
            f"min {times[0]:.3f} s, max {times[-1]:.3f} s over {args.runs} fresh processes"
        )
        if name == "webhook":
            print(
                f"headline: webhook cold import median {statistics.median(times):.3f} s, "
                f"max {times[-1]:.3f} s (target <= 0.35 s)"
            )


if __name__ == "__main__":
    main()
