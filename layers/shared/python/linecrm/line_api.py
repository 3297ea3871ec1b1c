"""line-bot-sdk's MessagingApi, pointed at LINE_API_BASE_URL, with a timeout on every call.

The SDK is imported on first use: `linebot.v3.messaging` takes about 0.9 s to import, which the
webhook must not pay before it can even check a signature. In AWS the functions run with
SnapStart, and `warm_up()` runs before the snapshot so restored functions have it loaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from linecrm import secrets
from linecrm.settings import get_settings


def warm_up() -> None:
    import linebot.v3.messaging  # noqa: F401
    import linebot.v3.webhooks  # noqa: F401


def request_timeout() -> tuple[float, float]:
    """(connect, read) seconds: pass as `_request_timeout=` (the sync client has no default)."""
    s = get_settings()
    return (s.line_connect_timeout_seconds, s.line_read_timeout_seconds)


@lru_cache(maxsize=1)
def _api_client(host: str, token: str) -> Any:
    from linebot.v3.messaging import ApiClient, Configuration

    class LoggingApiClient(ApiClient):
        """line-bot-sdk's client, with one log line when a send that carries a retry key gets no
        answer in time (the dispatcher sends it again with the same key: LINE delivers it once)."""

        def request(self, method, url, *args, headers=None, **kwargs):
            try:
                return super().request(method, url, *args, headers=headers, **kwargs)
            except (urllib3.exceptions.HTTPError, OSError) as error:
                if any(k.lower() == "x-line-retry-key" for k in headers or {}):
                    logger.warning(
                        "LINE did not answer; to be retried with the same retry key",
                        extra={"url": url, "error": f"{type(error).__name__}: {str(error)[:200]}"},
                    )
                raise

    import urllib3

    from linecrm.observability import logger

    configuration = Configuration(host=host.rstrip("/"), access_token=token)
    configuration.connection_pool_maxsize = max(16, get_settings().multicast_concurrency * 2)
    return LoggingApiClient(configuration)


def messaging_api() -> Any:
    from linebot.v3.messaging import MessagingApi

    return MessagingApi(_api_client(get_settings().line_api_base_url, secrets.channel_access_token()))


def reset() -> None:
    _api_client.cache_clear()
    _insight_client.cache_clear()


@lru_cache(maxsize=1)
def _insight_client(host: str, token: str) -> Any:
    from linebot.v3.insight import ApiClient, Configuration

    return ApiClient(Configuration(host=host.rstrip("/"), access_token=token))


def insight_api() -> Any:
    """LINE's insight API (friend counts): same host and token as the Messaging API."""
    from linebot.v3.insight import Insight

    return Insight(_insight_client(get_settings().line_api_base_url, secrets.channel_access_token()))
