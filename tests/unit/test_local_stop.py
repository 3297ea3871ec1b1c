"""The local stack's stop waits for its background threads: a daemon thread still importing or
printing when the interpreter shuts down can abort it (exit -6 after Ctrl-C, seen on a slow
machine when the stack was stopped right after it started)."""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

from local.stack import LocalStack, Scheduler


def _slow(done: list[str], name: str, seconds: float = 0.3):
    def run(*_args):
        time.sleep(seconds)
        done.append(name)
        return SimpleNamespace(status=200, body=b"{}")

    return run


def test_stop_waits_for_the_warm_up():
    stack = LocalStack()
    done: list[str] = []
    stack._warming_up = threading.Thread(target=_slow(done, "warm-up"), daemon=True)
    stack._warming_up.start()
    stack.stop()
    assert done == ["warm-up"]


def test_the_timer_stops_after_the_dispatcher_run_in_progress(capsys):
    done: list[str] = []
    scheduler = Scheduler(SimpleNamespace(dispatch_now=_slow(done, "dispatch")), interval=0.01)
    scheduler.start()
    time.sleep(0.1)  # a run has started (each takes 0.3 s)
    scheduler.stop()
    assert done and done[-1] == "dispatch"
    assert not scheduler._thread.is_alive()
    assert "[dispatcher]" in capsys.readouterr().out
