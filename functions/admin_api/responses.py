"""OpenAPI `responses` entries shared by the routes (the error body is functions.admin_api.models.ErrorOut)."""

from __future__ import annotations

from functions.admin_api.models import ErrorOut

_ERROR = {"application/json": {"model": ErrorOut}}


def _error(status: int, description: str) -> dict:
    return {status: {"description": description, "content": _ERROR}}


NOT_FOUND = _error(404, "not found")
CONFLICT = _error(409, "conflict: overlapping group, or message no longer editable")
REFUSED = _error(409, "refused in the customer's state (e.g. they blocked the account)")
UNPROCESSABLE = _error(422, "invalid input: errors name the field and the reason")
UNAUTHORIZED = _error(401, "no valid `Authorization: Bearer <token>`")


def documented(*extra: dict, ok: int = 200, description: str = "OK") -> dict:
    """A route's `responses`: its success (a 204 has no body), 401 and 422 (every route checks the
    token and its parameters) and `extra` (NOT_FOUND, CONFLICT)."""
    success = {"description": description, **({"content": {}} if ok == 204 else {})}
    responses = {ok: success, **UNAUTHORIZED, **UNPROCESSABLE}
    for more in extra:
        responses |= more
    return responses
