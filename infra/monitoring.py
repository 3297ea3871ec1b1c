"""Alarms that tell the devops engineer something needs a look, sent to one SNS topic."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_cloudwatch_actions as actions
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subscriptions
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.config import Config
from infra.data import pascal
from linecrm.observability import METRICS_NAMESPACE, SERVICE

PERIOD = Duration.minutes(5)  # one dispatcher run
# The dispatcher's Powertools metrics (namespace LineCrm, dimensions service=line-crm and stage), as emitted by
# linecrm/logic/dispatch.py: one per message that ended failed or partially_failed, one per held.
DISPATCH_FAILED_METRIC = "MessagesFailed"
DISPATCH_HELD_METRIC = "MessagesHeld"
# A dispatcher run longer than this (80% of its timeout) is close to overrunning its tick.
DISPATCHER_SLOW_SECONDS = 240
# Forged or unsigned requests are answered 4XX, and so are LINE's deliveries when the channel
# secret is wrong (401) or the method is throttled (429, also counted as 4XXError). A scanner's
# stray request should not page anyone: more than this many in 5 minutes should.
WEBHOOK_4XX_PER_5_MINUTES = 10


def dispatcher_metric(name: str, stage: str) -> cloudwatch.Metric:
    return cloudwatch.Metric(
        namespace=METRICS_NAMESPACE,
        metric_name=name,
        dimensions_map={"service": SERVICE, "stage": stage},
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
        dispatcher_dead_letters: sqs.IQueue,
        admin: lambda_.IFunction,
        tables: dict[str, dynamodb.Table],
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
            "DispatcherThrottles",
            dispatcher.metric_throttles(period=PERIOD),
            "A dispatcher tick was throttled: the previous run still held its single concurrency "
            "slot (a run longer than five minutes). Messages go out late; look at its duration.",
        )
        self._alarm(
            "DispatcherSlow",
            dispatcher.metric_duration(period=PERIOD, statistic="Maximum"),
            f"A dispatcher run took more than {DISPATCHER_SLOW_SECONDS} s of its 300 s timeout: "
            "the next ticks will queue behind it.",
            threshold=DISPATCHER_SLOW_SECONDS * 1000,
        )
        self._alarm(
            "DispatcherDeadLetters",
            dispatcher_dead_letters.metric_approximate_number_of_messages_visible(
                period=PERIOD, statistic="Maximum"
            ),
            "A dispatcher tick failed or could not start in time and was dead-lettered; the next "
            "tick resumes, but read the dead-letter queue and the dispatcher's logs.",
        )
        self._alarm(
            "DeliveryFailures",
            dispatcher_metric(DISPATCH_FAILED_METRIC, config.stage),
            "LINE refused a batch of a message (status failed or partially_failed): see the "
            "message's reasons in the console.",
        )
        self._alarm(
            "MessagesHeld",
            dispatcher_metric(DISPATCH_HELD_METRIC, config.stage),
            "A message was held (not enough monthly message quota left): staff must decide.",
        )
        self._alarm(
            "WebhookErrors",
            webhook.metric_errors(period=Duration.minutes(1)),
            "The webhook function failed: LINE will redeliver, but customers may wait for an answer.",
        )
        self._alarm(
            "Webhook5xx",
            self._webhook_metric(rest_api, "5XXError", period=Duration.minutes(1)),
            "API Gateway answered LINE's webhook with 5XX (timeout or integration error).",
        )
        self._alarm(
            "Webhook4xx",
            self._webhook_metric(rest_api, "4XXError"),
            "API Gateway refused more than a few of LINE's webhook requests with 4XX: throttling "
            "(429), a wrong channel secret in the LINE secret (401), or someone forging requests.",
            threshold=WEBHOOK_4XX_PER_5_MINUTES,
        )
        self._alarm(
            "AdminErrors",
            admin.metric_errors(period=PERIOD),
            "The staff API failed with an unhandled error (bad input is a 4XX, never this).",
        )
        for name, table in tables.items():
            self._alarm(
                f"{pascal(name)}TableThrottles",
                cloudwatch.MathExpression(
                    expression="reads + writes",
                    using_metrics={
                        "reads": _table_metric(table, "ReadThrottleEvents"),
                        "writes": _table_metric(table, "WriteThrottleEvents"),
                    },
                    period=PERIOD,
                    label=f"{name} throttle events",
                ),
                f"DynamoDB throttled requests to the {name} table (on-demand: a sudden spike beyond "
                "twice the previous peak, or a hot key).",
            )

    @staticmethod
    def _webhook_metric(rest_api: apigw.RestApi, name: str, period: Duration = PERIOD) -> cloudwatch.Metric:
        """A per-method metric of `POST /webhook` (per-method metrics are on: infra/api.py)."""
        return cloudwatch.Metric(
            namespace="AWS/ApiGateway",
            metric_name=name,
            dimensions_map={
                "ApiName": rest_api.rest_api_name,
                "Stage": rest_api.deployment_stage.stage_name,
                "Resource": "/webhook",
                "Method": "POST",
            },
            statistic="Sum",
            period=period,
        )

    def _alarm(self, name: str, metric: cloudwatch.IMetric, description: str, threshold: float = 0) -> None:
        alarm = cloudwatch.Alarm(
            self,
            name,
            metric=metric,
            threshold=threshold,
            comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=1,
            treat_missing_data=cloudwatch.TreatMissingData.NOT_BREACHING,
            alarm_description=description,
        )
        alarm.add_alarm_action(actions.SnsAction(self.topic))
        self.alarms[name] = alarm


def _table_metric(table: dynamodb.Table, name: str) -> cloudwatch.Metric:
    return cloudwatch.Metric(
        namespace="AWS/DynamoDB",
        metric_name=name,
        dimensions_map={"TableName": table.table_name},
        statistic="Sum",
        period=PERIOD,
    )
