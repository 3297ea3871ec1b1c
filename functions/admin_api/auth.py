"""Who is calling the staff API, or None (→ 401 before any route runs).

- AUTH_MODE=cognito (AWS): API Gateway's Cognito authorizer has already verified the ID token and
  put its claims in `requestContext.authorizer.claims`; no claims means the request did not come
  through the authorizer, so it is refused too. The staff name is the verified email.
- AUTH_MODE=token (local stack): `Authorization: Bearer <token>` where the token is either
  - the ADMIN_TOKEN itself (curl, scripts, Swagger UI), compared in constant time: "local-admin"; or
  - a console session issued by `POST /api/session` after it checked the ADMIN_TOKEN: the name
    typed at sign-in and an expiry, signed with HMAC-SHA256 under a key derived from the
    ADMIN_TOKEN. The server verifies the signature on every request, so the name in the audit
    trail is one the server itself vouched for, never a header a client sets.

Written by hand (standard library hmac): Powertools has no session tokens, and a JWT library
would add a dependency for one signed string.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

from linecrm.settings import get_settings

LOCAL_STAFF = "local-admin"
MAX_NAME = 64
SESSION_PREFIX = "s1."
SESSION_SECONDS = 12 * 3600  # a working day; the console asks to sign in again after it


def _cognito_staff(request: APIGatewayProxyEvent) -> str | None:
    if not request.get("requestContext"):
        return None  # not through API Gateway, so not through its authorizer either
    claims = request.request_context.authorizer.claims
    for key in ("email", "cognito:username", "username", "sub"):
        if claims.get(key):
            return str(claims[key])
    return None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _session_key(admin_token: str) -> bytes:
    return hashlib.sha256(b"line-crm console session\0" + admin_token.encode()).digest()


def token_matches(presented: str, expected: str | None) -> bool:
    return bool(expected) and hmac.compare_digest(presented.encode(), expected.encode())


def issue_session(name: str, admin_token: str, now: float | None = None) -> tuple[str, int]:
    """(session token, expiry as Unix seconds) for a staff member who presented the ADMIN_TOKEN."""
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    payload = _b64(json.dumps({"name": name, "exp": expires}, ensure_ascii=False).encode())
    signature = _b64(hmac.new(_session_key(admin_token), payload.encode(), hashlib.sha256).digest())
    return f"{SESSION_PREFIX}{payload}.{signature}", expires


def session_staff(token: str, admin_token: str, now: float | None = None) -> str | None:
    """The name a valid, unexpired session token carries; None otherwise."""
    payload, _, signature = token.removeprefix(SESSION_PREFIX).partition(".")
    expected = _b64(hmac.new(_session_key(admin_token), payload.encode(), hashlib.sha256).digest())
    if not token.startswith(SESSION_PREFIX) or not hmac.compare_digest(signature.encode(), expected.encode()):
        return None
    try:
        claims = json.loads(_unb64(payload))
    except ValueError:
        return None
    if int(claims.get("exp", 0)) <= (now if now is not None else time.time()):
        return None
    return str(claims.get("name") or "")[:MAX_NAME] or None


def _token_staff(request: APIGatewayProxyEvent, expected: str | None) -> str | None:
    if not expected:
        return None  # no token configured: nobody gets in
    scheme, _, presented = (request.headers.get("authorization") or "").partition(" ")
    presented = presented.strip()
    if scheme.lower() != "bearer":
        return None
    if token_matches(presented, expected):
        return LOCAL_STAFF
    return session_staff(presented, expected)


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
