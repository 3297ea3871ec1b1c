"""Every error the staff API answers with, in one place: JSON `{"message", "errors": [{"field",
"reason"}]}` (plus details such as the colliding group on a 409)."""

from __future__ import annotations

import json
from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from linecrm.domain.errors import AdminError

LOCATIONS = ("body", "query", "path", "header")


def json_response(status: int, body: dict[str, Any]) -> Response:
    return Response(
        status_code=status,
        content_type="application/json",
        body=json.dumps(body, ensure_ascii=False, default=str),
    )


def unauthorized() -> dict[str, Any]:
    """A Lambda proxy result (the check runs before the resolver)."""
    return {
        "statusCode": 401,
        "headers": {"Content-Type": "application/json", "WWW-Authenticate": 'Bearer realm="line-crm"'},
        "body": json.dumps({"message": "認証が必要です (Authorization: Bearer <token>)", "errors": []}),
        "isBase64Encoded": False,
    }


def unreadable_body(reason: str) -> dict[str, Any]:
    """A Lambda proxy result: a body the resolver cannot even read (checked before it runs)."""
    return {
        "statusCode": 422,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps(
            {
                "message": f"入力に誤りがあります: body: {reason}",
                "errors": [{"field": "body", "reason": reason}],
            },
            ensure_ascii=False,
        ),
        "isBase64Encoded": False,
    }


# Body fields that are a discriminated union on "type" (or a list of them): pydantic puts the tag
# in the error location right after them.
UNION_FIELDS = ("target",)
UNION_LISTS = ("messages",)


def field_name(loc: tuple | list) -> str:
    """pydantic's error location as a readable path: ("body", "messages", 0, "text", "text") →
    "messages[0].text". The union's tag (the value of "type") is dropped: the client wrote no such
    field."""
    parts = list(loc)
    where = parts.pop(0) if parts and parts[0] in LOCATIONS else "body"
    out, tag_next = "", False
    for part in parts:
        if tag_next and isinstance(part, str):
            tag_next = False
            continue
        if isinstance(part, int):
            tag_next = out in UNION_LISTS
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
            tag_next = out in UNION_FIELDS
    return out or where


def validation_error(error: RequestValidationError) -> Response:
    errors = [
        {
            "field": field_name(e.get("loc", ())),
            "reason": str(e.get("msg", "invalid")).removeprefix("Value error, "),
        }
        for e in error.errors()
    ]
    summary = "; ".join(f"{e['field']}: {e['reason']}" for e in errors)
    return json_response(422, {"message": f"入力に誤りがあります: {summary}", "errors": errors})


def admin_error(error: AdminError) -> Response:
    details = dict(error.details)
    field = details.pop("field", None)
    errors = [{"field": field, "reason": error.message}] if field else []
    return json_response(error.status, {"message": error.message, "errors": errors, **details})
