"""API Gateway: LINE's webhook without an authorizer, every staff route behind Cognito, a logged stage."""

from __future__ import annotations

import pytest

from infra.api import DEFAULT_THROTTLE, STAFF_API_THROTTLE, WEBHOOK_THROTTLE
from tests.infrastructure.cfn import logical_id, of_type
from tests.infrastructure.conftest import STAGE


@pytest.fixture(scope="module")
def routes(resources) -> dict[tuple[str, str], dict]:
    """(path, HTTP method) -> the method's properties."""
    parts = {key: r["Properties"] for key, r in of_type(resources, "AWS::ApiGateway::Resource").items()}

    def path(resource_id) -> str:
        if not isinstance(resource_id, dict) or "Ref" not in resource_id:
            return ""  # the API's root resource (Fn::GetAtt RootResourceId)
        part = parts[resource_id["Ref"]]
        return f"{path(part['ParentId'])}/{part['PathPart']}"

    return {
        (path(m["Properties"]["ResourceId"]) or "/", m["Properties"]["HttpMethod"]): m["Properties"]
        for m in of_type(resources, "AWS::ApiGateway::Method").values()
    }


def test_the_routes_are_the_webhook_and_the_staff_api(routes):
    assert set(routes) == {("/webhook", "POST"), ("/api", "ANY"), ("/api/{proxy+}", "ANY")}


def test_webhook_has_no_authorizer_and_calls_the_snapstart_alias(routes, resources):
    method = routes[("/webhook", "POST")]
    assert method["AuthorizationType"] == "NONE"
    assert "AuthorizerId" not in method
    alias_id = logical_id(resources, "AWS::Lambda::Alias", "WebhookAlias")
    assert {"Ref": alias_id} in method["Integration"]["Uri"]["Fn::Join"][1]
    assert method["Integration"]["Type"] == "AWS_PROXY"


def test_webhook_without_line_signature_header_is_refused_by_api_gateway(routes, resources):
    method = routes[("/webhook", "POST")]
    assert method["RequestParameters"] == {"method.request.header.X-Line-Signature": True}
    validator = resources[method["RequestValidatorId"]["Ref"]]["Properties"]
    assert validator["ValidateRequestParameters"] is True


@pytest.mark.parametrize("route", [("/api", "ANY"), ("/api/{proxy+}", "ANY")])
def test_every_staff_api_method_requires_the_cognito_authorizer(routes, resources, route):
    method = routes[route]
    assert method["AuthorizationType"] == "COGNITO_USER_POOLS"
    authorizer = resources[method["AuthorizerId"]["Ref"]]["Properties"]
    assert authorizer["Type"] == "COGNITO_USER_POOLS"
    pool_id = logical_id(resources, "AWS::Cognito::UserPool", "Staff")
    assert authorizer["ProviderARNs"] == [{"Fn::GetAtt": [pool_id, "Arn"]}]
    admin_id = logical_id(resources, "AWS::Lambda::Function", "AdminFunction")
    assert {"Fn::GetAtt": [admin_id, "Arn"]} in method["Integration"]["Uri"]["Fn::Join"][1]


def test_staff_user_pool_is_invitation_only_with_strong_passwords_and_mfa(template):
    template.has_resource_properties(
        "AWS::Cognito::UserPool",
        {
            "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": True},
            "MfaConfiguration": "ON",
            "Policies": {
                "PasswordPolicy": {
                    "MinimumLength": 12,
                    "RequireLowercase": True,
                    "RequireUppercase": True,
                    "RequireNumbers": True,
                    "RequireSymbols": True,
                }
            },
        },
    )


@pytest.fixture(scope="module")
def stage(resources) -> dict:
    (found,) = of_type(resources, "AWS::ApiGateway::Stage").values()
    return found["Properties"]


@pytest.fixture(scope="module")
def method_settings(stage) -> dict[tuple[str, str], dict]:
    """(resource path as API Gateway writes it, HTTP method) -> settings."""
    return {(m["ResourcePath"], m["HttpMethod"]): m for m in stage["MethodSettings"]}


def test_stage_is_named_after_the_deployment_stage(stage):
    assert stage["StageName"] == STAGE


def test_stage_logs_access_traces_and_never_logs_bodies(stage, method_settings):
    assert stage["TracingEnabled"] is True
    assert "DestinationArn" in stage["AccessLogSetting"]
    for settings in method_settings.values():
        assert settings["DataTraceEnabled"] is False
        assert settings["LoggingLevel"] == "ERROR"
        assert settings["MetricsEnabled"] is True  # the webhook's 4XX/5XX alarms need them


def _throttle(settings: dict) -> tuple[int, int]:
    return settings["ThrottlingRateLimit"], settings["ThrottlingBurstLimit"]


def test_webhook_and_staff_api_have_their_own_throttles(method_settings):
    """A flood on one cannot use up the other's requests: each method has its own limit."""
    webhook = (WEBHOOK_THROTTLE.rate_per_second, WEBHOOK_THROTTLE.burst)
    staff = (STAFF_API_THROTTLE.rate_per_second, STAFF_API_THROTTLE.burst)
    assert _throttle(method_settings[("/~1webhook", "POST")]) == webhook
    assert _throttle(method_settings[("/~1api", "*")]) == staff
    assert _throttle(method_settings[("/~1api~1{proxy+}", "*")]) == staff
    assert _throttle(method_settings[("/*", "*")]) == (
        DEFAULT_THROTTLE.rate_per_second,
        DEFAULT_THROTTLE.burst,
    )
    assert webhook[0] > staff[0] > DEFAULT_THROTTLE.rate_per_second  # LINE's bursts are the largest


def test_account_wide_cloudwatch_role_for_api_gateway_is_kept_when_the_stack_goes(resources):
    """One per account and region, shared by every API there: never deleted with this stack."""
    (account,) = of_type(resources, "AWS::ApiGateway::Account").values()
    role_id = account["Properties"]["CloudWatchRoleArn"]["Fn::GetAtt"][0]
    for resource in (account, resources[role_id]):
        assert resource["DeletionPolicy"] == "Retain"
        assert resource["UpdateReplacePolicy"] == "Retain"
