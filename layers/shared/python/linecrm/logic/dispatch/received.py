"""What each recipient received: their timeline entry of a message, written once LINE accepted it.

When every batch of a message is final (accepted, failed or unconfirmed), and before the message
gets its outcome, each batch is *settled*, RECORD_WRITERS batches at a time, off the sending path
(the batches are all answered by then; other messages of the run go on sending meanwhile):
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
Failed and unconfirmed batches only get step 4; the one batch of a broadcast has no ids (its
timeline rule: logic.customers.received). A run whose time is nearly up starts no new batch: the
message is released and the next run settles the batches not yet `recorded`, so no entry is
written twice (same id) and none is missed (a batch is `recorded` only after its entries).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from linecrm.dal import customers, deliveries, history
from linecrm.domain.delivery import ACCEPTED, summary
from linecrm.logic.dispatch.lease import Lease
from linecrm.logic.dispatch.options import Checkpoint

RECORD_WRITERS = 8  # batches settled at once (each: ~20 BatchWriteItems of history entries)
OUT_OF_TIME = "実行時間の上限に近づいたため、受信履歴の記録を次回の実行で続けます"


class Settler:
    def __init__(self, checkpoint: Checkpoint, has_time: Callable[[], bool]) -> None:
        self.checkpoint, self.has_time = checkpoint, has_time

    def settle(self, message: dict[str, Any], lease: Lease | None, count: int) -> dict[str, Any] | None:
        """Settle every batch of the committed plan not yet settled. The fields the message keeps
        (`accepted_at` of a broadcast), or None when the run ran out of time with some left."""
        mid, fields = message["message_id"], {}
        todo = []
        for batch in deliveries.plan(mid, count, with_user_ids=False):
            if batch.get("kind") == deliveries.BROADCAST:
                if batch["state"] == ACCEPTED:
                    fields["accepted_at"] = batch.get("accepted_at")
            elif not batch.get("recorded"):
                todo.append(batch)
        if not todo:
            return fields
        text = summary(message)
        with ThreadPoolExecutor(min(RECORD_WRITERS, len(todo)), thread_name_prefix="settle") as pool:
            futures = [pool.submit(self.settle_batch, mid, text, b, lease) for b in todo]
            try:
                done = [future.result() for future in futures]
            except BaseException:
                for future in futures:
                    future.cancel()
                raise
        return fields if all(done) else None

    def settle_batch(self, mid: str, text: str, batch: dict[str, Any], lease: Lease | None) -> bool:
        if not self.has_time():
            return False  # left for the next run
        if lease is not None:
            lease.keep_alive()
        number = batch["batch_no"]
        if batch["state"] == ACCEPTED:
            item = deliveries.open_for_history(mid, number, batch["accepted_at"])
            if "user_ids" in item:
                ids, at = deliveries.unpack(item["user_ids"]), item["history_at"]
                history.put_deliveries(ids, mid, text, at)
                gone = set(ids) - customers.existing(ids)
                if gone:
                    history.delete_deliveries(gone, mid, at)
                self.checkpoint("history_written")
        deliveries.settle(mid, number)
        return True


def settle_finished(has_time: Callable[[], bool] = lambda: True) -> int:
    """Settle the batches of messages that finished before the dispatcher settled batches (run
    once after deploying): their recipients get their timeline entries, the batches lose their
    ids. Idempotent (batches already `recorded` are skipped); when `has_time` turns False it stops
    between batches, and running it again goes on. How many messages were settled whole."""
    from linecrm.dal import message_dispatch as messages_dal
    from linecrm.logic.dispatch.options import no_checkpoint

    settler, done = Settler(no_checkpoint, has_time), 0
    for message in messages_dal.list_all():
        if message.get("finished_at") and message.get("planned") and message.get("batch_count"):
            done += settler.settle(message, None, int(message["batch_count"])) is not None
    return done
