"""Puts that can wait for the end of a webhook POST, written together: 25 a BatchWriteItem call,
across tables, instead of one PutItem each.

What is deferred is only what nothing in the same POST reads back and no condition guards: the
timeline entries the bot writes after a reply and the Idempotency records of events handled to
the end (functions/webhook). A POST of 100 events makes ~200 such puts: 8 calls instead of 200.

Written by hand: boto3's `batch_writer` is one table's and one thread's; this one gathers the puts
of every thread handling the POST's events and tells which puts did not land.
"""

from __future__ import annotations

import threading
from typing import Any

from linecrm.dal.dynamo import resource

BATCH_WRITE_LIMIT = 25  # put requests per BatchWriteItem call (DynamoDB's limit)
UNPROCESSED_ATTEMPTS = 5  # rounds for the puts DynamoDB answers as unprocessed (throttled)


class NotWritten(Exception):
    """Some deferred puts did not land; DynamoDB's error is the cause (`dynamo.is_transient` looks
    at it: throttling is worth a redelivery, a refused value is not)."""


class DeferredPuts:
    """Puts gathered from any thread; `flush` writes them. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._puts: list[tuple[str, dict[str, Any]]] = []

    def put(self, table_name: str, item: dict[str, Any]) -> None:
        with self._lock:
            self._puts.append((table_name, item))

    def discard(self, table_name: str, user_id: str) -> None:
        """Drop the puts of `user_id`'s items on `table_name` (a customer deleted before the flush:
        their entries would outlive them)."""
        with self._lock:
            self._puts = [
                (t, item) for t, item in self._puts if t != table_name or item["user_id"] != user_id
            ]

    def flush(self) -> int:
        """Write every put gathered so far; how many. Raises NotWritten if any did not land (the
        others stay written: each is a whole item, written again by a retry)."""
        with self._lock:
            puts, self._puts = self._puts, []
        for start in range(0, len(puts), BATCH_WRITE_LIMIT):
            pending: dict[str, list[dict[str, Any]]] = {}
            for table_name, item in puts[start : start + BATCH_WRITE_LIMIT]:
                pending.setdefault(table_name, []).append({"PutRequest": {"Item": item}})
            try:
                for _ in range(UNPROCESSED_ATTEMPTS):
                    pending = resource().batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
                    if not pending:
                        break
                else:
                    raise RuntimeError(f"{sum(map(len, pending.values()))} put(s) left unprocessed")
            except Exception as error:
                raise NotWritten(f"{len(puts) - start} deferred put(s) not written") from error
        return len(puts)
