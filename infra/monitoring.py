"""Alarms that tell the devops engineer something needs a look, sent to one SNS topic."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from constructs import Construct

from infra.config import Config
from linecrm.observability import METRICS_NAMESPACE, SERVICE

PERIOD = Duration.minutes(5)  # one dispatcher run
# The dispatcher's Powertools metrics (namespace LineCrm, dimension service=line-crm), as emitted by
# linecrm/logic/dispatch.py: one per message that ended failed or partially_failed, one per held.
DISPATCH_FAILED_METRIC = "MessagesFailed"
DISPATCH_HELD_METRIC = "MessagesHeld"


def dispatcher_metric(name: str) -> cloudwatch.Metric:
    return cloudwatch.Metric(
        namespace=METRICS_NAMESPACE,
        metric_name=name,
        dimensions_map={"service": SERVICE},
        statistic="Sum",
        period=PERIOD,
    )


class Monitoring(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: Config,
        rest_api: apigw.RestApi,
        webhook: lambda_.IFunction,
        dispatcher: lambda_.IFunction,
        admin: lambda_.IFunction,
    ) -> None:
        super().__init__(scope, construct_id)
        self.topic = sns.Topic(self, "AlarmTopic", display_name="LINE CRM alarms", enforce_ssl=True)
        if config.alarm_email:
            self.topic.add_subscription(subscriptions.EmailSubscription(config.alarm_email))

        self.alarms: dict[str, cloudwatch.Alarm] = {}
        self._alarm(
            "DispatcherErrors",
            dispatcher.metric_errors(period=PERIOD),
            "The dispatcher failed (an unhandled error); the next run resumes, but look at its logs.",
        )
        self._alarm(
            "DeliveryFailures",
            dispatcher_metric(DISPATCH_FAILED_METRIC),
            "LINE refused a batch of a message (status failed or partially_failed): see the "
            "message's reasons in the console.",
        )
        self._alarm(
            "MessagesHeld",
            dispatcher_metric(DISPATCH_HELD_METRIC),
            "A message was held (not enough monthly message quota left): staff must decide.",
        )
        self._alarm(
            "WebhookErrors",
            webhook.metric_errors(period=Duration.minutes(1)),
            "The webhook function failed: LINE will redeliver, but customers may wait for an answer.",
        )
        self._alarm(
            "Webhook5xx",
            cloudwatch.Metric(
                namespace="AWS/ApiGateway",
                metric_name="5XXError",
                dimensions_map={
                    "ApiName": rest_api.rest_api_name,
                    "Stage": rest_api.deployment_stage.stage_name,
                    "Resource": "/webhook",
                    "Method": "POST",
                },
                statistic="Sum",
                period=Duration.minutes(1),
            ),
            # Per-method metrics are enabled on the stage (infra/api.py).
            "API Gateway answered LINE's webhook with 5XX (throttling, timeout or integration error).",
        )
        self._alarm(
            "AdminErrors",
            admin.metric_errors(period=PERIOD),
            "The staff API failed with an unhandled error (bad input is a 4XX, never this).",
        )

    def _alarm(self, name: str, metric: cloudwatch.IMetric, description: str) -> None:
        alarm = cloudwatch.Alarm(
            self,
            name,
            metric=metric,
            threshold=0,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=1,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            alarm_description=description,
        )
        alarm.add_alarm_action(actions.SnsAction(self.topic))
        self.alarms[name] = alarm
