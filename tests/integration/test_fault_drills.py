"""Fault drills: DynamoDB throttling and LINE timeouts injected at the boundaries (boto3's client,
LINE's HTTP answers) of the real webhook and the real dispatcher. What a retry can fix is retried
(LINE's redelivery for the webhook, the next run or the next attempt for the dispatcher); nothing
stored is lost or applied twice; each failure leaves one clear log line."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from botocore.exceptions import ClientError

from linecrm.dal import customers, history
from linecrm.domain import bot_texts as t
from linecrm.domain.delivery import RetryPolicy
from linecrm.logic import dispatch
from linecrm.settings import get_settings
from local.line_emulator import webhook_events as ev
from tests.integration.dispatch_support import (
    NOW,
    customer,
    deliveries_of,
    everyone,
    message,
    put_message,
    seed_customers,
)
from tests.support.faults import THROTTLED, DynamoThrottle, SilentLine
from tests.support.line_webhook import Customer, post, texts

pytestmark = pytest.mark.usefixtures("aws")
REDELIVERY_LINE = "to be redelivered"  # an event, or the POST's deferred writes (handler.py)


def lines(caplog, text: str) -> list[logging.LogRecord]:
    return [r for r in caplog.records if text in r.getMessage()]


def answer_gender(taro: Customer) -> dict:
    taro.follow()
    return ev.text(taro.user_id, "男性", reply_token=taro._token())


# --- webhook --------------------------------------------------------------------------------


def test_each_dynamodb_call_of_a_webhook_event_throttled_in_turn_is_redelivered_and_applied_once(
    line_emulator, monkeypatch, caplog
):
    throttle = DynamoThrottle(monkeypatch)
    probe = Customer(line_emulator, "U" + "0" * 32)
    event = answer_gender(probe)
    throttle.only(lambda n, op: False)
    assert post([event])[0] == 200
    calls = throttle.calls  # how many DynamoDB calls one answer makes
    assert calls >= 4  # the in-progress record, the customers read ahead, the change, the deferred puts

    for k in range(1, calls + 1):
        taro = Customer(line_emulator, f"U{k:032x}")
        event = answer_gender(taro)
        caplog.clear()
        throttle.only(lambda n, op, k=k: n == k)
        with caplog.at_level(logging.INFO):
            status, _ = post([event])
        assert throttle.injected, k
        failed = lines(caplog, REDELIVERY_LINE)
        assert (status, len(failed)) in ((500, 1), (200, 0)), (k, throttle.injected, status)
        if failed:
            assert THROTTLED in failed[0].getMessage()
        throttle.only(lambda n, op: False)
        assert post([ev.redelivery(event)])[0] == 200  # LINE's redelivery

        stored = customers.get(taro.user_id)
        assert (stored.state, stored.gender) == ("awaiting_age", "male"), k
        inbound = [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"]
        assert inbound == ["男性"], k
        assert texts(line_emulator.sent_to(taro.user_id)).count(t.ASK_AGE) <= 1, k


def test_a_webhook_event_throttled_on_every_call_answers_500_and_writes_nothing(line_emulator, monkeypatch):
    taro = Customer(line_emulator, "U" + "5" * 32)
    event = answer_gender(taro)
    before = customers.get(taro.user_id)
    DynamoThrottle(monkeypatch, lambda n, op: True)
    assert post([event])[0] == 500
    monkeypatch.undo()
    assert customers.get(taro.user_id) == before


def test_a_reply_that_times_out_keeps_the_answer_and_logs_one_line(line_emulator, monkeypatch, caplog):
    silent = SilentLine(line_emulator.url, lambda r: r.path.endswith("/message/reply"), seconds=1.5)
    monkeypatch.setenv("LINE_API_BASE_URL", silent.url)
    monkeypatch.setenv("LINE_READ_TIMEOUT_SECONDS", "0.3")
    get_settings.cache_clear()
    try:
        taro = Customer(line_emulator, "U" + "6" * 32)
        with caplog.at_level(logging.INFO):
            assert taro.say("こんにちは") is not None and taro.last_status == 200  # a new customer
            event = ev.text(taro.user_id, "男性", reply_token=taro._token())
            assert post([event])[0] == 200
    finally:
        silent.stop()
    assert silent.held == 2
    assert customers.get(taro.user_id).state == "awaiting_age"
    assert [e.kind for e in history.list_for(taro.user_id)].count("reply_failed") == 2
    assert len(lines(caplog, "reply failed")) == 2


# --- dispatcher -----------------------------------------------------------------------------

FOLLOWERS = [f"U{i:03d}" for i in range(7)]
OPTIONS = dispatch.DispatchOptions(
    batch_size=3, concurrency=2, retry=RetryPolicy(max_attempts=6, base_seconds=0.001, max_seconds=0.005)
)


def run_at(moment) -> dict:
    return dispatch.run(clock=lambda: moment, options=OPTIONS)


def finish(mid: str, start) -> None:
    """Normal runs after the lease expired, as EventBridge's next ticks, until the message is done."""
    for n in range(4):
        run_at(start + timedelta(minutes=10 * (n + 1)))
        if message(mid)["status"] != "sending":
            return


def test_each_dynamodb_call_of_a_dispatch_throttled_in_turn_still_delivers_exactly_once(
    line_emulator, monkeypatch, caplog
):
    seed_customers([customer(u) for u in FOLLOWERS])
    throttle = DynamoThrottle(monkeypatch)
    put_message("probe", everyone(), "probe")
    run_at(NOW)
    calls = throttle.calls
    assert message("probe")["status"] == "sent" and calls >= 10

    injected = 0
    for k in range(1, calls + 1):
        text, start = f"drill {k}", NOW + timedelta(days=k)
        put_message(f"m{k}", everyone(), text)
        caplog.clear()
        throttle.only(lambda n, op, k=k: n == k)
        raised = None
        with caplog.at_level(logging.INFO):
            try:
                run_at(start)
            except ClientError as error:  # the due Query itself: the run fails (Lambda logs it)
                raised = error
        # A run may make fewer calls than the probe's (its threads, reading a page ahead and sending
        # batches at once, can end in another order on a loaded machine): then the k-th never came.
        injected += bool(throttle.injected)
        throttle.only(lambda n, op: False)
        if raised is not None:
            assert THROTTLED in str(raised)
        elif message(f"m{k}")["status"] != "sent":  # the run gave the message up: one log line
            assert len(lines(caplog, "dispatch failed")) == 1 and THROTTLED in caplog.text, k
        finish(f"m{k}", start)
        assert message(f"m{k}")["status"] == "sent", k
        delivered = deliveries_of(line_emulator, FOLLOWERS, text)
        assert [u for u in FOLLOWERS if delivered[u] != 1] == [], (k, delivered)
    assert injected >= calls * 3 // 4, (injected, calls)  # most calls of a run were drilled


def test_multicasts_whose_answers_time_out_are_retried_with_their_key_and_delivered_once(
    line_emulator, monkeypatch, caplog
):
    seed_customers([customer(u) for u in FOLLOWERS])
    first_tries = iter(range(3))  # the first three multicasts: LINE acts, the answer never comes

    def hold(request) -> bool:
        return request.path.endswith("/multicast") and next(first_tries, None) is not None

    silent = SilentLine(line_emulator.url, hold, seconds=1.0)
    monkeypatch.setenv("LINE_API_BASE_URL", silent.url)
    monkeypatch.setenv("LINE_READ_TIMEOUT_SECONDS", "0.2")
    get_settings.cache_clear()
    try:
        put_message("m", everyone(), "タイムアウト訓練")
        with caplog.at_level(logging.INFO):
            run_at(NOW)
            finish("m", NOW)
    finally:
        silent.stop()
    assert silent.held == 3
    assert len(lines(caplog, "LINE did not answer; to be retried with the same retry key")) == 3
    assert message("m")["status"] == "sent"
    delivered = deliveries_of(line_emulator, FOLLOWERS, "タイムアウト訓練")
    assert [u for u in FOLLOWERS if delivered[u] != 1] == []
    repeats = [r for r in line_emulator.requests_to("/v2/bot/message/multicast") if r.status == 409]
    assert len(repeats) == 3  # each timed-out batch was sent again with its key: LINE said "already"
