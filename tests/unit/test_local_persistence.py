"""The local stack's saved data: loaded only into the table layout it was saved with."""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from linecrm import tables
from local import persistence


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-northeast-1")
    with mock_aws():
        dynamodb = boto3.client("dynamodb", region_name="ap-northeast-1")
        tables.create_all(dynamodb)
        yield dynamodb


def one_customer(client) -> None:
    client.put_item(
        TableName=tables.CUSTOMERS.name, Item={"user_id": {"S": "U1"}, "state": {"S": "registered"}}
    )


def test_saved_data_is_loaded_back(client, tmp_path):
    path = tmp_path / "dynamodb.json"
    one_customer(client)
    assert persistence.save(client, path)[tables.CUSTOMERS.name] == 1
    client.delete_item(TableName=tables.CUSTOMERS.name, Key={"user_id": {"S": "U1"}})
    assert persistence.load(client, path)[tables.CUSTOMERS.name] == 1
    assert client.get_item(TableName=tables.CUSTOMERS.name, Key={"user_id": {"S": "U1"}})["Item"]


@pytest.mark.parametrize("older", [None, "renamed index"])
def test_data_saved_with_another_layout_is_set_aside_not_loaded(client, tmp_path, capsys, older):
    path = tmp_path / "dynamodb.json"
    one_customer(client)
    persistence.save(client, path)
    client.delete_item(TableName=tables.CUSTOMERS.name, Key={"user_id": {"S": "U1"}})
    saved = json.loads(path.read_text(encoding="utf-8"))
    if older is None:
        del saved["layout"]  # saved before the file named its layout
    else:
        saved["layout"][0][3][0][0] = "by_something_else"
    path.write_text(json.dumps(saved), encoding="utf-8")

    assert persistence.load(client, path) == {}
    assert "Item" not in client.get_item(TableName=tables.CUSTOMERS.name, Key={"user_id": {"S": "U1"}})
    assert not path.exists() and (tmp_path / "dynamodb.older-layout.json").exists()
    assert "another table layout" in capsys.readouterr().out
