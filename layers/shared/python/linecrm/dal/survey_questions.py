"""Survey questions table (PK question_id): the アンケート staff define (domain.surveys).

Item: question_id, text, choices (list), position, active, version, created_by/at, updated_by/at.
Every write is one transaction with its audit entry (subject `survey#<question_id>`); edits and
deletions are conditional on the version read, so two staff members cannot overwrite each other.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit
from linecrm.dal.dynamo import Cancelled, query_all, table, transact
from linecrm.settings import get_settings


class Stale(Exception):
    """The question is gone or changed since it was read."""


def _table():
    return table("survey_questions_table")


def list_all() -> list[dict[str, Any]]:
    """Every question (a Scan: a survey has a handful)."""
    return list(query_all(_table(), scan=True))


def get(question_id: str) -> dict[str, Any] | None:
    return _table().get_item(Key={"question_id": question_id}, ConsistentRead=True).get("Item")


def create(item: dict[str, Any], audit_item: dict[str, Any]) -> None:
    name = get_settings().survey_questions_table
    transact(
        [
            {
                "Put": {
                    "TableName": name,
                    "Item": item,
                    "ConditionExpression": "attribute_not_exists(question_id)",
                }
            },
            audit.put_operation(audit_item),
        ]
    )


def replace(item: dict[str, Any], version: int, audit_item: dict[str, Any]) -> None:
    """Write `item` over the question stored at `version` (raises Stale otherwise)."""
    name = get_settings().survey_questions_table
    try:
        transact(
            [
                {
                    "Put": {
                        "TableName": name,
                        "Item": item,
                        "ConditionExpression": "version = :v",
                        "ExpressionAttributeValues": {":v": version},
                    }
                },
                audit.put_operation(audit_item),
            ]
        )
    except Cancelled as error:
        raise Stale(item["question_id"]) from error


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
