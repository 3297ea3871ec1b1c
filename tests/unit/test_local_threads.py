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


def test_the_fold_lets_a_stream_of_webhook_calls_go_first(monkeypatch):
    """While the webhook keeps being called, the background fold takes one step per
    MAX_DELAY_SECONDS (moto's server serves one request at a time: each step is a stall for the
    events behind it); once the calls stop, it folds the rest at once."""
    from linecrm.logic import member_counts
    from local.stack import Folder

    steps: list[float] = []

    def fold(max_customers: int) -> dict[str, int]:  # 10 steps of a backlog, 50 ms each
        if len(steps) == 10:
            return {"folded": 0}
        time.sleep(0.05)
        steps.append(time.monotonic())
        return {"folded": max_customers}

    monkeypatch.setattr(member_counts, "fold", fold)
    monkeypatch.setattr(Folder, "QUIET_SECONDS", 1.0)  # never reached while the stream flows
    monkeypatch.setattr(Folder, "MAX_DELAY_SECONDS", 0.5)
    app = SimpleNamespace(customers_changed=threading.Event())
    folder = Folder(app)
    folder.start()
    started = time.monotonic()
    try:
        while time.monotonic() - started < 1.5:  # a webhook call every 10 ms for 1.5 s
            app.customers_changed.set()
            time.sleep(0.01)
        stream_ended = time.monotonic()
        deadline = stream_ended + 30
        while len(steps) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        folder.stop()
    during = [t for t in steps if t < stream_ended]
    assert 1 <= len(during) <= 5, len(during)  # about one per 0.5 s, not ten at once
    assert len(steps) == 10  # the rest after the stream
