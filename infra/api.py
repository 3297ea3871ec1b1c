"""The one REST API (same origin for the LINE webhook and the staff API).

Routes are added by the capability constructs (webhook, admin API); this one owns the stage:
access logs, execution logs, X-Ray, throttling and the request validator.
"""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra.config import Config
from infra.nag import acknowledge

STAGE = "prod"
# API Gateway's own ceiling for the whole stage; LINE's webhook traffic for a restaurant chain is far
# below it, and it caps what a misbehaving client can cost.
THROTTLE_RATE_PER_SECOND = 100
THROTTLE_BURST = 200


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
            cloud_watch_role=True,  # the account-level role API Gateway needs to write execution logs
            cloud_watch_role_removal_policy=RemovalPolicy.DESTROY,
            deploy_options=apigw.StageOptions(
                stage_name=STAGE,
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
                throttling_rate_limit=THROTTLE_RATE_PER_SECOND,
                throttling_burst_limit=THROTTLE_BURST,
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
            "No AWS WAF web ACL: the webhook is authenticated by LINE's signature and the staff API "
            "by Cognito, and stage throttling bounds abuse; add a web ACL if the chain's policy asks.",
        )
