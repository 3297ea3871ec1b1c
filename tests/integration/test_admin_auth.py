"""No staff route answers without authentication: 401, before validation or any read."""

from __future__ import annotations

import json

import pytest

from linecrm.settings import get_settings
from local.apigw import proxy_event
from tests.support.admin_api import TOKEN, call, invoke, token_mode, unauthenticated

pytestmark = pytest.mark.usefixtures("admin_token_mode")

ROUTES = [
    ("GET", "/api/groups"),
    ("POST", "/api/groups"),
    ("GET", "/api/groups/g1"),
    ("PUT", "/api/groups/g1"),
    ("DELETE", "/api/groups/g1"),
    ("GET", "/api/groups/g1/audit"),
    ("GET", "/api/messages"),
    ("POST", "/api/messages/estimate"),
    ("POST", "/api/messages"),
    ("GET", "/api/messages/m1"),
    ("PUT", "/api/messages/m1"),
    ("PATCH", "/api/messages/m1"),
    ("DELETE", "/api/messages/m1"),
    ("POST", "/api/messages/m1/cancel"),
    ("POST", "/api/messages/m1/reschedule"),
    ("GET", "/api/messages/m1/audit"),
    ("GET", "/api/customers"),
    ("GET", "/api/customers/U1"),
    ("GET", "/api/tags"),
    ("GET", "/api/test-friends"),
    ("PUT", "/api/test-friends/U1"),
    ("DELETE", "/api/test-friends/U1"),
    ("POST", "/api/messages/test"),
    ("PUT", "/api/customers/U1/tags/vip"),
    ("DELETE", "/api/customers/U1/tags/vip"),
    ("GET", "/api/customers/export"),
    ("PATCH", "/api/customers/U1"),
    ("DELETE", "/api/customers/U1"),
    ("GET", "/api/customers/U1/audit"),
    ("GET", "/api/customers/U1/timeline"),
    ("POST", "/api/customers/U1/notes"),
    ("GET", "/api/customers/U1/notes"),
    ("PUT", "/api/customers/U1/notes/n1"),
    ("DELETE", "/api/customers/U1/notes/n1"),
    ("POST", "/api/customers/U1/messages"),
    ("GET", "/api/tags"),
    ("PUT", "/api/tags/vip"),
    ("DELETE", "/api/tags/vip"),
    ("GET", "/api/tags/vip/audit"),
    ("GET", "/api/audit"),
    ("POST", "/api/customers/U1/points"),
    ("GET", "/api/stores"),
    ("GET", "/api/stores/s1/qr"),
    ("GET", "/api/routes"),
    ("POST", "/api/routes"),
    ("GET", "/api/routes/r1"),
    ("PUT", "/api/routes/r1"),
    ("DELETE", "/api/routes/r1"),
    ("GET", "/api/routes/r1/audit"),
    ("GET", "/api/routes/r1/qr"),
    ("GET", "/api/surveys"),
    ("POST", "/api/surveys"),
    ("GET", "/api/surveys/q1"),
    ("PUT", "/api/surveys/q1"),
    ("DELETE", "/api/surveys/q1"),
    ("GET", "/api/surveys/q1/audit"),
    ("GET", "/api/stats/funnel"),
    ("GET", "/api/stats/friends"),
    ("GET", "/api/stats/groups"),
    ("GET", "/api/stats/messages"),
    ("GET", "/api/stats/message_results"),
    ("GET", "/api/stats/visits"),
    ("GET", "/api/no-such-route"),
]


PUBLIC = ("POST", "/api/session")  # signing in checks the ADMIN_TOKEN itself (test_console_session.py)


@pytest.fixture
def nowhere(monkeypatch):
    """A DynamoDB endpoint nothing listens on: a refused request must not read or write anything."""
    from linecrm.dal import dynamo

    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9")
    dynamo.reset_caches()
    token_mode(monkeypatch)


def test_the_route_list_covers_every_route_of_the_api():
    from functions.admin_api.handler import app

    schema = app.get_openapi_schema()
    documented = {
        (m.upper(), p)
        for p, item in schema.paths.items()
        for m in ("get", "post", "put", "patch", "delete")
        if getattr(item, m, None)
    }
    listed = {
        (
            m,
            p.replace("g1", "{group_id}")
            .replace("m1", "{message_id}")
            .replace("U1", "{user_id}")
            .replace("vip", "{tag}")
            .replace("n1", "{note_id}")
            .replace("s1", "{store_id}")
            .replace("r1", "{route_id}")
            .replace("q1", "{question_id}"),
        )
        for m, p in ROUTES
    }
    assert documented - {PUBLIC} <= listed


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": TOKEN},
        {"Authorization": f"Basic {TOKEN}"},
    ],
    ids=["none", "wrong", "no-scheme", "basic"],
)
def test_every_route_without_the_token_is_401(nowhere, method, path, headers):
    status, answer = unauthenticated(method, path, body={"name": ""}, headers=headers)
    assert status == 401
    assert answer["message"]


def test_with_the_token_the_same_route_answers(aws):
    assert call("GET", "/api/groups")[0] == 200


def test_no_configured_token_means_nobody_gets_in(nowhere, monkeypatch):
    monkeypatch.delenv("ADMIN_TOKEN")
    get_settings.cache_clear()
    assert call("GET", "/api/groups")[0] == 401


def test_in_cognito_mode_the_authorizers_claims_are_required_and_name_the_staff(aws, monkeypatch):
    monkeypatch.setenv("AUTH_MODE", "cognito")
    get_settings.cache_clear()
    assert unauthenticated("GET", "/api/groups", headers={"Authorization": f"Bearer {TOKEN}"})[0] == 401

    claims = {"claims": {"email": "sato@kuroge.example", "cognito:username": "sato"}}
    body = '{"name": "男性 20〜49歳", "gender": "male", "age_min": 20, "age_max": 49}'
    event = proxy_event(
        "POST", "/api/groups", headers={"Content-Type": "application/json"}, body=body, authorizer=claims
    )
    status, _, raw = invoke(event)
    assert status == 201

    event = proxy_event("GET", "/api/groups", authorizer=claims)
    status, _, raw = invoke(event)
    (group,) = json.loads(raw)["groups"]
    assert group["created_by"] == "sato@kuroge.example"


def test_swagger_ui_is_served():
    status, headers, body = invoke(proxy_event("GET", "/api/swagger"))
    assert status == 200
    assert "swagger" in body.decode().lower()
