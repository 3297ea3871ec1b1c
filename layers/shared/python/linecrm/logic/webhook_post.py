"""What the events of one webhook POST share, so that a POST of many events (LINE batches events
that arrive together, and waits 2 s for the answer) costs fewer DynamoDB calls than as many POSTs:

- their customers, read in one BatchGetItem before the events are handled (each customer's first
  read of the POST is answered from it; the write that follows is conditional on what was read,
  as with a read of its own);
- the survey's questions, read (a Scan) at most once for the customers who register in the POST;
- the timeline entries the bot writes after a reply (and functions/webhook's Idempotency records of
  the events handled to the end), deferred and written together when the events are done
  (`linecrm.dal.deferred`: 25 puts a call);
- `claims`: the Idempotency records functions/webhook put "in progress" for all the events before
  handling them (100 a transaction), whose puts each event then skips.

`ports` are `linecrm.logic.conversation`'s ports for the POST's events.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from linecrm.dal import customers, deferred, history, survey_questions
from linecrm.domain.customers import Customer
from linecrm.domain.surveys import SurveyQuestion
from linecrm.domain.timeline import TimelineEntry
from linecrm.logic import surveys
from linecrm.logic.ports import Ports
from linecrm.observability import logger
from linecrm.settings import get_settings


class WebhookPost:
    def __init__(self, user_ids: Iterable[str]) -> None:
        self.deferred = deferred.DeferredPuts()
        self.ports = Ports(
            customers=_ReadAhead(user_ids), history=_DeferredHistory(self.deferred), surveys=_SurveysOnce()
        )
        self.claims = Claims()

    def flush(self) -> int:
        """Write the deferred puts (raises `deferred.NotWritten`); how many."""
        return self.deferred.flush()


class Claims:
    """Keys put ahead; each is taken once (a second event with the same key puts its own). Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: set[str] = set()

    def add(self, keys: Iterable[str]) -> None:
        with self._lock:
            self._keys |= set(keys)

    def take(self, key: str) -> bool:
        with self._lock:
            if key in self._keys:
                self._keys.remove(key)
                return True
            return False


class _ReadAhead:
    """`linecrm.dal.customers`, whose `get` answers each customer's first read from one BatchGetItem
    of every customer of the POST (strongly consistent, as `get`); later reads read again."""

    def __init__(self, user_ids: Iterable[str]) -> None:
        self._lock = threading.Lock()
        wanted = list(dict.fromkeys(user_ids))
        try:
            found = customers.get_many(wanted, consistent=True)
        except Exception as error:  # throttled, say: each event reads its customer itself, as before
            logger.warning("customers not read ahead", extra={"error": type(error).__name__})
            wanted, found = [], {}
        self._first: dict[str, Customer | None] = {u: found.get(u) for u in wanted}  # None: not one

    def get(self, user_id: str) -> Customer | None:
        with self._lock:
            if user_id in self._first:
                return self._first.pop(user_id)
        return customers.get(user_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(customers, name)


class _DeferredHistory:
    """`linecrm.dal.history`, whose plain puts (`put`, `append`) wait for the POST's flush; entries
    written with a change (`put_operation`) are not deferred."""

    def __init__(self, puts: deferred.DeferredPuts) -> None:
        self._puts = puts

    def put(self, item: dict[str, Any]) -> dict[str, Any]:
        self._puts.put(get_settings().history_table, item)
        return item

    def append(
        self, user_id: str, kind: str, text: str = "", payload: Any = None, **options: Any
    ) -> TimelineEntry:
        return history.from_item(self.put(history.entry(user_id, kind, text, payload, **options)))

    def forget_pending(self, user_id: str) -> None:
        """The customer withdrew: the entries not written yet would outlive them."""
        self._puts.discard(get_settings().history_table, user_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(history, name)


class _SurveysOnce:
    """`linecrm.logic.surveys`, whose questions are read once for the POST, when a first customer
    registers in it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._questions: list[SurveyQuestion] | None = None

    def _read(self) -> list[SurveyQuestion]:
        with self._lock:  # the others wait for the one read
            if self._questions is None:
                self._questions = survey_questions.list_all()
            return self._questions

    def after_registration(self, customer: Customer) -> list[dict[str, Any]]:
        return surveys.after_registration(customer, read_questions=self._read)

    def __getattr__(self, name: str) -> Any:
        return getattr(surveys, name)
