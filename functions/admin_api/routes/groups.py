"""/api/groups: customer groups."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter
from aws_lambda_powertools.metrics import MetricUnit

from functions.admin_api.auth import current_staff
from functions.admin_api.models import AuditList, GroupIn, GroupList, GroupOut
from functions.admin_api.responses import CONFLICT, NOT_FOUND, documented
from linecrm.logic import audit, groups
from linecrm.observability import metrics

router = APIGatewayRouter()

GroupId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/groups", summary="List groups with today's member counts", responses=documented())
def list_groups() -> GroupList:
    return GroupList(groups=[GroupOut.model_validate(g) for g in groups.list_with_counts()])


@router.post(
    "/groups",
    summary="Create a group (409 when it overlaps an existing group)",
    responses=documented(CONFLICT, ok=201, description="created"),
)
def create_group(group: GroupIn) -> Response[GroupOut]:
    created = groups.create(group.model_dump(), current_staff(router))
    metrics.add_metric(name="GroupCreated", unit=MetricUnit.Count, value=1)
    return Response(201, "application/json", GroupOut.model_validate(groups.with_count(created)))


@router.get("/groups/<group_id>", summary="One group", responses=documented(NOT_FOUND))
def get_group(group_id: GroupId) -> GroupOut:
    return GroupOut.model_validate(groups.get(group_id))


@router.put(
    "/groups/<group_id>",
    summary="Edit a group (409 when the edit would overlap another group)",
    responses=documented(NOT_FOUND, CONFLICT),
)
def edit_group(group_id: GroupId, group: GroupIn) -> GroupOut:
    return GroupOut.model_validate(
        groups.with_count(groups.update(group_id, group.model_dump(), current_staff(router)))
    )


@router.delete(
    "/groups/<group_id>",
    summary="Delete a group",
    responses=documented(NOT_FOUND, ok=204, description="deleted"),
)
def delete_group(group_id: GroupId) -> Response[None]:
    groups.delete(group_id, current_staff(router))
    return Response(204, None, None)  # no body, so no content type


@router.get(
    "/groups/<group_id>/audit",
    summary="Who created, edited, deleted the group, and when",
    responses=documented(),
)
def group_audit(group_id: GroupId) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("group", group_id)})
