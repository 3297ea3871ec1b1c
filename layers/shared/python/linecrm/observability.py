"""Logger, Tracer and Metrics, created once and shared by every handler.

`tracer` is created on first use: importing the X-Ray SDK costs about 0.3 s, which the webhook
(that must answer LINE within 2 s after a cold start) does not pay; the admin API and the
dispatcher use it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from aws_lambda_powertools import Logger, Metrics

if TYPE_CHECKING:
    from aws_lambda_powertools import Tracer

SERVICE = "line-crm"
METRICS_NAMESPACE = "LineCrm"

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=METRICS_NAMESPACE, service=SERVICE)


@lru_cache(maxsize=1)
def _tracer() -> Tracer:
    from aws_lambda_powertools import Tracer

    return Tracer(service=SERVICE)


def __getattr__(name: str):  # PEP 562: `from linecrm.observability import tracer` creates it
    if name == "tracer":
        return _tracer()
    raise AttributeError(name)
