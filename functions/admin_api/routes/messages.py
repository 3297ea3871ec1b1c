"""/api/messages: scheduled messages and coupons."""

from __future__ import annotations

from typing import Annotated, Literal

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayRouter
from aws_lambda_powertools.metrics import MetricUnit

from functions.admin_api.auth import current_staff
from functions.admin_api.models import (
    AuditList,
    EstimateIn,
    EstimateOut,
    MessageIn,
    MessageList,
    MessageOut,
    MessagePatch,
    RescheduleIn,
)
from functions.admin_api.responses import CONFLICT, NOT_FOUND, documented
from linecrm.logic import audit, messages
from linecrm.observability import metrics

router = APIGatewayRouter()

MessageId = Annotated[str, Path(min_length=1, max_length=64)]
Status = Literal["scheduled", "sending", "sent", "partially_failed", "failed", "held", "cancelled"]


@router.post(
    "/messages",
    summary="Schedule a message (response shows how many customers it reaches now)",
    responses=documented(ok=201, description="scheduled"),
)
def create_message(message: MessageIn) -> Response[MessageOut]:
    created = messages.create(message.target, message.send_at, message.messages, current_staff(router))
    metrics.add_metric(name="MessageScheduled", unit=MetricUnit.Count, value=1)
    return Response(201, "application/json", MessageOut.model_validate(messages.view(created)))


@router.post(
    "/messages/estimate",
    summary="Before saving: how many customers a target reaches now, and the month's LINE quota",
    responses=documented(),
)
def estimate_message(request: EstimateIn) -> EstimateOut:
    return EstimateOut.model_validate(messages.estimate(request.target))


@router.get("/messages", summary="List messages, newest send time first", responses=documented())
def list_messages(status: Annotated[Status | None, Query()] = None) -> MessageList:
    return MessageList(messages=[MessageOut.model_validate(m) for m in messages.list_all(status)])


@router.get(
    "/messages/<message_id>",
    summary="One message with its status and counts",
    responses=documented(NOT_FOUND),
)
def get_message(message_id: MessageId) -> MessageOut:
    return MessageOut.model_validate(messages.get(message_id))


@router.put(
    "/messages/<message_id>",
    summary="Replace a message that has not started sending",
    responses=documented(NOT_FOUND, CONFLICT),
)
def replace_message(message_id: MessageId, message: MessageIn) -> MessageOut:
    return _edit(message_id, message)


@router.patch(
    "/messages/<message_id>",
    summary="Change some fields of a message that has not started sending",
    responses=documented(NOT_FOUND, CONFLICT),
)
def patch_message(message_id: MessageId, message: MessagePatch) -> MessageOut:
    return _edit(message_id, message)


def _edit(message_id: str, message: MessageIn | MessagePatch) -> MessageOut:
    """PUT and PATCH alike: a field left out of a patch is None, which `messages.edit` keeps."""
    edited = messages.edit(
        message_id, message.target, message.send_at, message.messages, current_staff(router)
    )
    return MessageOut.model_validate(edited)


@router.post(
    "/messages/<message_id>/cancel",
    summary="Cancel a message that has not started sending",
    responses=documented(NOT_FOUND, CONFLICT),
)
def cancel_message(message_id: MessageId) -> MessageOut:
    return MessageOut.model_validate(messages.cancel(message_id, current_staff(router)))


@router.post(
    "/messages/<message_id>/reschedule",
    summary="Schedule a held message (the month's quota could not take it) again at a new time",
    responses=documented(NOT_FOUND, CONFLICT),
)
def reschedule_message(message_id: MessageId, request: RescheduleIn) -> MessageOut:
    return MessageOut.model_validate(messages.reschedule(message_id, request.send_at, current_staff(router)))


@router.delete(
    "/messages/<message_id>",
    summary="Cancel a message (same as POST …/cancel; the record stays, status cancelled)",
    responses=documented(NOT_FOUND, CONFLICT),
)
def delete_message(message_id: MessageId) -> MessageOut:
    return MessageOut.model_validate(messages.cancel(message_id, current_staff(router)))


@router.get(
    "/messages/<message_id>/audit",
    summary="Who created, edited, cancelled the message, and when",
    responses=documented(),
)
def message_audit(message_id: MessageId) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("message", message_id)})
