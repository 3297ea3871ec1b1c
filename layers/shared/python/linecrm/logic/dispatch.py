"""The dispatcher's run: due messages -> claim -> plan batches -> send -> outcome.

Exactly once per recipient, even when a dispatcher dies at any point or two run at once:
1. The message is claimed with a conditional write (scheduled -> sending, or a sending message
   whose lease expired: its dispatcher died). Only the holder can write to it afterwards.
2. The target is resolved now (ages advance), the quota checked, and ALL batches are written to
   the deliveries table with a retry key each, before anything is sent; then the message is
   marked planned. An unfinished plan is replaced by the next claim (each claim has a higher
   `claim_epoch`, and a plan's items can only be overwritten by a higher epoch); a committed
   plan never changes.
3. Each planned batch is sent with its own retry key, however often it is retried and by
   whichever dispatcher: LINE delivers a key once and answers 409 to a repeat. Batches still
   unconfirmed when sending of the message began more than 24 hours ago (LINE forgets keys) are
   never resent: they become `unconfirmed` and the message `needs_attention`. Accepted batches
   are recorded (a receipt each) by a background thread (see _Recorder); one a dying dispatcher
   never recorded is simply resent and answered 409.
4. When every batch is accepted, failed or unconfirmed, the message gets its outcome and leaves
   the `by_due` index.

`checkpoint(step)` is called after each step that changes state (names in STEPS): tests pass one
that raises to simulate a dispatcher dying there.
"""

from __future__ import annotations

import json
import queue
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from linecrm import line_api
from linecrm.dal import audience, deliveries, message_dispatch
from linecrm.domain import delivery
from linecrm.jst import iso_utc, now_utc, parse_utc, today_jst
from linecrm.logic import quota
from linecrm.logic.rate_limit import TokenBucket
from linecrm.observability import logger, metrics
from linecrm.settings import get_settings

STEPS = (
    "claimed",
    "resolved",
    "quota_checked",
    "plan_chunk_written",
    "planned",
    "send_started",
    "before_request",  # per batch attempt: about to call LINE
    "line_answered",  # per batch attempt: LINE may have accepted, nothing recorded yet
    "batch_recorded",  # per write of receipts of accepted batches
    "finished",
)

Checkpoint = Callable[[str], None]


def _no_checkpoint(step: str) -> None:
    return None


class QuotaUnknown(Exception):
    """LINE did not tell us the quota: the message waits for the next run, nothing is sent."""


class LostClaim(Exception):
    """Another dispatcher took the message over (our lease had expired)."""


@dataclass(frozen=True)
class DispatchOptions:
    batch_size: int = delivery.MAX_IDS_PER_MULTICAST
    lease: timedelta = timedelta(minutes=5)
    retry: delivery.RetryPolicy = field(default_factory=delivery.RetryPolicy)
    concurrency: int | None = None  # default: settings.multicast_concurrency
    rate_per_second: float | None = None  # default: settings.multicast_rate_per_second


def run(
    dispatcher_id: str | None = None,
    *,
    clock: Callable[[], datetime] = now_utc,
    checkpoint: Checkpoint = _no_checkpoint,
    options: DispatchOptions | None = None,
    api: Any = None,
    sleep: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """One dispatcher run over every due message; returns a JSON-able summary."""
    return _Run(dispatcher_id or f"dispatcher-{uuid.uuid4()}", clock, checkpoint, options, api, sleep).run()


def _lower(headers: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in dict(headers or {}).items()}


def _line_error(body: Any) -> str:
    """LINE's error body {"message", "details": [{"message", "property"}]} as one line of text."""
    try:
        data = json.loads(body) if isinstance(body, str | bytes) else (body or {})
    except ValueError:
        return str(body)[:500]
    details = "; ".join(f"{d.get('property', '')}: {d.get('message', '')}" for d in data.get("details") or [])
    return f"{data.get('message', '')}" + (f" ({details})" if details else "")


class _Lease:
    """Keeps this dispatcher's claim on a message alive while it sends."""

    def __init__(self, run: _Run, message_id: str, lease_until: datetime) -> None:
        self.run, self.message_id, self.until = run, message_id, lease_until
        self._lock = threading.Lock()

    def keep_alive(self) -> None:
        with self._lock:
            now = self.run.clock()
            if now < self.until - self.run.options.lease / 2:
                return
            until = now + self.run.options.lease
            if not message_dispatch.extend_lease(self.message_id, self.run.me, iso_utc(until)):
                raise LostClaim(self.message_id)
            self.until = until


class _Recorder:
    """Writes the receipts of accepted batches from one background thread, so that sending never
    waits for DynamoDB: the pace is LINE's rate limit. Whatever has queued up while a write was
    in flight goes in the next one (BatchWriteItem, up to 25 small items): one write per batch
    would be 200 round trips for 100,000 recipients. A batch accepted but not yet recorded when
    the dispatcher dies is resent by the next run with the same retry key: LINE answers 409 and
    delivers nothing twice.
    """

    _STOP = object()

    def __init__(self, run: _Run, first_attempt_at: str) -> None:
        self.run, self.first_attempt_at = run, first_attempt_at
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._loop, name="record", daemon=True)
        self._thread.start()

    def add(self, batch: dict, status: int, request_id: str | None, attempts: int) -> None:
        at = iso_utc(self.run.clock())
        self._queue.put(
            deliveries.receipt(
                batch, status, request_id, attempts, accepted_at=at, first_attempt_at=self.first_attempt_at
            )
        )

    def _loop(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            if first is self._STOP:
                return
            receipts = [first]
            while len(receipts) < deliveries.RECEIPTS_PER_WRITE:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is self._STOP:
                    stopping = True
                    break
                receipts.append(item)
            if self._abandoned:  # a dying dispatcher records nothing more
                return
            try:
                deliveries.write_receipts(receipts)
                self.run.checkpoint("batch_recorded")
            except Exception as error:  # keep recording the others; close() re-raises the first
                self._error = self._error or error
            except BaseException as error:  # the process dying (tests): nothing more is written
                self._error = self._error or error
                return

    def close(self, wait: bool = True) -> None:
        """Wait for the writes (re-raising the first error), or, for a dying dispatcher, drop them."""
        self._abandoned = not wait
        self._queue.put(self._STOP)
        if wait:
            self._thread.join()
            if self._error is not None:
                raise self._error


class _Requests:
    """The multicast request of each batch. The SDK's model validates every field when built:
    validating 500 ids costs about 1.3 ms of CPU, as much as the rest of a request on the
    dispatcher's side (measured with cProfile). So the request is validated once per send, and
    each batch's request is a copy of it with the batch's ids, which need no validation: they are
    the strings the plan stored, 1 to 500 of them (delivery.batches, deliveries.planned_item).
    pydantic's copy() does not validate, and the SDK's validate_arguments does not re-validate a
    model instance it is given.
    """

    def __init__(self, messages: list[dict], first_ids: Iterable[str]) -> None:
        from linebot.v3.messaging import MulticastRequest

        self.error = ""
        try:
            self._template = MulticastRequest.from_dict({"to": sorted(first_ids), "messages": messages})
        except ValueError as error:  # the stored messages do not pass the SDK's model: not sendable
            self.error = f"invalid message: {error}"

    def for_batch(self, user_ids: Iterable[str]) -> Any:
        # Sorted: the plan stores a set; the same batch makes the same request body every time.
        return self._template.copy(update={"to": sorted(user_ids)})


class _Run:
    def __init__(self, me, clock, checkpoint, options, api, sleep) -> None:
        settings = get_settings()
        self.me, self.clock, self.checkpoint, self.sleep = me, clock, checkpoint, sleep
        self.options = options or DispatchOptions()
        self.api = api or line_api.messaging_api()
        self.concurrency = self.options.concurrency or settings.multicast_concurrency
        self.limiter = TokenBucket(self.options.rate_per_second or settings.multicast_rate_per_second)
        self.requests = 0
        self._count_lock = threading.Lock()
        # LINE's usage figure as this run must see it: at least what it said first plus what this
        # run has planned since (its figure may lag behind messages this run just sent).
        self._usage_floor: int | None = None

    # -- the run -------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        now = self.clock()
        due = message_dispatch.due(iso_utc(now))
        results = []
        for message in due:
            mid = message["message_id"]
            now = self.clock()  # the run may have spent minutes on earlier messages
            claimed = message_dispatch.claim(mid, self.me, iso_utc(now), iso_utc(now + self.options.lease))
            if claimed is None:
                results.append({"message_id": mid, "result": "claimed_elsewhere"})
                continue
            try:
                self.checkpoint("claimed")
                results.append(self.dispatch(claimed, _Lease(self, mid, now + self.options.lease)))
            except LostClaim:
                results.append({"message_id": mid, "result": "lost_claim"})
            except Exception as error:  # one bad message must not stop the others; its lease expires
                logger.exception("dispatch failed", extra={"message_id": mid})
                results.append(
                    {"message_id": mid, "result": "error", "error": f"{type(error).__name__}: {error}"}
                )
        if self.requests:
            metrics.add_metric(name="MulticastRequests", unit="Count", value=self.requests)
        return {"dispatcher_id": self.me, "due": len(due), "requests": self.requests, "messages": results}

    def dispatch(self, message: dict[str, Any], lease: _Lease) -> dict[str, Any]:
        mid = message["message_id"]
        if message.get("planned"):  # resuming: the plan is in the deliveries table
            epoch = message["plan_epoch"]
            batches = deliveries.in_plan(deliveries.list_for(mid), epoch)
        else:
            epoch = message["claim_epoch"]
            stopped, batches = self.plan(message)
            if stopped is not None:
                return stopped
        pending = [b for b in batches if b["state"] == delivery.PLANNED]
        if pending:
            self.send_all(message, pending, lease)
        batches = deliveries.outcomes(mid, epoch, [b["batch_no"] for b in batches])
        if any(b["state"] == delivery.PLANNED for b in batches):
            message_dispatch.release(
                mid, self.me, iso_utc(self.clock()), "LINEが一時的に応答しないため、次回の実行で再送します"
            )
            return {"message_id": mid, "result": "deferred"}
        return self.finish(mid, batches)

    # -- planning -----------------------------------------------------------------------------
    def plan(self, message: dict[str, Any]) -> tuple[dict[str, Any] | None, list[dict]]:
        """Resolve, check the quota and write every batch: (None, batches), or (result, []) when the
        message stops here (held, failed target, quota unknown)."""
        mid = message["message_id"]
        try:
            ids = delivery.recipients(audience.member_ids(message["target"], today_jst(self.clock())))
        except audience.TargetError as error:
            return self.end(
                mid, delivery.OUTCOME_FAILED, reasons=[str(error)], recipient_count=0, request_count=0
            ), []
        self.checkpoint("resolved")
        try:
            shortfall = self.quota_shortfall(len(ids)) if ids else None
        except QuotaUnknown as error:
            reason = f"LINEの送信可能数を確認できないため、次回の実行で送信します: {error}"
            message_dispatch.release(mid, self.me, iso_utc(self.clock()), reason)
            return {"message_id": mid, "result": "deferred", "reasons": [reason]}, []
        if shortfall:
            metrics.add_metric(name="MessagesHeld", unit="Count", value=1)
            return self.end(
                mid, delivery.HELD, reasons=[shortfall], recipient_count=len(ids), request_count=0
            ), []
        self.checkpoint("quota_checked")
        plan = [
            (delivery.batch_no(i), ids_, str(uuid.uuid4()))
            for i, ids_ in enumerate(delivery.batches(ids, self.options.batch_size))
        ]
        epoch = message["claim_epoch"]
        batches = deliveries.write_plan(
            mid, epoch, plan, after_chunk=lambda: self.checkpoint("plan_chunk_written")
        )
        if batches is None or not message_dispatch.mark_planned(mid, self.me, epoch, len(ids), len(plan)):
            raise LostClaim(mid)
        self.checkpoint("planned")
        return None, batches

    def quota_shortfall(self, recipient_count: int) -> str | None:
        kind, limit, used = quota.read(self.api, self.read_from_line)
        usage = max(used, self._usage_floor or 0)
        shortfall = delivery.quota_shortfall(recipient_count, kind, limit, usage)
        if shortfall is None:
            self._usage_floor = usage + recipient_count
        return shortfall

    def read_from_line(self, call: Callable[[], Any]) -> Any:
        """A GET to LINE, retried on 429/5xx/no answer like a batch; QuotaUnknown when it never works."""
        import urllib3
        from linebot.v3.messaging import ApiException

        policy = self.options.retry
        for attempt in range(1, policy.max_attempts + 1):
            try:
                return call()
            except ApiException as error:
                if delivery.classify_answer(error.status or None) != delivery.ANSWER_RETRY:
                    raise QuotaUnknown(f"{error.status} {_line_error(error.body)}") from error
                problem = f"{error.status} {_line_error(error.body)}"
            except (urllib3.exceptions.HTTPError, OSError) as error:
                problem = f"{type(error).__name__}: {error}"
            if attempt < policy.max_attempts:
                self.sleep(policy.delay(attempt, random.random()))
        raise QuotaUnknown(problem)

    # -- sending ------------------------------------------------------------------------------
    def send_all(self, message: dict[str, Any], pending: list[dict], lease: _Lease) -> None:
        mid = message["message_id"]
        now = self.clock()
        started = message_dispatch.start_sending(mid, self.me, iso_utc(now))
        if started is None:
            raise LostClaim(mid)
        if delivery.past_retry_window(parse_utc(started) if started else None, now):
            # Sending began over 24 hours ago: LINE may have forgotten these retry keys, and a
            # resend could deliver twice. Staff decide (needs_attention); nothing is resent.
            for batch in pending:
                deliveries.record_unconfirmed(
                    mid,
                    batch["batch_no"],
                    "再送キーの有効期間（24時間）を過ぎても未確認のため再送していません",
                )
            return
        self.checkpoint("send_started")
        requests = _Requests(json.loads(message["line_messages_json"]), pending[0]["user_ids"])
        recorder = _Recorder(self, started)
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="multicast") as pool:
            futures = [pool.submit(self.send_batch, requests, b, lease, recorder) for b in pending]
            try:
                for future in as_completed(futures):
                    future.result()
            except Exception:
                for future in futures:
                    future.cancel()
                recorder.close()  # what LINE accepted is true whatever went wrong here
                raise
            except BaseException:
                for future in futures:  # a dying dispatcher starts nothing new and records nothing
                    future.cancel()
                recorder.close(wait=False)
                raise
        recorder.close()

    def send_batch(self, requests: _Requests, batch: dict, lease: _Lease, recorder: _Recorder) -> None:
        mid, bno, policy = batch["message_id"], batch["batch_no"], self.options.retry
        for attempt in range(1, policy.max_attempts + 1):
            lease.keep_alive()
            self.limiter.acquire()
            self.checkpoint("before_request")
            status, headers, error = self.multicast(requests, batch["user_ids"], batch["retry_key"])
            self.checkpoint("line_answered")
            answer = delivery.classify_answer(status)
            if answer == delivery.ANSWER_ACCEPTED:
                request_id = headers.get("x-line-request-id") or headers.get("x-line-accepted-request-id")
                recorder.add(batch, status, request_id, attempt)
                return
            if answer == delivery.ANSWER_FAILED:
                deliveries.record_failed(mid, bno, status, error)
                return
            deliveries.record_retryable_error(mid, bno, status, error)
            if attempt < policy.max_attempts:
                self.sleep(policy.delay(attempt, random.random()))

    def multicast(
        self, requests: _Requests, user_ids: list[str], retry_key: str
    ) -> tuple[int | None, dict, str]:
        """(status or None when LINE did not answer, lower-case headers, error text)."""
        import urllib3
        from linebot.v3.messaging import ApiException

        if requests.error:
            return 400, {}, requests.error
        request = requests.for_batch(user_ids)
        with self._count_lock:
            self.requests += 1
        try:
            answer = self.api.multicast_with_http_info(
                request, x_line_retry_key=retry_key, _request_timeout=line_api.request_timeout()
            )
            return answer.status_code, _lower(answer.headers), ""
        except ApiException as error:
            return error.status or None, _lower(error.headers), _line_error(error.body) or str(error.reason)
        except (urllib3.exceptions.HTTPError, OSError) as error:  # timeout, reset: unknown outcome
            return None, {}, f"{type(error).__name__}: {error}"

    # -- outcome ------------------------------------------------------------------------------
    def finish(self, mid: str, batches: list[dict]) -> dict[str, Any]:
        results = [(b["state"], int(b["size"]), b.get("error")) for b in batches]
        result = delivery.outcome(results)
        metrics.add_metric(name="RecipientsSent", unit="Count", value=result.sent_count)
        metrics.add_metric(name="RecipientsFailed", unit="Count", value=result.failed_count)
        if result.status != delivery.SENT:
            metrics.add_metric(name="MessagesFailed", unit="Count", value=1)
        return self.end(
            mid,
            result.status,
            reasons=result.reasons,
            recipient_count=sum(n for _, n, _ in results),
            request_count=len(batches),
            sent_count=result.sent_count,
            failed_count=result.failed_count,
            needs_attention=any(b["state"] == delivery.UNCONFIRMED for b in batches),
        )

    def end(self, mid: str, status: str, **fields: Any) -> dict[str, Any]:
        if not message_dispatch.finish(mid, self.me, status, iso_utc(self.clock()), **fields):
            raise LostClaim(mid)
        self.checkpoint("finished")
        return {"message_id": mid, "result": status, **fields}
