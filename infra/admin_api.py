"""The staff API under `/api`, behind a Cognito user pool authorizer (functions/admin_api)."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cognito as cognito
from constructs import Construct

from infra.api import Api
from infra.function import FunctionBasis, product_function

# What the staff API's code paths touch (functions/admin_api/routes -> linecrm.logic -> linecrm.dal):
# groups, messages and customer tags are written, each group and message change with its audit
# entry in the same transaction; customers (lists, details, counts of followers and pending
# folds), their history, coupon uses and the member counts are only read. Never deliveries or
# the webhook's idempotency records.
# The customer book writes the customer (record, unread marker, profile, deletion), their history
# (notes, timeline entries), tags with their counters (member_counts) and coupon uses (re-keyed
# on deletion). Campaign messages received are the customer's own history entries (written by the
# dispatcher): the customer page never reads deliveries.
ADMIN_WRITES = (
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
    "entry_routes",  # 流入経路 and their keywords' claims (a route's counter is in stats)
    "visits",  # shop card points awarded by staff count the day's visit; deleted with the customer
)
ADMIN_READS: tuple[str, ...] = ()


class StaffUsers(Construct):
    """The restaurant staff's user pool: invited by an administrator, strong passwords, TOTP MFA."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.user_pool = cognito.UserPool(
            self,
            "UserPool",
            self_sign_up_enabled=False,
            sign_in_aliases=cognito.SignInAliases(email=True),
            auto_verify=cognito.AutoVerifiedAttrs(email=True),
            password_policy=cognito.PasswordPolicy(
                min_length=12,
                require_lowercase=True,
                require_uppercase=True,
                require_digits=True,
                require_symbols=True,
                temp_password_validity=Duration.days(3),
            ),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            # Threat protection (compromised credentials, risky sign-ins) needs the Plus plan; for a
            # handful of staff accounts its cost is negligible.
            feature_plan=cognito.FeaturePlan.PLUS,
            standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
            removal_policy=RemovalPolicy.RETAIN,  # staff accounts outlive a stack replacement
        )
        # The app client is the console's (infra/console.py): managed login, code flow with PKCE.


class AdminApi(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, basis: FunctionBasis, api: Api) -> None:
        super().__init__(scope, construct_id)
        self.staff = StaffUsers(self, "Staff")
        self.function = product_function(
            self,
            "Function",
            name="admin_api",
            basis=basis,
            environment={
                "AUTH_MODE": "cognito",
                "COGNITO_USER_POOL_ID": self.staff.user_pool.user_pool_id,
            },
            timeout=Duration.seconds(29),  # API Gateway's integration limit
        )
        basis.data.grant(self.function, read_write=ADMIN_WRITES, read=ADMIN_READS)

        authorizer = apigw.CognitoUserPoolsAuthorizer(
            self, "Authorizer", cognito_user_pools=[self.staff.user_pool]
        )
        integration = apigw.LambdaIntegration(self.function)
        secured = {"authorizer": authorizer, "authorization_type": apigw.AuthorizationType.COGNITO}
        api_resource = api.rest_api.root.add_resource("api")
        self.api_methods = [
            api_resource.add_method("ANY", integration, **secured),
            api_resource.add_resource("{proxy+}").add_method("ANY", integration, **secured),
        ]
