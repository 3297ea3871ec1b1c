"""/api/tags: the tag catalogue, and renaming or deleting a tag for every customer at once."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import AuditList, TagCatalogue, TagCount, TagRenameIn
from functions.admin_api.responses import NOT_FOUND, documented
from linecrm.logic import audit, customers

router = APIGatewayRouter()

TagName = Annotated[str, Path(min_length=1, max_length=50)]


@router.get(
    "/tags",
    summary="Every tag in use with how many customers carry it (the composer's 配信先 lists them)",
    responses=documented(),
)
def list_tags() -> TagCatalogue:
    return TagCatalogue.model_validate({"tags": customers.tag_catalogue()})


@router.put(
    "/tags/<tag>",
    summary="Rename a tag for every customer who has it",
    responses=documented(NOT_FOUND),
)
def rename_tag(tag: TagName, rename: TagRenameIn) -> TagCount:
    return TagCount.model_validate(customers.rename_tag(tag, rename.name, current_staff(router)))


@router.delete("/tags/<tag>", summary="Remove a tag from every customer", responses=documented(NOT_FOUND))
def delete_tag(tag: TagName) -> TagCount:
    return TagCount.model_validate(customers.rename_tag(tag, None, current_staff(router)))


@router.get("/tags/<tag>/audit", summary="Who renamed or deleted the tag, and when", responses=documented())
def tag_audit(tag: TagName) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("tag", tag)})
