"""POST /api/session: the local stack's console sign-in (AUTH_MODE=token). In AWS staff sign in with
Cognito's managed login instead, and this route answers 404.

It is public (the handler lets it through unauthenticated): it checks the ADMIN_TOKEN itself and
answers with a session token that carries the name typed at sign-in, signed by the server
(functions.admin_api.auth)."""

from __future__ import annotations

from datetime import UTC, datetime

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api import auth
from functions.admin_api.models import SessionIn, SessionOut
from functions.admin_api.responses import NOT_FOUND, documented
from linecrm.domain.errors import NotFound, WrongToken
from linecrm.settings import get_settings

PATH = "/api/session"


router = APIGatewayRouter()


@router.post(
    "/session",
    summary="Local stack only: sign in with the ADMIN_TOKEN and a name (the console's sign-in)",
    responses=documented(NOT_FOUND, ok=201, description="signed in"),
)
def sign_in(request: SessionIn) -> Response[SessionOut]:
    settings = get_settings()
    if settings.auth_mode != "token":
        raise NotFound("このサーバーでは Cognito でログインします")
    if not auth.token_matches(request.admin_token.strip(), settings.admin_token):
        raise WrongToken("管理トークンが違います", field="admin_token")
    token, expires = auth.issue_session(request.name, settings.admin_token)
    expires_at = datetime.fromtimestamp(expires, UTC).isoformat().replace("+00:00", "Z")
    return Response(
        201, "application/json", SessionOut(token=token, name=request.name, expires_at=expires_at)
    )
