"""Entry routes table (PK `route_key`): the routes staff define and their keywords' claims.

- `route#<route_id>`: route_id, name, keyword (as staff typed it), keyword_key (matched by),
  tag, created_by/at, updated_by/at.
- `keyword#<keyword_key>`: route_id, name, tag: the keyword's claim. At most one route per keyword
  (a Put conditioned on the claim not existing), and the webhook's lookup of a customer's text is
  one GetItem of it, without reading the routes.

A route and its claim change only together, in one transaction with the audit entry: the claim
of a route's keyword exists exactly while the route does with that keyword. So the claim is the
route's guard: an edit or a deletion is conditioned on the claim of the keyword read still naming
the route (`route_id = :id`), which fails when the route was deleted or its keyword changed meanwhile.

Arrivals (a customer who sent the keyword) are kept elsewhere: the customer item's `arrived_by`
(a string set of route ids, removed with the customer) and the counter `route#<route_id>`
{"arrivals": n} of the stats table, both in one transaction conditioned on the route id not yet
being in `arrived_by`: a customer counts once per route, whatever is redelivered or sent again.

Reads give `EntryRoute` and `KeywordClaim` records (linecrm.domain.entry_routes); writes take
`EntryRoute` records. The items (their `route_key`) stay in this module.
"""

from __future__ import annotations

from typing import Any

from linecrm.dal import stats
from linecrm.dal.dynamo import STAMPS, Cancelled, present, query_all, table, transact
from linecrm.domain.entry_routes import EntryRoute, KeywordClaim
from linecrm.settings import get_settings

ROUTE, KEYWORD = "route#", "keyword#"
ARRIVALS = "arrivals"
# what a route item holds besides its key (never what logic shows with it: arrivals, chat_url, qr)
STORED = ("route_id", "name", "keyword", "keyword_key", "tag", *STAMPS)


class KeywordTaken(Exception):
    """Another route holds the keyword; `claim` is its claim (None: gone since)."""

    def __init__(self, claim: KeywordClaim | None):
        super().__init__("keyword taken")
        self.claim = claim


class Stale(Exception):
    """The route changed or went since it was read."""


def _table():
    return table("entry_routes_table")


def _name() -> str:
    return get_settings().entry_routes_table


def counter_key(route_id: str) -> str:
    return f"route#{route_id}"


def from_item(item: dict[str, Any]) -> EntryRoute:
    """A route item as logic reads it."""
    return EntryRoute(**{k: item.get(k) for k in STORED})


def _item(route: EntryRoute) -> dict[str, Any]:
    return {"route_key": ROUTE + route.route_id, **present(route, STORED)}


def get(route_id: str) -> EntryRoute | None:
    item = _table().get_item(Key={"route_key": ROUTE + route_id}, ConsistentRead=True).get("Item")
    return from_item(item) if item else None


def list_all() -> list[EntryRoute]:
    """Every route (a Scan of a table of a few dozen items)."""
    from boto3.dynamodb.conditions import Attr

    items = query_all(
        _table(), scan=True, ConsistentRead=True, FilterExpression=Attr("route_key").begins_with(ROUTE)
    )
    return [from_item(i) for i in items]


def claim_of(keyword_key: str) -> KeywordClaim | None:
    """The claim of a keyword, or None: one read, for each customer text."""
    if not keyword_key:
        return None
    item = _table().get_item(Key={"route_key": KEYWORD + keyword_key}).get("Item")
    return KeywordClaim(item["route_id"], item["name"], item["tag"]) if item else None


def arrivals(route_ids: list[str]) -> dict[str, int]:
    """{route_id: customers who arrived by it} (one BatchGetItem of the counters)."""
    counted = stats.read(counter_key(r) for r in route_ids)
    return {r: int(counted.get(counter_key(r), {}).get(ARRIVALS, 0)) for r in route_ids}


def _route_put(route: EntryRoute, condition: str | None = None) -> dict[str, Any]:
    put: dict[str, Any] = {"TableName": _name(), "Item": _item(route)}
    if condition:
        put |= {"ConditionExpression": condition, "ExpressionAttributeNames": {"#k": "route_key"}}
    return {"Put": put}


def _claim_put(route: EntryRoute, condition: str, values: dict[str, Any] | None = None) -> dict[str, Any]:
    put: dict[str, Any] = {
        "TableName": _name(),
        "Item": {
            "route_key": KEYWORD + route.keyword_key,
            "route_id": route.route_id,
            "name": route.name,
            "tag": route.tag,
        },
        "ConditionExpression": condition,
    }
    if "#k" in condition:
        put["ExpressionAttributeNames"] = {"#k": "route_key"}
    if values:
        put["ExpressionAttributeValues"] = values
    return {"Put": put}


def _claim_delete(keyword_key: str, route_id: str) -> dict[str, Any]:
    return {
        "Delete": {
            "TableName": _name(),
            "Key": {"route_key": KEYWORD + keyword_key},
            "ConditionExpression": "route_id = :id",
            "ExpressionAttributeValues": {":id": route_id},
        }
    }


def _taken(keyword_key: str) -> KeywordTaken:
    return KeywordTaken(claim_of(keyword_key))


def create(route: EntryRoute, audit_operation: dict[str, Any]) -> None:
    """Add a route and claim its keyword (KeywordTaken: another route holds it)."""
    try:
        transact(
            [
                _route_put(route),  # a new random id (its claim is the guard)
                _claim_put(route, "attribute_not_exists(#k)"),
                audit_operation,
            ]
        )
    except Cancelled as error:
        if error.reasons[1:2] == ["ConditionalCheckFailed"]:
            raise _taken(route.keyword_key) from None
        raise


def replace(before: EntryRoute, after: EntryRoute, audit_operation: dict[str, Any]) -> None:
    """Replace a route read as `before` and move its claim when the keyword changed (Stale: the
    route was deleted or its keyword changed meanwhile; KeywordTaken: the new keyword is another
    route's). The route's own write is guarded by its claim's (module docstring)."""
    route_id = before.route_id
    operations = [_route_put(after)]
    if after.keyword_key == before.keyword_key:
        operations.append(_claim_put(after, "route_id = :id", {":id": route_id}))
    else:
        operations += [
            _claim_delete(before.keyword_key, route_id),
            _claim_put(after, "attribute_not_exists(#k)"),
        ]
    try:
        transact([*operations, audit_operation])
    except Cancelled as error:
        if len(operations) == 3 and error.reasons[2:3] == ["ConditionalCheckFailed"]:
            raise _taken(after.keyword_key) from None
        if "ConditionalCheckFailed" in error.reasons:
            raise Stale(route_id) from None
        raise


def delete(before: EntryRoute, audit_operation: dict[str, Any]) -> None:
    """Remove a route read as `before` and its claim (Stale: the route was deleted or its keyword
    changed meanwhile; guarded by its claim's condition). Its counter stays in the stats table,
    unread (that table only ever changes by ADD); no arrival can add to it any more."""
    route_id = before.route_id
    try:
        transact(
            [
                {"Delete": {"TableName": _name(), "Key": {"route_key": ROUTE + route_id}}},
                _claim_delete(before.keyword_key, route_id),
                audit_operation,
            ]
        )
    except Cancelled as error:
        if "ConditionalCheckFailed" in error.reasons:
            raise Stale(route_id) from None
        raise


def arrive(user_id: str, route_id: str) -> bool:
    """Count the customer for the route, once: add the route id to the customer's `arrived_by` and
    1 to the route's counter, on condition that the customer exists, has not arrived by the route
    before, and that the route still exists. False: not counted (already counted, or either gone)."""
    try:
        transact(
            [
                {
                    "Update": {
                        "TableName": get_settings().customers_table,
                        "Key": {"user_id": user_id},
                        "UpdateExpression": "ADD arrived_by :ids",
                        "ConditionExpression": "attribute_exists(user_id) AND NOT contains(arrived_by, :id)",
                        "ExpressionAttributeValues": {":ids": {route_id}, ":id": route_id},
                    }
                },
                stats.add_operation(counter_key(route_id), {ARRIVALS: 1}),
                {
                    "ConditionCheck": {
                        "TableName": _name(),
                        "Key": {"route_key": ROUTE + route_id},
                        "ConditionExpression": "attribute_exists(#k)",
                        "ExpressionAttributeNames": {"#k": "route_key"},
                    }
                },
            ]
        )
        return True
    except Cancelled as error:
        if "ConditionalCheckFailed" in error.reasons:
            return False
        raise
