"""The DynamoDB tables, built from `linecrm.tables.TABLES` (the same definitions the local stack uses)."""

from __future__ import annotations

from aws_cdk import RemovalPolicy, Stack
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from infra.nag import acknowledge
from linecrm.tables import TABLES, TableDef

DEFINITIONS: dict[str, TableDef] = {t.name: t for t in TABLES}


def _key(name: str | None) -> dynamodb.Attribute | None:
    return dynamodb.Attribute(name=name, type=dynamodb.AttributeType.STRING) if name else None


class Data(Construct):
    """One on-demand table per TableDef: PITR on, deletion protection on, retained when the stack
    is deleted or a change would replace the table."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.tables: dict[str, dynamodb.Table] = {t.name: self._table(t) for t in TABLES}

    def _table(self, definition: TableDef) -> dynamodb.Table:
        table = dynamodb.Table(
            self,
            _construct_id(definition.name),
            partition_key=_key(definition.partition_key),
            sort_key=_key(definition.sort_key),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            time_to_live_attribute=definition.ttl_attribute,
            removal_policy=RemovalPolicy.RETAIN,  # customer data outlives the stack
            deletion_protection=True,  # nor can a console click or an API call delete it
        )
        for index in definition.indexes:
            table.add_global_secondary_index(
                index_name=index.name,
                partition_key=_key(index.partition_key),
                sort_key=_key(index.sort_key),
                projection_type=dynamodb.ProjectionType.ALL,
            )
        return table

    def environment(self) -> dict[str, str]:
        """Every table's environment variable (TableDef.env) -> physical name."""
        return {t.env: self.tables[t.name].table_name for t in TABLES}

    def grant(
        self,
        function: lambda_.IFunction,
        read_write: tuple[str, ...] = (),
        read: tuple[str, ...] = (),
        write: tuple[str, ...] = (),
    ) -> None:
        """Least privilege, by logical table name (a typo fails the synth, not the deployment)."""
        for name in read_write:
            self.tables[name].grant_read_write_data(function)
        for name in read:
            self.tables[name].grant_read_data(function)
        for name in write:
            self.tables[name].grant_write_data(function)
        for name in {*read_write, *read, *write}:
            self._acknowledge_index_wildcard(function, name)

    def _acknowledge_index_wildcard(self, function: lambda_.IFunction, name: str) -> None:
        table = self.tables[name]
        if not DEFINITIONS[name].indexes:
            return
        logical_id = Stack.of(self).get_logical_id(table.node.default_child)
        acknowledge(
            function.role,
            f"AwsSolutions-IAM5[Resource::<{logical_id}.Arn>/index/*]",
            f"CDK's table grant covers the {name} table's own indexes (`<table arn>/index/*`): "
            "the queries the product runs, nothing outside the table.",
        )


def pascal(name: str) -> str:
    """customer_tags -> CustomerTags (construct ids)."""
    return "".join(part.capitalize() for part in name.split("_"))


def _construct_id(name: str) -> str:
    return pascal(name) + "Table"
