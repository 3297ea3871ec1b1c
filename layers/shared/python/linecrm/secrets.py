"""The LINE channel's secret and access token, read through the settings object
(`Settings.line_credentials()`: Secrets Manager in AWS, environment variables locally).

Until the operator puts the real values, the secret holds the stack's placeholder: `SecretNotSet`
is raised then (and `placeholder_in_use()` says so), so the webhook and the dispatcher can say it
in one log line and send nothing.
"""

from __future__ import annotations

from linecrm.settings import LINE_SECRET_PLACEHOLDER, LineCredentials, get_settings

PLACEHOLDER_VALUE = {
    "channel_secret": LINE_SECRET_PLACEHOLDER,
    "channel_access_token": LINE_SECRET_PLACEHOLDER,
}
NOT_SET_MESSAGE = (
    "LINE secret {name} still holds the placeholder: nothing is sent until the channel secret and "
    "access token are put into it (docs/deploy.md, step 5)"
)


class SecretNotSet(RuntimeError):
    """The secret still holds the placeholder the stack created it with."""


def secret_name() -> str | None:
    return get_settings().line_secret_name


def placeholder_in_use() -> bool:
    """True when the functions read a Secrets Manager secret that still holds the placeholder."""
    settings = get_settings()
    return bool(settings.line_secret_name) and settings.line_credentials().is_placeholder


def credentials() -> LineCredentials:
    found = get_settings().line_credentials()
    if found.is_placeholder:
        raise SecretNotSet(NOT_SET_MESSAGE.format(name=secret_name()))
    return found


def channel_secret() -> str:
    return credentials().channel_secret


def channel_access_token() -> str:
    return credentials().channel_access_token
