"""The dispatcher's run: due messages -> claim -> plan batches -> send -> outcome.

Exactly once per recipient, even when a dispatcher dies at any point or two run at once:
1. Claim and lease (lease.py): the message is claimed with a conditional write; only the holder
   of the latest claim (its `claim_epoch`) can write to it afterwards.
2. Plan (plan.py): the target is resolved now (ages advance), the quota checked, and ALL
   batches are written with a retry key each before anything is sent; then the plan is
   committed (the message marked planned). A committed plan never changes.
3. Send (send.py): each planned batch goes out with its own retry key, however often it is
   retried and by whichever dispatcher: LINE delivers a key once and answers 409 to a repeat.
   Batches still unconfirmed when sending of the message began more than 24 hours ago (LINE
   forgets keys) are never resent: they become `unconfirmed` and the message `needs_attention`.
4. Receipts (receipts.py): accepted batches are recorded by a background thread; one a dying
   dispatcher never recorded is simply resent and answered 409.
5. Outcome: when every batch is accepted, failed or unconfirmed, the message gets its outcome
   (status, sent counts) and leaves the `by_due` index; a multicast's keeps the marker
   `unsettled`, which puts it in the settle backlog.
6. Settle (received.py), after the outcome, off the path of every due message: each accepted
   batch's recipients get their timeline entry and every batch loses its user ids; then the
   marker goes. After its due messages, each run works the backlog off while it has time; what
   is left goes to the next run.

Every due message of a run shares one rate limit and one pool of sending threads: the next
message is planned while the previous one sends. When the run's time is nearly up (`time_left`,
the Lambda's remaining time) no new request starts: what is left stays planned and the message
is released for the next run, which continues it with the same retry keys.

DynamoDB is reached through `ports` (logic.ports: message_dispatch, deliveries, recipients,
customers, history, stats; the real dal modules by default), LINE through `api` and `insight`.

`checkpoint(step)` is called after each step that changes state (names in STEPS): tests pass one
that raises to simulate a dispatcher dying there.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from linecrm import line_api
from linecrm.domain import delivery, statistics
from linecrm.domain.delivery import Batch, Delivery
from linecrm.jst import iso_utc, now_utc, parse_utc, today_jst
from linecrm.logic.dispatch.lease import Lease, claim
from linecrm.logic.dispatch.options import (
    STEPS,
    Checkpoint,
    DispatchOptions,
    LostClaim,
    QuotaUnknown,
    no_checkpoint,
)
from linecrm.logic.dispatch.plan import OUT_OF_TIME, Planner, Stop
from linecrm.logic.dispatch.receipts import outcome_fields
from linecrm.logic.dispatch.received import broadcast_fields, work_off
from linecrm.logic.dispatch.send import Sender
from linecrm.logic.ports import REAL, Ports
from linecrm.logic.rate_limit import TokenBucket
from linecrm.observability import logger, metrics
from linecrm.settings import get_settings

__all__ = ["STEPS", "DispatchOptions", "LostClaim", "QuotaUnknown", "run"]

STOP_MARGIN_SECONDS = 20.0  # no new LINE request when less is left: a request's timeout, then receipts
RETRY_LATER = "LINEが一時的に応答しないため、次回の実行で再送します"


def run(
    dispatcher_id: str | None = None,
    *,
    clock: Callable[[], datetime] = now_utc,
    checkpoint: Checkpoint = no_checkpoint,
    options: DispatchOptions | None = None,
    api: Any = None,
    insight: Any = None,
    sleep: Callable[[float], None] = time.sleep,
    time_left: Callable[[], float] | None = None,
    ports: Ports = REAL,
) -> dict[str, Any]:
    """One dispatcher run over every due message; returns a JSON-able summary. `time_left`: seconds
    the run may still take (the Lambda's remaining time); unbounded when None."""
    return _Run(
        dispatcher_id or f"dispatcher-{uuid.uuid4()}",
        clock,
        checkpoint,
        options,
        api,
        insight,
        sleep,
        time_left,
        ports,
    ).run()


class _Run:
    def __init__(self, me, clock, checkpoint, options, api, insight, sleep, time_left, ports) -> None:
        settings = get_settings()
        self.me, self.clock, self.checkpoint, self.ports = me, clock, checkpoint, ports
        self.options = options or DispatchOptions()
        self.time_left = time_left or (lambda: float("inf"))
        api = api or line_api.messaging_api()
        self.planner = Planner(
            api,
            insight or line_api.insight_api(),
            self.options,
            checkpoint,
            clock,
            sleep,
            self.has_time,
            ports,
        )
        limiter = TokenBucket(self.options.rate_per_second or settings.multicast_rate_per_second)
        self.sender = Sender(
            api, self.options, limiter, checkpoint, sleep, self.has_time, self.ports.deliveries
        )
        self.concurrency = self.options.concurrency or settings.multicast_concurrency

    def has_time(self) -> bool:
        return self.time_left() > STOP_MARGIN_SECONDS

    def run(self) -> dict[str, Any]:
        due = self.ports.message_dispatch.due(iso_utc(self.clock()))
        results: list[dict[str, Any]] = []
        sending: list[tuple[Delivery, Lease, Any]] = []
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="multicast") as pool:
            try:
                for message in due:  # each planned while the ones before it send
                    if not self.has_time():
                        results.append({"message_id": message.message_id, "result": "out_of_time"})
                        continue
                    self.guarded(results, message.message_id, lambda m=message: self.start(pool, m, sending))
            except BaseException:  # the process dying: nothing more starts, nothing more is recorded
                for _, _, (futures, recorder, _) in sending:
                    for future in futures:
                        future.cancel()
                    recorder.close(wait=False)
                raise
            for message, lease, started in sending:
                self.guarded(
                    results,
                    message.message_id,
                    lambda m=message, held=lease, s=started: self.end_send(m, held, s),
                )
        if self.sender.requests:
            metrics.add_metric(name="MulticastRequests", unit="Count", value=self.sender.requests)
        # The outcomes are written: now the settle backlog (this run's messages and older ones).
        try:
            settle: dict[str, Any] = work_off(self.checkpoint, self.has_time, self.ports)
        except Exception as error:  # the outcomes stand; the backlog waits for the next run
            logger.exception("settle backlog failed")
            settle = {"error": f"{type(error).__name__}: {error}"}
        return {
            "dispatcher_id": self.me,
            "due": len(due),
            "requests": self.sender.requests,
            "messages": results,
            "settle": settle,
        }

    def guarded(self, results: list, mid: str, step: Callable[[], dict | None]) -> None:
        try:
            result = step()
        except LostClaim:
            result = {"message_id": mid, "result": "lost_claim"}
        except Exception as error:  # one bad message must not stop the others; its lease expires
            logger.exception("dispatch failed", extra={"message_id": mid})
            result = {"message_id": mid, "result": "error", "error": f"{type(error).__name__}: {error}"}
        if result is not None:
            results.append(result)

    def start(self, pool: ThreadPoolExecutor, message: Delivery, sending: list) -> dict | None:
        """Claim and plan (or resume) `message` and start sending it; a result when it ends here."""
        mid, now = message.message_id, self.clock()
        claimed = claim(self.ports.message_dispatch, mid, self.me, now, self.options.lease)
        if claimed is None:
            return {"message_id": mid, "result": "claimed_elsewhere"}
        self.checkpoint("claimed")
        lease = Lease(self.ports.message_dispatch, claimed, self.me, self.clock, self.options.lease, now)
        if claimed.planned:  # resuming: the plan is in the deliveries table
            count = claimed.batch_count or 0
        else:
            try:
                count = self.planner.plan(claimed, self.me)
            except Stop as stop:
                return self.stop(claimed, stop)
        # A plan written whole by this run is in memory (the ids packed, ~8 KB a batch); otherwise
        # (resuming) it is read back with the receipts applied.
        fresh = not claimed.planned and len(self.planner.written) == count
        batches = self.planner.written if fresh else self.ports.deliveries.plan(mid, count)
        pending = [b for b in batches if b.state == delivery.PLANNED]
        started = self.begin_sending(claimed, pending, lease) if pending else None
        if started is not None:
            futures, recorder = self.sender.send(pool, claimed, pending, lease, started)
            sending.append((claimed, lease, (futures, recorder, count)))
            return None
        return self.outcome(claimed, lease, count)

    def begin_sending(self, message: Delivery, pending: list[Batch], lease: Lease) -> str | None:
        """When sending began (kept across runs); None when the batches are past LINE's 24-hour
        retry-key window: they are marked unconfirmed, never resent (staff decide)."""
        mid, now = message.message_id, self.clock()
        started = self.ports.message_dispatch.start_sending(mid, self.me, lease.epoch, iso_utc(now))
        if started is None:
            raise LostClaim(mid)
        if delivery.past_retry_window(parse_utc(started), now):
            for batch in pending:
                self.ports.deliveries.record_unconfirmed(
                    mid,
                    batch.batch_no,
                    "再送キーの有効期間（24時間）を過ぎても未確認のため再送していません",
                )
            return None
        self.checkpoint("send_started")
        return started

    def end_send(self, message: Delivery, lease: Lease, started: tuple) -> dict:
        futures, recorder, count = started
        Sender.wait(futures, recorder)
        return self.outcome(message, lease, count, recorder.recorded)

    def outcome(self, message: Delivery, lease: Lease, count: int, recorded: dict | None = None) -> dict:
        """Finish the message from its batches' states, or release it while some are still planned.
        When this run recorded a receipt for every batch, those receipts are the outcome."""
        mid = message.message_id
        if recorded is not None and len(recorded) == count:
            batches = [Batch(mid, n, delivery.ACCEPTED, size) for n, size in recorded.items()]
        else:
            batches = self.ports.deliveries.outcomes(mid, count)
        if any(b.state == delivery.PLANNED for b in batches):
            reason = RETRY_LATER if self.has_time() else OUT_OF_TIME
            self.ports.message_dispatch.release(mid, self.me, lease.epoch, iso_utc(self.clock()), reason)
            return {"message_id": mid, "result": "deferred", "reasons": [reason]}
        result, fields = outcome_fields(batches)
        broadcast = message.target.get("type") == "all"
        if broadcast and count:
            fields.update(broadcast_fields(self.ports.deliveries, mid, count))
        metrics.add_metric(name="RecipientsSent", unit="Count", value=result.sent_count)
        metrics.add_metric(name="RecipientsFailed", unit="Count", value=result.failed_count)
        if result.status != delivery.SENT:
            metrics.add_metric(name="MessagesFailed", unit="Count", value=1)
        # A multicast's batches are settled after the outcome (received.work_off): it stays unsettled.
        return self.end(
            message, lease.epoch, result.status, unsettled=bool(count) and not broadcast, **fields
        )

    def stop(self, message: Delivery, stop: Stop) -> dict:
        mid, epoch = message.message_id, message.claim_epoch
        if stop.status is None:  # wait for the next run
            self.ports.message_dispatch.release(mid, self.me, epoch, iso_utc(self.clock()), stop.reasons[0])
            return {"message_id": mid, "result": "deferred", "reasons": stop.reasons}
        ended = self.end(message, epoch, stop.status, reasons=stop.reasons, **stop.fields)
        # Held or failed before its plan was committed: the batches written were never sent and
        # never will be (a reschedule plans afresh), so their ids go now (APPI, docs/design.md).
        self.ports.deliveries.discard_plan(mid, epoch, self.planner.next_batch)
        return ended

    def end(self, message: Delivery, epoch: int, status: str, unsettled: bool = False, **fields: Any) -> dict:
        mid, now = message.message_id, self.clock()
        # The recipients LINE accepted count against the month's quota (statistics, JST month).
        sent = {"messages": int(fields.get("sent_count") or 0)}
        also = (
            [self.ports.stats.add_operation(statistics.month_key(today_jst(now)), sent)]
            if sent["messages"]
            else []
        )
        if not self.ports.message_dispatch.finish(
            mid, self.me, epoch, status, iso_utc(now), also, unsettled, **fields
        ):
            raise LostClaim(mid)
        self.checkpoint("finished")
        return {"message_id": mid, "result": status, **fields}
