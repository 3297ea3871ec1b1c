"""The local stack's moto server takes shortcuts (local.dynamodb): DynamoDB calls skip Flask,
UpdateExpressions are parsed once per text and checked alone once per text and names, condition
tokens kept per text and condition trees per text, names and values, the validators walk with one
processing map, expression trees copy themselves, and a Query looks only at its partition. Each
must answer as moto itself does: the same items in the same order, the same errors, no value of
one call leaking into the next."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError

from tests.support.moto_tables import create_h_r_table


@pytest.fixture
def db(moto_server):
    import boto3

    client = boto3.client("dynamodb", endpoint_url=moto_server)
    create_h_r_table(
        client,
        "pairs",
        AttributeDefinitions=[{"AttributeName": "g", "AttributeType": "S"}],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by_g",
                "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
    )
    for h in ("b", "a", "B", "あ", "a1"):
        for r in ("10", "9", "-1.5", "0", "100"):
            item = {"h": {"S": h}, "r": {"N": r}}
            if r != "0":  # sparse index: some items are not in it
                item["g"] = {"S": "odd" if r in ("9", "-1.5") else "even"}
            client.put_item(TableName="pairs", Item=item)
    return client


def _table(name):
    from moto.dynamodb.models import dynamodb_backends

    (table,) = [
        backend.tables[name]
        for regions in dynamodb_backends.values()
        for backend in regions.values()
        if name in backend.tables
    ]
    return table


def _keys(items):
    return [(i["h"]["S"], i["r"]["N"]) for i in items]


def _pages(db, **query):
    """Every item of a Query, page by page (Limit 2), as boto3 reads it."""
    items, start = [], {}
    while True:
        answer = db.query(TableName="pairs", Limit=2, **query, **start)
        items += answer["Items"]
        if "LastEvaluatedKey" not in answer:
            return items
        start = {"ExclusiveStartKey": answer["LastEvaluatedKey"]}


@pytest.mark.parametrize("forward", [True, False])
def test_a_query_finds_what_moto_s_own_query_finds_in_its_order(db, forward):
    from moto.dynamodb.models.dynamo_type import DynamoType
    from moto.dynamodb.models.table import Table

    assert getattr(Table.query, "partition_first", False)
    table = _table("pairs")
    for h in ("a", "あ", "missing"):
        found = _pages(
            db,
            KeyConditionExpression="h = :h",
            ExpressionAttributeValues={":h": {"S": h}},
            ScanIndexForward=forward,
        )
        own, _, _ = Table.query.moto(table, DynamoType({"S": h}), None, [], None, None, forward, None)
        assert _keys(found) == [(i.hash_key.value, i.range_key.value) for i in own]
        assert len(found) == (0 if h == "missing" else 5)
    for g in ("odd", "even"):
        found = _pages(
            db,
            IndexName="by_g",
            KeyConditionExpression="g = :g",
            ExpressionAttributeValues={":g": {"S": g}},
            ScanIndexForward=forward,
        )
        own, _, _ = Table.query.moto(
            table,
            None,
            None,
            [],
            None,
            None,
            forward,
            None,
            "by_g",
            hash_key_conditions=[("g", DynamoType({"S": g}))],
        )
        assert _keys(found) == [(i.hash_key.value, i.range_key.value) for i in own]
        assert len(found) == 10  # the items with r = 0 have no g: not in the index


def test_one_update_expression_text_takes_each_call_s_own_values(db):
    expression = {
        "UpdateExpression": "SET #n = :n, #t = :t REMOVE #g ADD #c :one",
        "ExpressionAttributeNames": {"#n": "n", "#t": "t", "#g": "g", "#c": "c"},
    }
    for r, n in (("10", "1"), ("9", "2"), ("10", "3")):
        db.update_item(
            TableName="pairs",
            Key={"h": {"S": "a"}, "r": {"N": r}},
            ExpressionAttributeValues={":n": {"N": n}, ":t": {"S": f"text {n}"}, ":one": {"N": "1"}},
            **expression,
        )
    ten = db.get_item(TableName="pairs", Key={"h": {"S": "a"}, "r": {"N": "10"}})["Item"]
    nine = db.get_item(TableName="pairs", Key={"h": {"S": "a"}, "r": {"N": "9"}})["Item"]
    assert (ten["n"], ten["t"], ten["c"], "g" in ten) == ({"N": "3"}, {"S": "text 3"}, {"N": "2"}, False)
    assert (nine["n"], nine["t"], nine["c"], "g" in nine) == ({"N": "2"}, {"S": "text 2"}, {"N": "1"}, False)


def test_errors_are_moto_s_every_time(db):
    key = {"h": {"S": "a"}, "r": {"N": "10"}}
    for _ in range(2):  # the second time from the kept tree and tokens
        with pytest.raises(ClientError, match="ValidationException"):
            db.update_item(TableName="pairs", Key=key, UpdateExpression="SET n = :missing")
        with pytest.raises(ClientError, match="ValidationException"):
            db.update_item(TableName="pairs", Key=key, UpdateExpression="SET n = n +")
        with pytest.raises(ClientError, match="ValidationException"):  # a key attribute
            db.update_item(
                TableName="pairs",
                Key=key,
                UpdateExpression="SET r = :v",
                ExpressionAttributeValues={":v": {"N": "1"}},
            )
        with pytest.raises(db.exceptions.ConditionalCheckFailedException):
            db.update_item(
                TableName="pairs",
                Key=key,
                UpdateExpression="SET n = :v",
                ConditionExpression="attribute_exists(h) AND g = :g",
                ExpressionAttributeValues={":v": {"N": "1"}, ":g": {"S": "odd"}},
            )
    db.update_item(  # the same condition text, another value: it holds
        TableName="pairs",
        Key=key,
        UpdateExpression="SET n = :v",
        ConditionExpression="attribute_exists(h) AND g = :g",
        ExpressionAttributeValues={":v": {"N": "1"}, ":g": {"S": "even"}},
    )
    assert db.get_item(TableName="pairs", Key=key)["Item"]["n"] == {"N": "1"}


def test_a_condition_text_is_parsed_once_and_takes_each_call_s_own_names_and_values(db):
    from moto.dynamodb.comparisons import ConditionExpressionParser, get_filter_expression

    assert getattr(ConditionExpressionParser.parse, "cached", False)
    key = {"h": {"S": "a"}, "r": {"N": "9"}}  # g = odd, r = 9
    condition = {"ConditionExpression": "#x = :x", "UpdateExpression": "SET n = :n"}
    kept = get_filter_expression("#x = :x", {"#x": "g"}, {":x": {"S": "odd"}})
    assert (
        get_filter_expression("#x = :x", {"#x": "g", "#y": "h"}, {":x": {"S": "odd"}, ":n": {"N": "1"}})
        is kept
    )
    parser = ConditionExpressionParser("#x = :x", {"#x": "g"}, {":x": {"S": "odd"}})
    assert parser.parse() is kept and (parser.expr_attr_names_found, parser.expr_attr_values_found) == (
        ["#x"],
        [":x"],
    )

    def update(name, value, n):
        db.update_item(
            TableName="pairs",
            Key=key,
            ExpressionAttributeNames={"#x": name},
            ExpressionAttributeValues={":x": value, ":n": {"N": n}},
            **condition,
        )

    update("g", {"S": "odd"}, "1")
    update("r", {"N": "9"}, "2")  # the same text and value type, another name: r = 9 holds
    with pytest.raises(db.exceptions.ConditionalCheckFailedException):
        update("g", {"N": "9"}, "3")  # the name of the first call, the value of the second
    with pytest.raises(db.exceptions.ConditionalCheckFailedException):
        update("r", {"S": "odd"}, "4")
    assert db.get_item(TableName="pairs", Key=key)["Item"]["n"] == {"N": "2"}


def test_a_kept_tree_is_never_changed_by_a_call(db):
    from moto.dynamodb.parsing.ast_nodes import DepthFirstTraverser
    from moto.dynamodb.parsing.expressions import UpdateExpressionParser

    assert getattr(DepthFirstTraverser.traverse, "one_map", False)
    text = "SET #q = if_not_exists(#q, :zero) + :step, #l = list_append(:l, :l)"
    tree = UpdateExpressionParser.make(text)
    before = repr(_shape(tree))
    for step in ("1", "5"):
        db.update_item(
            TableName="pairs",
            Key={"h": {"S": "b"}, "r": {"N": "9"}},
            UpdateExpression=text,
            ExpressionAttributeNames={"#q": "q", "#l": "l"},
            ExpressionAttributeValues={":zero": {"N": "0"}, ":step": {"N": step}, ":l": {"L": [{"S": step}]}},
        )
    assert UpdateExpressionParser.make(text) is tree and repr(_shape(tree)) == before
    item = db.get_item(TableName="pairs", Key={"h": {"S": "b"}, "r": {"N": "9"}})["Item"]
    assert item["q"] == {"N": "6"} and item["l"] == {"L": [{"S": "5"}, {"S": "5"}]}


def _shape(node):
    """A tree as plain values (DynamoDB values as their JSON), to compare two trees."""
    from moto.dynamodb.models.dynamo_type import DynamoType

    if isinstance(node, DynamoType):
        return node.to_json()
    children = getattr(node, "children", None)
    if not isinstance(children, list):
        return node if isinstance(node, str | int | float | bool | type(None)) else type(node).__name__
    return (type(node).__name__, [_shape(c) for c in children])


def test_the_validators_walk_changes_a_tree_as_moto_s_walk_does(moto_server):
    import copy

    from moto.dynamodb.models.dynamo_type import DynamoType, Item
    from moto.dynamodb.parsing.ast_nodes import DepthFirstTraverser
    from moto.dynamodb.parsing.expressions import UpdateExpressionParser
    from moto.dynamodb.parsing.validators import UpdateExpressionValidator

    table = _table("customers")
    text = "SET a = :a, b.c = if_not_exists(b.c, :z) + :one REMOVE d ADD e :one DELETE f :s"
    values = {":a": {"S": "x"}, ":z": {"N": "0"}, ":one": {"N": "1"}, ":s": {"SS": ["p"]}}
    attrs = {
        "user_id": {"S": "U1"},
        "b": {"M": {"c": {"N": "4"}}},
        "d": {"S": "gone"},
        "f": {"SS": ["p", "q"]},
    }

    def validated(walk):
        item = Item(DynamoType({"S": "U1"}), None, attrs=copy.deepcopy(attrs))
        DepthFirstTraverser.traverse, kept = walk, DepthFirstTraverser.traverse
        try:
            tree = UpdateExpressionValidator(
                UpdateExpressionParser.make(text),
                expression_attribute_names={},
                expression_attribute_values=values,
                item=item,
                table=table,
            ).validate()
        finally:
            DepthFirstTraverser.traverse = kept
        return repr(_shape(tree))

    assert validated(DepthFirstTraverser.traverse) == validated(DepthFirstTraverser.traverse.moto)


def test_an_update_text_is_checked_alone_once_for_its_names(db, monkeypatch):
    from moto.dynamodb.parsing.validators import ActionCountValidator

    checks = []
    count = ActionCountValidator.verify_action_counts
    monkeypatch.setattr(
        ActionCountValidator, "verify_action_counts", lambda self, node: checks.append(1) or count(self, node)
    )
    key = {"h": {"S": "a"}, "r": {"N": "10"}}
    values = {":x": {"N": "1"}, ":y": {"N": "2"}}

    def update(names, text="SET #x = :x, #y = :y ADD #checked_once :x"):
        db.update_item(
            TableName="pairs",
            Key=key,
            UpdateExpression=text,
            ExpressionAttributeNames={**names, "#checked_once": "checked_once"},
            ExpressionAttributeValues=values,
        )

    update({"#x": "x", "#y": "y"})
    checked = len(checks)
    update({"#x": "x", "#y": "y"})
    assert len(checks) == checked > 0  # the second call skipped the checks of the text alone
    for _ in range(2):  # other names: the same text overlaps, every time
        with pytest.raises(ClientError, match="Two document paths overlap"):
            update({"#x": "x", "#y": "x"})
    update({"#x": "y", "#y": "x"})
    for _ in range(2):
        with pytest.raises(ClientError, match='"SET" section can only be used once'):
            update({"#x": "x", "#y": "y"}, "SET #x = :x SET #y = :y ADD #checked_once :x")
    item = db.get_item(TableName="pairs", Key=key)["Item"]
    assert (item["x"], item["y"], item["checked_once"]) == ({"N": "2"}, {"N": "1"}, {"N": "3"})
