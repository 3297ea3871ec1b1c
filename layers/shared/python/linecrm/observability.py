"""Logger, Tracer and Metrics, created once and shared by every handler, and `lambda_handler`, the
one decorator stack the three handlers use.

`tracer` is created on first use: importing the X-Ray SDK costs about 0.3 s, which the webhook
(that must answer LINE within 2 s after a cold start) does not pay; the admin API and the
dispatcher use it.

Logs never carry a LINE user id as it is nor what a customer wrote: `user_ref(user_id)` is a short
hash that still lets one follow a customer through the logs (hash the id you look for), and only
event types and ids are logged, never message text.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics

from linecrm.settings import get_settings

if TYPE_CHECKING:
    from aws_lambda_powertools import Tracer

SERVICE = "line-crm"
METRICS_NAMESPACE = "LineCrm"

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=METRICS_NAMESPACE, service=SERVICE)
if stage := os.environ.get("STAGE"):  # set by the stack: dev and prod may share an account's metrics
    metrics.set_default_dimensions(stage=stage)

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@lru_cache(maxsize=1)
def _tracer() -> Tracer:
    from aws_lambda_powertools import Tracer

    return Tracer(service=SERVICE)


def __getattr__(name: str):  # PEP 562: `from linecrm.observability import tracer` creates it
    if name == "tracer":
        return _tracer()
    raise AttributeError(name)


def lambda_handler(*, tracing: bool) -> Callable[[Handler], Handler]:
    """Every handler's decorators, in one order: the logger outermost (the Lambda context on every
    line, and `clear_state`: nothing a previous invocation appended survives), then the X-Ray
    subsegment (`tracing`; responses are not recorded, they hold customer data), then the metrics
    flush. The settings are validated first (cached: the cold start pays it), so a bad variable
    fails the invocation with its name before any work starts."""

    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        def validated(event: dict[str, Any], context: Any) -> dict[str, Any]:
            get_settings()
            return handler(event, context)

        wrapped = metrics.log_metrics(validated)
        if tracing:
            wrapped = _tracer().capture_lambda_handler(wrapped, capture_response=False)
        return logger.inject_lambda_context(wrapped, clear_state=True)

    return decorate


def user_ref(user_id: str | None) -> str | None:
    """A LINE user id as logs carry it: the first 12 hex digits of its SHA-256 (not reversible
    without the id, which is what logs must not hold; enough to tell customers apart)."""
    if not user_id:
        return None
    return hashlib.sha256(user_id.encode()).hexdigest()[:12]
