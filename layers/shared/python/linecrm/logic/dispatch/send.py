"""Sending a planned message: each batch with its own retry key, at LINE's rate, on many threads.

A multicast batch carries its user ids; the one batch of a broadcast (target `all`) carries none:
LINE sends it to every friend. Either way the retry key makes a repeat harmless: LINE delivers a
key once and answers 409 to a repeat, which counts as accepted (domain.delivery.classify_answer).
"""

from __future__ import annotations

import functools
import json
import random
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from linecrm import line_api
from linecrm.dal.deliveries import BROADCAST, unpack
from linecrm.domain import delivery
from linecrm.domain.delivery import Batch, Delivery
from linecrm.logic.dispatch.lease import Lease
from linecrm.logic.dispatch.options import Checkpoint, DispatchOptions
from linecrm.logic.dispatch.receipts import Recorder
from linecrm.logic.rate_limit import TokenBucket


def _lower(headers: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in dict(headers or {}).items()}


def line_error(body: Any) -> str:
    """LINE's error body {"message", "details": [{"message", "property"}]} as one line of text."""
    try:
        data = json.loads(body) if isinstance(body, str | bytes) else (body or {})
    except ValueError:
        return str(body)[:500]
    details = "; ".join(f"{d.get('property', '')}: {d.get('message', '')}" for d in data.get("details") or [])
    return f"{data.get('message', '')}" + (f" ({details})" if details else "")


@functools.cache
def batch_multicast_request() -> type:
    """line-bot-sdk's MulticastRequest, turned into its JSON body without pydantic walking the
    ids: the SDK's `to_dict` goes through pydantic's `dict()`, which visits each of the 500 ids
    (about 1 ms of CPU a request, half of the dispatcher's share of a send). The body is the
    same: the model's own `to_dict` of the request without its ids, and the ids, which are plain
    strings (tests/unit/test_dispatch_requests.py compares both)."""
    from linebot.v3.messaging import MulticastRequest

    class BatchMulticastRequest(MulticastRequest):
        def to_dict(self) -> dict:
            body = MulticastRequest.to_dict(self.copy(update={"to": []}))
            body["to"] = list(self.to)
            return body

    return BatchMulticastRequest


class Requests:
    """The request of each batch of one message. The SDK's model validates every field when built:
    validating 500 ids costs about 1.3 ms of CPU, as much as the rest of a request on the
    dispatcher's side (measured with cProfile). So the request is validated once per send, and
    each batch's request is a copy of it with the batch's ids, which need no validation: they are
    the strings the plan stored, 1 to 500 of them (delivery.batches, deliveries.planned_item).
    pydantic's copy() does not validate, and the SDK's validate_arguments does not re-validate a
    model instance it is given (a BatchMulticastRequest is a MulticastRequest).
    """

    def __init__(self, messages: list[dict], first: Batch) -> None:
        from linebot.v3.messaging import BroadcastRequest, MulticastRequest

        self.error, self.broadcast = "", first.kind == BROADCAST
        try:
            if self.broadcast:
                self._template = BroadcastRequest.from_dict({"messages": messages})
            else:
                checked = MulticastRequest.from_dict({"to": unpack(first.user_ids), "messages": messages})
                self._template = batch_multicast_request().construct(checked.__fields_set__, **dict(checked))
        except ValueError as error:  # the stored messages do not pass the SDK's model: not sendable
            self.error = f"invalid message: {error}"

    def call(self, api: Any, batch: Batch, timeout: Any) -> Any:
        if self.broadcast:
            return api.broadcast_with_http_info(
                self._template, x_line_retry_key=batch.retry_key, _request_timeout=timeout
            )
        # Sorted when packed: the same batch makes the same request body every time.
        request = self._template.copy(update={"to": unpack(batch.user_ids)})
        return api.multicast_with_http_info(
            request, x_line_retry_key=batch.retry_key, _request_timeout=timeout
        )


class Sender:
    """Sends batches for one run: one rate limit and one pool of threads for every message."""

    def __init__(
        self,
        api: Any,
        options: DispatchOptions,
        limiter: TokenBucket,
        checkpoint: Checkpoint,
        sleep: Callable[[float], None],
        may_start: Callable[[], bool],
        deliveries: Any,
    ) -> None:
        self.api, self.options, self.limiter, self.checkpoint, self.sleep = (
            api,
            options,
            limiter,
            checkpoint,
            sleep,
        )
        self.deliveries = deliveries  # the port (logic.ports)
        self.may_start = may_start  # False once the run's time is nearly up: no new request starts
        self.requests = 0
        self._count_lock = threading.Lock()

    def send(
        self, pool: ThreadPoolExecutor, message: Delivery, pending: list[Batch], lease: Lease, started: str
    ):
        """Send `pending` batches of `message` on `pool`; returns the futures and the recorder, for
        `wait` (several messages may be sending at once on one pool and one rate limit)."""
        requests = Requests(message.line_messages, pending[0])
        recorder = Recorder(lease.clock, self.checkpoint, started, self.deliveries)
        futures = [pool.submit(self.send_batch, requests, b, lease, recorder) for b in pending]
        return futures, recorder

    @staticmethod
    def wait(futures: Iterable, recorder: Recorder) -> None:
        futures = list(futures)
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

    def send_batch(self, requests: Requests, batch: Batch, lease: Lease, recorder: Recorder) -> None:
        mid, bno, policy = batch.message_id, batch.batch_no, self.options.retry
        for attempt in range(1, policy.max_attempts + 1):
            if not self.may_start():
                return  # stays planned: the next run sends it, with the same retry key
            lease.keep_alive()
            self.limiter.acquire()
            self.checkpoint("before_request")
            status, headers, error = self.call_line(requests, batch)
            self.checkpoint("line_answered")
            answer = delivery.classify_answer(status)
            if answer == delivery.ANSWER_ACCEPTED:
                request_id = headers.get("x-line-request-id") or headers.get("x-line-accepted-request-id")
                recorder.add(batch, status, request_id, attempt)
                return
            if answer == delivery.ANSWER_FAILED:
                self.deliveries.record_failed(mid, bno, status, error)
                return
            self.deliveries.record_retryable_error(mid, bno, status, error)
            if attempt < policy.max_attempts:
                self.sleep(policy.delay(attempt, random.random()))

    def call_line(self, requests: Requests, batch: Batch) -> tuple[int | None, dict, str]:
        """(status or None when LINE did not answer, lower-case headers, error text)."""
        import urllib3
        from linebot.v3.messaging import ApiException

        if requests.error:
            return 400, {}, requests.error
        with self._count_lock:
            self.requests += 1
        try:
            answer = requests.call(self.api, batch, line_api.request_timeout())
            return answer.status_code, _lower(answer.headers), ""
        except ApiException as error:
            return error.status or None, _lower(error.headers), line_error(error.body) or str(error.reason)
        except (urllib3.exceptions.HTTPError, OSError) as error:  # timeout, reset: unknown outcome
            return None, {}, f"{type(error).__name__}: {error}"
