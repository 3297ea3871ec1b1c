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

from linecrm.settings import get_settings

LOCAL_STAFF = "local-admin"
MAX_NAME = 64


def _header(event: Mapping[str, Any], name: str) -> str | None:
    for key, value in (event.get("headers") or {}).items():
        if key.lower() == name:
            return value
    return None


def _cognito_staff(event: Mapping[str, Any]) -> str | None:
    claims = ((event.get("requestContext") or {}).get("authorizer") or {}).get("claims") or {}
    if not claims:
        return None
    for key in ("email", "cognito:username", "username", "sub"):
        if claims.get(key):
            return str(claims[key])
    return None


def _token_staff(event: Mapping[str, Any], expected: str | None) -> str | None:
    if not expected:
        return None  # no token configured: nobody gets in
    scheme, _, presented = (_header(event, "authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(presented.strip().encode(), expected.encode()):
        return None
    name = (_header(event, "x-staff-name") or "").strip()[:MAX_NAME]
    return name or LOCAL_STAFF


def staff_of(event: Mapping[str, Any]) -> str | None:
    settings = get_settings()
    if settings.auth_mode == "token":
        return _token_staff(event, settings.admin_token)
    return _cognito_staff(event)


def current_staff(router: Any) -> str:
    """The authenticated staff member of the request being handled (the handler checked it)."""
    return staff_of(router.current_event.raw_event) or "unknown"
