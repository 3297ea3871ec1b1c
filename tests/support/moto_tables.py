"""Tables for the tests of local.dynamodb's moto shortcuts."""

from __future__ import annotations


def create_h_r_table(client, name: str, **extra) -> None:
    """A pay-per-request table keyed by `h` (string) and `r` (number); `extra` adds to the
    CreateTable call (its AttributeDefinitions are added to the keys')."""
    definitions = [{"AttributeName": "h", "AttributeType": "S"}, {"AttributeName": "r", "AttributeType": "N"}]
    client.create_table(
        TableName=name,
        KeySchema=[{"AttributeName": "h", "KeyType": "HASH"}, {"AttributeName": "r", "KeyType": "RANGE"}],
        AttributeDefinitions=definitions + extra.pop("AttributeDefinitions", []),
        BillingMode="PAY_PER_REQUEST",
        **extra,
    )
