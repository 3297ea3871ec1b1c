"""The three Lambdas: runtime, entry point, layers, tracing, logs, environment and least privilege."""

from __future__ import annotations

import pytest

from infra.layers import PIP_PYTHON_VERSION
from linecrm.tables import TABLES
from tests.infrastructure.cfn import logical_id, of_type, policy_statements, table_actions

FUNCTIONS = ("Webhook", "Admin", "Dispatcher")
FOLDERS = {"Webhook": "webhook", "Admin": "admin_api", "Dispatcher": "dispatcher"}
WRITE = {"dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"}
READ = {"dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"}


def function_id(resources, name: str) -> str:
    return logical_id(resources, "AWS::Lambda::Function", f"{name}Function")


def props(resources, name: str) -> dict:
    return resources[function_id(resources, name)]["Properties"]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_runs_its_handler_module_on_python_313_x86_64_with_both_layers(resources, name):
    function = props(resources, name)
    assert function["Runtime"] == f"python{PIP_PYTHON_VERSION}"  # the layer's wheels are for it
    assert function["Architectures"] == ["x86_64"]  # the layer's wheels are manylinux x86_64
    # functions/<name>/handler.py's handler(event, context), imported as the tests import it.
    assert function["Handler"] == f"functions.{FOLDERS[name]}.handler.handler"
    layer_ids = {ref["Ref"] for ref in function["Layers"]}
    # (every layer of the product; the console deployment brings CDK's own AWS CLI layer)
    assert layer_ids == {k for k in of_type(resources, "AWS::Lambda::LayerVersion") if k.startswith("Layers")}
    assert len(layer_ids) == 2


def test_layers_are_for_the_functions_runtime_and_architecture(resources):
    for key, layer in of_type(resources, "AWS::Lambda::LayerVersion").items():
        if not key.startswith("Layers"):
            continue  # CDK's own AWS CLI layer of the console deployment
        assert layer["Properties"]["CompatibleRuntimes"] == [f"python{PIP_PYTHON_VERSION}"]
        assert layer["Properties"]["CompatibleArchitectures"] == ["x86_64"]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_traces_to_xray_and_logs_to_a_group_with_retention(resources, name):
    function = props(resources, name)
    assert function["TracingConfig"] == {"Mode": "Active"}
    log_group_id = function["LoggingConfig"]["LogGroup"]["Ref"]
    assert resources[log_group_id]["Properties"]["RetentionInDays"] == 30


@pytest.mark.parametrize("name", FUNCTIONS)
def test_environment_names_every_table_the_secret_and_powertools(resources, table_ids, name):
    env = props(resources, name)["Environment"]["Variables"]
    for table in TABLES:
        assert env[table.env] == {"Ref": table_ids[table.name]}, table.env
    assert env["LINE_SECRET_NAME"] == "LineCrm/line-channel"
    assert env["POWERTOOLS_SERVICE_NAME"] == "line-crm"
    assert env["POWERTOOLS_METRICS_NAMESPACE"] == "LineCrm"
    assert env["LOG_LEVEL"] == "INFO"
    # The channel secret and token come from Secrets Manager, never from plain variables.
    assert "LINE_CHANNEL_SECRET" not in env and "LINE_CHANNEL_ACCESS_TOKEN" not in env


def test_secret_name_given_to_functions_is_the_secret_the_stack_creates(template):
    template.has_resource_properties("AWS::SecretsManager::Secret", {"Name": "LineCrm/line-channel"})


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_function_may_read_the_line_secret(resources, name):
    secret_id = logical_id(resources, "AWS::SecretsManager::Secret", "LineChannelSecret")
    allowed = [
        s
        for s in policy_statements(resources, function_id(resources, name))
        if s["Resource"] == {"Ref": secret_id}
    ]
    assert allowed and "secretsmanager:GetSecretValue" in allowed[0]["Action"]


def test_admin_api_authenticates_with_cognito(resources):
    env = props(resources, "Admin")["Environment"]["Variables"]
    assert env["AUTH_MODE"] == "cognito"
    assert env["COGNITO_USER_POOL_ID"] == {"Ref": logical_id(resources, "AWS::Cognito::UserPool", "Staff")}


def test_dispatcher_rate_is_lines_multicast_limit_by_default(resources):
    env = props(resources, "Dispatcher")["Environment"]["Variables"]
    assert env["MULTICAST_RATE_PER_SECOND"] == "200"


def test_timeouts_and_memory(resources):
    webhook, admin, dispatcher = (props(resources, n) for n in FUNCTIONS)
    assert webhook["MemorySize"] >= 512 and webhook["Timeout"] == 10
    assert admin["Timeout"] <= 29  # API Gateway's integration limit
    assert dispatcher["Timeout"] == 300  # one schedule period


def test_webhook_is_served_by_snapstart_version_through_the_live_alias(resources):
    webhook_id = function_id(resources, "Webhook")
    assert props(resources, "Webhook")["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    (alias,) = of_type(resources, "AWS::Lambda::Alias").values()
    assert alias["Properties"]["Name"] == "live"
    assert alias["Properties"]["FunctionName"] == {"Ref": webhook_id}
    version_id = alias["Properties"]["FunctionVersion"]["Fn::GetAtt"][0]
    assert resources[version_id]["Type"] == "AWS::Lambda::Version"


def test_webhook_grants(resources, table_ids):
    granted = table_actions(resources, function_id(resources, "Webhook"), table_ids)
    written = ("customers", "history", "customer_tags", "idempotency", "coupon_uses", "segment_counts")
    for name in written:
        assert granted[name] >= WRITE | READ, name
    assert granted["messages"] >= READ and not WRITE & granted["messages"]
    assert set(granted) == {*written, "messages"}


def test_admin_grants_every_table_but_idempotency(resources, table_ids):
    granted = table_actions(resources, function_id(resources, "Admin"), table_ids)
    assert set(granted) == {t.name for t in TABLES} - {"idempotency"}
    assert all(actions >= WRITE | READ for actions in granted.values())


def test_dispatcher_grants(resources, table_ids):
    granted = table_actions(resources, function_id(resources, "Dispatcher"), table_ids)
    for name in ("customer_tags", "groups"):
        assert granted[name] >= READ and not WRITE & granted[name], name
    for name in ("messages", "deliveries", "customers", "segment_counts"):  # customers: the counts' fold
        assert granted[name] >= WRITE | READ, name
    assert granted["history"] >= WRITE and not READ & granted["history"]
    assert set(granted) == {
        "customers",
        "customer_tags",
        "groups",
        "messages",
        "deliveries",
        "history",
        "segment_counts",
    }
