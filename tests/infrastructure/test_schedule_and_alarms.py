"""The dispatcher's five-minute schedule, and the alarms that reach the devops engineer."""

from __future__ import annotations

import pytest

from infra import paths
from infra.monitoring import (
    DISPATCH_FAILED_METRIC,
    DISPATCH_HELD_METRIC,
    DISPATCHER_SLOW_SECONDS,
    WEBHOOK_4XX_PER_5_MINUTES,
)
from linecrm.tables import TABLES
from tests.infrastructure.cfn import logical_id, of_type
from tests.infrastructure.conftest import ALARM_EMAIL, STAGE


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
    # Powertools' service dimension, and the stage's (linecrm.observability): dev and prod apart
    assert alarm["Dimensions"] == [
        {"Name": "service", "Value": "line-crm"},
        {"Name": "stage", "Value": STAGE},
    ]
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


def test_webhook_4xx_alarm_watches_the_post_webhook_method_including_throttling(alarms):
    """API Gateway counts its 429s (throttling) in 4XXError: refused LINE deliveries are seen."""
    alarm = _alarm(alarms, "Webhook4xx")
    assert alarm["Namespace"] == "AWS/ApiGateway" and alarm["MetricName"] == "4XXError"
    dimensions = {d["Name"]: d["Value"] for d in alarm["Dimensions"]}
    assert dimensions["Resource"] == "/webhook" and dimensions["Method"] == "POST"
    assert alarm["Statistic"] == "Sum" and alarm["Period"] == 300
    assert alarm["Threshold"] == WEBHOOK_4XX_PER_5_MINUTES
    assert alarm["ComparisonOperator"] == "GreaterThanThreshold"


def test_dispatcher_throttles_alarm_on_the_first_one(resources, alarms):
    alarm = _alarm(alarms, "DispatcherThrottles")
    function_id = logical_id(resources, "AWS::Lambda::Function", "DispatcherFunction")
    assert alarm["Namespace"] == "AWS/Lambda" and alarm["MetricName"] == "Throttles"
    assert alarm["Dimensions"] == [{"Name": "FunctionName", "Value": {"Ref": function_id}}]
    assert _fires_on_any_occurrence(alarm)


def test_dispatcher_duration_alarm_fires_before_a_run_reaches_its_timeout(resources, alarms):
    alarm = _alarm(alarms, "DispatcherSlow")
    timeout = resources[logical_id(resources, "AWS::Lambda::Function", "DispatcherFunction")]
    assert alarm["MetricName"] == "Duration" and alarm["Statistic"] == "Maximum"
    assert alarm["Threshold"] == DISPATCHER_SLOW_SECONDS * 1000
    assert timeout["Properties"]["Timeout"] > DISPATCHER_SLOW_SECONDS


def test_dispatcher_dead_letters_alarm_on_the_first_message(resources, alarms):
    alarm = _alarm(alarms, "DispatcherDeadLetters")
    (config,) = of_type(resources, "AWS::Lambda::EventInvokeConfig").values()
    queue_id = config["Properties"]["DestinationConfig"]["OnFailure"]["Destination"]["Fn::GetAtt"][0]
    assert alarm["Namespace"] == "AWS/SQS" and alarm["MetricName"] == "ApproximateNumberOfMessagesVisible"
    assert alarm["Dimensions"] == [{"Name": "QueueName", "Value": {"Fn::GetAtt": [queue_id, "QueueName"]}}]
    assert alarm["Threshold"] == 0 and alarm["ComparisonOperator"] == "GreaterThanThreshold"


def test_every_table_alarms_on_read_or_write_throttling(alarms, table_ids):
    watched = {}
    for alarm in alarms.values():
        metrics = alarm.get("Metrics") or []
        names = {m["MetricStat"]["Metric"]["MetricName"] for m in metrics if "MetricStat" in m}
        if names == {"ReadThrottleEvents", "WriteThrottleEvents"}:
            (table,) = {
                m["MetricStat"]["Metric"]["Dimensions"][0]["Value"]["Ref"]
                for m in metrics
                if "MetricStat" in m
            }
            (expression,) = [m["Expression"] for m in metrics if "Expression" in m]
            assert expression == "reads + writes" and alarm["Threshold"] == 0
            watched[table] = alarm
    assert set(watched) == {table_ids[t.name] for t in TABLES}
