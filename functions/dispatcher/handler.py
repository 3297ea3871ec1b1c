"""Dispatcher: fired every 5 minutes by EventBridge (locally by the scheduler and
`POST /_local/dispatch`). Glue only: the run is linecrm.logic.dispatch."""

from __future__ import annotations

from typing import Any

from linecrm.logic import dispatch
from linecrm.observability import logger, metrics, tracer


@tracer.capture_lambda_handler
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    summary = dispatch.run()
    logger.info("dispatch run", extra={"summary": summary})
    return summary
