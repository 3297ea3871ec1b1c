"""/api/audit?subject=group#<id> | message#<id> | customer#<user id> | tag#<tag> | route#<id> | customers (deletions)
(the `#` URL-encoded as %23)."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.models import AuditList
from functions.admin_api.responses import documented
from linecrm.logic import audit

router = APIGatewayRouter()


@router.get("/audit", summary="The audit trail of one group or message", responses=documented())
def audit_trail(
    subject: Annotated[
        str,
        Query(
            pattern=r"^((group|message|customer|route)#[A-Za-z0-9_-]{1,64}|tag#.{1,50}|customers)$",
            examples=["group#0f3a9c2e1b4d5a67"],
        ),
    ],
) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail_of(subject)})
