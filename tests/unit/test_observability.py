"""The handlers' shared observability: one decorator stack, settings checked before any work, no
logger state carried between invocations, and user ids hashed in logs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from infra import paths
from linecrm.observability import lambda_handler, logger, user_ref
from linecrm.settings import get_settings
from local.apigw import LambdaContext

HANDLERS = ("webhook", "admin_api", "dispatcher")


def test_user_ref_is_a_short_stable_hash_that_does_not_contain_the_id():
    user_id = "U" + "4af4980629" * 3 + "ab"
    ref = user_ref(user_id)
    assert re.fullmatch(r"[0-9a-f]{12}", ref)
    assert ref == user_ref(user_id) != user_ref(user_id[:-1] + "c")
    assert user_id not in ref and ref not in user_id
    assert user_ref(None) is None and user_ref("") is None


@pytest.fixture
def fresh_settings():
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_bad_settings_fail_the_invocation_naming_the_variable_before_the_handler_runs(
    monkeypatch, fresh_settings
):
    ran = []
    handler = lambda_handler(tracing=False)(lambda event, context: ran.append(event) or {})
    monkeypatch.setenv("MULTICAST_CONCURRENCY", "1000")
    with pytest.raises(RuntimeError, match="MULTICAST_CONCURRENCY"):
        handler({}, LambdaContext("dispatcher"))
    assert ran == []


def test_keys_one_invocation_appends_are_gone_in_the_next(fresh_settings):
    seen = []

    @lambda_handler(tracing=False)
    def handler(event, context):
        seen.append(dict(logger.get_current_keys()))
        logger.append_keys(message_id=event["message_id"])
        return {}

    handler({"message_id": "m1"}, LambdaContext("dispatcher"))
    handler({"message_id": "m2"}, LambdaContext("dispatcher"))
    assert "message_id" not in seen[1]
    assert seen[1]["function_name"] == "dispatcher"  # the Lambda context is injected anew


@pytest.mark.parametrize("name", HANDLERS)
def test_every_handler_uses_the_one_decorator_stack_and_nothing_else(name):
    source = (paths.FUNCTIONS / name / "handler.py").read_text()
    decorators = re.findall(r"^@(\S+)", source, re.MULTILINE)
    handler_decorators = [d for d in decorators if not d.startswith("app.")]
    assert [d.split("(")[0] for d in handler_decorators] == ["lambda_handler"], handler_decorators


def test_metrics_carry_the_stage_the_stack_gives_the_function():
    """Both stages may share an account: their metrics (and alarms) are told apart by `stage`."""
    code = (
        "from linecrm.observability import metrics\n"
        "metrics.add_metric(name='Probe', unit='Count', value=1)\n"
        "metrics.flush_metrics()\n"
    )
    env = {**os.environ, "STAGE": "prod", "PYTHONPATH": str(paths.SHARED_PYTHON)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    emf = json.loads(out.stdout.strip().splitlines()[-1])
    assert emf["stage"] == "prod" and emf["service"] == "line-crm"
    assert ["service", "stage"] in [sorted(d) for d in emf["_aws"]["CloudWatchMetrics"][0]["Dimensions"]]


def test_a_transaction_lost_to_another_is_worth_a_retry_but_a_failed_condition_is_not():
    from linecrm.dal.dynamo import Cancelled, is_transient

    assert is_transient(Cancelled(["None", "TransactionConflict"]))
    assert not is_transient(Cancelled(["ConditionalCheckFailed", "None"]))
