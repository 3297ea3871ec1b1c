"""Several dispatchers started at once (threads against moto's server, as separate Lambda
invocations would be): every message goes out once to every recipient."""

from __future__ import annotations

import threading

import pytest

from linecrm.domain.delivery import RetryPolicy
from linecrm.logic import dispatch
from tests.integration.dispatch_support import (
    NOW,
    customer,
    deliveries_of,
    everyone,
    message,
    multicasts,
    put_message,
    seed_customers,
)

OPTIONS = dispatch.DispatchOptions(
    batch_size=7,
    page_size=5,
    concurrency=3,
    retry=RetryPolicy(max_attempts=10, base_seconds=0.002, max_seconds=0.01),
)
MESSAGES = [f"m{i}" for i in range(4)]


def start_together(count: int, moment) -> list[dict]:
    barrier = threading.Barrier(count)
    summaries, errors = [], []

    def one(n: int) -> None:
        barrier.wait()
        try:
            summaries.append(dispatch.run(f"dispatcher-{n}", clock=lambda: moment, options=OPTIONS))
        except Exception as error:  # pragma: no cover - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return summaries


@pytest.mark.parametrize("dispatchers", [2, 4])
def test_dispatchers_started_at_once_send_each_message_once_to_everyone(
    moto_server, line_emulator, dispatchers
):
    followers = [f"U{i:03d}" for i in range(40)]
    seed_customers([customer(u) for u in followers] + [customer("Ublocked", blocked=True)])
    for message_id in MESSAGES:
        put_message(message_id, everyone(), f"同時実行 {message_id}")

    summaries = start_together(dispatchers, NOW)

    results = [m for s in summaries for m in s["messages"]]
    claimed = [m["message_id"] for m in results if m["result"] != "claimed_elsewhere"]
    assert sorted(claimed) == MESSAGES  # each message taken by exactly one dispatcher
    for message_id in MESSAGES:
        assert message(message_id)["status"] == "sent"
        delivered = deliveries_of(line_emulator, [*followers, "Ublocked"], f"同時実行 {message_id}")
        assert [u for u in followers if delivered[u] != 1] == [] and delivered["Ublocked"] == 0


def test_dispatchers_racing_to_resume_an_abandoned_message_send_it_once(moto_server, line_emulator):
    followers = [f"U{i:03d}" for i in range(40)]
    seed_customers([customer(u) for u in followers])
    put_message("m0", everyone(), "再開")

    class Crash(BaseException):
        pass

    def die_after_three_answers(step, seen=[]):  # noqa: B006 - the counter lives across calls
        seen.append(step)  # LINE accepted three batches that were never recorded
        if seen.count("line_answered") >= 3:
            raise Crash(step)

    with pytest.raises(Crash):
        dispatch.run("first", clock=lambda: NOW, checkpoint=die_after_three_answers, options=OPTIONS)
    start_together(4, NOW + OPTIONS.lease * 2)  # all four see the expired lease at once

    assert message("m0")["status"] == "sent"
    assert set(deliveries_of(line_emulator, followers, "再開").values()) == {1}
    assert any(r.status == 409 for r in multicasts(line_emulator))  # the unrecorded three, resent


def test_dispatchers_racing_to_go_on_with_a_plan_stopped_by_the_time_budget_send_it_once(
    moto_server, line_emulator
):
    followers = [f"U{i:03d}" for i in range(40)]
    seed_customers([customer(u) for u in followers])
    put_message("m0", everyone(), "計画の再開")
    asked = []

    def time_left():  # plenty before the claim and for two resolver pages, then none
        asked.append(1)
        return 900.0 if len(asked) <= 3 else 0.0

    first = dispatch.run("first", clock=lambda: NOW, options=OPTIONS, time_left=time_left)
    assert first["messages"][0]["result"] == "deferred" and message("m0")["plan_progress"]["batches"] >= 1
    start_together(4, NOW + OPTIONS.lease)  # released: all four see it due again at once

    assert message("m0")["status"] == "sent"
    assert set(deliveries_of(line_emulator, followers, "計画の再開").values()) == {1}
