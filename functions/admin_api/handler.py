"""The staff API under /api: groups, messages and coupons, customers, audit.

Glue only: authentication (functions.admin_api.auth) runs before the resolver, so no route, not
even a malformed request to one, answers without it (401); Powertools validates every request and
response against the pydantic models (functions.admin_api.models) and publishes the OpenAPI document and
Swagger UI at /api/swagger; errors are mapped to HTTP in one place (functions.admin_api.errors).
The routes are split by capability (functions/admin_api/routes/).
"""

from __future__ import annotations

from functools import partial
from json import dumps as json_dumps
from typing import Any

from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer, Server
from aws_lambda_powertools.shared.json_encoder import Encoder
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEvent

from functions.admin_api import auth, errors
from functions.admin_api.resolver import DecodingResolver
from functions.admin_api.routes import (
    audit,
    customers,
    entry_routes,
    groups,
    messages,
    session,
    shop_card,
    stats,
    surveys,
    tags,
    test_friends,
)
from linecrm.domain.errors import AdminError
from linecrm.observability import lambda_handler, logger

PREFIX = "/api"
SWAGGER_PATH = f"{PREFIX}/swagger"
TITLE = "Kuroge LINE CRM staff API"
VERSION = "1.0.0"

# JSON as UTF-8 text without \u escapes: Japanese stays readable in the console, curl and logs.
# DecodingResolver: path parameters percent-decoded (functions.admin_api.resolver).
app = DecodingResolver(
    enable_validation=True,
    serializer=partial(json_dumps, separators=(",", ":"), cls=Encoder, ensure_ascii=False),
)
for module in (
    groups,
    messages,
    test_friends,
    customers,
    tags,
    entry_routes,
    shop_card,
    surveys,
    stats,
    audit,
    session,
):
    app.include_router(module.router, prefix=PREFIX)

app.enable_swagger(
    path=SWAGGER_PATH,
    title=TITLE,
    version=VERSION,
    description=(
        "Staff API of the Kuroge LINE CRM. Every route needs `Authorization: Bearer <token>`: "
        "a Cognito ID token in AWS, the ADMIN_TOKEN of the local stack locally."
    ),
    security_schemes={"bearer": HTTPBearer(description="Cognito ID token (AWS) or ADMIN_TOKEN (local)")},
    security=[{"bearer": []}],
    # Requests go to the page's own origin: without this Powertools would name the stage
    # ("/local", "/prod"), which neither the local stack nor the console's CloudFront origin serves.
    servers=[Server(url="/", description="this origin")],
)


@app.exception_handler(RequestValidationError)
def _invalid(error: RequestValidationError):
    return errors.validation_error(error, app.current_event.path)


@app.exception_handler(AdminError)
def _refused(error: AdminError):
    return errors.admin_error(error)


def _is_public(event: dict[str, Any]) -> bool:
    """Swagger UI and the OpenAPI document hold no data (in AWS the authorizer guards them too);
    signing in (local stack) checks the ADMIN_TOKEN itself."""
    route = (event.get("httpMethod"), event.get("path"))
    return route in (("GET", SWAGGER_PATH), ("POST", session.PATH))


@lambda_handler(tracing=True)
def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    if not _is_public(event):
        staff = auth.staff_of(event)
        if staff is None:
            logger.info("refused unauthenticated request", path=event.get("path"))
            return errors.unauthorized()
        app.append_context(staff=staff)  # read by auth.current_staff; resolve() clears it afterwards
    if reason := _unreadable_body(event):
        return errors.unreadable_body(reason)
    return app.resolve(event, context)


def _unreadable_body(event: dict[str, Any]) -> str | None:
    """Why a body cannot be read as JSON text, or None. Powertools would raise on these (a body
    that is not UTF-8, multipart without a boundary) or answer 415 in its own format."""
    request = APIGatewayProxyEvent(event)
    if not request.body:
        return None
    media_type = (request.headers.get("content-type") or "application/json").split(";")[0].strip().lower()
    if media_type != "application/json" and not media_type.endswith("+json"):
        return "Content-Type は application/json にしてください"
    try:
        request.decoded_body  # noqa: B018  (base64 when isBase64Encoded, then UTF-8)
    except (UnicodeDecodeError, ValueError):
        return "本文が UTF-8 のテキストではありません"
    return None


def openapi_json() -> str:
    """The OpenAPI document, as committed in docs/openapi.json (`python -m functions.admin_api`)."""
    return app.get_openapi_json_schema(
        title=TITLE,
        version=VERSION,
        security_schemes={"bearer": HTTPBearer()},
        security=[{"bearer": []}],
    )
