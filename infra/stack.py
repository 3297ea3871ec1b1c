"""The LINE CRM stack: tables, layers, the three functions, the API, staff users and alarms."""

from __future__ import annotations

import json

from aws_cdk import Aws, CfnOutput, Fn, RemovalPolicy, SecretValue, Stack
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from infra.admin_api import AdminApi
from infra.api import Api
from infra.config import Config
from infra.console import Console
from infra.data import Data
from infra.dispatcher import Dispatcher
from infra.function import FunctionBasis
from infra.layers import Layers
from infra.monitoring import Monitoring
from infra.nag import acknowledge
from infra.webhook import Webhook
from linecrm.secrets import PLACEHOLDER_VALUE

FIRST_STAFF_USER = (
    "aws cognito-idp admin-create-user --region ",
    " --user-pool-id ",
    " --username staff@example.jp --user-attributes Name=email,Value=staff@example.jp"
    " Name=email_verified,Value=true --desired-delivery-mediums EMAIL",
)


class LineCrmStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, config: Config, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.config = config
        data = Data(self, "Data")
        layers = Layers(self, "Layers")
        self.line_secret = self._line_secret()
        # The literal name, not the secret's token (which CloudFormation would rebuild from its ARN).
        environment = {
            "LINE_SECRET_NAME": self.line_secret_name,
            # the chat the QR codes open (entry routes, the shop card's register code), -c line_basic_id
            **({"LINE_BASIC_ID": config.line_basic_id} if config.line_basic_id else {}),
            **data.environment(),
        }
        api = Api(self, "Api", config=config)
        basis = FunctionBasis(config=config, data=data, layers=layers.all, environment=environment)

        self.webhook = Webhook(self, "Webhook", basis=basis, api=api)
        self.admin = AdminApi(self, "Admin", basis=basis, api=api)
        self.dispatcher = Dispatcher(self, "Dispatcher", basis=basis)
        self.console = Console(self, "Console", api=api, user_pool=self.admin.staff.user_pool)
        for function in (self.webhook.function, self.admin.function, self.dispatcher.function):
            self.line_secret.grant_read(function)

        self.monitoring = Monitoring(
            self,
            "Monitoring",
            config=config,
            rest_api=api.rest_api,
            webhook=self.webhook.function,
            dispatcher=self.dispatcher.function,
            dispatcher_dead_letters=self.dispatcher.dead_letters,
            admin=self.admin.function,
            tables=data.tables,
        )
        CfnOutput(
            self,
            "WebhookUrl",
            value=api.rest_api.url_for_path("/webhook"),
            description="Paste into LINE Developers console > Messaging API > Webhook URL",
        )
        CfnOutput(self, "ApiUrl", value=api.rest_api.url_for_path("/api"), description="The staff API")
        CfnOutput(self, "LineSecretName", value=self.line_secret_name)
        pool_id = self.admin.staff.user_pool.user_pool_id
        CfnOutput(self, "UserPoolId", value=pool_id)
        CfnOutput(self, "UserPoolClientId", value=self.console.client.user_pool_client_id)
        CfnOutput(self, "ConsoleUrl", value=self.console.url, description="The staff console")
        CfnOutput(
            self,
            "CreateFirstStaffUser",
            value=Fn.join(
                "", [FIRST_STAFF_USER[0], Aws.REGION, FIRST_STAFF_USER[1], pool_id, FIRST_STAFF_USER[2]]
            ),
            description="Creates a staff user (replace the address); Cognito mails a temporary password",
        )
        CfnOutput(self, "AlarmTopicArn", value=self.monitoring.topic.topic_arn)

    @property
    def line_secret_name(self) -> str:
        return f"{self.stack_name}/line-channel"

    def _line_secret(self) -> secretsmanager.Secret:
        """{"channel_secret", "channel_access_token"}: put by the operator after the first deploy.

        Created holding a JSON placeholder (linecrm.secrets.PLACEHOLDER_VALUE) that the functions
        recognise: until the real values are put they log one line and send nothing, instead of
        failing on a value that is not JSON. CloudFormation writes the value only when the
        secret is created (the template's value never changes), so a later deploy does not
        overwrite what the operator put. Retained on `cdk destroy`: LINE's values stay recoverable.
        """
        secret = secretsmanager.Secret(
            self,
            "LineChannelSecret",
            secret_name=self.line_secret_name,
            description='LINE Messaging API channel: {"channel_secret": ..., "channel_access_token": ...}',
            secret_string_value=SecretValue.unsafe_plain_text(json.dumps(PLACEHOLDER_VALUE)),
            removal_policy=RemovalPolicy.RETAIN,
        )
        acknowledge(
            secret,
            "AwsSolutions-SMG4",
            "The values are issued by LINE (channel secret, long-lived channel access token) and "
            "are reissued in the LINE Developers console, not by a rotation Lambda; docs/deploy.md "
            "says how to put new values.",
        )
        return secret
