"""Driving the staff API's real handler with API Gateway proxy events, as the local stack does: for
the integration tests, the Lambda pool's processes and the benchmarks."""

from __future__ import annotations

import json
from typing import Any

from local.apigw import LambdaContext, proxy_event, response_parts

TOKEN = "test-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def token_mode(monkeypatch) -> None:
    from linecrm.settings import get_settings

    monkeypatch.setenv("AUTH_MODE", "token")
    monkeypatch.setenv("ADMIN_TOKEN", TOKEN)
    get_settings.cache_clear()


def invoke(event: dict[str, Any]) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one event through functions.admin_api.handler.handler."""
    from functions.admin_api.handler import handler

    return response_parts(handler(event, LambdaContext("admin_api")))


def _json(payload: bytes) -> Any:
    return json.loads(payload) if payload else None


def call(method: str, path: str, body: Any = None, headers: dict[str, str] | None = None, query: str = ""):
    """(status, JSON body) of one request with the token, as API Gateway passes `/api/{proxy+}`."""
    raw = body if isinstance(body, str | bytes) or body is None else json.dumps(body, ensure_ascii=False)
    event = proxy_event(
        method,
        path,
        headers={"Content-Type": "application/json", **AUTH, **(headers or {})},
        body=raw,
        query_string=query,
        resource="/api/{proxy+}",
        path_parameters={"proxy": path.removeprefix("/api/")},
    )
    status, _, payload = invoke(event)
    return status, _json(payload)


def session_of(name: str) -> dict[str, str]:
    """The headers of a console session signed in as `name` (POST /api/session with the token)."""
    event = proxy_event(
        "POST",
        "/api/session",
        headers={"Content-Type": "application/json"},
        body=json.dumps({"admin_token": TOKEN, "name": name}, ensure_ascii=False),
        resource="/api/{proxy+}",
        path_parameters={"proxy": "session"},
    )
    status, _, payload = invoke(event)
    assert status == 201, payload
    return {"Authorization": f"Bearer {_json(payload)['token']}"}


def unauthenticated(method: str, path: str, body: Any = None, headers: dict[str, str] | None = None):
    """(status, JSON body) of one request with only `headers` (no token of ours)."""
    event = proxy_event(method, path, headers=headers or {}, body=None if body is None else json.dumps(body))
    status, _, payload = invoke(event)
    return status, _json(payload)


def group(name: str, gender: str, age_min: int, age_max: int | None) -> dict[str, Any]:
    return {"name": name, "gender": gender, "age_min": age_min, "age_max": age_max}


SEED_GROUPS = [
    group("男性 20歳未満", "male", 0, 19),
    group("男性 20〜49歳", "male", 20, 49),
    group("男性 50歳以上", "male", 50, None),
    group("女性 20歳未満", "female", 0, 19),
    group("女性 20〜49歳", "female", 20, 49),
    group("女性 50歳以上", "female", 50, None),
]
