"""The staff console is served with the API on one CloudFront origin: files from a private bucket
(Origin Access Control), `/api/*` to API Gateway uncached with the viewer's headers (so the Cognito
authorizer still checks every call); the Cognito client signs in with the code flow only, back to
this origin; the console's config.json names the managed login and the client."""

from __future__ import annotations

import json

import pytest

from tests.infrastructure.cfn import logical_id, of_type

CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"  # AWS's managed cache policy
ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac"  # managed origin request policy


@pytest.fixture(scope="module")
def distribution(resources) -> dict:
    (found,) = of_type(resources, "AWS::CloudFront::Distribution").values()
    return found["Properties"]["DistributionConfig"]


def origin(config: dict, origin_id: str) -> dict:
    (found,) = [o for o in config["Origins"] if o["Id"] == origin_id]
    return found


def test_the_console_files_come_from_a_private_bucket_through_origin_access_control(distribution, resources):
    default = distribution["DefaultCacheBehavior"]
    files = origin(distribution, default["TargetOriginId"])
    bucket = logical_id(resources, "AWS::S3::Bucket", "ConsoleFiles")
    assert files["DomainName"] == {"Fn::GetAtt": [bucket, "RegionalDomainName"]}
    assert "OriginAccessControlId" in files
    assert default["ViewerProtocolPolicy"] == "redirect-to-https"
    assert distribution["DefaultRootObject"] == "index.html"
    public = resources[bucket]["Properties"]["PublicAccessBlockConfiguration"]
    assert all(
        public[k]
        for k in ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")
    )
    (policy,) = of_type(resources, "AWS::S3::BucketPolicy").values()
    readers = [s for s in policy["Properties"]["PolicyDocument"]["Statement"] if s["Effect"] == "Allow"]
    assert [s["Principal"] for s in readers] == [{"Service": "cloudfront.amazonaws.com"}]


def test_api_calls_go_to_api_gateway_uncached_with_the_authorization_header(distribution, resources):
    (api,) = [b for b in distribution["CacheBehaviors"] if b["PathPattern"] == "/api/*"]
    assert api["CachePolicyId"] == CACHING_DISABLED
    assert api["OriginRequestPolicyId"] == ALL_VIEWER_EXCEPT_HOST_HEADER  # Authorization, not Host
    assert {"GET", "POST", "PUT", "PATCH", "DELETE"} <= set(api["AllowedMethods"])
    target = json.dumps(origin(distribution, api["TargetOriginId"]))
    rest_api = logical_id(resources, "AWS::ApiGateway::RestApi", "RestApi")
    assert f'"Ref": "{rest_api}"' in target and ".execute-api." in target


def test_api_stays_behind_cognito(resources):
    """The same API Gateway methods the distribution forwards to: every staff method needs the
    Cognito authorizer (the distribution adds no way around it)."""
    authorizer = logical_id(resources, "AWS::ApiGateway::Authorizer", "Admin")
    methods = [m["Properties"] for m in of_type(resources, "AWS::ApiGateway::Method").values()]
    staff = [m for m in methods if m.get("AuthorizerId") or m["AuthorizationType"] != "NONE"]
    assert len(staff) == 2  # /api and /api/{proxy+}
    for method in staff:
        assert method["AuthorizationType"] == "COGNITO_USER_POOLS"
        assert method["AuthorizerId"] == {"Ref": authorizer}
    unauthenticated = [m for m in methods if m["AuthorizationType"] == "NONE"]
    assert [m["HttpMethod"] for m in unauthenticated] == ["POST"]  # the LINE webhook only


def test_the_client_signs_in_with_the_code_flow_back_to_the_console_only(resources):
    (client,) = of_type(resources, "AWS::Cognito::UserPoolClient").values()
    props = client["Properties"]
    assert props["GenerateSecret"] is False
    assert props["AllowedOAuthFlows"] == ["code"]  # no implicit flow
    assert props["ExplicitAuthFlows"] == ["ALLOW_REFRESH_TOKEN_AUTH"]  # no password or SRP flow
    assert props["SupportedIdentityProviders"] == ["COGNITO"]
    distribution = logical_id(resources, "AWS::CloudFront::Distribution", "Console")
    for urls in (props["CallbackURLs"], props["LogoutURLs"]):
        (url,) = urls
        assert url == {"Fn::Join": ["", ["https://", {"Fn::GetAtt": [distribution, "DomainName"]}, "/"]]}
    assert "example.com" not in json.dumps(props)
    (domain,) = of_type(resources, "AWS::Cognito::UserPoolDomain").values()
    assert domain["Properties"]["ManagedLoginVersion"] == 2


def test_the_console_is_deployed_with_its_config(resources):
    (deployment,) = of_type(resources, "Custom::CDKBucketDeployment").values()
    props = deployment["Properties"]
    assert props["DestinationBucketName"] == {"Ref": logical_id(resources, "AWS::S3::Bucket", "ConsoleFiles")}
    assert props["DistributionPaths"] == ["/*"]  # invalidated on every deploy
    markers = json.dumps(props["SourceMarkers"])
    client = logical_id(resources, "AWS::Cognito::UserPoolClient", "Console")
    login = logical_id(resources, "AWS::Cognito::UserPoolDomain", "Login")
    assert f'"Ref": "{client}"' in markers and f'"Ref": "{login}"' in markers


def test_pages_may_load_nothing_from_elsewhere(resources):
    (headers,) = of_type(resources, "AWS::CloudFront::ResponseHeadersPolicy").values()
    security = headers["Properties"]["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]
    policy = json.dumps(security["ContentSecurityPolicy"]["ContentSecurityPolicy"])
    assert policy.startswith('{"Fn::Join"') and "default-src 'self'" in policy
    assert security["FrameOptions"]["FrameOption"] == "DENY"
