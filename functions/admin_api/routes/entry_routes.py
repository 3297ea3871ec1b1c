"""/api/routes: entry routes (流入経路): a name, the keyword the route's QR code types for the
customer, the tag they get; listed with how many customers arrived by each, and the QR codes."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import AuditList, RouteIn, RouteList, RouteOut
from functions.admin_api.responses import CONFLICT, NOT_FOUND, documented
from linecrm.logic import audit
from linecrm.logic import entry_routes as routes

router = APIGatewayRouter()

RouteId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


@router.get(
    "/routes",
    summary="Entry routes with how many customers arrived by each, their QR codes and the add-friend QR",
    responses=documented(),
)
def list_routes() -> RouteList:
    return RouteList.model_validate(routes.list_with_counts())


@router.post(
    "/routes",
    summary="Create an entry route (409 when another route has the keyword)",
    responses=documented(CONFLICT, ok=201, description="created"),
)
def create_route(route: RouteIn) -> Response[RouteOut]:
    created = routes.create(route.model_dump(), current_staff(router))
    return Response(201, "application/json", RouteOut.model_validate(created))


@router.get("/routes/<route_id>", summary="One entry route", responses=documented(NOT_FOUND))
def get_route(route_id: RouteId) -> RouteOut:
    return RouteOut.model_validate(routes.get(route_id))


@router.put(
    "/routes/<route_id>",
    summary="Edit an entry route (409 when another route has the keyword)",
    responses=documented(NOT_FOUND, CONFLICT),
)
def edit_route(route_id: RouteId, route: RouteIn) -> RouteOut:
    return RouteOut.model_validate(routes.update(route_id, route.model_dump(), current_staff(router)))


@router.delete(
    "/routes/<route_id>",
    summary="Delete an entry route (its customers keep their tag)",
    responses=documented(NOT_FOUND, ok=204, description="deleted"),
)
def delete_route(route_id: RouteId) -> Response[None]:
    routes.delete(route_id, current_staff(router))
    return Response(204, None, None)


@router.get(
    "/routes/<route_id>/qr",
    summary="The route's QR code (LINE's oaMessage URL with the keyword), an SVG image to print",
    responses={
        **documented(NOT_FOUND, CONFLICT),
        200: {"description": "the QR code", "content": {"image/svg+xml": {"schema": {"type": "string"}}}},
    },
)
def route_qr(route_id: RouteId) -> Response[str]:
    return Response(
        200,
        "image/svg+xml",
        routes.qr_svg(route_id),
        headers={"Content-Disposition": f'inline; filename="route-{route_id}.svg"'},
    )


@router.get(
    "/routes/<route_id>/audit",
    summary="Who created, edited, deleted the route, and when",
    responses=documented(),
)
def route_audit(route_id: RouteId) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("route", route_id)})
