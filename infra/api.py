"""The one REST API (same origin for the LINE webhook and the staff API).

Routes are added by the capability constructs (webhook, admin API); this one owns the stage:
access logs, execution logs, X-Ray, throttling and the request validator.
"""

from __future__ import annotations

from dataclasses import dataclass

from aws_cdk import RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.config import Config
from infra.nag import acknowledge


@dataclass(frozen=True)
class Throttle:
    rate_per_second: int
    burst: int


# Each method has its own token bucket (docs/design.md, "Throttling, per method", says why):
# a flood of forged webhooks cannot starve the staff API, nor a runaway console script LINE.
# `POST /webhook`: LINE delivers one request per event (or a few events per request); after a
# send to every customer, replies and coupon taps arrive within minutes, a few dozen per second
# at peak for the chain's ~10,000 friends. 100/s with a burst of 200 leaves 3x headroom; LINE
# redelivers what is refused (webhook redelivery on), and the 4XX alarm reports it.
WEBHOOK_THROTTLE = Throttle(rate_per_second=100, burst=200)
# `/api`: a handful of staff; a console page load is a few requests. 20/s, burst 40.
STAFF_API_THROTTLE = Throttle(rate_per_second=20, burst=40)
# Anything else on the stage (no other route exists: API Gateway answers 403 itself).
DEFAULT_THROTTLE = Throttle(rate_per_second=10, burst=20)
# Method-settings paths (`/<resource path>/<METHOD>`; `*` for every resource or method).
METHOD_THROTTLES = {
    "/webhook/POST": WEBHOOK_THROTTLE,
    "/api/*": STAFF_API_THROTTLE,
    "/api/{proxy+}/*": STAFF_API_THROTTLE,
}


class Api(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, config: Config) -> None:
        super().__init__(scope, construct_id)
        access_logs = logs.LogGroup(
            self, "AccessLogs", retention=config.log_retention, removal_policy=RemovalPolicy.DESTROY
        )
        self.rest_api = apigw.RestApi(
            self,
            "RestApi",
            description="LINE CRM: LINE webhook and staff API",
            endpoint_types=[apigw.EndpointType.REGIONAL],
            # The account-level role API Gateway needs to write execution logs. One setting per
            # account and region, shared by every API there (and by the dev and prod stacks):
            # retained, role and setting, so destroying a stack never breaks other APIs' logging.
            cloud_watch_role=True,
            cloud_watch_role_removal_policy=RemovalPolicy.RETAIN,
            deploy_options=apigw.StageOptions(
                stage_name=config.stage,
                access_log_destination=apigw.LogGroupLogDestination(access_logs),
                access_log_format=apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False,
                    http_method=True,
                    ip=True,
                    protocol=True,
                    request_time=True,
                    resource_path=True,
                    response_length=True,
                    status=True,
                    user=True,
                ),
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # request bodies carry customers' messages: never log them
                metrics_enabled=True,  # per-method metrics: the webhook's 5XX alarm needs them
                tracing_enabled=True,
                throttling_rate_limit=DEFAULT_THROTTLE.rate_per_second,
                throttling_burst_limit=DEFAULT_THROTTLE.burst,
                method_options={
                    path: apigw.MethodDeploymentOptions(
                        throttling_rate_limit=t.rate_per_second,
                        throttling_burst_limit=t.burst,
                        metrics_enabled=True,
                        logging_level=apigw.MethodLoggingLevel.ERROR,
                        data_trace_enabled=False,
                    )
                    for path, t in METHOD_THROTTLES.items()
                },
            ),
        )
        # Checks declared required parameters (the webhook's X-Line-Signature header) before a
        # Lambda is invoked; bodies are validated by the handlers (pydantic), which name the field.
        self.validator = self.rest_api.add_request_validator(
            "Validator", validate_request_parameters=True, validate_request_body=True
        )
        acknowledge(
            self.rest_api,
            "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
            "AmazonAPIGatewayPushToCloudWatchLogs]",
            "The account-level role API Gateway uses to write execution logs; AWS's managed policy "
            "is the documented one and grants logs only.",
        )
        acknowledge(
            self.rest_api,
            "AwsSolutions-APIG3",
            "No AWS WAF web ACL (docs/design.md, Throttling): every webhook request is refused on "
            "its signature before any data is read, the staff API is behind Cognito, and each "
            "method has its own throttle; a per-IP rate rule could block LINE's own senders.",
        )
