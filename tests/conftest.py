"""Fixtures shared by every tier.

`aws` gives a fresh in-process moto DynamoDB with every table of linecrm.tables created, and the
environment variables that name them. Integration tests that need a real endpoint (several
threads or processes) use `moto_server` instead.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from linecrm import tables
from linecrm.dal import dynamo
from linecrm.settings import table_environment
from tests.support.line_channel import CHANNEL_ACCESS_TOKEN, CHANNEL_SECRET

# No test may depend on the machine's speed: Hypothesis' per-example deadline and its "too slow"
# health checks (data generation timed on a loaded machine) are off for every property.
settings.register_profile(
    "project",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
settings.load_profile("project")


def _parse_aws_models_once() -> None:
    """Every boto3 session reads botocore's model files (JSON, about 0.1 s of parsing a session),
    and a test process makes hundreds: moto's `mock_aws` starts each test with a new default
    session, and each handler's Idempotency layer makes its own client. Here the sessions of the
    test process share one loader (botocore caches what a loader parsed), so each file is parsed
    once; boto3, which appends its own folder to a session's loader, finds it there once."""
    import botocore.session
    from botocore import loaders

    shared: dict[str | None, loaders.Loader] = {}

    def create_loader(search_path_string: str | None = None) -> loaders.Loader:
        loader = shared.get(search_path_string)
        if loader is None:
            loader = shared[search_path_string] = loaders.create_loader(search_path_string)
        loader.search_paths[:] = list(dict.fromkeys(loader.search_paths))
        return loader

    botocore.session.create_loader = create_loader


_parse_aws_models_once()

BASE_ENV = {
    "AWS_DEFAULT_REGION": "ap-northeast-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_NAMESPACE": "LineCrmTest",
    "POWERTOOLS_DEV": "false",
    **table_environment(),
}


@pytest.fixture(autouse=True)
def _environment(monkeypatch):
    for key, value in BASE_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    dynamo.reset_caches()
    yield
    dynamo.reset_caches()


@pytest.fixture
def aws():
    """In-process moto with all tables."""
    from moto import mock_aws

    with mock_aws():
        dynamo.reset_caches()
        tables.create_all(dynamo.client())
        yield dynamo.resource()


@pytest.fixture(scope="session")
def moto_server_url():
    """One moto server for the session (threads and processes can share it)."""
    from local import dynamodb

    server, url = dynamodb.start()
    yield url
    server.stop()


@pytest.fixture
def moto_server(moto_server_url, monkeypatch):
    """Fresh tables on the shared moto server; boto3 in this process points at it."""
    import boto3

    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", moto_server_url)
    dynamo.reset_caches()
    client = boto3.client("dynamodb", endpoint_url=moto_server_url)
    for name in client.list_tables()["TableNames"]:
        client.delete_table(TableName=name)
    tables.create_all(client)
    yield moto_server_url
    dynamo.reset_caches()


@pytest.fixture(scope="module")
def stack():
    """The local stack (`python -m local`) on a free port, dispatching only when asked."""
    from local.subprocess_stack import RunningStack

    running = RunningStack(env={"DISPATCH_INTERVAL_SECONDS": "3600"})
    yield running
    running.stop()


def pytest_report_header(config):
    return f"python {os.sys.version.split()[0]}"


@pytest.fixture
def line_emulator(monkeypatch):
    """A started LINE emulator (local.line_emulator) and the environment that points the bot at it."""
    from linecrm import line_api
    from linecrm.settings import get_settings
    from local.line_emulator import LineEmulator

    emulator = LineEmulator(channel_access_token=CHANNEL_ACCESS_TOKEN, channel_secret=CHANNEL_SECRET)
    emulator.start(host="127.0.0.1", port=0)
    monkeypatch.setenv("LINE_API_BASE_URL", emulator.url)
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", CHANNEL_ACCESS_TOKEN)
    monkeypatch.setenv("LINE_CHANNEL_SECRET", CHANNEL_SECRET)
    get_settings.cache_clear()
    line_api.reset()
    yield emulator
    emulator.stop()
    get_settings.cache_clear()
    line_api.reset()
