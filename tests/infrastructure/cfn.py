"""Small readers of a synthesized CloudFormation template, for checks Template's matchers cannot express."""

from __future__ import annotations

from linecrm.tables import TableDef


def of_type(resources: dict[str, dict], resource_type: str) -> dict[str, dict]:
    return {key: r for key, r in resources.items() if r["Type"] == resource_type}


def logical_id(resources: dict[str, dict], resource_type: str, path_fragment: str) -> str:
    """The one resource of this type whose logical id contains `path_fragment` (CDK derives
    logical ids from construct paths)."""
    matches = [key for key in of_type(resources, resource_type) if path_fragment in key]
    assert len(matches) == 1, f"{resource_type} matching {path_fragment}: {matches}"
    return matches[0]


def key_schema(partition_key: str, sort_key: str | None) -> list[dict]:
    schema = [{"AttributeName": partition_key, "KeyType": "HASH"}]
    if sort_key:
        schema.append({"AttributeName": sort_key, "KeyType": "RANGE"})
    return schema


def table_logical_id(resources: dict[str, dict], definition: TableDef) -> str:
    """The deployed table whose primary key and index names are the definition's."""
    wanted = key_schema(definition.partition_key, definition.sort_key)
    wanted_indexes = sorted(i.name for i in definition.indexes)
    matches = [
        key
        for key, r in of_type(resources, "AWS::DynamoDB::Table").items()
        if r["Properties"]["KeySchema"] == wanted
        and sorted(g["IndexName"] for g in r["Properties"].get("GlobalSecondaryIndexes", []))
        == wanted_indexes
    ]
    assert len(matches) == 1, f"{definition.name}: {len(matches)} tables with its keys"
    return matches[0]


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def policy_statements(resources: dict[str, dict], function_id: str) -> list[dict]:
    """Every statement of the policies attached to the function's role (CDK moves what does not fit
    in the inline policy to an "overflow" managed policy)."""
    role_id = resources[function_id]["Properties"]["Role"]["Fn::GetAtt"][0]
    policies = [
        *of_type(resources, "AWS::IAM::Policy").values(),
        *of_type(resources, "AWS::IAM::ManagedPolicy").values(),
    ]
    return [
        statement
        for policy in policies
        if {"Ref": role_id} in policy["Properties"].get("Roles", [])
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]
    ]


def table_actions(
    resources: dict[str, dict], function_id: str, table_ids: dict[str, str]
) -> dict[str, set[str]]:
    """Table logical name -> the DynamoDB actions the function may perform on it."""
    by_logical_id = {v: k for k, v in table_ids.items()}
    granted: dict[str, set[str]] = {}
    for statement in policy_statements(resources, function_id):
        for resource in _as_list(statement["Resource"]):
            target = resource.get("Fn::GetAtt", [None])[0] if isinstance(resource, dict) else None
            if target in by_logical_id:
                granted.setdefault(by_logical_id[target], set()).update(_as_list(statement["Action"]))
    return granted
