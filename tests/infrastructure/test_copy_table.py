"""infra.copy_table, the restore step for a retained table (against moto)."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from infra import copy_table


@pytest.fixture
def dynamodb():
    with mock_aws():
        resource = boto3.resource("dynamodb")
        for name in ("old", "new"):
            resource.create_table(
                TableName=name,
                KeySchema=[{"AttributeName": "user_id", "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": "user_id", "AttributeType": "S"}],
                BillingMode="PAY_PER_REQUEST",
            )
        yield resource


def test_every_item_is_copied_across_scan_pages_and_a_second_run_changes_nothing(dynamodb, capsys):
    old, new = dynamodb.Table("old"), dynamodb.Table("new")
    padding = "x" * 30_000  # ~30 KB per item: the scan takes several 1 MB pages
    items = [{"user_id": f"U{i:04d}", "note": padding, "n": i} for i in range(120)]
    with old.batch_writer() as batch:
        for item in items:
            batch.put_item(Item=item)

    assert copy_table.main(["old", "new"]) == 0
    assert "copied 120 items" in capsys.readouterr().out
    assert copy_table.copy(old, new) == 120

    scanned, scan = [], {}
    while True:
        page = new.scan(**scan)
        scanned += page["Items"]
        if "LastEvaluatedKey" not in page:
            break
        scan["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    assert sorted(scanned, key=lambda i: i["user_id"]) == items


def test_wrong_arguments_print_the_usage():
    assert copy_table.main(["only-one"]) == 2
