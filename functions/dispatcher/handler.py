"""Dispatcher: fired every 5 minutes by EventBridge (locally by the scheduler and
`POST /_local/dispatch`). Glue only: the run is linecrm.logic.dispatch; then, on the same tick,
customers' moves are folded into the member counts (linecrm.logic.member_counts).

Until the operator puts the LINE channel's values into the secret (it holds the stack's
placeholder), the run sends nothing and says so in one log line; the fold still runs.
"""

from __future__ import annotations

from typing import Any

from linecrm import secrets
from linecrm.logic import dispatch, member_counts
from linecrm.observability import lambda_handler, logger
from linecrm.settings import get_settings

FOLD_MARGIN_SECONDS = 15.0


@lambda_handler(tracing=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    def time_left() -> float:  # the run stops starting work before the Lambda's timeout
        return context.get_remaining_time_in_millis() / 1000

    if secrets.placeholder_in_use():
        logger.error(secrets.NOT_SET_MESSAGE.format(name=secrets.secret_name()))
        summary: dict[str, Any] = {"messages": [], "skipped": "line secret not set"}
    else:
        summary = dispatch.run(time_left=time_left)
    try:  # the fold takes what time is left (MEMBER_COUNT_FOLD_SECONDS at most), bar a margin to log and return
        summary["member_counts"] = member_counts.fold(
            max_seconds=min(get_settings().member_count_fold_seconds, time_left() - FOLD_MARGIN_SECONDS)
        )
    except Exception:  # the counts stay exact without a fold (only slower to read): never fail the run
        logger.exception("member counts fold failed")
    logger.info("dispatch run", extra={"summary": summary})
    return summary
