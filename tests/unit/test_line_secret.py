"""The LINE channel's values, read through the settings object: Secrets Manager (Powertools
Parameters) in AWS, environment variables locally; the stack's placeholder is recognised."""

from __future__ import annotations

import json

import pytest
from aws_lambda_powertools.utilities import parameters

from linecrm import secrets
from linecrm.settings import LINE_SECRET_PLACEHOLDER, get_settings

NAME = "LineCrm-dev/line-channel"


@pytest.fixture
def secretsmanager(monkeypatch):
    """moto's Secrets Manager, the functions' environment pointing at NAME, no cached values."""
    import boto3
    from moto import mock_aws

    with mock_aws():
        parameters.clear_caches()
        monkeypatch.setenv("LINE_SECRET_NAME", NAME)
        get_settings.cache_clear()
        client = boto3.client("secretsmanager")
        yield client
        parameters.clear_caches()
        get_settings.cache_clear()


def test_the_stacks_placeholder_is_recognised_and_nothing_can_use_it(secretsmanager):
    secretsmanager.create_secret(Name=NAME, SecretString=json.dumps(secrets.PLACEHOLDER_VALUE))
    assert secrets.placeholder_in_use()
    with pytest.raises(secrets.SecretNotSet, match=f"{NAME} still holds the placeholder"):
        secrets.channel_access_token()
    with pytest.raises(secrets.SecretNotSet):
        secrets.channel_secret()


def test_the_values_the_operator_put_are_read(secretsmanager):
    value = {"channel_secret": "s3cret", "channel_access_token": "t0ken"}
    secretsmanager.create_secret(Name=NAME, SecretString=json.dumps(value))
    assert not secrets.placeholder_in_use()
    assert (secrets.channel_secret(), secrets.channel_access_token()) == ("s3cret", "t0ken")


def test_a_secret_missing_a_key_names_the_key_and_the_secret_but_not_the_values(secretsmanager):
    secretsmanager.create_secret(Name=NAME, SecretString=json.dumps({"channel_secret": "s3cret"}))
    with pytest.raises(RuntimeError, match=f"secret {NAME}.*channel_access_token") as raised:
        secrets.channel_secret()
    assert "s3cret" not in str(raised.value)


def test_locally_the_environment_variables_are_read_and_never_taken_for_the_placeholder(monkeypatch):
    monkeypatch.delenv("LINE_SECRET_NAME", raising=False)
    monkeypatch.setenv("LINE_CHANNEL_SECRET", "local-secret")
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", "local-token")
    get_settings.cache_clear()
    try:
        assert not secrets.placeholder_in_use()
        assert secrets.channel_secret() == "local-secret"
        assert "local-secret" not in repr(get_settings())  # SecretStr: never printed
    finally:
        get_settings.cache_clear()


def test_placeholder_is_not_a_plausible_channel_value():
    assert len(LINE_SECRET_PLACEHOLDER) > 32 and not LINE_SECRET_PLACEHOLDER.isalnum()
