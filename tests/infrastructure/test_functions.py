"""The three Lambdas: runtime, entry point, layers, tracing, logs, environment and least privilege."""

from __future__ import annotations

import pytest

from infra.dispatcher import MAX_EVENT_AGE
from infra.layers import PIP_PYTHON_VERSION
from linecrm.tables import TABLES
from tests.infrastructure.cfn import logical_id, of_type, policy_statements, table_actions
from tests.infrastructure.conftest import STAGE

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
    assert env["LINE_SECRET_NAME"] == f"LineCrm-{STAGE}/line-channel"
    assert env["LINE_BASIC_ID"] == "@kuroge"  # the chat the QR codes open (-c line_basic_id=@kuroge)
    assert env["POWERTOOLS_SERVICE_NAME"] == "line-crm"
    assert env["POWERTOOLS_METRICS_NAMESPACE"] == "LineCrm"
    assert env["LOG_LEVEL"] == "INFO"
    assert env["STAGE"] == STAGE
    # The channel secret and token come from Secrets Manager, never from plain variables.
    assert "LINE_CHANNEL_SECRET" not in env and "LINE_CHANNEL_ACCESS_TOKEN" not in env


def test_secret_name_given_to_functions_is_the_secret_the_stack_creates(template):
    template.has_resource_properties("AWS::SecretsManager::Secret", {"Name": f"LineCrm-{STAGE}/line-channel"})


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
    assert env["MULTICAST_RATE_PER_SECOND"] == "195"


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


# Least privilege, function by function: what each one's code paths touch (read from
# functions/<name>/ and the linecrm modules they call; infra/*.py says which path needs what).
TABLE_ACCESS = {
    "Webhook": {
        # the conversation, 退会 (the customer book's deletion: tags, history, their audit trail,
        # coupon uses re-keyed), coupon uses, Idempotency, and the member and tag counts moved in
        # the customer's own transaction
        **dict.fromkeys(
            (
                "customers",
                "history",
                "customer_tags",
                "idempotency",
                "coupon_uses",
                "member_counts",
                "audit",
                "stats",
                "visits",  # the register's QR code (shop card)
            ),
            "read_write",
        ),
        "messages": "read",  # a coupon's expiry and title, when 「使う」 is tapped
        "entry_routes": "read",  # the route of a keyword a customer sends (流入経路)
        "survey_questions": "read",  # アンケート questions asked in the chat
    },
    "Admin": {
        # groups, messages, test friends; the customer book (record, unread, notes and timeline,
        # tags and their counters, deletion: coupon uses re-keyed); audit
        **dict.fromkeys(
            (
                "groups",
                "messages",
                "audit",
                "customers",
                "history",
                "customer_tags",
                "coupon_uses",
                "member_counts",
                "stats",
                "survey_questions",
                "test_friends",
                "entry_routes",
                "visits",  # points awarded by staff (shop card)
            ),
            "read_write",
        ),
    },
    "Dispatcher": {
        **dict.fromkeys(("messages", "deliveries", "customers", "member_counts"), "read_write"),
        **dict.fromkeys(("customer_tags", "groups"), "read"),
        "history": "write",  # each recipient's timeline entry (and its deletion, for one deleted meanwhile)
        "stats": "write",  # messages sent per month
    },
}
XRAY = {"xray:PutTraceSegments", "xray:PutTelemetryRecords"}
SECRET_READ = {"secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"}
OTHER_ACTIONS = {
    "Webhook": XRAY | SECRET_READ,
    "Admin": XRAY | SECRET_READ,  # the secret: LINE's quota figure for estimates
    "Dispatcher": XRAY | SECRET_READ | {"sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"},
}


def _access(actions: set[str]) -> str:
    reads, writes = bool(actions & READ), bool(actions & WRITE)
    return {(True, True): "read_write", (True, False): "read", (False, True): "write"}[(reads, writes)]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_each_role_may_use_exactly_the_tables_its_code_uses(resources, table_ids, name):
    granted = table_actions(resources, function_id(resources, name), table_ids)
    assert {table: _access(actions) for table, actions in granted.items()} == TABLE_ACCESS[name]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_each_role_has_no_other_permissions_than_tracing_the_secret_and_its_dead_letters(resources, name):
    others = {
        action
        for statement in policy_statements(resources, function_id(resources, name))
        for action in ([statement["Action"]] if isinstance(statement["Action"], str) else statement["Action"])
        if not action.startswith("dynamodb:")
    }
    assert others == OTHER_ACTIONS[name]


def test_dispatcher_runs_once_at_a_time_is_never_retried_and_dead_letters_what_fails(resources):
    dispatcher_id = function_id(resources, "Dispatcher")
    assert props(resources, "Dispatcher")["ReservedConcurrentExecutions"] == 1
    (config,) = of_type(resources, "AWS::Lambda::EventInvokeConfig").values()
    config = config["Properties"]
    assert config["FunctionName"] == {"Ref": dispatcher_id}
    assert config["MaximumRetryAttempts"] == 0
    # A tick that waited longer than this is dropped before the next tick is due.
    assert 60 <= config["MaximumEventAgeInSeconds"] == MAX_EVENT_AGE.to_seconds() < 300
    queue_id = config["DestinationConfig"]["OnFailure"]["Destination"]["Fn::GetAtt"][0]
    queue = resources[queue_id]
    assert queue["Type"] == "AWS::SQS::Queue"
    assert queue["Properties"]["SqsManagedSseEnabled"] is True
    assert queue["Properties"]["MessageRetentionPeriod"] == 14 * 24 * 3600
