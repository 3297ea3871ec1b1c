"""/api/surveys: the アンケート's questions and their choices (logic.surveys), audited."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import AuditList, QuestionIn, QuestionList, QuestionOut
from functions.admin_api.responses import NOT_FOUND, documented
from linecrm.domain.surveys import QUESTION_ID_PATTERN
from linecrm.logic import audit, surveys

router = APIGatewayRouter()

QuestionId = Annotated[str, Path(pattern=QUESTION_ID_PATTERN)]


@router.get(
    "/surveys", summary="The survey's questions, in the order the bot asks them", responses=documented()
)
def list_questions() -> QuestionList:
    return QuestionList.model_validate({"questions": surveys.list_questions()})


@router.post(
    "/surveys", summary="Add a question with its choices", responses=documented(ok=201, description="created")
)
def create_question(question: QuestionIn) -> Response[QuestionOut]:
    created = surveys.create(question.model_dump(), current_staff(router))
    return Response(201, "application/json", QuestionOut.model_validate(created))


@router.get("/surveys/<question_id>", summary="One question", responses=documented(NOT_FOUND))
def get_question(question_id: QuestionId) -> QuestionOut:
    return QuestionOut.model_validate(surveys.get(question_id))


@router.put(
    "/surveys/<question_id>",
    summary="Edit a question (answers already given keep their text)",
    responses=documented(NOT_FOUND),
)
def edit_question(question_id: QuestionId, question: QuestionIn) -> QuestionOut:
    return QuestionOut.model_validate(
        surveys.update(question_id, question.model_dump(), current_staff(router))
    )


@router.delete(
    "/surveys/<question_id>",
    summary="Delete a question (customers' answers to it stay on their records)",
    responses=documented(NOT_FOUND, ok=204, description="deleted"),
)
def delete_question(question_id: QuestionId) -> Response[None]:
    surveys.delete(question_id, current_staff(router))
    return Response(204, None, None)


@router.get(
    "/surveys/<question_id>/audit",
    summary="Who created, edited, deleted the question",
    responses=documented(),
)
def question_audit(question_id: QuestionId) -> AuditList:
    return AuditList.model_validate({"entries": audit.trail("survey", question_id)})
