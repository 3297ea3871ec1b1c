"""Driving the staff API's real handler with API Gateway proxy events, as the local stack does."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from linecrm.dal.dynamo import table
from local.apigw import LambdaContext, proxy_event, response_parts
from tests.support.customers import customer_item

TOKEN = "test-admin-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def token_mode(monkeypatch) -> None:
    from linecrm.settings import get_settings

    monkeypatch.setenv("AUTH_MODE", "token")
    monkeypatch.setenv("ADMIN_TOKEN", TOKEN)
    get_settings.cache_clear()


def call(method: str, path: str, body: Any = None, headers: dict[str, str] | None = None, query: str = ""):
    """(status, JSON body) of one request through functions.admin_api.handler.handler."""
    from functions.admin_api.handler import handler

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
    status, _, payload = response_parts(handler(event, LambdaContext("admin_api")))
    return status, (json.loads(payload) if payload else None)


def unauthenticated(method: str, path: str, body: Any = None, headers: dict[str, str] | None = None):
    from functions.admin_api.handler import handler

    event = proxy_event(method, path, headers=headers or {}, body=None if body is None else json.dumps(body))
    status, _, payload = response_parts(handler(event, LambdaContext("admin_api")))
    return status, json.loads(payload) if payload else None


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


def put_customer(
    user_id: str,
    gender: str = "male",
    age: int | None = 30,
    *,
    declared_on: date,
    registered: bool = True,
    blocked: bool = False,
) -> dict[str, Any]:
    """A customer item as the webhook writes it (docs/design.md), index keys included, stored."""
    item = customer_item(
        user_id, gender=gender, age=age, declared_on=declared_on, registered=registered, blocked=blocked
    )
    table("customers_table").put_item(Item=item)
    return item


def a_year_before(day: date) -> date:
    return day - timedelta(days=366)
