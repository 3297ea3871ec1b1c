"""The local stack's moto server backs up only the items a transaction touches (local.dynamodb):
a cancelled transaction still leaves every item as it was."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError


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
