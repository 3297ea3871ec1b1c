"""POST /webhook: LINE's webhook.

Order matters: the signature is checked (line-bot-sdk's SignatureValidator) before the body is
even parsed, so a forged request writes and sends nothing. Then each event is handled on its own,
at most once per `webhookEventId` (Powertools Idempotency on the idempotency table), those of
different customers at once; the conversation itself is `linecrm.logic.conversation`. An event the
webhook cannot handle (a shape LINE never sends, an error no retry can fix) is acknowledged and
logged; only a transient fault answers 500, so that LINE's redelivery retries it.

Cold start: LINE gives up after 2 s, so this module imports only the cheap parts (Powertools'
resolver and Logger, settings). line-bot-sdk (0.5–1.1 s), Idempotency (0.2 s) and boto3 load on
first use; on Lambda, SnapStart snapshots them already loaded (see `_before_snapshot`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, NamedTuple

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.metrics import MetricUnit

from linecrm import secrets
from linecrm.domain import webhook_shape  # pure and small: no cost to the cold start
from linecrm.observability import lambda_handler, logger, metrics
from linecrm.settings import get_settings

IDEMPOTENCY_SECONDS = 24 * 3600  # how long a handled webhookEventId is remembered

# No pydantic model for the body on purpose: the signature must be checked on the raw text before
# anything parses it; the events are then parsed one by one with line-bot-sdk's webhook models.
app = APIGatewayRestResolver()


def _json(status: int, body: dict[str, Any]) -> Response:
    return Response(status_code=status, content_type="application/json", body=body)


def _reject(status: int, message: str) -> Response:
    metrics.add_metric(name="WebhookRejected", unit=MetricUnit.Count, value=1)
    return _json(status, {"message": message})


@app.post("/webhook")
def webhook() -> Response[dict]:
    signature = app.current_event.get_header_value("x-line-signature", case_sensitive=False)
    if not signature:
        return _reject(400, "missing X-Line-Signature")
    try:
        body = app.current_event.decoded_body or ""  # base64 when isBase64Encoded
    except (UnicodeDecodeError, ValueError):
        return _reject(400, "body is not UTF-8 text")
    from linebot.v3.webhook import SignatureValidator

    try:
        channel_secret = secrets.channel_secret()
    except secrets.SecretNotSet as error:  # the operator has not put LINE's values yet
        logger.error(str(error))
        return _json(503, {"message": "the LINE channel is not configured yet"})
    if not SignatureValidator(channel_secret).validate(body, signature):
        logger.warning("bad webhook signature")
        return _reject(401, "invalid X-Line-Signature")
    try:
        events = json.loads(body)["events"]
        if not isinstance(events, list):
            raise TypeError("events is not a list")
    except (ValueError, KeyError, TypeError, RecursionError) as error:  # RecursionError: deep nesting
        logger.warning("malformed webhook body", extra={"error": str(error)[:300]})
        return _reject(400, f"malformed webhook body: {type(error).__name__}")

    idempotency = _idempotency()  # built only now: a forged request never pays for it
    idempotency.config.register_lambda_context(app.lambda_context)  # in-progress records expire with it
    from linecrm.logic.webhook_post import WebhookPost

    queues = _queues(events)
    post = WebhookPost(user for user in queues if isinstance(user, str))  # their customers, one read
    post.claims.add(idempotency.persistence.claim(_to_handle(queues), idempotency.config))
    outcomes = _handle_all(idempotency.process_once, queues, post)
    metrics.add_metric(name="WebhookEvents", unit=MetricUnit.Count, value=len(events))
    if dropped := outcomes.count(DROPPED):
        metrics.add_metric(name="WebhookEventsDropped", unit=MetricUnit.Count, value=dropped)
    written = _flush(post)
    failed = outcomes.count(FAILED)
    if failed or not written:
        # Stored changes are kept; LINE's redelivery retries only the events that failed or whose
        # records were not written (the others are remembered by Idempotency).
        metrics.add_metric(name="WebhookEventFailures", unit=MetricUnit.Count, value=failed or len(events))
        return _json(500, {"message": f"{failed} event(s) failed" if written else "records not written"})
    return _json(200, {})


def _flush(post: Any) -> bool:
    """Write the POST's deferred puts (its events' timeline entries and Idempotency records); False
    when they failed and LINE's redelivery may help. The events whose records did not land stay
    "in progress" until this invocation's deadline; a redelivery after it handles them again, and
    the conversation's own guard keeps a change from applying twice."""
    from linecrm.dal.deferred import NotWritten
    from linecrm.dal.dynamo import is_transient

    try:
        post.flush()
        return True
    except NotWritten as error:
        if not is_transient(error):  # a retry cannot fix it: acknowledged, logged in full
            logger.exception("deferred writes not written, not retried")
            return True
        logger.warning(f"deferred writes failed, to be redelivered: {_error_name(error.__cause__ or error)}")
        return False


HANDLED, DROPPED, FAILED = "handled", "dropped", "failed"
MAX_THREADS = 8  # events of different users at once (a POST holds up to ~100 of them)


Queue = list[tuple[Any, str | None]]  # one user's events in order: (event, why it cannot be handled)


def _queues(events: list[Any]) -> dict[Any, Queue]:
    """The events by user (an event without one is a queue of its own); an event that can be
    handled is queued as handled (`webhook_shape.cleaned`), one that cannot as it came."""
    queues: dict[Any, Queue] = {}
    for index, raw in enumerate(events):
        problem = webhook_shape.problem(raw)  # once per event: it walks the whole event
        user = webhook_shape.user_of(raw) if problem is None else None
        event = raw if problem else webhook_shape.cleaned(raw)
        queues.setdefault(user if isinstance(user, str) else ("event", index), []).append((event, problem))
    return queues


def _to_handle(queues: dict[Any, Queue]) -> list[dict[str, Any]]:
    return [event for queue in queues.values() for event, problem in queue if problem is None]


def _handle_all(process_once: Callable[..., Any], queues: dict[Any, Queue], post: Any) -> list[str]:
    """Each event's outcome. The events of one user are handled in order (a conversation), those of
    different users at once: LINE batches events that arrive together into one POST (after a
    large send: coupon taps, replies) and waits only 2 s for the answer."""

    def run(queue: Queue) -> list[str]:
        return [_handle_one(process_once, raw, problem, post) for raw, problem in queue]

    if len(queues) <= 1:
        return [outcome for queue in queues.values() for outcome in run(queue)]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(MAX_THREADS, len(queues)), thread_name_prefix="webhook-event") as pool:
        return [outcome for outcomes in pool.map(run, queues.values()) for outcome in outcomes]


def _handle_one(process_once: Callable[..., Any], raw: Any, problem: str | None, post: Any) -> str:
    if problem:
        logger.warning(
            f"event acknowledged, not handled: {problem}",
            extra={"event_type": _type_of(raw)},
        )
        return DROPPED
    from aws_lambda_powertools.utilities.idempotency.exceptions import IdempotencyAlreadyInProgressError

    from linecrm.dal.dynamo import is_transient

    event_id = raw["webhookEventId"]
    token = _current_post.set(post)  # this thread's event: its ports and deferred writes
    try:
        process_once(event=raw)
        return HANDLED
    except IdempotencyAlreadyInProgressError:  # the same event is being handled right now
        logger.info("event already in progress", extra={"webhook_event_id": event_id})
        return HANDLED
    except Exception as error:
        if is_transient(error):  # throttling, a hiccup: 500, and LINE's redelivery retries it
            logger.warning(
                f"event failed, to be redelivered: {_error_name(error)}", extra={"webhook_event_id": event_id}
            )
            return FAILED
        # A retry cannot fix it (a value DynamoDB refuses, a bug): acknowledged, logged in full.
        logger.exception("event acknowledged, not handled", extra={"event_type": _type_of(raw)})
        return DROPPED
    finally:
        _current_post.reset(token)


def _error_name(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}"  # a ClientError's text names its code


def _type_of(raw: Any) -> str:
    """What is logged of an event the webhook does not handle: its type only, since the rest may be
    what a customer wrote."""
    kind = raw.get("type") if isinstance(raw, dict) else None
    return kind[:40] if isinstance(kind, str) else type(raw).__name__


# The POST whose event the current thread handles (`_handle_one`): Idempotency calls `_process`
# with the event only, and its persistence layer defers its records to the same POST.
_current_post: ContextVar[Any] = ContextVar("webhook_post", default=None)


def _process(event: dict[str, Any]) -> dict[str, Any]:
    from linecrm.logic.conversation import PORTS, handle_event

    post = _current_post.get()
    return handle_event(event, ports=PORTS if post is None else post.ports)


class _Idempotency(NamedTuple):
    """Powertools Idempotency on the idempotency table, reached like linecrm.dal.dynamo's resource."""

    table_name: str
    resource: Any  # the linecrm.dal.dynamo resource it was built for
    config: Any  # IdempotencyConfig
    process_once: Callable[..., Any]  # _process, at most once per webhookEventId
    persistence: Any  # its persistence layer (_persistence)


_current: _Idempotency | None = None  # built on first use


def _idempotency() -> _Idempotency:
    """The Idempotency setup for the current table name and linecrm.dal.dynamo resource: rebuilt
    when either changes (tests that reset them get a fresh persistence layer). The resource is
    compared by identity: boto3 resources compare equal to each other."""
    global _current
    from linecrm.dal import dynamo

    table_name, resource = get_settings().idempotency_table, dynamo.resource()
    if _current is None or _current.table_name != table_name or _current.resource is not resource:
        _current = _build_idempotency(table_name, resource)
    return _current


def _build_idempotency(table_name: str, resource: Any) -> _Idempotency:
    import boto3
    from aws_lambda_powertools.utilities.idempotency import IdempotencyConfig, idempotent_function

    from linecrm.dal import dynamo

    config = IdempotencyConfig(event_key_jmespath="webhookEventId", expires_after_seconds=IDEMPOTENCY_SECONDS)
    # A plain client: Powertools writes DynamoDB's wire format itself (the resource's client would
    # serialize it a second time). Same endpoint, region and settings as linecrm.dal.dynamo's resource.
    meta = resource.meta.client.meta
    client = boto3.client(
        "dynamodb", region_name=meta.region_name, endpoint_url=meta.endpoint_url, config=dynamo.config()
    )
    persistence = _persistence(table_name, client)
    once = idempotent_function(data_keyword_argument="event", config=config, persistence_store=persistence)
    return _Idempotency(table_name, resource, config, once(_process), persistence)


def _persistence(table_name: str, client: Any) -> Any:
    from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer
    from boto3.dynamodb.types import TypeDeserializer

    class DeferredCompletion(DynamoDBPersistenceLayer):
        """Powertools' DynamoDB persistence layer, except that a POST's records cost one call per
        100 or 25 events instead of two calls each (`linecrm.logic.webhook_post`):

        - the "in progress" records of all the POST's events are put before any is handled, in
          TransactWriteItems calls of 100 (`claim`); an event's own put is then skipped;
        - the record of an event handled to the end (an UpdateItem of status, result and expiry in
          Powertools) is written as a whole item with the POST's other deferred puts, 25 a call.
          The record it replaces is this event's own "in progress" one (a put of the same
          attributes; the in-progress expiry no longer matters once it is COMPLETED)."""

        def claim(self, events: list[dict[str, Any]], config: Any) -> set[str]:
            """Put the in-progress records of `events`, each with Powertools' own item and condition
            (`save_inprogress` builds them; `_Recorder` keeps them instead of sending them), 100 a
            transaction. The keys claimed: an event whose record exists already (a redelivery being
            handled or done) is left out and takes Powertools' own path, as is every event when a
            transaction fails twice (throttled, say). Written by hand: Powertools puts one record
            per call."""
            if len(events) < 2:  # one event: its own put is one call already
                return set()
            self.configure(config, f"{_process.__module__}.{_process.__qualname__}")  # as Powertools
            remaining = (
                config.lambda_context.get_remaining_time_in_millis() if config.lambda_context else None
            )
            recorder = _Recorder()
            client, self.client = self.client, recorder
            try:
                for event in events:
                    self.save_inprogress(event, remaining_time_in_millis=remaining)
            finally:
                self.client = client
            puts = list({put["Item"][self.key_attr]["S"]: put for put in recorder.puts}.values())  # unique
            from linecrm.dal.dynamo import TRANSACTION_LIMIT

            claimed: set[str] = set()
            for start in range(0, len(puts), TRANSACTION_LIMIT):
                claimed |= self._put_together(puts[start : start + TRANSACTION_LIMIT])
            return claimed

        def _put_together(self, puts: list[dict[str, Any]]) -> set[str]:
            from botocore.exceptions import ClientError

            for _attempt in range(2):  # the second without the records found to exist
                if not puts:
                    return set()
                try:
                    self.client.transact_write_items(TransactItems=[{"Put": put} for put in puts])
                    return {put["Item"][self.key_attr]["S"] for put in puts}
                except ClientError as error:
                    reasons = error.response.get("CancellationReasons") or []
                    if len(reasons) != len(puts):  # not cancelled item by item (throttled, say)
                        logger.info("in-progress records not put ahead", extra={"error": _error_name(error)})
                        return set()
                    puts = [
                        put
                        for put, reason in zip(puts, reasons, strict=True)
                        if reason.get("Code") != "ConditionalCheckFailed"
                    ]
            return set()

        def _put_record(self, data_record: Any) -> None:
            post = _current_post.get()
            if post is not None and post.claims.take(data_record.idempotency_key):
                return  # put ahead (claim)
            return super()._put_record(data_record)

        def _update_record(self, data_record: Any) -> None:
            post = _current_post.get()
            if post is None:
                return super()._update_record(data_record)
            to_python = TypeDeserializer().deserialize
            item = {
                name: to_python(value) for name, value in self._get_key(data_record.idempotency_key).items()
            }
            item |= {
                self.expiry_attr: data_record.expiry_timestamp,
                self.status_attr: data_record.status,
                self.data_attr: data_record.response_data,
            }
            if self.payload_validation_enabled:
                item[self.validation_key_attr] = data_record.payload_hash
            post.deferred.put(self.table_name, item)

    return DeferredCompletion(table_name=table_name, boto3_client=client)


class _Recorder:
    """Stands in for the DynamoDB client while `claim` lets Powertools build its puts."""

    def __init__(self) -> None:
        self.puts: list[dict[str, Any]] = []

    def put_item(self, **put: Any) -> None:
        self.puts.append(put)


@lambda_handler(tracing=False)  # X-Ray's SDK costs 0.3 s of cold start LINE cannot wait for
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return app.resolve(event, context)


def _before_snapshot() -> None:
    """Import and build (not connect) what the first event needs: Lambda compiles every import from
    source; creating boto3 clients loads their service models but opens no connection."""
    import boto3.dynamodb.conditions  # noqa: F401

    from linecrm import line_api
    from linecrm.logic import conversation, webhook_post  # noqa: F401

    line_api.warm_up()
    _idempotency()


try:  # SnapStart (Lambda): load line-bot-sdk before the snapshot is taken
    from snapshot_restore_py import register_before_snapshot

    register_before_snapshot(_before_snapshot)
except ImportError:
    pass
