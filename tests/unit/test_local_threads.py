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


def test_the_fold_pauses_between_its_steps_while_the_webhook_is_called(monkeypatch):
    """While the webhook keeps being called, the background fold pauses after each step for twice
    as long as the step took (moto's server serves one request at a time: a backlog folded in one
    go is a stall for every event behind it); with no calls, it folds its steps back to back."""
    from linecrm.logic import member_counts
    from local.stack import Folder

    steps: list[tuple[float, float]] = []  # (start, end) of each step

    def fold(max_customers: int) -> dict[str, int]:  # 10 steps of a backlog, 50 ms each
        if len(steps) == 10:
            return {"folded": 0}
        started = time.monotonic()
        time.sleep(0.05)
        steps.append((started, time.monotonic()))
        return {"folded": max_customers}

    def run(stream: bool) -> list[float]:
        steps.clear()
        app = SimpleNamespace(customers_changed=threading.Event())
        folder = Folder(app)
        folder.start()
        app.customers_changed.set()
        deadline = time.monotonic() + 30
        try:
            while len(steps) < 10 and time.monotonic() < deadline:
                if stream:  # a webhook call every 5 ms
                    app.customers_changed.set()
                time.sleep(0.005)
        finally:
            folder.stop()
        assert len(steps) == 10
        return [after[0] - before[1] for before, after in zip(steps, steps[1:], strict=False)]

    monkeypatch.setattr(member_counts, "fold", fold)
    monkeypatch.setattr(Folder, "QUIET_SECONDS", 0.01)
    monkeypatch.setattr(Folder, "MAX_DELAY_SECONDS", 0.02)  # the first step starts at once
    assert min(run(stream=True)) >= 0.09  # paused 2 x 50 ms (a sleep lasts at least that)
    assert min(run(stream=False)) < 0.09  # nothing to let through: no pause
