"""The staff console (console/) on the same origin as the staff API.

One CloudFront distribution: `/api/*` goes to API Gateway (its Cognito authorizer still checks
every call; nothing cached, every viewer header but Host forwarded, Authorization included), and
everything else to a private S3 bucket read through Origin Access Control. Same origin, so no CORS
and no token in a URL. The console's `config.json` is written at deploy time with the Cognito
managed login's domain and the app client's id: staff sign in with the authorization code flow and
PKCE; the client allows no implicit flow and no password flow, only this origin's callback.
"""

from __future__ import annotations

from aws_cdk import Aws, Duration, Fn, RemovalPolicy, Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from constructs import Construct

from infra.api import Api
from infra.nag import LAMBDA_BASIC_EXECUTION, acknowledge
from infra.paths import ROOT

CONSOLE_FILES = ROOT / "console"
API_PATH = "/api/*"
# Staff work in Japan; CloudFront answers 403 elsewhere (a stolen password is less use abroad).
ALLOWED_COUNTRIES = ("JP",)


class Console(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, api: Api, user_pool: cognito.UserPool) -> None:
        super().__init__(scope, construct_id)
        self.bucket = s3.Bucket(
            self,
            "Files",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            encryption=s3.BucketEncryption.S3_MANAGED,
            enforce_ssl=True,
            removal_policy=RemovalPolicy.DESTROY,  # only copies of console/: redeployed with the stack
        )
        acknowledge(
            self.bucket,
            "AwsSolutions-S1",
            "The bucket holds only copies of the console's static files, written by the deployment; "
            "nobody but CloudFront reads it, and API Gateway's access logs record every staff call.",
        )
        self.login_domain = user_pool.add_domain(
            "Login",
            cognito_domain=cognito.CognitoDomainOptions(
                domain_prefix=self.node.try_get_context("login_domain_prefix")
                or Fn.join("-", ["kuroge-crm", Aws.ACCOUNT_ID])
            ),
            managed_login_version=cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
        )
        login_url = self.login_domain.base_url()

        self.distribution = cloudfront.Distribution(
            self,
            "Distribution",
            comment="LINE CRM staff console and /api",
            default_root_object="index.html",
            http_version=cloudfront.HttpVersion.HTTP2_AND_3,
            price_class=cloudfront.PriceClass.PRICE_CLASS_200,  # includes edge locations in Japan
            geo_restriction=cloudfront.GeoRestriction.allowlist(*ALLOWED_COUNTRIES),
            default_behavior=cloudfront.BehaviorOptions(
                origin=origins.S3BucketOrigin.with_origin_access_control(self.bucket),
                viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,  # a few small files; always fresh
                response_headers_policy=self._security_headers(login_url),
            ),
            additional_behaviors={
                API_PATH: cloudfront.BehaviorOptions(
                    origin=origins.RestApiOrigin(api.rest_api),
                    viewer_protocol_policy=cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
                    allowed_methods=cloudfront.AllowedMethods.ALLOW_ALL,
                    # Never cached; with caching disabled this policy forwards Authorization too
                    # (Host is left out: API Gateway answers 403 to a foreign Host).
                    cache_policy=cloudfront.CachePolicy.CACHING_DISABLED,
                    origin_request_policy=cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
                )
            },
        )
        acknowledge(
            self.distribution,
            "AwsSolutions-CFR2",
            "No AWS WAF web ACL, as for the API behind it: staff sign in with Cognito (MFA, threat "
            "protection), the API's stage is throttled and the distribution serves Japan only.",
        )
        acknowledge(
            self.distribution,
            "AwsSolutions-CFR3",
            "The console's files are public static files; every call that matters goes to /api, "
            "whose access logs API Gateway keeps.",
        )
        acknowledge(
            self.distribution,
            "AwsSolutions-CFR4",
            "The distribution uses CloudFront's default *.cloudfront.net certificate, whose minimum "
            "TLS version cannot be set; with a custom domain and ACM certificate set TLSv1.2_2021.",
        )
        self.url = f"https://{self.distribution.distribution_domain_name}"

        self.client = user_pool.add_client(
            "Console",
            generate_secret=False,  # a browser app: PKCE instead of a secret
            prevent_user_existence_errors=True,
            o_auth=cognito.OAuthSettings(
                flows=cognito.OAuthFlows(authorization_code_grant=True, implicit_code_grant=False),
                scopes=[cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
                callback_urls=[f"{self.url}/"],
                logout_urls=[f"{self.url}/"],
            ),
            supported_identity_providers=[cognito.UserPoolClientIdentityProvider.COGNITO],
            id_token_validity=Duration.hours(1),
            access_token_validity=Duration.hours(1),
            refresh_token_validity=Duration.hours(12),  # a working day, then sign in again
            enable_token_revocation=True,
        )
        # Only the managed login's code flow signs in (no SRP or password flow from scripts); the
        # refresh token keeps the console signed in.
        self.client.node.default_child.explicit_auth_flows = ["ALLOW_REFRESH_TOKEN_AUTH"]
        cognito.CfnManagedLoginBranding(
            self,
            "LoginBranding",
            user_pool_id=user_pool.user_pool_id,
            client_id=self.client.user_pool_client_id,
            use_cognito_provided_values=True,
        )

        self.deployment = s3deploy.BucketDeployment(
            self,
            "Deploy",
            sources=[
                s3deploy.Source.asset(str(CONSOLE_FILES)),
                s3deploy.Source.json_data(
                    "config.json",
                    {"auth": "cognito", "domain": login_url, "client_id": self.client.user_pool_client_id},
                ),
            ],
            destination_bucket=self.bucket,
            distribution=self.distribution,
            distribution_paths=["/*"],
            memory_limit=256,
        )
        self._acknowledge_deployment_function()

    def _security_headers(self, login_url: str) -> cloudfront.ResponseHeadersPolicy:
        """The console loads nothing from elsewhere; it only calls Cognito's token endpoint."""
        policy = (
            f"default-src 'self'; connect-src 'self' {login_url}; img-src 'self' https: data:; "
            "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
        )
        return cloudfront.ResponseHeadersPolicy(
            self,
            "Headers",
            security_headers_behavior=cloudfront.ResponseSecurityHeadersBehavior(
                content_security_policy=cloudfront.ResponseHeadersContentSecurityPolicy(
                    content_security_policy=policy, override=True
                ),
                content_type_options=cloudfront.ResponseHeadersContentTypeOptions(override=True),
                frame_options=cloudfront.ResponseHeadersFrameOptions(
                    frame_option=cloudfront.HeadersFrameOption.DENY, override=True
                ),
                referrer_policy=cloudfront.ResponseHeadersReferrerPolicy(
                    referrer_policy=cloudfront.HeadersReferrerPolicy.NO_REFERRER, override=True
                ),
                strict_transport_security=cloudfront.ResponseHeadersStrictTransportSecurity(
                    access_control_max_age=Duration.days(365), include_subdomains=True, override=True
                ),
            ),
        )

    def _acknowledge_deployment_function(self) -> None:
        """BucketDeployment's copying function is a stack-level singleton made by CDK."""
        stack = Stack.of(self)
        for child in stack.node.children:
            if child.node.id.startswith("Custom::CDKBucketDeployment"):
                acknowledge(
                    child,
                    f"AwsSolutions-IAM4[{LAMBDA_BASIC_EXECUTION}]",
                    "CDK's BucketDeployment function writes its logs with AWS's basic execution policy.",
                )
                for finding in self._deployment_wildcards(stack):
                    acknowledge(
                        child,
                        f"AwsSolutions-IAM5[{finding}]",
                        "CDK's BucketDeployment copies every console file from the asset bucket into "
                        "this bucket (object wildcards there) and invalidates the distribution.",
                    )
                acknowledge(
                    child,
                    "AwsSolutions-L1",
                    "The runtime of CDK's BucketDeployment function is chosen by aws-cdk-lib, "
                    "updated with it.",
                )

    def _deployment_wildcards(self, stack: Stack) -> list[str]:
        bucket_id = stack.get_logical_id(self.bucket.node.default_child)
        actions = ("s3:Abort*", "s3:DeleteObject*", "s3:GetBucket*", "s3:GetObject*", "s3:List*")
        return [
            *(f"Action::{action}" for action in actions),
            "Resource::*",
            f"Resource::<{bucket_id}.Arn>/*",
            "Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*",
        ]
