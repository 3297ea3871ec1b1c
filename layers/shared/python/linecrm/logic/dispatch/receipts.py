"""Receipts: accepted batches recorded from one background thread, and the message's outcome."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from linecrm.dal.deliveries import RECEIPTS_PER_WRITE, receipt
from linecrm.domain import delivery
from linecrm.jst import iso_utc
from linecrm.logic.dispatch.options import Checkpoint


class Recorder:
    """Writes the receipts of accepted batches from one background thread, so that sending never
    waits for DynamoDB: the pace is LINE's rate limit. Whatever has queued up while a write was
    in flight goes in the next one (BatchWriteItem, up to 25 small items): one write per batch
    would be 200 round trips for 100,000 recipients. A batch accepted but not yet recorded when
    the dispatcher dies is resent by the next run with the same retry key: LINE answers 409 and
    delivers nothing twice.
    """

    _STOP = object()

    def __init__(
        self, clock: Callable[[], datetime], checkpoint: Checkpoint, first_attempt_at: str, deliveries: Any
    ) -> None:
        self.clock, self.checkpoint, self.first_attempt_at = clock, checkpoint, first_attempt_at
        self.deliveries = deliveries  # the port (logic.ports)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._error: BaseException | None = None
        self.recorded: dict[str, int] = {}  # batch number -> size, of receipts written by this run
        self._abandoned = False
        self._thread = threading.Thread(target=self._loop, name="record", daemon=True)
        self._thread.start()

    def add(self, batch: delivery.Batch, status: int, request_id: str | None, attempts: int) -> None:
        at = iso_utc(self.clock())
        self._queue.put(
            receipt(
                batch, status, request_id, attempts, accepted_at=at, first_attempt_at=self.first_attempt_at
            )
        )

    def _next_receipts(self) -> tuple[list[dict], bool]:
        """The receipts waiting (at least one, at most one write's worth) and whether to stop after."""
        first = self._queue.get()
        if first is self._STOP:
            return [], True
        receipts = [first]
        while len(receipts) < RECEIPTS_PER_WRITE:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if item is self._STOP:
                return receipts, True
            receipts.append(item)
        return receipts, False

    def _loop(self) -> None:
        stopping = False
        while not stopping:
            receipts, stopping = self._next_receipts()
            if not receipts or self._abandoned:  # a dying dispatcher records nothing more
                return
            try:
                self.deliveries.write_receipts(receipts)
                self.recorded.update((r["receipt_of"], int(r["size"])) for r in receipts)
                self.checkpoint("batch_recorded")
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


def outcome_fields(batches: list[delivery.Batch]) -> tuple[delivery.Outcome, dict[str, Any]]:
    """The message's outcome from its batches (receipts applied), and the fields to store with it."""
    results = [(b.state, b.size, b.error) for b in batches]
    result = delivery.outcome(results)
    return result, {
        "reasons": result.reasons,
        "recipient_count": sum(n for _, n, _ in results),
        "request_count": len(batches),
        "sent_count": result.sent_count,
        "failed_count": result.failed_count,
        "needs_attention": any(b.state == delivery.UNCONFIRMED for b in batches),
    }
