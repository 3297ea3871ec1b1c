"""Dispatcher: fired every 5 minutes by EventBridge (locally by the scheduler and
`POST /_local/dispatch`). Glue only: the run is linecrm.logic.dispatch; then, on the same tick,
customers' moves are folded into the segment counts (linecrm.logic.segment_counts)."""

from __future__ import annotations

from typing import Any

from linecrm.logic import dispatch, segment_counts
from linecrm.observability import logger, metrics, tracer

FOLD_MARGIN_SECONDS = 15.0


@tracer.capture_lambda_handler
@logger.inject_lambda_context
@metrics.log_metrics
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    def time_left() -> float:  # the run stops starting work before the Lambda's timeout
        return context.get_remaining_time_in_millis() / 1000

    summary = dispatch.run(time_left=time_left)
    try:  # the fold takes what time is left, bar a margin to log and return
        summary["segment_counts"] = segment_counts.fold(
            max_seconds=min(60.0, time_left() - FOLD_MARGIN_SECONDS)
        )
    except Exception:  # the counts stay exact without a fold (only slower to read): never fail the run
        logger.exception("segment counts fold failed")
    logger.info("dispatch run", extra={"summary": summary})
    return summary
