"""Groups table (PK group_id), with the reserved `__catalog__` item that makes the overlap rule
race-safe.

Every create, edit and delete is one TransactWriteItems that (1) bumps `__catalog__.version`
on condition that it still holds the version read before the overlap check, (2) writes the group and
(3) writes the audit entry. Two overlapping writes racing from the same version cannot both
commit: the second finds the version changed and its transaction is cancelled; the caller
(linecrm.logic.groups) then reads again and re-checks.

Reads give `Group` records (linecrm.domain.groups); the stored item stays in this module.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import audit
from linecrm.dal.dynamo import STAMPS, client, int_or_none, present, query_all, table
from linecrm.domain.groups import Group
from linecrm.settings import get_settings

CATALOG_ID = "__catalog__"


class StaleCatalog(Exception):
    """Another group write committed since the catalog version was read."""


class Missing(Exception):
    """The group to edit or delete no longer exists."""


def _table():
    return table("groups_table")


def catalog_version() -> int:
    item = _table().get_item(Key={"group_id": CATALOG_ID}, ConsistentRead=True).get("Item")
    return int(item["version"]) if item else 0


def _record(item: dict[str, Any]) -> Group:
    return Group(
        group_id=str(item["group_id"]),
        name=str(item["name"]),
        gender=str(item["gender"]),
        age_min=int(item["age_min"]),
        age_max=int_or_none(item.get("age_max")),
        **{k: item.get(k) for k in STAMPS},
    )


def _item(group: Group) -> dict[str, Any]:
    """The stored shape: the group's fields (`age_max` null for no upper end), and who made and
    changed it when known. Never `member_count` (counted live)."""
    return {"group_id": group.group_id, **group.fields(), **present(group, STAMPS)}


def snapshot() -> tuple[int, list[Group]]:
    """(catalog version, every group). The version is read first: if any group changes after that,
    the version has changed too and a write conditioned on it fails."""
    version = catalog_version()
    return version, list_all()


def list_all() -> list[Group]:
    items = query_all(_table(), scan=True, ConsistentRead=True)
    return [_record(g) for g in items if g["group_id"] != CATALOG_ID]


def get(group_id: str) -> Group | None:
    if group_id == CATALOG_ID:
        return None
    item = _table().get_item(Key={"group_id": group_id}, ConsistentRead=True).get("Item")
    return None if item is None else _record(item)


def _catalog_bump(expected: int) -> dict[str, Any]:
    condition = "attribute_not_exists(group_id)" if expected == 0 else "version = :expected"
    values: dict[str, Any] = {":next": expected + 1}
    if expected:
        values[":expected"] = expected
    return {
        "Update": {
            "TableName": get_settings().groups_table,
            "Key": {"group_id": CATALOG_ID},
            "UpdateExpression": "SET version = :next",
            "ConditionExpression": condition,
            "ExpressionAttributeValues": values,
        }
    }


def _commit(expected: int, operation: dict[str, Any], audit_item: dict[str, Any]) -> None:
    try:
        client().transact_write_items(
            TransactItems=[_catalog_bump(expected), operation, audit.put_operation(audit_item)]
        )
    except client().exceptions.TransactionCanceledException as error:
        reasons = [r.get("Code") for r in error.response.get("CancellationReasons", [])]
        if reasons and reasons[0] == "ConditionalCheckFailed":
            raise StaleCatalog from error
        if len(reasons) > 1 and reasons[1] == "ConditionalCheckFailed":
            raise Missing from error
        raise StaleCatalog from error  # TransactionConflict: another transaction in flight


def put(group: Group, expected_version: int, audit_item: dict[str, Any], *, new: bool) -> None:
    """Create (`new`) or replace a group, if the catalog is still at `expected_version`."""
    operation = {
        "Put": {
            "TableName": get_settings().groups_table,
            "Item": _item(group),
            "ConditionExpression": "attribute_not_exists(group_id)" if new else "attribute_exists(group_id)",
        }
    }
    _commit(expected_version, operation, audit_item)


def delete(group_id: str, expected_version: int, audit_item: dict[str, Any]) -> None:
    operation = {
        "Delete": {
            "TableName": get_settings().groups_table,
            "Key": {"group_id": group_id},
            "ConditionExpression": "attribute_exists(group_id)",
        }
    }
    _commit(expected_version, operation, audit_item)
