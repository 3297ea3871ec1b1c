"""Delivery rules: batching, what LINE's answers mean, backoff, the 24-hour key window, outcome, quota."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linecrm.domain import delivery
from linecrm.logic.rate_limit import TokenBucket

NOW = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)


def test_1201_recipients_make_three_batches_of_at_most_500():
    ids = [f"U{i:032d}" for i in range(1201)]
    batches = delivery.batches(delivery.recipients(ids))
    assert [len(b) for b in batches] == [500, 500, 201]
    assert delivery.request_count(1201) == 3


@given(st.lists(st.text(alphabet="0123456789abcdef", min_size=1, max_size=6)), st.integers(1, 500))
def test_batches_hold_every_recipient_exactly_once(ids, size):
    unique = delivery.recipients(ids)
    batches = delivery.batches(unique, size)
    flat = [u for b in batches for u in b]
    assert sorted(flat) == sorted(set(ids))
    assert all(1 <= len(b) <= size for b in batches)
    assert len(batches) == delivery.request_count(len(unique), size)


def test_recipients_are_deduplicated_and_in_a_stable_order():
    assert delivery.recipients(["U3", "U1", "U3", "U2"]) == ["U1", "U2", "U3"]


def test_batch_size_above_lines_limit_is_refused():
    with pytest.raises(ValueError):
        delivery.batches(["U1"], 501)


def test_batch_numbers_sort_in_send_order():
    assert delivery.batch_no(2) < delivery.batch_no(10) == "00010"


@pytest.mark.parametrize(
    ("status", "answer"),
    [
        (200, delivery.ANSWER_ACCEPTED),
        (409, delivery.ANSWER_ACCEPTED),  # the retry key was already accepted: the batch went out
        (429, delivery.ANSWER_RETRY),
        (500, delivery.ANSWER_RETRY),
        (503, delivery.ANSWER_RETRY),
        (None, delivery.ANSWER_RETRY),  # timeout: unknown outcome, the retry key makes a retry safe
        (400, delivery.ANSWER_FAILED),
        (401, delivery.ANSWER_FAILED),
        (403, delivery.ANSWER_FAILED),
    ],
)
def test_what_a_line_answer_means_for_a_batch(status, answer):
    assert delivery.classify_answer(status) == answer


def test_backoff_grows_exponentially_up_to_a_ceiling_with_full_jitter():
    policy = delivery.RetryPolicy(base_seconds=0.5, max_seconds=3.0)
    assert [policy.ceiling(a) for a in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert policy.delay(3, 0.5) == 1.0
    assert policy.delay(3, 0.0) == 0.0


def test_a_batch_first_tried_over_24_hours_ago_is_past_the_retry_key_window():
    assert delivery.past_retry_window(NOW - timedelta(hours=24, minutes=1), NOW)
    assert not delivery.past_retry_window(NOW - timedelta(hours=23), NOW)
    assert not delivery.past_retry_window(None, NOW)


def test_all_batches_accepted_is_sent():
    result = delivery.outcome([("accepted", 500, None), ("accepted", 3, None)])
    assert (result.status, result.sent_count, result.failed_count, result.reasons) == ("sent", 503, 0, [])


def test_some_batches_failed_is_partially_failed_with_lines_reason():
    result = delivery.outcome([("accepted", 500, None), ("failed", 3, "The request body has 1 error(s)")])
    assert (result.status, result.sent_count, result.failed_count) == ("partially_failed", 500, 3)
    assert result.reasons == ["3人への送信に失敗しました: The request body has 1 error(s)"]


def test_no_batch_accepted_is_failed_and_unconfirmed_counts_as_not_sent():
    result = delivery.outcome([("failed", 10, "bad"), ("unconfirmed", 5, None)])
    assert (result.status, result.sent_count, result.failed_count) == ("failed", 0, 15)
    assert len(result.reasons) == 2 and "24時間" in result.reasons[1]


def test_no_recipients_is_sent_to_nobody_with_a_reason():
    result = delivery.outcome([])
    assert result.status == "sent" and result.sent_count == 0 and result.reasons


def test_quota_covers_the_recipients():
    assert delivery.quota_shortfall(100, "limited", 1000, 900) is None
    assert delivery.quota_shortfall(10**6, "none", None, 0) is None


def test_quota_short_of_the_recipients_holds_with_the_figures():
    reason = delivery.quota_shortfall(101, "limited", 1000, 900)
    assert reason is not None and "101人" in reason and "残り 100通" in reason


class FakeTime:
    def __init__(self):
        self.now = 0.0

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_token_bucket_spaces_requests_at_the_rate():
    t = FakeTime()
    bucket = TokenBucket(200, clock=t.clock, sleep=t.sleep)
    for _ in range(201):
        bucket.acquire()
    assert t.now == pytest.approx(1.0)  # 201 requests: the first at once, then one per 5 ms


def test_token_bucket_does_not_save_up_more_than_its_capacity():
    t = FakeTime()
    bucket = TokenBucket(10, capacity=2, clock=t.clock, sleep=t.sleep)
    t.now = 100.0  # idle for a long time
    waits = [bucket.acquire() for _ in range(3)]
    assert waits[:2] == [0.0, 0.0] and waits[2] == pytest.approx(0.1)


def test_token_bucket_sends_no_burst_after_a_caller_woke_late():
    # The process paused (garbage collection, a busy CPU) while a caller slept for its token: it
    # goes out late, and the next caller still waits its 5 ms after it, not at once beside it.
    t = FakeTime()
    pauses = [0.1]

    def sleep(seconds):
        t.now += seconds + (pauses.pop() if pauses else 0.0)

    bucket = TokenBucket(200, clock=t.clock, sleep=sleep)
    granted = []
    for _ in range(4):
        bucket.acquire()
        granted.append(t.now)
    assert granted[1] == pytest.approx(0.105)
    gaps = [b - a for a, b in zip(granted[1:], granted[2:], strict=False)]
    assert all(gap >= 0.005 - 1e-9 for gap in gaps), gaps


@given(st.integers(0, 5000), st.integers(1, 500))
def test_batches_are_as_full_as_they_can_be_and_numbered_in_order(count, size):
    ids = [f"U{n:05d}" for n in range(count)]
    batches = delivery.batches(ids, size)
    assert all(len(b) == size for b in batches[:-1])  # only the last one may be short
    numbers = [delivery.batch_no(i) for i in range(len(batches))]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert [u for b in batches for u in b] == ids  # in the order given
