"""The dispatcher's five-minute schedule, and the alarms that reach the devops engineer."""

from __future__ import annotations

import pytest

from infra import paths
from infra.monitoring import DISPATCH_FAILED_METRIC, DISPATCH_HELD_METRIC
from tests.infrastructure.cfn import logical_id, of_type
from tests.infrastructure.conftest import ALARM_EMAIL


def test_eventbridge_fires_the_dispatcher_every_five_minutes(resources):
    (rule,) = of_type(resources, "AWS::Events::Rule").values()
    dispatcher_id = logical_id(resources, "AWS::Lambda::Function", "DispatcherFunction")
    assert rule["Properties"]["ScheduleExpression"] == "rate(5 minutes)"
    assert rule["Properties"]["State"] == "ENABLED"
    (target,) = rule["Properties"]["Targets"]
    assert target["Arn"] == {"Fn::GetAtt": [dispatcher_id, "Arn"]}


def test_eventbridge_may_invoke_the_dispatcher(resources):
    dispatcher_id = logical_id(resources, "AWS::Lambda::Function", "DispatcherFunction")
    rule_id = next(iter(of_type(resources, "AWS::Events::Rule")))
    assert any(
        p["Properties"]["FunctionName"] == {"Fn::GetAtt": [dispatcher_id, "Arn"]}
        and p["Properties"]["Principal"] == "events.amazonaws.com"
        and p["Properties"]["SourceArn"] == {"Fn::GetAtt": [rule_id, "Arn"]}
        for p in of_type(resources, "AWS::Lambda::Permission").values()
    )


@pytest.fixture(scope="module")
def alarms(resources) -> dict[str, dict]:
    return {key: r["Properties"] for key, r in of_type(resources, "AWS::CloudWatch::Alarm").items()}


def _alarm(alarms, fragment: str) -> dict:
    (alarm,) = [a for key, a in alarms.items() if fragment in key]
    return alarm


def _fires_on_any_occurrence(alarm: dict) -> bool:
    return (
        alarm["Threshold"] == 0
        and alarm["ComparisonOperator"] == "GreaterThanThreshold"
        and alarm["Statistic"] == "Sum"
        and alarm["TreatMissingData"] == "notBreaching"
    )


@pytest.mark.parametrize(
    ("fragment", "metric"), [("DeliveryFailures", "MessagesFailed"), ("MessagesHeld", "MessagesHeld")]
)
def test_dispatcher_outcome_metrics_alarm_on_the_first_occurrence(alarms, fragment, metric):
    alarm = _alarm(alarms, fragment)
    assert alarm["Namespace"] == "LineCrm"
    assert alarm["MetricName"] == metric
    assert alarm["Dimensions"] == [{"Name": "service", "Value": "line-crm"}]  # Powertools' dimension
    assert _fires_on_any_occurrence(alarm)


@pytest.mark.parametrize(
    ("fragment", "function"), [("DispatcherErrors", "Dispatcher"), ("WebhookErrors", "Webhook")]
)
def test_function_errors_alarm(resources, alarms, fragment, function):
    alarm = _alarm(alarms, fragment)
    function_id = logical_id(resources, "AWS::Lambda::Function", f"{function}Function")
    assert alarm["Namespace"] == "AWS/Lambda" and alarm["MetricName"] == "Errors"
    assert alarm["Dimensions"] == [{"Name": "FunctionName", "Value": {"Ref": function_id}}]
    assert _fires_on_any_occurrence(alarm)


def test_webhook_5xx_alarm_watches_the_post_webhook_method(alarms):
    alarm = _alarm(alarms, "Webhook5xx")
    assert alarm["Namespace"] == "AWS/ApiGateway" and alarm["MetricName"] == "5XXError"
    dimensions = {d["Name"]: d["Value"] for d in alarm["Dimensions"]}
    assert dimensions["Resource"] == "/webhook" and dimensions["Method"] == "POST"
    assert _fires_on_any_occurrence(alarm)


def test_every_alarm_notifies_the_alarm_topic(resources, alarms):
    topic_id = next(iter(of_type(resources, "AWS::SNS::Topic")))
    assert len(alarms) >= 5
    for alarm in alarms.values():
        assert alarm["AlarmActions"] == [{"Ref": topic_id}]


def test_alarm_topic_refuses_unencrypted_transport_and_mails_the_configured_address(template, resources):
    (policy,) = of_type(resources, "AWS::SNS::TopicPolicy").values()
    statements = policy["Properties"]["PolicyDocument"]["Statement"]
    assert any(
        s["Effect"] == "Deny" and s["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
        for s in statements
    )
    template.has_resource_properties("AWS::SNS::Subscription", {"Protocol": "email", "Endpoint": ALARM_EMAIL})


@pytest.mark.parametrize("metric", [DISPATCH_FAILED_METRIC, DISPATCH_HELD_METRIC])
def test_alarmed_metrics_are_ones_the_dispatcher_emits(metric):
    """An alarm on a metric nobody emits never fires: keep the names in step with the dispatcher."""
    package = paths.SHARED_PYTHON / "linecrm" / "logic" / "dispatch"
    source = "".join(f.read_text() for f in sorted(package.glob("*.py")))
    assert f'add_metric(name="{metric}"' in source
