"""Configuration from environment variables, validated once (each handler's module calls
`get_settings()` at import, so a Lambda fails its cold start naming the bad variable).

The LINE channel's credentials are read through the same object (`Settings.line_credentials()`):
from Secrets Manager when LINE_SECRET_NAME is set (AWS), else from LINE_CHANNEL_SECRET and
LINE_CHANNEL_ACCESS_TOKEN (the local stack, tests).
"""

from __future__ import annotations

import os
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

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
    member_counts_table: str = Field(alias=tables.MEMBER_COUNTS.env)
    audit_table: str = Field(alias=tables.AUDIT.env)
    stats_table: str = Field(alias=tables.STATS.env)
    visits_table: str = Field(alias=tables.VISITS.env)
    survey_questions_table: str = Field(alias=tables.SURVEY_QUESTIONS.env)
    test_friends_table: str = Field(alias=tables.TEST_FRIENDS.env)
    entry_routes_table: str = Field(alias=tables.ENTRY_ROUTES.env)
    idempotency_table: str = Field(alias=tables.IDEMPOTENCY.env)

    # LINE. The base URL is configurable so the real SDK client can talk to a local server.
    line_api_base_url: str = Field("https://api.line.me", alias="LINE_API_BASE_URL")
    line_connect_timeout_seconds: float = Field(3.0, alias="LINE_CONNECT_TIMEOUT_SECONDS", gt=0)
    line_read_timeout_seconds: float = Field(10.0, alias="LINE_READ_TIMEOUT_SECONDS", gt=0)
    # Name of the Secrets Manager secret holding {"channel_secret", "channel_access_token"}
    # (AWS). Locally LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN are read instead.
    line_secret_name: str | None = Field(None, alias="LINE_SECRET_NAME")
    line_channel_secret: SecretStr | None = Field(None, alias="LINE_CHANNEL_SECRET")
    line_channel_access_token: SecretStr | None = Field(None, alias="LINE_CHANNEL_ACCESS_TOKEN")

    # The LINE Official Account's basic ID (`@123abcde`, or a premium ID): the entry routes' QR codes
    # open the chat with it (linecrm.domain.entry_routes). None: no QR codes (the console says so).
    line_basic_id: str | None = Field(None, alias="LINE_BASIC_ID", pattern=r"^@[a-z0-9._-]{1,40}$")

    # Dispatcher: LINE allows 200 multicast requests per second per channel.
    multicast_rate_per_second: float = Field(195.0, alias="MULTICAST_RATE_PER_SECOND", gt=0)
    multicast_concurrency: int = Field(16, alias="MULTICAST_CONCURRENCY", ge=1, le=64)
    # How long one run may fold customers into the member counts (the local stack: 1 s, and it
    # folds in the background as well, since /_local/dispatch is a request someone waits for).
    member_count_fold_seconds: float = Field(60.0, alias="MEMBER_COUNT_FOLD_SECONDS", gt=0)

    # Admin API authentication: "cognito" in AWS (API Gateway authorizer), "token" locally.
    auth_mode: str = Field("cognito", alias="AUTH_MODE", pattern="^(cognito|token)$")
    admin_token: str | None = Field(None, alias="ADMIN_TOKEN")

    # The shop card (docs/design.md "Shop card"): the secret of the register QR codes' HMAC (when
    # unset, one is derived from the LINE channel secret, so that nothing more has to be kept).
    shop_qr_secret: SecretStr | None = Field(None, alias="SHOP_QR_SECRET")

    # How long a customer's history entries are kept (DynamoDB TTL, see docs/design.md): 2 years.
    history_retention_days: int = Field(730, alias="HISTORY_RETENTION_DAYS", ge=1, le=36500)

    def line_credentials(self) -> LineCredentials:
        """The channel's secret and token (Secrets Manager through Powertools Parameters, cached
        LINE_SECRET_CACHE_SECONDS; or the two local variables), validated."""
        if self.line_secret_name:
            from aws_lambda_powertools.utilities import parameters

            raw = parameters.get_secret(
                self.line_secret_name, transform="json", max_age=LINE_SECRET_CACHE_SECONDS
            )
            where = f"secret {self.line_secret_name}"
        else:
            raw = {
                "channel_secret": _reveal(self.line_channel_secret),
                "channel_access_token": _reveal(self.line_channel_access_token),
            }
            where = "LINE_CHANNEL_SECRET / LINE_CHANNEL_ACCESS_TOKEN (no LINE_SECRET_NAME)"
        return _validated(LineCredentials, raw, where)

    def qr_secret(self) -> bytes:
        """The key of the register QR codes' HMAC: SHOP_QR_SECRET, else derived from the channel
        secret (HMAC-SHA256 of a fixed label), so a new channel secret also changes the codes."""
        import hashlib
        import hmac

        if self.shop_qr_secret is not None and self.shop_qr_secret.get_secret_value():
            return self.shop_qr_secret.get_secret_value().encode()
        credentials = self.line_credentials()
        if credentials.is_placeholder:  # codes printed now would stop working once it is set
            raise RuntimeError("no QR secret: SHOP_QR_SECRET is unset and the LINE secret is the placeholder")
        return hmac.new(credentials.channel_secret.encode(), b"linecrm shop card qr", hashlib.sha256).digest()


LINE_SECRET_CACHE_SECONDS = 300
# What the stack creates the secret with, until the operator puts the channel's real values: the
# functions recognise it and send nothing (docs/deploy.md).
LINE_SECRET_PLACEHOLDER = "PUT-THE-VALUE-FROM-THE-LINE-DEVELOPERS-CONSOLE"


class LineCredentials(BaseModel):
    channel_secret: str = Field(min_length=1)
    channel_access_token: str = Field(min_length=1)

    @property
    def is_placeholder(self) -> bool:
        return LINE_SECRET_PLACEHOLDER in (self.channel_secret, self.channel_access_token)


def _reveal(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


def _validated(model: type[BaseModel], raw: object, where: str):
    try:
        return model.model_validate(raw)
    except ValidationError as error:  # names the variable or key, never its value
        problems = "; ".join(f"{'/'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise RuntimeError(f"invalid configuration in {where}: {problems}") from None


def _from_environment() -> Settings:
    return _validated(Settings, dict(os.environ), "the environment")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return _from_environment()


def table_environment(prefix: str = "") -> dict[str, str]:
    """Environment variables naming every table (`prefix` + logical name)."""
    return {t.env: prefix + t.name for t in tables.TABLES}
