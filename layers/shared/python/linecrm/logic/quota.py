"""The month's LINE message quota, for the composer: what a message would cost against what is left.

Read-only and best effort: when LINE cannot be asked (no answer, no credentials), the composer gets
the reason instead of a number, never an error. The dispatcher checks the quota again at send time.
"""

from __future__ import annotations

from typing import Any

from linecrm import line_api
from linecrm.observability import logger


def month(recipients: int) -> dict[str, Any]:
    """{"type": "limited"|"none", "limit", "used", "remaining", "fits"} or {"unavailable": reason}."""
    try:
        api = line_api.messaging_api()
        timeout = line_api.request_timeout()
        quota = api.get_message_quota(_request_timeout=timeout)
        used = api.get_message_quota_consumption(_request_timeout=timeout).total_usage
    except Exception as error:  # LINE down, bad token, no secret: tell staff, do not fail the page
        logger.warning("message quota unavailable", error=str(error))
        return {"unavailable": f"LINE のメッセージ上限を取得できませんでした: {type(error).__name__}"}
    kind = str(getattr(quota.type, "value", quota.type))
    if kind != "limited":
        return {"type": kind, "limit": None, "used": used, "remaining": None, "fits": True}
    remaining = max(0, int(quota.value or 0) - int(used))
    return {
        "type": kind,
        "limit": quota.value,
        "used": used,
        "remaining": remaining,
        "fits": recipients <= remaining,
    }
