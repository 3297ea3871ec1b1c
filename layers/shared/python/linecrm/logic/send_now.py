"""A request to LINE that staff asked for and wait on (a 1:1 message, a test send): sent now, not
through the dispatcher's batch ledger.

One retry key for both attempts: if the first was accepted but its answer lost, LINE answers the
second with 409 and nothing is delivered twice. Written by hand: line-bot-sdk has no retries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from linecrm.domain.errors import LineRefused
from linecrm.observability import logger

TIMEOUT = (3.0, 10.0)  # (connect, read) seconds: staff wait for the answer


def send_now(
    call: Callable[[str, tuple[float, float]], Any], what: str, retry_key: str | None = None
) -> str | None:
    """`call(retry_key, timeout)` → line-bot-sdk's `..._with_http_info` answer; LINE's request id.
    LineRefused (502 for staff) when LINE refuses it or cannot be reached, after one retry of a
    429, a 5xx or a lost answer. `retry_key`: a key derived from what is sent (a rank's reward),
    so that a later attempt of the same send is delivered at most once too; default a new one."""
    from linebot.v3.messaging import ApiException
    from urllib3.exceptions import HTTPError as TransportError

    retry_key = retry_key or str(uuid.uuid4())
    for attempt in (1, 2):
        try:
            answer = call(retry_key, TIMEOUT)
            return _headers(answer.headers).get("x-line-request-id")
        except ApiException as error:
            if error.status == 409:  # this retry key was already accepted: delivered once
                return _headers(error.headers).get("x-line-accepted-request-id")
            if error.status < 500 and error.status != 429 or attempt == 2:
                logger.warning(f"{what} refused", extra={"status": error.status})
                raise LineRefused(f"LINE が送信を受け付けませんでした (HTTP {error.status})") from None
        except (TransportError, OSError) as error:
            if attempt == 2:
                raise LineRefused(f"LINE に接続できませんでした ({type(error).__name__})") from None
    return None


def _headers(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in (headers or {}).items()}
