"""Planning a claimed message: resolve whom it reaches, check the quota, write every batch.

Every batch is written with its retry key before anything is sent; then the plan is committed
(the message marked planned) and never changes. Planning goes page by page through the target
(dal.recipients.pages, the port `recipients`): full batches are written as the ids come, and
after each page that completed batches the progress is saved on the message (`plan_progress`).
A run whose time is nearly up stops between pages; the next claim goes on from the saved cursor,
writing the next batch numbers (batches past the saved count, written by a run that died before
saving, are overwritten: a newer claim may overwrite a plan not yet committed, nothing of it was
sent). Ids of the batches already written are skipped, so a customer who moved within the index
between two runs is still planned once. The next page is read while a page's batches are written
(one page ahead, `ahead`), so the writes hide behind the reads. Target `all` is one broadcast batch
(LINE sends to every friend).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from linecrm.dal.deliveries import PLAN_WRITERS, planned_item
from linecrm.dal.deliveries import from_item as batch_of
from linecrm.dal.message_dispatch import UNSETTLED, settle_marker
from linecrm.domain import delivery
from linecrm.domain.delivery import Batch, Delivery, PlanProgress
from linecrm.jst import today_jst
from linecrm.logic import friends, quota
from linecrm.logic.dispatch.options import Checkpoint, DispatchOptions, LostClaim, QuotaUnknown
from linecrm.logic.dispatch.send import line_error
from linecrm.logic.ports import Ports
from linecrm.observability import metrics

OUT_OF_TIME = "実行時間の上限に近づいたため、次回の実行で続きを送信します"


def ahead(pages: Iterator[Any]) -> Iterator[Any]:
    """The items of `pages`, each next one read on a thread while the caller works on the one
    before. Closed early (the run stops or dies), it waits for the read in flight, then ends."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="page")
    end = object()
    try:
        future = pool.submit(next, pages, end)
        while (page := future.result()) is not end:
            future = pool.submit(next, pages, end)
            yield page
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Stop(Exception):
    """The message ends (or waits) before sending: `status` None means deferred to the next run."""

    def __init__(self, status: str | None, reasons: list[str], **fields: Any) -> None:
        super().__init__(status)
        self.status, self.reasons, self.fields = status, reasons, fields


class Planner:
    def __init__(
        self,
        api: Any,
        insight: Any,
        options: DispatchOptions,
        checkpoint: Checkpoint,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
        has_time: Callable[[], bool],
        ports: Ports,
    ) -> None:
        self.api, self.insight, self.options = api, insight, options
        self.ports = ports
        self.checkpoint, self.clock, self.sleep, self.has_time = checkpoint, clock, sleep, has_time
        # LINE's usage figure as this run must see it: at least what it said first plus what this
        # run has planned since (its figure may lag behind messages this run just sent).
        self._usage_floor: int | None = None
        self.written: list[Batch] = []  # the batches the last plan() wrote in this run
        self.next_batch = 0  # the last plan()'s batches written so far (this run's and earlier runs')

    def plan(self, message: Delivery, me: str) -> int:
        """Write and commit the message's batches; the number of batches. Stop when it ends here."""
        mid, epoch = message.message_id, message.claim_epoch
        self.written, self.next_batch = [], 0
        if message.target.get("type") == "all":
            count, source = self.friend_count()
            self.checkpoint("resolved")
            self.check_quota(count)
            self.checkpoint("quota_checked")
            # Sent unless LINE itself counts no friend: the database may not know every friend.
            send = count > 0 or source == friends.KNOWN
            batch = planned_item(mid, epoch, delivery.batch_no(0), None, str(uuid.uuid4()), count)
            if send and not self.ports.deliveries.write_batches([batch]):
                raise LostClaim(mid)
            self.written = [batch_of(batch)] if send else []
            return self.commit(mid, me, epoch, count, len(self.written), recipient_count_source=source)
        batches, recipients = self.write_pages(message, me)
        self.checkpoint("resolved")
        self.check_quota(recipients)  # held before anything is sent: batches written, never sent
        self.checkpoint("quota_checked")
        # From here its ids may reach LINE: unsettled until every batch is (logic.dispatch.received).
        marker = {UNSETTLED: settle_marker(mid)} if batches else {}
        return self.commit(mid, me, epoch, recipients, batches, **marker)

    def write_pages(self, message: Delivery, me: str) -> tuple[int, int]:
        """Resolve page by page, writing full batches and saving progress: (batches, recipients)."""
        mid, epoch, size = message.message_id, message.claim_epoch, self.options.batch_size
        progress = message.plan_progress or PlanProgress()
        written, recipients = progress.batches, progress.recipients
        day = date.fromisoformat(progress.day) if progress.day else today_jst(self.clock())
        skip = self.ports.deliveries.planned_ids(mid, written) if written else set()
        self.next_batch = written
        buffer: list[tuple[str, dict]] = []  # ids not yet in a batch, with the cursor of their page
        try:
            for ids, start in ahead(
                self.ports.recipients.pages(message.target, day, progress.cursor, self.options.page_size)
            ):
                buffer += [(u, start) for u in sorted(set(ids) - skip)]
                full = len(buffer) // size * size
                if full:
                    written = self.write(mid, epoch, written, [u for u, _ in buffer[:full]])
                    recipients, buffer = recipients + full, buffer[full:]
                    # from the page of the first id not yet in a batch (ids already planned are skipped)
                    cursor = buffer[0][1] if buffer else start
                    saved = PlanProgress(written, recipients, day.isoformat(), cursor)
                    if not self.ports.message_dispatch.save_progress(mid, me, epoch, saved):
                        raise LostClaim(mid)
                if not self.has_time():
                    raise Stop(None, [OUT_OF_TIME])
        except self.ports.recipients.TargetError as error:
            raise Stop(delivery.OUTCOME_FAILED, [str(error)], recipient_count=0, request_count=0) from None
        if buffer:
            written = self.write(mid, epoch, written, [u for u, _ in buffer])
            recipients += len(buffer)
        return written, recipients

    def write(self, mid: str, epoch: int, first: int, ids: list[str]) -> int:
        """Write `ids` as batches numbered from `first`; the next free number."""
        chunks = delivery.batches(ids, self.options.batch_size)
        items = [
            planned_item(mid, epoch, delivery.batch_no(first + i), chunk, str(uuid.uuid4()))
            for i, chunk in enumerate(chunks)
        ]
        for start in range(0, len(items), PLAN_WRITERS):
            if not self.ports.deliveries.write_batches(items[start : start + PLAN_WRITERS]):
                raise LostClaim(mid)
            self.checkpoint("plan_chunk_written")
        self.written += [batch_of(item) for item in items]
        self.next_batch = max(self.next_batch, first + len(items))
        return first + len(items)

    def commit(self, mid: str, me: str, epoch: int, recipients: int, batches: int, **extra: Any) -> int:
        if not self.ports.message_dispatch.mark_planned(mid, me, epoch, recipients, batches, **extra):
            raise LostClaim(mid)
        self.checkpoint("planned")
        return batches

    def friend_count(self) -> tuple[int, str]:
        try:
            figure = friends.from_line(self.insight, self.clock(), self.read_from_line)
        except QuotaUnknown:
            figure = None
        return (figure, friends.LINE) if figure is not None else friends.known(self.ports)

    def check_quota(self, recipient_count: int) -> None:
        if not recipient_count:
            return
        try:
            kind, limit, used = quota.read(self.api, self.read_from_line)
        except QuotaUnknown as error:
            raise Stop(
                None, [f"LINEの送信可能数を確認できないため、次回の実行で送信します: {error}"]
            ) from None
        usage = max(used, self._usage_floor or 0)
        shortfall = delivery.quota_shortfall(recipient_count, kind, limit, usage)
        if shortfall:
            metrics.add_metric(name="MessagesHeld", unit="Count", value=1)
            raise Stop(delivery.HELD, [shortfall], recipient_count=recipient_count, request_count=0)
        self._usage_floor = usage + recipient_count

    def read_from_line(self, call: Callable[[], Any]) -> Any:
        """A GET to LINE, retried on 429/5xx/no answer like a batch; QuotaUnknown when it never works."""
        import urllib3
        from linebot.v3.insight import ApiException as InsightApiException
        from linebot.v3.messaging import ApiException

        policy = self.options.retry
        for attempt in range(1, policy.max_attempts + 1):
            try:
                return call()
            except (ApiException, InsightApiException) as error:
                problem = f"{error.status} {line_error(error.body)}"
                if delivery.classify_answer(error.status or None) != delivery.ANSWER_RETRY:
                    raise QuotaUnknown(problem) from error
            except (urllib3.exceptions.HTTPError, OSError) as error:
                problem = f"{type(error).__name__}: {error}"
            if attempt < policy.max_attempts:
                self.sleep(policy.delay(attempt, random.random()))
        raise QuotaUnknown(problem)
