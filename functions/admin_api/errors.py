"""Every error the staff API answers with, in one place: JSON `{"message", "errors": [{"field",
"reason"}]}` (plus details such as the colliding group on a 409)."""

from __future__ import annotations

import json
from typing import Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from linecrm.domain.customer_record import RECORD_LABELS
from linecrm.domain.errors import (
    AdminError,
    Busy,
    Invalid,
    LineRefused,
    NotEditable,
    NotFound,
    Overlap,
    Refused,
    WrongToken,
)

LOCATIONS = ("body", "query", "path", "header")


def json_response(status: int, body: dict[str, Any]) -> Response:
    return Response(
        status_code=status,
        content_type="application/json",
        body=dumps(body),
    )


def dumps(body: Any) -> str:
    """JSON as UTF-8 text, without \\u escapes (the console and curl show Japanese as written)."""
    return json.dumps(body, ensure_ascii=False, default=str, separators=(",", ":"))


def unauthorized(message: str = "ログインが必要です (Authorization: Bearer <token>)") -> dict[str, Any]:
    """A Lambda proxy result (the check runs before the resolver)."""
    return {
        "statusCode": 401,
        "headers": {
            "Content-Type": "application/json; charset=utf-8",
            "WWW-Authenticate": 'Bearer realm="line-crm"',
        },
        "body": dumps({"message": message, "errors": []}),
        "isBase64Encoded": False,
    }


def unreadable_body(reason: str) -> dict[str, Any]:
    """A Lambda proxy result: a body the resolver cannot even read (checked before it runs)."""
    return {
        "statusCode": 422,
        "headers": {"Content-Type": "application/json; charset=utf-8"},
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
    if where == "query" and len(parts) > 1:
        parts = parts[-1:]  # query parameters read as one model: the parameter's own name
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


# pydantic's error types in Japanese, in one place ({...} are filled from the error's `ctx`).
# A type missing here falls back to a generic sentence, never to pydantic's English.
REASONS = {
    "missing": "入力してください",
    "extra_forbidden": "この項目は指定できません",
    "string_type": "文字列で指定してください",
    "string_too_short": "{min_length}文字以上で入力してください",
    "string_too_long": "{max_length}文字以内で入力してください",
    "string_pattern_mismatch": "形式が正しくありません",
    "too_short": "{min_length}件以上指定してください",
    "too_long": "{max_length}件以内にしてください",
    "int_type": "整数で入力してください",
    "int_parsing": "整数で入力してください",
    "int_from_float": "整数で入力してください",
    "float_type": "数値で入力してください",
    "float_parsing": "数値で入力してください",
    "bool_type": "true か false で指定してください",
    "bool_parsing": "true か false で指定してください",
    "greater_than": "{gt}より大きい値にしてください",
    "greater_than_equal": "{ge}以上の値にしてください",
    "less_than": "{lt}より小さい値にしてください",
    "less_than_equal": "{le}以下の値にしてください",
    "literal_error": "{expected} のいずれかを指定してください",
    "enum": "{expected} のいずれかを指定してください",
    "union_tag_invalid": "type は {expected_tags} のいずれかを指定してください",
    "union_tag_not_found": "type を指定してください",
    "model_type": "オブジェクトで指定してください",
    "model_attributes_type": "オブジェクトで指定してください",
    "dict_type": "オブジェクトで指定してください",
    "list_type": "配列で指定してください",
    "json_invalid": "JSON として読めません",
    "json_type": "JSON として読めません",
    "date_parsing": "日付は YYYY-MM-DD で指定してください",
    "date_from_datetime_parsing": "日付は YYYY-MM-DD で指定してください",
    "datetime_parsing": "日時は ISO 8601（例 2026-12-01T18:00:00+09:00）で指定してください",
    "url_parsing": "URL の形式が正しくありません",
    "url_scheme": "URL の形式が正しくありません",
}
# Field names as the console labels them (the field path is still given in "field").
LABELS = {
    "name": "グループ名",
    "gender": "性別",
    "age_min": "年齢（下限）",
    "age_max": "年齢（上限）",
    "target": "配信先",
    "send_at": "送信日時",
    "messages": "メッセージ",
}


def reason_of(error: dict[str, Any]) -> str:
    """One pydantic error as a Japanese sentence. Our own validators (type "value_error") already
    raise Japanese text; pydantic prefixes it with "Value error, "."""
    kind = error.get("type", "")
    if kind in ("value_error", "assertion_error"):
        return str(error.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    template = REASONS.get(kind)
    if template is None:
        return "値が正しくありません"
    context = {
        k: str(v).replace("'", "").replace(" or ", "、").replace(", ", "、")
        for k, v in (error.get("ctx") or {}).items()
    }
    try:
        return template.format(**context)
    except (KeyError, IndexError):
        return template.split("{")[0] or "値が正しくありません"


# The same field name labelled differently under /api/customers (the record, notes) and /api/tags.
LABELS_BY_RESOURCE = {
    "customers": LABELS
    | RECORD_LABELS
    | {"text": "メモ", "store_id": "店舗", "points": "ポイント", "reason": "理由"},
    "tags": LABELS | {"name": "新しいタグ名"},
    "routes": LABELS | {"name": "経路名", "keyword": "キーワード", "tag": "タグ"},
    "surveys": LABELS
    | {"text": "質問", "choices": "選択肢", "position": "順番", "active": "回答を受け付ける"},
    "stats": LABELS | {"from": "開始日", "to": "終了日", "months": "月数"},
}


def label_of(field: str, labels: dict[str, str] = LABELS) -> str:
    head = field.split(".")[0].split("[")[0]
    return labels.get(head, field) if field == head else f"{labels.get(head, head)}（{field}）"


def validation_error(error: RequestValidationError, path: str = "") -> Response:
    """422 naming each field; `path` (the request's) picks the labels of its resource."""
    labels = LABELS_BY_RESOURCE.get(path.removeprefix("/api/").split("/")[0], LABELS)
    errors = [{"field": field_name(e.get("loc", ())), "reason": reason_of(e)} for e in error.errors()]
    summary = "、".join(f"{label_of(e['field'], labels)}: {e['reason']}" for e in errors)
    return json_response(422, {"message": f"入力に誤りがあります: {summary}", "errors": errors})


# The HTTP answer of each domain error (the domain knows nothing of HTTP); a subclass answers as
# its nearest listed ancestor, anything else as 400.
STATUS: dict[type[AdminError], int] = {
    WrongToken: 401,
    NotFound: 404,
    Overlap: 409,
    NotEditable: 409,
    Refused: 409,
    Invalid: 422,
    LineRefused: 502,
    Busy: 503,
}


def status_of(error: AdminError) -> int:
    return next((STATUS[kind] for kind in type(error).__mro__ if kind in STATUS), 400)


def admin_error(error: AdminError) -> Response:
    details = dict(error.details)
    field = details.pop("field", None)
    errors = [{"field": field, "reason": error.message}] if field else []
    return json_response(status_of(error), {"message": error.message, "errors": errors, **details})
