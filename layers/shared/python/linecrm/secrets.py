"""The LINE channel's secret and access token, read through the settings object
(`Settings.line_credentials()`: Secrets Manager in AWS, environment variables locally).

Until the operator puts the real values, the secret holds the stack's placeholder: `SecretNotSet`
is raised then, so the webhook and the dispatcher can say so in one log line and send nothing.
"""

from __future__ import annotations

from linecrm.settings import LINE_SECRET_PLACEHOLDER, LineCredentials, get_settings

PLACEHOLDER_VALUE = {"channel_secret": LINE_SECRET_PLACEHOLDER, "channel_access_token": LINE_SECRET_PLACEHOLDER}


class SecretNotSet(RuntimeError):
    """The secret still holds the placeholder the stack created it with."""


def credentials() -> LineCredentials:
    settings = get_settings()
    found = settings.line_credentials()
    if found.is_placeholder:
        raise SecretNotSet(
            f"LINE secret {settings.line_secret_name} still holds the placeholder: put the channel "
            "secret and access token (docs/deploy.md); nothing is sent until then"
        )
    return found


def channel_secret() -> str:
    return credentials().channel_secret


def channel_access_token() -> str:
    return credentials().channel_access_token
