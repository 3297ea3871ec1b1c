"""A message's recipients, resolved from its target at send time: their customer ids, page by page.

{"type": "group", "group_id"}: registered, following customers of the group's gender whose
    age on the given day is in its range (customers' `by_profile` index, one Query per gender);
{"type": "tag", "tag"}: customers with that tag who follow: one Query of the tag's partition in
    the customer_tags table, whose items carry the customer's friendship (dal.customer_tags);
{"type": "survey", "question_id", "choice"}: customers who follow and gave that アンケート answer
    (the followers' index, filtered on the customer's `survey` map).
({"type": "all"} is a broadcast: LINE knows the friends, see logic.friends.)

`pages` reads from a cursor and says where each page began, so a run that stops part-way through
a large target can save where it was and the next run can go on from there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from linecrm.dal import customer_tags, customers, groups
from linecrm.dal.dynamo import table
from linecrm.domain.groups import profile_range_of
from linecrm.tables import FRIENDSHIP_SHARDS


class TargetError(ValueError):
    """The target cannot be resolved (unknown type, deleted group): the message fails with this."""


def _queries(target: dict[str, Any], today: date) -> tuple[Any, list[dict[str, Any]]]:
    """The table and the Queries (in order) whose items are the target's recipients."""
    kind = target.get("type")
    if kind == "group":
        group = groups.get(str(target.get("group_id")))
        if group is None:
            raise TargetError(
                f"送信先のグループ {target.get('group_id')} が見つかりません（削除された可能性があります）"
            )
        s = profile_range_of(group)
        return table("customers_table"), customers.profile_queries(s.gender, s.age_min, s.age_max, today)
    if kind == "tag":
        return table("customer_tags_table"), [customer_tags.following_query(str(target.get("tag")))]
    if kind == "survey":
        return table("customers_table"), _survey_queries(
            str(target.get("question_id")), str(target.get("choice"))
        )
    raise TargetError(f"送信先の種類 {kind!r} は扱えません")


def _survey_queries(question_id: str, choice: str) -> list[dict[str, Any]]:
    """Every shard of the followers' index (`by_friendship`), filtered on the answer: the followers
    are read, only those who gave the answer travel."""
    from boto3.dynamodb.conditions import Attr, Key

    return [
        {
            "IndexName": "by_friendship",
            "KeyConditionExpression": Key("friendship_shard").eq(str(n)),
            "FilterExpression": Attr(f"survey.{question_id}").eq(choice),  # ids are q + hex: a map path
            "ProjectionExpression": "user_id",
        }
        for n in range(FRIENDSHIP_SHARDS)
    ]


def pages(
    target: dict[str, Any], today: date, cursor: dict[str, Any] | None = None, page_size: int | None = None
) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """(user ids of a page, the cursor this page began at), from `cursor` (None: the start).
    A cursor is {"query": index of the Query, "start": its ExclusiveStartKey or None}."""
    tbl, queries = _queries(target, today)
    cursor = cursor or {"query": 0, "start": None}
    for index in range(int(cursor["query"]), len(queries)):
        start = cursor["start"] if index == int(cursor["query"]) else None
        while True:
            kwargs = {**queries[index], **({"Limit": page_size} if page_size else {})}
            page = tbl.query(**kwargs, **({"ExclusiveStartKey": start} if start else {}))
            yield [i["user_id"] for i in page.get("Items", [])], {"query": index, "start": start}
            start = page.get("LastEvaluatedKey")
            if not start:
                break


def user_ids(target: dict[str, Any], today: date) -> Iterator[str]:
    for ids, _ in pages(target, today):
        yield from ids
