"""What each recipient received: their timeline entry of a message, written once LINE accepted it.

The message gets its outcome (status, sent counts: what staff see) as soon as every batch is final
(accepted, failed or unconfirmed). Its batches are *settled* afterwards, as a backlog: a multicast
plan carries the marker `unsettled` from its commit until every batch is settled, and a finished
message with the marker is in the sparse index `by_unsettled` (dal.message_dispatch.unsettled).
Each dispatcher run, after its due messages, works the backlog off, oldest outcome first, while it
has time (work_off); a run out of time leaves the rest to the next run. Each batch not yet
`recorded` is settled, RECORD_WRITERS batches at a time:
1. an accepted multicast batch's time is pinned on its item (`history_at`: the receipt's
   `accepted_at`, set once) and its ids read back (one UpdateItem returning the item);
2. one history entry per id (kind `delivery`, entry id `<history_at>#delivery-<message_id>`,
   `message_id`, `text` the message's summary, `expires_at` the retention), 25 per BatchWriteItem:
   written again by a resumed run, an entry overwrites itself;
3. the entries of ids whose customer no longer exists are deleted again: a customer deleted
   before step 2 would otherwise be written back into the history table. A deletion after this
   check finds the entry itself: it deletes the customer item, then sweeps the history partition
   again with a strongly consistent Query (logic.customer_book.delete_customer);
4. the ids are removed from the batch item and `recorded` set (dal.deliveries.settle).
Failed and unconfirmed batches only get step 4. When every batch is `recorded` the marker goes
(dal.message_dispatch.mark_settled). No entry is written twice (same id) and none is missed (a
batch is `recorded` only after its entries, the marker removed only after every batch). A
broadcast (target `all`) has no ids and no marker (its timeline rule: logic.customers.received).
Settling needs no claim: every step is idempotent, and in AWS one dispatcher runs at a time.
DynamoDB is reached through the ports (logic.ports) deliveries, history, customers, message_dispatch.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from linecrm.dal.deliveries import BROADCAST, unpack
from linecrm.domain.delivery import ACCEPTED, Batch, Delivery, content_summary
from linecrm.logic.dispatch.options import Checkpoint, no_checkpoint
from linecrm.logic.ports import REAL, Ports
from linecrm.observability import logger

RECORD_WRITERS = 8  # batches settled at once (each: ~20 BatchWriteItems of history entries)


def broadcast_fields(deliveries: Any, message_id: str, count: int) -> dict[str, Any]:
    """What the message of a broadcast keeps from its one batch (`deliveries`: the port): when LINE
    accepted it."""
    for batch in deliveries.plan(message_id, count, with_user_ids=False):
        if batch.kind == BROADCAST and batch.state == ACCEPTED:
            return {"accepted_at": batch.accepted_at}
    return {}


class Settler:
    def __init__(self, checkpoint: Checkpoint, has_time: Callable[[], bool], ports: Ports) -> None:
        self.checkpoint, self.has_time = checkpoint, has_time
        self.ports = ports

    def settle(self, message: Delivery, count: int) -> bool:
        """Settle every batch of the committed plan not yet settled; False when the run ran out of
        time with some left."""
        mid = message.message_id
        todo = [
            batch
            for batch in self.ports.deliveries.plan(mid, count, with_user_ids=False)
            if batch.kind != BROADCAST and not batch.recorded
        ]
        if not todo:
            return True
        text = content_summary(message.messages_json)
        with ThreadPoolExecutor(min(RECORD_WRITERS, len(todo)), thread_name_prefix="settle") as pool:
            futures = [pool.submit(self.settle_batch, mid, text, b) for b in todo]
            try:
                done = [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return all(done)

    def settle_batch(self, mid: str, text: str, batch: Batch) -> bool:
        if not self.has_time():
            return False  # left for the next run
        number = batch.batch_no
        if batch.state == ACCEPTED:
            opened = self.ports.deliveries.open_for_history(mid, number, batch.accepted_at)
            if opened.user_ids is not None:
                ids, at = unpack(opened.user_ids), opened.history_at
                self.ports.history.put_deliveries(ids, mid, text, at)
                gone = set(ids) - self.ports.customers.existing(ids)
                if gone:
                    self.ports.history.delete_deliveries(gone, mid, at)
                self.checkpoint("history_written")
        self.ports.deliveries.settle(mid, number)
        return True


def work_off(
    checkpoint: Checkpoint, has_time: Callable[[], bool], ports: Ports = REAL
) -> dict[str, list[str]]:
    """Settle the backlog (finished messages whose batches are not all settled), oldest outcome
    first, while `has_time`: the ids of the messages settled whole, and of those left for later."""
    settler = Settler(checkpoint, has_time, ports)
    settled: list[str] = []
    left: list[str] = []
    for message in ports.message_dispatch.unsettled():
        mid = message.message_id
        try:
            done = has_time() and settler.settle(message, message.batch_count or 0)
        except Exception:  # one bad message must not stop the others: it stays in the backlog
            logger.exception("settle failed", extra={"message_id": mid})
            done = False
        if done and ports.message_dispatch.mark_settled(mid):
            checkpoint("settled")
            settled.append(mid)
        else:
            left.append(mid)
    return {"settled": settled, "left": left}


def settle_finished(has_time: Callable[[], bool] = lambda: True, ports: Ports = REAL) -> int:
    """Settle the batches of messages that finished before the dispatcher settled batches (run
    once after deploying): their recipients get their timeline entries, the batches lose their
    ids. Idempotent (batches already `recorded` are skipped); when `has_time` turns False it stops
    between batches, and running it again goes on. How many messages were settled whole."""
    settler, done = Settler(no_checkpoint, has_time, ports), 0
    for message in ports.message_dispatch.list_all():
        if message.finished_at and message.planned and message.batch_count:
            done += settler.settle(message, message.batch_count)
    return done
