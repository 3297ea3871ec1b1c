"""The LINE channel's secret and access token.

In AWS they live in one Secrets Manager secret (JSON: channel_secret, channel_access_token) whose
name is LINE_SECRET_NAME, read through Powertools Parameters with a 5-minute cache. Locally (and
in tests) LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are read from the environment.
"""

from __future__ import annotations

import os

from linecrm.settings import get_settings

CACHE_SECONDS = 300


def _from_secrets_manager(key: str) -> str:
    from aws_lambda_powertools.utilities import parameters

    name = get_settings().line_secret_name
    value = parameters.get_secret(name, transform="json", max_age=CACHE_SECONDS)
    return value[key]


def _get(env_name: str, key: str) -> str:
    if get_settings().line_secret_name:
        return _from_secrets_manager(key)
    value = os.environ.get(env_name)
    if not value:
        raise RuntimeError(f"{env_name} is not set (and no LINE_SECRET_NAME to read it from)")
    return value


def channel_secret() -> str:
    return _get("LINE_CHANNEL_SECRET", "channel_secret")


def channel_access_token() -> str:
    return _get("LINE_CHANNEL_ACCESS_TOKEN", "channel_access_token")
