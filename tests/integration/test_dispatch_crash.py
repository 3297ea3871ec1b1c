"""A dispatcher dying at any step of a send, then a normal run: nobody gets the message twice,
nobody is missed. Duplicates are counted by what the LINE emulator DELIVERED (a 409 repeat of an
accepted retry key delivers nothing)."""

from __future__ import annotations

import random
from datetime import timedelta

from linecrm.domain.delivery import RetryPolicy
from linecrm.logic import dispatch
from tests.integration.dispatch_support import (
    NOW,
    customer,
    deliveries_of,
    everyone,
    message,
    put_message,
    seed_customers,
)

TRIALS = 70
REPEATED_STEPS = {
    "plan_chunk_written": 3,
    "before_request": 5,
    "line_answered": 5,
    "batch_recorded": 5,
    "history_written": 5,
}  # step: times reached per run
OPTIONS = dispatch.DispatchOptions(
    batch_size=5,
    page_size=4,  # several resolver pages: a crash mid-planning is resumed from the saved progress
    concurrency=2,
    retry=RetryPolicy(max_attempts=10, base_seconds=0.002, max_seconds=0.01),
)


class Crash(BaseException):
    """The process dying: a BaseException, so no `except Exception` in the code can survive it."""


class CrashAt:
    """Dies the `occurrence`-th time `step` is reached; once dead, every thread dies at its next step."""

    def __init__(self, step: str, occurrence: int):
        self.step, self.occurrence, self.seen, self.dead = step, occurrence, 0, False

    def __call__(self, name: str) -> None:
        if not self.dead and name == self.step:
            self.seen += 1
            self.dead = self.seen >= self.occurrence
        if self.dead:
            raise Crash(name)


def run_until_crash(moment, checkpoint) -> bool:
    try:
        dispatch.run(clock=lambda: moment, checkpoint=checkpoint, options=OPTIONS)
    except Crash:
        return True
    return False


def test_crashes_at_random_steps_then_a_normal_run_deliver_exactly_once(aws, line_emulator):
    followers = [f"U{i:03d}" for i in range(23)]  # 5 batches of <= 5
    seed_customers([customer(u) for u in followers] + [customer("Ublocked", blocked=True)])
    line_emulator.set_faults(0.1, seed=11)  # some 429/500s too, so retries mix with the crashes
    rng = random.Random(20261126)
    crashes = []

    for trial in range(TRIALS):
        text = f"trial {trial}"
        put_message(f"m{trial}", everyone(), text)
        start = NOW + timedelta(days=trial)
        for n in range(rng.randint(2, 3)):  # dying again while resuming is allowed too
            step = rng.choice(dispatch.STEPS)
            point = (step, rng.randint(1, REPEATED_STEPS.get(step, 1)))
            if run_until_crash(start + timedelta(minutes=10 * n), CrashAt(*point)):
                crashes.append(point)
        for n in range(3):  # normal runs after the leases expired (a run may leave 429ed batches)
            moment = start + timedelta(hours=1, minutes=10 * n)
            dispatch.run(clock=lambda moment=moment: moment, options=OPTIONS)
            if message(f"m{trial}")["status"] != "sending":
                break

        assert message(f"m{trial}")["status"] == "sent", trial
        delivered = deliveries_of(line_emulator, [*followers, "Ublocked"], text)
        assert [u for u in followers if delivered[u] != 1] == [], (trial, delivered)
        assert delivered["Ublocked"] == 0

    # Each follower has exactly one timeline entry per message, however the runs died; the
    # finished messages' batches keep no id.
    from linecrm.dal import deliveries, history
    from linecrm.dal.dynamo import query_all

    for user in followers:
        received = [e.message_id for e in history.list_for(user) if e.kind == "delivery"]
        assert sorted(received) == sorted(f"m{trial}" for trial in range(TRIALS)), user
    batches = query_all(deliveries._table(), scan=True)
    assert [i["delivery_key"] for i in batches if "user_ids" in i] == []
    print(f"{len(crashes)} crashes over {TRIALS} trials")
    assert len(crashes) >= 100
    assert {step for step, _ in crashes} == set(dispatch.STEPS)  # every step was hit at least once
