"""/api/customers: search, export, detail, the record, tags, notes, timeline, 1:1 messages,
deletion."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import (
    AuditList,
    ChatIn,
    CustomerDetail,
    CustomerFilters,
    CustomerList,
    CustomerListQuery,
    CustomerOut,
    DeletedOut,
    HistoryEntry,
    NoteIn,
    NoteList,
    NoteOut,
    TagsOut,
    TimelinePage,
)
from functions.admin_api.responses import NOT_FOUND, REFUSED, documented
from linecrm.domain.customer_filter import CustomerFilter
from linecrm.domain.customer_record import RecordPatch
from linecrm.logic import audit, customer_book, customers

router = APIGatewayRouter()

UserId = Annotated[str, Path(min_length=1, max_length=64)]
TagName = Annotated[str, Path(min_length=1, max_length=50)]
NoteId = Annotated[str, Path(min_length=1, max_length=100, description="URL-encoded (`#` → %23)")]


def _criteria(filters: CustomerFilters) -> CustomerFilter:
    criteria = CustomerFilter(
        gender=filters.gender,
        age_min=filters.age_min,
        age_max=filters.age_max,
        blocked=filters.blocked,
        registered=filters.registered,
        unread=filters.unread,
        text=(filters.q or "").strip() or None,
        name=(filters.name or "").strip() or None,
        survey=tuple(filters.survey.split(":", 1)) if filters.survey else None,
    )
    return customers.criteria_for(criteria, filters.group_id, filters.tag)


@router.get("/customers", summary="Search customers (filters combine with AND)", responses=documented())
def list_customers(filters: Annotated[CustomerListQuery, Query()]) -> CustomerList:
    found, next_cursor = customers.search(_criteria(filters), None, None, filters.limit, filters.cursor)
    return CustomerList(customers=[CustomerOut.model_validate(c) for c in found], next_cursor=next_cursor)


@router.get(
    "/customers/export",
    summary="The filtered list as CSV (UTF-8 with BOM, for Excel): record fields and tags",
    responses=documented() | {200: {"description": "text/csv", "content": {"text/csv": {}}}},
)
def export_customers(filters: Annotated[CustomerFilters, Query()]) -> Response[str]:
    body = "\ufeff" + customers.export_csv(_criteria(filters))
    return Response(
        200,
        "text/csv; charset=utf-8",
        body,
        headers={"Content-Disposition": 'attachment; filename="customers.csv"'},
    )


@router.get(
    "/customers/<user_id>",
    summary="One customer with tags and history (opening marks their messages read)",
    responses=documented(NOT_FOUND),
)
def get_customer(
    user_id: UserId,
    history_limit: Annotated[int | None, Query(ge=1, le=1000, description="newest N entries only")] = None,
) -> CustomerDetail:
    return CustomerDetail.of(*customers.detail(user_id, history_limit))


@router.patch(
    "/customers/<user_id>",
    summary="Change the customer's record (氏名, フリガナ, 電話番号, メールアドレス, 誕生日, 好み・メモ)",
    responses=documented(NOT_FOUND),
)
def patch_customer(user_id: UserId, record: RecordPatch) -> CustomerOut:
    return CustomerOut.model_validate(customers.update_record(user_id, record, current_staff(router)))


@router.delete(
    "/customers/<user_id>",
    summary="Delete the customer from every table (audited without the user id)",
    responses=documented(NOT_FOUND),
)
def delete_customer(user_id: UserId) -> DeletedOut:
    customers.customer(user_id)
    removed = customer_book.delete_customer(user_id, current_staff(router))
    return DeletedOut(user_id=user_id, removed=removed)


@router.put("/customers/<user_id>/tags/<tag>", summary="Tag a customer", responses=documented(NOT_FOUND))
def tag_customer(user_id: UserId, tag: TagName) -> TagsOut:
    return TagsOut(user_id=user_id, tags=customers.tag(user_id, tag, current_staff(router)))


@router.delete(
    "/customers/<user_id>/tags/<tag>", summary="Remove a tag from a customer", responses=documented(NOT_FOUND)
)
def untag_customer(user_id: UserId, tag: TagName) -> TagsOut:
    return TagsOut(user_id=user_id, tags=customers.untag(user_id, tag, current_staff(router)))


@router.get(
    "/customers/<user_id>/audit",
    summary="Who changed the customer's record, tags and notes",
    responses=documented(),
)
def customer_audit(user_id: UserId) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("customer", user_id)})


@router.get(
    "/customers/<user_id>/timeline",
    summary="Everything that happened with the customer (campaign messages received included), "
    "oldest first, paged",
    responses=documented(NOT_FOUND),
)
def customer_timeline(
    user_id: UserId,
    limit: Annotated[int, Query(ge=1, le=customer_book.MAX_TIMELINE_PAGE)] = 50,
    cursor: Annotated[
        str | None, Query(max_length=512, description="next_cursor of the previous page")
    ] = None,
) -> TimelinePage:
    entries, next_cursor = customer_book.timeline(user_id, limit, cursor)
    return TimelinePage.model_validate({"user_id": user_id, "entries": entries, "next_cursor": next_cursor})


@router.post(
    "/customers/<user_id>/notes",
    summary="Add a note (its author is the staff member)",
    responses=documented(NOT_FOUND, ok=201, description="created"),
)
def add_note(user_id: UserId, note: NoteIn) -> Response[NoteOut]:
    created = customer_book.add_note(user_id, note.text, current_staff(router))
    return Response(201, "application/json", NoteOut.model_validate(created))


@router.get(
    "/customers/<user_id>/notes",
    summary="The customer's notes, newest first",
    responses=documented(NOT_FOUND),
)
def list_notes(user_id: UserId) -> NoteList:
    return NoteList.model_validate({"notes": customer_book.notes(user_id)})


@router.put(
    "/customers/<user_id>/notes/<note_id>",
    summary="Change a note's text",
    responses=documented(NOT_FOUND),
)
def edit_note(user_id: UserId, note_id: NoteId, note: NoteIn) -> NoteOut:
    return NoteOut.model_validate(customer_book.edit_note(user_id, note_id, note.text, current_staff(router)))


@router.delete(
    "/customers/<user_id>/notes/<note_id>",
    summary="Delete a note",
    responses=documented(NOT_FOUND, ok=204, description="deleted"),
)
def delete_note(user_id: UserId, note_id: NoteId) -> Response[None]:
    customer_book.delete_note(user_id, note_id, current_staff(router))
    return Response(204, "application/json", None)


@router.post(
    "/customers/<user_id>/messages",
    summary="Send the customer a 1:1 message now (a LINE push, recorded with the staff name)",
    responses=documented(
        NOT_FOUND, REFUSED, {502: {"description": "LINE refused the push"}}, ok=201, description="sent"
    ),
)
def send_message(user_id: UserId, request: ChatIn) -> Response[HistoryEntry]:
    sent = customer_book.send(user_id, request.messages, current_staff(router))
    return Response(201, "application/json", HistoryEntry.model_validate(sent))
