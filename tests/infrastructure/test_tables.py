"""Every table of linecrm.tables is deployed as defined: keys, indexes, TTL, PITR, on-demand, retained."""

from __future__ import annotations

import pytest
from aws_cdk.assertions import Match

from linecrm.tables import TABLES, TableDef
from tests.infrastructure.cfn import key_schema, of_type, table_logical_id


def _table(resources, definition: TableDef) -> dict:
    return resources[table_logical_id(resources, definition)]


def test_one_table_per_definition(resources):
    assert len(of_type(resources, "AWS::DynamoDB::Table")) == len(TABLES)


@pytest.mark.parametrize("definition", TABLES, ids=lambda t: t.name)
def test_table_is_on_demand_with_point_in_time_recovery_and_retained(resources, definition):
    table = _table(resources, definition)
    assert table["Properties"]["BillingMode"] == "PAY_PER_REQUEST"
    assert table["Properties"]["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
    assert table["DeletionPolicy"] == "Retain"
    assert table["UpdateReplacePolicy"] == "Retain"


@pytest.mark.parametrize("definition", TABLES, ids=lambda t: t.name)
def test_table_cannot_be_deleted_by_hand_either(resources, definition):
    assert _table(resources, definition)["Properties"]["DeletionProtectionEnabled"] is True


@pytest.mark.parametrize("definition", TABLES, ids=lambda t: t.name)
def test_table_indexes_are_the_definitions_with_all_attributes_projected(resources, definition):
    table = _table(resources, definition)
    deployed = {g["IndexName"]: g for g in table["Properties"].get("GlobalSecondaryIndexes", [])}
    for index in definition.indexes:
        assert deployed[index.name]["KeySchema"] == key_schema(index.partition_key, index.sort_key)
        assert deployed[index.name]["Projection"] == {"ProjectionType": "ALL"}
    key_types = {a["AttributeName"]: a["AttributeType"] for a in table["Properties"]["AttributeDefinitions"]}
    assert set(key_types.values()) == {"S"}


@pytest.mark.parametrize("definition", TABLES, ids=lambda t: t.name)
def test_ttl_only_where_defined(resources, definition):
    ttl = _table(resources, definition)["Properties"].get("TimeToLiveSpecification")
    if definition.ttl_attribute:
        assert ttl == {"AttributeName": definition.ttl_attribute, "Enabled": True}
    else:
        assert ttl is None


def test_customer_profile_index_answers_gender_and_birth_date_range(template):
    template.has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "KeySchema": [{"AttributeName": "user_id", "KeyType": "HASH"}],
            "GlobalSecondaryIndexes": Match.array_with(
                [
                    Match.object_like(
                        {
                            "IndexName": "by_profile",
                            "KeySchema": [
                                {"AttributeName": "registered_gender", "KeyType": "HASH"},
                                {"AttributeName": "birth_date", "KeyType": "RANGE"},
                            ],
                        }
                    )
                ]
            ),
        },
    )


def test_idempotency_table_expires_records_by_powertools_expiration_attribute(template):
    template.has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
            "TimeToLiveSpecification": {"AttributeName": "expiration", "Enabled": True},
        },
    )
