"""The local stack's moto server backs up only the items a transaction touches (local.dynamodb):
a cancelled transaction still leaves every item as it was."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from tests.support.moto_tables import create_h_r_table


def test_a_cancelled_transaction_changes_nothing_and_a_committed_one_everything(moto_server):
    import boto3

    db = boto3.client("dynamodb", endpoint_url=moto_server)
    for user in ("Ua", "Ub", "Uc"):
        db.put_item(TableName="customers", Item={"user_id": {"S": user}, "n": {"N": "1"}})
    update = {
        "Update": {
            "TableName": "customers",
            "Key": {"user_id": {"S": "Ua"}},
            "UpdateExpression": "SET n = n + :one",
            "ExpressionAttributeValues": {":one": {"N": "1"}},
        }
    }
    delete = {"Delete": {"TableName": "customers", "Key": {"user_id": {"S": "Uc"}}}}
    failing = {
        "ConditionCheck": {
            "TableName": "customers",
            "Key": {"user_id": {"S": "Ub"}},
            "ConditionExpression": "n = :two",
            "ExpressionAttributeValues": {":two": {"N": "2"}},
        }
    }
    with pytest.raises(ClientError, match="TransactionCanceled"):
        db.transact_write_items(TransactItems=[update, delete, failing])
    items = {i["user_id"]["S"]: i["n"]["N"] for i in db.scan(TableName="customers")["Items"]}
    assert items == {"Ua": "1", "Ub": "1", "Uc": "1"}

    db.transact_write_items(TransactItems=[update, delete])
    items = {i["user_id"]["S"]: i["n"]["N"] for i in db.scan(TableName="customers")["Items"]}
    assert items == {"Ua": "2", "Ub": "1"}


def test_items_are_read_in_moto_s_own_key_order(moto_server):
    """local.dynamodb sorts a table's items by plain key values instead of moto's DynamoType
    comparisons: the order must be moto's own (Scan pages, Query of an index)."""
    import boto3
    from moto.dynamodb.models import dynamodb_backends
    from moto.dynamodb.models.table import Table

    db = boto3.client("dynamodb", endpoint_url=moto_server)
    create_h_r_table(db, "ordering")
    for h in ("b", "a", "B", "あ", "a1", "U00ff"):
        for r in ("10", "9", "-1.5", "0", "100", "2.25"):
            db.put_item(TableName="ordering", Item={"h": {"S": h}, "r": {"N": r}})
    (table,) = [
        backend.tables["ordering"]
        for regions in dynamodb_backends.values()
        for backend in regions.values()
        if "ordering" in backend.tables
    ]

    def keys(items):
        return [(i.hash_key.value, i.range_key.value) for i in items]

    assert getattr(Table.all_items, "plain_keys", False)
    assert keys(table.all_items()) == keys(Table.all_items.moto(table))
    assert keys(table.all_items())[:3] == [("B", "-1.5"), ("B", "0"), ("B", "2.25")]
