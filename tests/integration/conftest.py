"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from tests.conftest import BASE_ENV
from tests.support.admin_api import TOKEN, token_mode
from tests.support.line_channel import CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET
from tests.support.logs import json_logs  # noqa: F401 (a fixture: every line the logger writes)

RACERS = 20  # the most a race test releases at once (the pool's size)


@pytest.fixture
def admin_token_mode(monkeypatch):
    """The staff API in token mode with tests.support.admin_api's TOKEN (what `call` sends)."""
    token_mode(monkeypatch)


@pytest.fixture(scope="session")
def racing_emulator():
    """The LINE emulator the race tests' Lambda processes talk to (one for the session: the pool's
    processes are started with its URL). Each test uses its own customers' user IDs."""
    from local.line_emulator import LineEmulator

    running = LineEmulator(channel_access_token=CHANNEL_ACCESS_TOKEN, channel_secret=CHANNEL_SECRET)
    running.start(host="127.0.0.1", port=0)
    yield running
    running.stop()


@pytest.fixture(scope="session")
def racing_environment(racing_emulator):
    return {
        "LINE_API_BASE_URL": racing_emulator.url,
        "LINE_CHANNEL_ACCESS_TOKEN": CHANNEL_ACCESS_TOKEN,
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "AUTH_MODE": "token",
        "ADMIN_TOKEN": TOKEN,
    }


@pytest.fixture(scope="session")
def lambdas(moto_server_url, racing_environment):
    """RACERS warm Lambda execution environments of the admin API and the webhook (separate processes,
    tests.support.lambda_pool) against moto's server and the racing emulator, started once for every
    race test of the session: starting 20 processes on a 2-core machine takes tens of seconds.
    The race tests' modules are in one xdist group so that one worker starts it."""
    from tests.support.lambda_pool import ADMIN_API, WEBHOOK, LambdaPool

    environment = {**BASE_ENV, "AWS_ENDPOINT_URL_DYNAMODB": moto_server_url, **racing_environment}
    pool = LambdaPool(RACERS, environment, handlers=(ADMIN_API, WEBHOOK))
    yield pool
    pool.close()


@pytest.fixture
def line(moto_server, racing_emulator, racing_environment, monkeypatch):
    """Fresh tables, and this process's bot talking to the racing emulator too (to set customers up)."""
    from linecrm import line_api
    from linecrm.settings import get_settings

    for key, value in racing_environment.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    line_api.reset()
    yield racing_emulator
    get_settings.cache_clear()
    line_api.reset()
