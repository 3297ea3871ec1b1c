"""Who is calling the staff API, or None (→ 401 before any route runs).

- AUTH_MODE=cognito (AWS): API Gateway's Cognito authorizer has already verified the token and put
  its claims in `requestContext.authorizer.claims`; no claims means the request did not come
  through the authorizer, so it is refused too.
- AUTH_MODE=token (local stack): `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time.
  The staff name is "local-admin", or the optional `X-Staff-Name` header.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any

from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

from linecrm.settings import get_settings

LOCAL_STAFF = "local-admin"
MAX_NAME = 64


def _cognito_staff(request: APIGatewayProxyEvent) -> str | None:
    if not request.get("requestContext"):
        return None  # not through API Gateway, so not through its authorizer either
    claims = request.request_context.authorizer.claims
    for key in ("email", "cognito:username", "username", "sub"):
        if claims.get(key):
            return str(claims[key])
    return None


def _token_staff(request: APIGatewayProxyEvent, expected: str | None) -> str | None:
    if not expected:
        return None  # no token configured: nobody gets in
    scheme, _, presented = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), expected.encode()):
        return None
    name = (request.headers.get("x-staff-name") or "").strip()[:MAX_NAME]
    return name or LOCAL_STAFF


def staff_of(event: Mapping[str, Any]) -> str | None:
    request = APIGatewayProxyEvent(dict(event))
    settings = get_settings()
    if settings.auth_mode == "token":
        return _token_staff(request, settings.admin_token)
    return _cognito_staff(request)


def current_staff(router: Any) -> str:
    """The authenticated staff member of the request being handled: the handler authenticated it and
    put it in the resolver's context, which Powertools clears after each request."""
    return router.context["staff"]
