"""Survey questions table (PK question_id): the アンケート staff define (domain.surveys).

Item: question_id, text, choices (list), position, active, version, created_by/at, updated_by/at.
Every write is one transaction with its audit entry (subject `survey#<question_id>`); edits and
deletions are conditional on the version read, so two staff members cannot overwrite each other.
Reads give `SurveyQuestion` records (linecrm.domain.surveys) and writes take them; the item
(Decimal numbers) stays in this module.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit
from linecrm.dal.dynamo import STAMPS, Cancelled, present, query_all, table, transact
from linecrm.domain.surveys import SurveyQuestion
from linecrm.settings import get_settings


class Stale(Exception):
    """The question is gone or changed since it was read."""


def _table():
    return table("survey_questions_table")


def from_item(item: dict[str, Any]) -> SurveyQuestion:
    """A question item as logic reads it (numbers as int)."""
    return SurveyQuestion(
        question_id=item["question_id"],
        text=item["text"],
        choices=tuple(item["choices"]),
        position=int(item.get("position", 0)),
        active=item.get("active", True),
        version=int(item["version"]),
        **{k: item.get(k) for k in STAMPS},
    )


def _item(question: SurveyQuestion) -> dict[str, Any]:
    return {
        "question_id": question.question_id,
        "text": question.text,
        "choices": list(question.choices),
        "position": question.position,
        "active": question.active,
        "version": question.version,
        **present(question, STAMPS),
    }


def list_all() -> list[SurveyQuestion]:
    """Every question (a Scan: a survey has a handful)."""
    return [from_item(i) for i in query_all(_table(), scan=True)]


def get(question_id: str) -> SurveyQuestion | None:
    item = _table().get_item(Key={"question_id": question_id}, ConsistentRead=True).get("Item")
    return from_item(item) if item else None


def create(question: SurveyQuestion, audit_item: dict[str, Any]) -> None:
    name = get_settings().survey_questions_table
    transact(
        [
            {
                "Put": {
                    "TableName": name,
                    "Item": _item(question),
                    "ConditionExpression": "attribute_not_exists(question_id)",
                }
            },
            audit.put_operation(audit_item),
        ]
    )


def replace(question: SurveyQuestion, version: int, audit_item: dict[str, Any]) -> None:
    """Write `question` over the one stored at `version` (raises Stale otherwise)."""
    name = get_settings().survey_questions_table
    try:
        transact(
            [
                {
                    "Put": {
                        "TableName": name,
                        "Item": _item(question),
                        "ConditionExpression": "version = :v",
                        "ExpressionAttributeValues": {":v": version},
                    }
                },
                audit.put_operation(audit_item),
            ]
        )
    except Cancelled as error:
        raise Stale(question.question_id) from error


def delete(question_id: str, version: int, audit_item: dict[str, Any]) -> None:
    name = get_settings().survey_questions_table
    try:
        transact(
            [
                {
                    "Delete": {
                        "TableName": name,
                        "Key": {"question_id": question_id},
                        "ConditionExpression": "version = :v",
                        "ExpressionAttributeValues": {":v": version},
                    }
                },
                audit.put_operation(audit_item),
            ]
        )
    except Cancelled as error:
        raise Stale(question_id) from error
