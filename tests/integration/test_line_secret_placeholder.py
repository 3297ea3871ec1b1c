"""Right after the first deploy the LINE secret holds the stack's placeholder: the dispatcher and the
webhook say so in one log line and send nothing (no failing ticks, no retries)."""

from __future__ import annotations

import json
from datetime import timedelta

import boto3
import pytest
from aws_lambda_powertools.utilities import parameters

from linecrm import secrets
from linecrm.settings import get_settings
from local.apigw import LambdaContext
from local.line_emulator import webhook_events as ev
from tests.integration.dispatch_support import NOW, customer, message, put_message, seed_customers
from tests.support.line_webhook import SECRET, post

NAME = "LineCrm-prod/line-channel"


@pytest.fixture
def placeholder_secret(aws, line_emulator, monkeypatch):
    """The secret as `cdk deploy` creates it; the functions read it (not the local variables)."""
    boto3.client("secretsmanager").create_secret(
        Name=NAME, SecretString=json.dumps(secrets.PLACEHOLDER_VALUE)
    )
    parameters.clear_caches()
    monkeypatch.setenv("LINE_SECRET_NAME", NAME)
    get_settings.cache_clear()
    yield line_emulator
    parameters.clear_caches()
    get_settings.cache_clear()


def _placeholder_lines(lines: list[str]) -> list[dict]:
    return [json.loads(line) for line in lines if "placeholder" in line]


def test_dispatcher_sends_nothing_and_logs_one_clear_line(placeholder_secret, json_logs):
    from functions.dispatcher.handler import handler

    seed_customers([customer("Ua")])
    put_message("m1", {"type": "all"}, send_at=NOW - timedelta(days=1))  # long due

    summary = handler({"source": "aws.events"}, LambdaContext("dispatcher"))

    assert summary["skipped"] == "line secret not set" and summary["messages"] == []
    assert placeholder_secret.received == []  # not one request to LINE
    assert message("m1")["status"] == "scheduled"  # still waiting for the real values
    (line,) = _placeholder_lines(json_logs)
    assert line["level"] == "ERROR" and NAME in line["message"] and "docs/deploy.md" in line["message"]


def test_dispatcher_sends_once_the_real_values_are_put(placeholder_secret):
    from functions.dispatcher.handler import handler
    from tests.support.line_channel import CHANNEL_ACCESS_TOKEN

    seed_customers([customer("Ua")])
    put_message("m1", {"type": "all"}, send_at=NOW - timedelta(days=1))
    value = {"channel_secret": SECRET, "channel_access_token": CHANNEL_ACCESS_TOKEN}
    boto3.client("secretsmanager").put_secret_value(SecretId=NAME, SecretString=json.dumps(value))
    parameters.clear_caches()  # in AWS: within the 5-minute cache

    handler({"source": "aws.events"}, LambdaContext("dispatcher"))

    assert message("m1")["status"] == "sent"


def test_webhook_answers_503_writes_nothing_and_logs_one_clear_line(placeholder_secret, json_logs):
    from linecrm.dal import dynamo

    status, answer = post([ev.follow("U" + "2" * 32)], secret=SECRET)

    assert status == 503 and "not configured" in answer["message"]
    assert dynamo.table("customers_table").scan()["Items"] == []
    assert placeholder_secret.received == []
    (line,) = _placeholder_lines(json_logs)
    assert line["level"] == "ERROR" and NAME in line["message"]


def test_no_register_qr_code_is_made_from_the_placeholder(placeholder_secret, admin_token_mode):
    """Codes printed from the placeholder would stop working once the real secret is put in."""
    from tests.support.admin_api import call

    status, body = call("GET", "/api/stores/ginza/qr")
    assert status == 409 and "SHOP_QR_SECRET" in body["message"]


def test_an_own_qr_secret_makes_codes_even_before_the_line_secret_is_set(
    placeholder_secret, admin_token_mode, monkeypatch
):
    from tests.support.admin_api import call

    monkeypatch.setenv("SHOP_QR_SECRET", "register-codes-2026")
    monkeypatch.setenv("LINE_BASIC_ID", "@kuroge")  # the chat the code opens
    get_settings.cache_clear()
    status, body = call("GET", "/api/stores/ginza/qr")
    assert status == 200 and body["text"].startswith("来店 ginza ")
