"""LINE's webhook: `POST /webhook` -> functions/webhook (SnapStart, through the `live` alias)."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from infra.api import Api
from infra.function import FunctionBasis, product_function
from infra.nag import acknowledge

ALIAS = "live"


class Webhook(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, basis: FunctionBasis, api: Api) -> None:
        super().__init__(scope, construct_id)
        # LINE wants an answer within 2 s; SnapStart takes the imports and client set-up out of the
        # cold start. Timeout 10 s: LINE has long given up by then, but a slow DynamoDB call should
        # finish rather than leave half-written state.
        self.function = product_function(
            self,
            "Function",
            name="webhook",
            basis=basis,
            timeout=Duration.seconds(10),
            snap_start=True,
        )
        # SnapStart applies to published versions only: API Gateway calls the alias.
        self.alias = lambda_.Alias(self, "Alias", alias_name=ALIAS, version=self.function.current_version)
        acknowledge(
            self.function,
            "Annotation::@aws-cdk/aws-lambda:snapStartRequirePublish",
            "API Gateway calls the function through the alias, which points at current_version: a "
            "new version is published on every change of the code, the configuration or a layer "
            "(the recognizeLayerVersion flag, set by app.py), so SnapStart always applies.",
        )
        basis.data.grant(
            self.function,
            # member_counts: a withdrawing customer leaves the counts in the same transaction;
            # 退会 runs the customer book's deletion (their audit trail, coupon uses re-keyed)
            read_write=(
                "customers",
                "history",
                "customer_tags",
                "idempotency",
                "coupon_uses",
                "member_counts",
                "audit",
                "stats",  # friends added and blocked per day, the registration funnel
                "visits",  # the register's QR code: one visit per store per day; 退会
            ),
            # messages: a coupon's expiry and title, when the 「使う」 button is tapped; entry routes:
            # a keyword's route (the customer's `arrived_by` and the route's counter are written);
            # survey_questions: the アンケート's questions, asked in the chat
            read=("messages", "entry_routes", "survey_questions"),
        )
        resource = api.rest_api.root.add_resource("webhook")
        self.method = resource.add_method(
            "POST",
            apigw.LambdaIntegration(self.alias),
            # A request without LINE's signature header is refused before any Lambda runs; the
            # handler still verifies the signature itself.
            request_parameters={"method.request.header.X-Line-Signature": True},
            request_validator=api.validator,
        )
        reason = (
            "LINE's platform cannot present AWS or Cognito credentials; every request is authenticated "
            "by its X-Line-Signature (HMAC-SHA256 of the body with the channel secret), checked by the "
            "handler before anything else."
        )
        acknowledge(self.method, "AwsSolutions-APIG4", reason)
        acknowledge(self.method, "AwsSolutions-COG4", reason)
