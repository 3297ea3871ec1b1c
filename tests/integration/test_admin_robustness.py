"""Bad input never yields a 500 (the house rule): odd bodies and parameters on every kind of route."""

from __future__ import annotations

import pytest

from tests.support.admin_api import call

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")


BODIES = ["", "null", "[]", "123", '"text"', "{", '{"target": null}', '{"messages": "x"}', "\u00ff\u0000"]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/api/groups"),
        ("PUT", "/api/groups/g1"),
        ("POST", "/api/messages"),
        ("PATCH", "/api/messages/m1"),
    ],
)
def test_malformed_bodies_are_refused_with_422_or_404(method, path, body):
    status, answer = call(method, path, body)
    assert status in (404, 422), (status, answer)
    assert answer["message"]


@pytest.mark.parametrize(
    "query",
    ["limit=99999", "limit=-1", "age_min=1e3", "cursor=%00%01", "gender=", "tag=" + "x" * 60, "registered=2"],
)
def test_odd_customer_queries_are_422(query):
    status, answer = call("GET", "/api/customers", query=query)
    assert status == 422, answer


@pytest.mark.parametrize("subject", ["", "group", "client%23U1", "customer%23..%2Fx", "group%23../../x"])
def test_odd_audit_subjects_are_422(subject):
    assert call("GET", "/api/audit", query=f"subject={subject}")[0] == 422


def _message(send_at: str, message: dict) -> dict:
    return {"target": {"type": "all"}, "send_at": send_at, "messages": [message]}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (_message("9999-12-31T23:00:00-05:00", {"type": "text", "text": "x"}), "send_at"),
        (
            _message(
                "2099-01-01T00:00:00+09:00", {"type": "coupon_card", "title": "t", "expires_at": "9999-12-31"}
            ),
            "messages[0].expires_at",
        ),
        (
            _message(
                "2099-01-01T00:00:00+09:00",
                {"type": "coupon_card", "title": "t", "expires_at": "9999-12-31T23:00:00+00:00"},
            ),
            "messages[0].expires_at",
        ),
    ],
)
def test_times_out_of_range_are_422_not_500(body, field):
    status, answer = call("POST", "/api/messages", body)
    assert status == 422, answer
    assert [e["field"] for e in answer["errors"]] == [field]


def test_a_cursor_with_an_empty_key_is_422():
    import base64
    import json

    cursor = base64.urlsafe_b64encode(json.dumps({"after": ""}).encode()).decode()
    assert call("GET", "/api/customers", query=f"cursor={cursor}")[0] == 422


BODY_OPERATIONS = [
    ("POST", "/api/groups"),
    ("PUT", "/api/groups/g1"),
    ("POST", "/api/messages"),
    ("POST", "/api/messages/estimate"),
    ("PUT", "/api/messages/m1"),
    ("PATCH", "/api/messages/m1"),
    ("POST", "/api/messages/m1/cancel"),
]


@pytest.mark.parametrize(("method", "path"), BODY_OPERATIONS)
@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"\xff\xfe{\x00", "application/json"),
        (b'{"name": "\xe7\x94"}', "application/json"),
        (b"--x\r\n", "multipart/form-data"),
        (b"name=a", "application/x-www-form-urlencoded"),
        (b"{}", "text/plain"),
    ],
)
def test_a_body_that_cannot_be_read_as_json_text_is_a_422_naming_the_body(method, path, body, content_type):
    status, answer = call(method, path, body, headers={"Content-Type": content_type})
    assert status == 422, answer
    assert [e["field"] for e in answer["errors"]] == ["body"]


@pytest.mark.parametrize("value", [False, True, "20", 20.5, [20]])
def test_ages_must_be_json_integers(value):
    body = {"name": "g", "gender": "male", "age_min": value, "age_max": None}
    status, answer = call("POST", "/api/groups", body)
    assert status == 422, answer
    assert [e["field"] for e in answer["errors"]] == ["age_min"]
    status, answer = call("POST", "/api/groups", body | {"age_min": 20, "age_max": value})
    assert status == 422 and [e["field"] for e in answer["errors"]] == ["age_max"], answer


def test_deleting_a_group_answers_204_with_no_body_and_no_content_type():
    from local.apigw import proxy_event
    from tests.support.admin_api import AUTH, invoke

    _, created = call("POST", "/api/groups", {"name": "g", "gender": "male", "age_min": 20, "age_max": 29})
    path = f"/api/groups/{created['group_id']}"
    event = proxy_event(
        "DELETE", path, AUTH, None, resource="/api/{proxy+}", path_parameters={"proxy": path[5:]}
    )
    status, headers, body = invoke(event)
    assert (status, body) == (204, b"")
    assert "content-type" not in {k.lower() for k in headers}
