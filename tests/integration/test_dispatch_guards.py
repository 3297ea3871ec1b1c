"""The dispatcher's guards, each with a test that fails when the guard is removed: the claim epoch
fencing every write of a holder, planned batches overwritten only by a newer claim, a resume
reading only the committed plan; the run's time budget and one rate limit for every message."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from linecrm.dal import deliveries, message_dispatch
from linecrm.jst import iso_utc
from linecrm.logic import dispatch
from tests.integration import dispatch_support as ds

LEASE = timedelta(minutes=5)


def claim(moment, me="same-dispatcher"):
    return message_dispatch.claim("m1", me, iso_utc(moment), iso_utc(moment + LEASE))


def test_a_stale_claim_of_the_same_dispatcher_id_can_no_longer_write_the_message(aws):
    ds.put_message("m1", ds.everyone())
    stale = claim(ds.NOW)
    fresh = claim(ds.NOW + 2 * LEASE)  # the first one stalled past its lease; a retried invocation
    assert (stale.claim_epoch, fresh.claim_epoch) == (1, 2)
    me = "same-dispatcher"

    assert not message_dispatch.mark_planned("m1", me, 1, 10, 1)
    assert not message_dispatch.extend_lease("m1", me, 1, iso_utc(ds.NOW + 3 * LEASE))
    assert message_dispatch.start_sending("m1", me, 1, iso_utc(ds.NOW)) is None
    assert not message_dispatch.finish("m1", me, 1, "sent", iso_utc(ds.NOW))
    assert message_dispatch.mark_planned("m1", me, 2, 10, 1)
    assert not message_dispatch.mark_planned("m1", me, 2, 99, 9)  # a committed plan stays as it is
    stored = ds.message("m1")
    assert (stored["plan_epoch"], stored["recipient_count"], stored["status"]) == (2, 10, "sending")


def test_a_stalled_planner_cannot_overwrite_the_batches_of_a_newer_claim(aws):
    def batch(epoch, ids):
        return [deliveries.planned_item("m1", epoch, "00000", ids, f"key-of-epoch-{epoch}")]

    assert deliveries.write_batches(batch(2, ["Ua", "Ub"]))

    assert not deliveries.write_batches(batch(1, ["Uz"]))
    (stored,) = deliveries.plan("m1", 1)
    assert (stored.retry_key, deliveries.unpack(stored.user_ids)) == ("key-of-epoch-2", ["Ua", "Ub"])
    assert deliveries.write_batches(batch(3, ["Ua"]))  # a newer claim may replace a plan not committed


def test_a_held_plans_batches_are_discarded_but_not_those_a_newer_claim_wrote(aws):
    """A stalled dispatcher ending a held message (its ids never sent) deletes its own batches,
    never the plan a newer claim (the message scheduled again) wrote over them."""
    assert deliveries.write_batches(
        [
            deliveries.planned_item("m1", 1, "00000", ["Ua"], "k0"),
            deliveries.planned_item("m1", 1, "00001", ["Ub"], "k1"),
        ]
    )
    assert deliveries.write_batches([deliveries.planned_item("m1", 2, "00000", ["Uc"], "new")])

    deliveries.discard_plan("m1", 1, 2)

    (kept,) = deliveries._table().scan()["Items"]
    assert (kept["retry_key"], deliveries.unpack(kept["user_ids"])) == ("new", ["Uc"])


def test_a_resume_after_the_recipients_shrank_sends_only_the_committed_plan(aws, line_emulator):
    ids = [f"U{i:02d}" for i in range(12)]
    ds.seed_customers([ds.customer(u) for u in ids])
    ds.put_message("m1", ds.everyone(), "縮小")
    options = dispatch.DispatchOptions(batch_size=1, concurrency=1)
    with pytest.raises(ds.Crash):  # the first plan: 8 of its 12 batches written, then the dispatcher died
        dispatch.run(clock=lambda: ds.NOW, checkpoint=ds.crash_at("plan_chunk_written"), options=options)
    ds.seed_customers([ds.customer(u, blocked=True) for u in ids[3:]])  # 9 unfollow meanwhile
    later = ds.NOW + 2 * LEASE
    with pytest.raises(ds.Crash):  # the second plan (3 batches) committed; died before sending
        dispatch.run(clock=lambda: later, checkpoint=ds.crash_at("planned"), options=options)

    dispatch.run(clock=lambda: later + 2 * LEASE, options=options)

    delivered = ds.deliveries_of(line_emulator, ids, "縮小")
    assert [u for u in ids if delivered[u]] == ids[:3] and set(delivered.values()) == {0, 1}
    assert ds.message("m1")["status"] == "sent" and ds.message("m1")["sent_count"] == 3


class TimeRunsOut:
    """The Lambda's remaining time: plenty until `requests` LINE calls have been made, then none."""

    def __init__(self, requests: int):
        self.requests, self.calls = requests, 0
        self.lock = threading.Lock()

    def checkpoint(self, step: str) -> None:
        if step == "before_request":
            with self.lock:
                self.calls += 1

    def __call__(self) -> float:
        return 0.0 if self.calls >= self.requests else 900.0


def test_a_run_out_of_time_stops_sending_and_the_next_run_sends_the_rest_once(aws, line_emulator):
    ids = [f"U{i:02d}" for i in range(25)]
    ds.seed_customers([ds.customer(u) for u in ids])
    ds.put_message("m1", ds.everyone(), "続きから")
    options = dispatch.DispatchOptions(batch_size=5, concurrency=1)
    budget = TimeRunsOut(2)

    first = dispatch.run(
        clock=lambda: ds.NOW, checkpoint=budget.checkpoint, options=options, time_left=budget
    )
    assert first["messages"][0]["result"] == "deferred" and "実行時間" in first["messages"][0]["reasons"][0]
    assert len(ds.multicasts(line_emulator)) == 2 and ds.message("m1")["status"] == "sending"
    dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=options)

    assert set(ds.deliveries_of(line_emulator, ids, "続きから").values()) == {1}
    assert [r.status for r in ds.multicasts(line_emulator)] == [200] * 5  # nothing resent
    assert ds.message("m1")["status"] == "sent"


def test_a_run_with_no_time_left_claims_nothing(aws, line_emulator):
    ds.seed_customers([ds.customer("Ua")])
    ds.put_message("m1", ds.everyone())

    summary = dispatch.run(clock=lambda: ds.NOW, time_left=lambda: 1.0)

    assert summary["messages"] == [{"message_id": "m1", "result": "out_of_time"}]
    assert ds.message("m1")["status"] == "scheduled" and ds.multicasts(line_emulator) == []


class OneLimiter:
    """Counts the rate limiters a run makes and the tokens each gives."""

    def __init__(self, monkeypatch):
        from linecrm.logic import rate_limit

        self.acquired: list[int] = []
        real, outer = rate_limit.TokenBucket, self

        class Counting(real):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.n = len(outer.acquired)
                outer.acquired.append(0)

            def acquire(self):
                outer.acquired[self.n] += 1
                return super().acquire()

        monkeypatch.setattr("linecrm.logic.dispatch.TokenBucket", Counting)


class HoldFirstRequest:
    """The real client, except that the first multicast waits until the second message is planned."""

    def __init__(self, api, planned: threading.Event):
        self.api, self.planned, self.waited = api, planned, None

    def __getattr__(self, name):
        return getattr(self.api, name)

    def multicast_with_http_info(self, request, **kwargs):
        if self.waited is None:
            self.waited = self.planned.wait(timeout=30)
        return self.api.multicast_with_http_info(request, **kwargs)


def test_two_messages_due_together_share_one_rate_limit_and_the_second_is_planned_while_the_first_sends(
    aws, line_emulator, monkeypatch
):
    from linecrm import line_api

    ids = [f"U{i:02d}" for i in range(20)]
    ds.seed_customers([ds.customer(u) for u in ids])
    ds.put_message("m1", ds.everyone(), "ひとつめ")
    ds.put_message("m2", ds.everyone(), "ふたつめ")
    limiters = OneLimiter(monkeypatch)
    second_planned = threading.Event()
    plans = []

    def checkpoint(step):
        if step == "planned":
            plans.append(step)
            if len(plans) == 2:
                second_planned.set()

    api = HoldFirstRequest(line_api.messaging_api(), second_planned)
    dispatch.run(
        clock=lambda: ds.NOW, checkpoint=checkpoint, api=api, options=dispatch.DispatchOptions(batch_size=5)
    )

    assert api.waited is True  # m2 was planned while m1's first request was in flight
    assert limiters.acquired == [8]  # one limiter, every request of both messages through it
    for text in ("ひとつめ", "ふたつめ"):
        assert set(ds.deliveries_of(line_emulator, ids, text).values()) == {1}


def test_the_handler_gives_the_fold_only_the_time_left(aws, line_emulator):
    from functions.dispatcher.handler import handler
    from local.apigw import LambdaContext

    ds.seed_customers([ds.customer("Ua"), ds.customer("Ub")])  # new customers: flagged for the counts

    hurried = handler({"source": "aws.events"}, LambdaContext("dispatcher", timeout_seconds=10))
    relaxed = handler({"source": "aws.events"}, LambdaContext("dispatcher", timeout_seconds=300))

    assert hurried["member_counts"]["folded"] == 0 and relaxed["member_counts"]["folded"] == 2
