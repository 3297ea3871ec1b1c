"""The month's LINE message quota, for the composer: what a message would cost against what is left.

Read-only and best effort: when LINE cannot be asked (no answer, no credentials), the composer gets
the reason instead of a number, never an error. The dispatcher checks the quota again at send time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from linecrm import line_api
from linecrm.domain import delivery
from linecrm.observability import logger


def _at_once(call: Callable[[], Any]) -> Any:
    return call()


def read(api: Any, ask: Callable[[Callable[[], Any]], Any] = _at_once) -> tuple[str, int | None, int]:
    """The month's quota as LINE tells it: (kind "limited"|"none", limit, used). `ask` makes each
    call to LINE (the dispatcher retries them)."""
    timeout = line_api.request_timeout()
    quota = ask(lambda: api.get_message_quota(_request_timeout=timeout))
    used = ask(lambda: api.get_message_quota_consumption(_request_timeout=timeout)).total_usage
    kind = str(getattr(quota.type, "value", quota.type))  # the SDK gives an enum (QuotaType.LIMITED)
    return kind, quota.value, used


def month(recipients: int) -> dict[str, Any]:
    """{"type": "limited"|"none", "limit", "used", "remaining", "fits"} or {"unavailable": reason}."""
    try:
        kind, limit, used = read(line_api.messaging_api())
    except Exception as error:  # LINE down, bad token, no secret: tell staff, do not fail the page
        logger.warning("message quota unavailable", error=str(error))
        return {"unavailable": f"LINE のメッセージ上限を取得できませんでした: {type(error).__name__}"}
    if kind != "limited":
        return {"type": kind, "limit": None, "used": used, "remaining": None, "fits": True}
    remaining = delivery.remaining(int(limit or 0), int(used))
    return {
        "type": kind,
        "limit": limit,
        "used": used,
        "remaining": remaining,
        "fits": recipients <= remaining,
    }
