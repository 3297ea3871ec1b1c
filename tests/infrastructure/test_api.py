"""API Gateway: LINE's webhook without an authorizer, every staff route behind Cognito, a logged stage."""

from __future__ import annotations

import pytest

from tests.infrastructure.cfn import logical_id, of_type


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


def test_stage_logs_access_traces_and_throttles_without_logging_bodies(resources):
    (stage,) = of_type(resources, "AWS::ApiGateway::Stage").values()
    props = stage["Properties"]
    assert props["TracingEnabled"] is True
    assert "DestinationArn" in props["AccessLogSetting"]
    (settings,) = props["MethodSettings"]
    assert settings["DataTraceEnabled"] is False
    assert settings["LoggingLevel"] == "ERROR"
    assert settings["MetricsEnabled"] is True
    assert settings["ThrottlingRateLimit"] > 0 and settings["ThrottlingBurstLimit"] > 0
