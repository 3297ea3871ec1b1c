"""`make bench` (`python -m bench`): runs every benchmark, each in a fresh process, prints what it
prints, and rewrites docs/benchmarks.md with every figure, the command behind it, the date and
the machine.

A benchmark is a module of bench/ that prints its figures; lines starting with "headline:" are
also collected at the top of the document. Add one with a line in BENCHES.

    .venv/bin/python -m bench                          # everything (slow: 100k customers twice)
    .venv/bin/python -m bench --max-customers 10000    # every --customers capped (a quick run)
    .venv/bin/python -m bench --only webhook           # the benchmarks whose line holds "webhook"
    .venv/bin/python -m bench --no-write               # print only, leave docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "docs" / "benchmarks.md"

# module of bench/ and its arguments: one line per run
BENCHES = [
    "cold_import --runs 5",
    "webhook_cold_start --runs 3",
    "webhook_latency --runs 100",
    "registration_burst --customers 1000",
    "groups_latency --runs 10",
    "admin_latency --customers 10000",
    "admin_latency --customers 100000",
    "dispatch_100k --customers 1000",
    "dispatch_100k --customers 10000",
    "dispatch_100k --customers 100000",
    "dispatch_1m --customers 1000000",
    "tag_resolve --customers 10000",
    "stats_latency --customers 100000",
]


def commit() -> str:
    """The commit measured (with `+changes` when the work tree differs from it)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
    )
    name = head.stdout.strip() or "unknown"
    return name + ("+changes" if dirty.stdout.strip() else "")


def capped(line: str, max_customers: int | None) -> str:
    if max_customers is None:
        return line
    return re.sub(r"--customers (\d+)", lambda m: f"--customers {min(int(m[1]), max_customers)}", line)


def run(line: str) -> dict:
    """Runs `python -m bench.<module> <args>`, echoing its output; its output, wall time, status
    and peak memory (the largest resident set of the benchmark's own process)."""
    module, *args = shlex.split(line)
    command = [sys.executable, "-m", f"bench.{module}", *args]
    print(f"\n$ {shlex.join(['.venv/bin/python', '-m', f'bench.{module}', *args])}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for text in process.stdout:
        if text.startswith("{"):  # a handler's JSON log line: not a figure
            continue
        print(text, end="", flush=True)
        lines.append(text.rstrip("\n"))
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "line": line,
        "command": shlex.join([".venv/bin/python", "-m", f"bench.{module}", *args]),
        "output": lines,
        "seconds": time.perf_counter() - started,
        "status": process.returncode,
        "peak_mb": usage.ru_maxrss / 1024,
    }


def machine() -> str:
    model = "unknown CPU"
    try:
        model = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
        memory = next(
            int(line.split()[1]) // 1024**2
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        model += f", {memory} GB RAM"
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} vCPU {model}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def speed() -> str:
    """Seconds for a plain Python loop of 10 million additions (median of 3): the machine's speed
    for single-threaded Python, so that figures of two runs can be compared (the same kind of
    machine here has measured 0.8 to 1.7 s, the figures above scaling with it)."""
    code = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(10_000_000):\n    x += i\nprint(time.perf_counter() - t)"
    runs = sorted(
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    )
    return f"{runs[1]:.2f} s"


def load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def document(
    results: list[dict], started: datetime, load_before: str, argv: list[str], speeds: tuple[str, str]
) -> str:
    headlines = [
        (line.removeprefix("headline:").strip(), result["command"])
        for result in results
        for line in result["output"]
        if line.startswith("headline:")
    ]
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`.venv/bin/python -m bench"
        + (f" {shlex.join(argv)}" if argv else "")
        + "`): every benchmark in `bench/__main__.py`, each in a fresh process; every figure below is",
        "what the command above it printed. Why the figures are what they are, and what limits them",
        "here (moto stands in for DynamoDB): `docs/benchmark_notes.md`.",
        "",
        f"- Run: {started:%Y-%m-%d %H:%M} UTC, {sum(r['seconds'] for r in results) / 60:.1f} min in all, "
        f"at commit {commit()}",
        f"- Machine: {machine()}, shared with other work (load average 1/5/15 min: {load_before} before, "
        f"{load()} after)",
        f"- Speed: a Python loop of 10 million additions took {speeds[0]} before and {speeds[1]} after "
        "(median of 3; the figures scale with it)",
        "",
        "## Headline figures",
        "",
        "| figure | command |",
        "|---|---|",
        *[f"| {figure} | `{command}` |" for figure, command in headlines],
        "",
    ]
    for result in results:
        out += [
            f"## `{result['line']}`",
            "",
            f"    {result['command']}",
            "",
            f"{result['seconds']:.1f} s, peak memory of the benchmark's process {result['peak_mb']:.0f} MB"
            + ("" if result["status"] == 0 else f", **exit status {result['status']}**"),
            "",
            "```",
            *result["output"],
            "```",
            "",
        ]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="run only the benchmarks whose line holds this text")
    parser.add_argument("--max-customers", type=int, help="cap every --customers argument (a quicker run)")
    parser.add_argument("--no-write", action="store_true", help="do not rewrite docs/benchmarks.md")
    args = parser.parse_args()
    started, before, speed_before = datetime.now(UTC), load(), speed()
    print(f"speed before: {speed_before}", flush=True)
    lines = [capped(b, args.max_customers) for b in BENCHES if not args.only or args.only in b]
    results = [run(line) for line in lines]
    speed_after = speed()
    print(f"speed after: {speed_after}", flush=True)
    if not args.no_write:
        document_text = document(results, started, before, sys.argv[1:], (speed_before, speed_after))
        DOCUMENT.write_text(document_text, encoding="utf-8")
        print(f"\nwrote {DOCUMENT.relative_to(ROOT)}")
    failed = [r["line"] for r in results if r["status"] != 0]
    if failed:
        print(f"failed: {failed}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
