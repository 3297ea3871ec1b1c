"""Configuration from environment variables, validated once.

A missing or malformed variable fails at start with a message that names it, not at the first
request. Secrets are not here: see linecrm.secrets.
"""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from linecrm import tables


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, populate_by_name=True)

    customers_table: str = Field(alias=tables.CUSTOMERS.env)
    history_table: str = Field(alias=tables.HISTORY.env)
    customer_tags_table: str = Field(alias=tables.CUSTOMER_TAGS.env)
    groups_table: str = Field(alias=tables.GROUPS.env)
    messages_table: str = Field(alias=tables.MESSAGES.env)
    deliveries_table: str = Field(alias=tables.DELIVERIES.env)
    coupon_uses_table: str = Field(alias=tables.COUPON_USES.env)
    segment_counts_table: str = Field(alias=tables.SEGMENT_COUNTS.env)
    audit_table: str = Field(alias=tables.AUDIT.env)
    idempotency_table: str = Field(alias=tables.IDEMPOTENCY.env)

    # LINE. The base URL is configurable so the real SDK client can talk to a local server.
    line_api_base_url: str = Field("https://api.line.me", alias="LINE_API_BASE_URL")
    line_connect_timeout_seconds: float = Field(3.0, alias="LINE_CONNECT_TIMEOUT_SECONDS", gt=0)
    line_read_timeout_seconds: float = Field(10.0, alias="LINE_READ_TIMEOUT_SECONDS", gt=0)
    # Name of the Secrets Manager secret holding {"channel_secret", "channel_access_token"}
    # (AWS). Locally LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN are read instead.
    line_secret_name: str | None = Field(None, alias="LINE_SECRET_NAME")

    # Dispatcher: LINE allows 200 multicast requests per second per channel.
    multicast_rate_per_second: float = Field(200.0, alias="MULTICAST_RATE_PER_SECOND", gt=0)
    multicast_concurrency: int = Field(16, alias="MULTICAST_CONCURRENCY", ge=1, le=64)
    # How long one run may fold customers into the segment counts (the local stack: 1 s, and it
    # folds in the background as well, since /_local/dispatch is a request someone waits for).
    segment_fold_seconds: float = Field(60.0, alias="SEGMENT_FOLD_SECONDS", gt=0)

    # Admin API authentication: "cognito" in AWS (API Gateway authorizer), "token" locally.
    auth_mode: str = Field("cognito", alias="AUTH_MODE", pattern="^(cognito|token)$")
    admin_token: str | None = Field(None, alias="ADMIN_TOKEN")


def _from_environment() -> Settings:
    try:
        return Settings.model_validate(dict(os.environ))
    except ValidationError as error:
        problems = "; ".join(f"{'/'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise RuntimeError(f"invalid configuration: {problems}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return _from_environment()


def table_environment(prefix: str = "") -> dict[str, str]:
    """Environment variables naming every table (`prefix` + logical name)."""
    return {t.env: prefix + t.name for t in tables.TABLES}
