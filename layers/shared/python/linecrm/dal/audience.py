"""Who a message reaches, read at send time: the customer ids of a message's target.

{"type": "group", "group_id"}: registered, following customers of the group's gender whose
    age today is in its range (customers' `by_segment` index, via dal.customers);
{"type": "all"}: every customer who follows the account (`by_friendship` index);
{"type": "tag", "tag"}: customers with that tag (customer_tags table) who are known and follow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from linecrm.dal import customer_tags, customers, groups
from linecrm.dal.dynamo import resource
from linecrm.domain.groups import segment_of
from linecrm.settings import get_settings

BATCH_GET_LIMIT = 100


class TargetError(ValueError):
    """The target cannot be resolved (unknown type, deleted group): the message fails with this."""


def _following(user_ids: Iterable[str]) -> Iterator[str]:
    """The ids among `user_ids` of known customers who follow the account (BatchGetItem)."""
    ids = sorted(set(user_ids))
    name = get_settings().customers_table
    for start in range(0, len(ids), BATCH_GET_LIMIT):
        request = {
            name: {
                "Keys": [{"user_id": u} for u in ids[start : start + BATCH_GET_LIMIT]],
                "ProjectionExpression": "user_id, friendship",
            }
        }
        while request:
            answer = resource().batch_get_item(RequestItems=request)
            yield from (
                i["user_id"] for i in answer["Responses"].get(name, []) if i.get("friendship") == "following"
            )
            request = answer.get("UnprocessedKeys") or None


def member_ids(target: dict[str, Any], today: date) -> Iterator[str]:
    kind = target.get("type")
    if kind == "all":
        return customers.following_ids()
    if kind == "group":
        group = groups.get(str(target.get("group_id")))
        if group is None:
            raise TargetError(
                f"送信先のグループ {target.get('group_id')} が見つかりません（削除された可能性があります）"
            )
        segment = segment_of(group)
        return customers.segment_member_ids(segment.gender, segment.age_min, segment.age_max, today)
    if kind == "tag":
        return _following(customer_tags.user_ids_with(str(target.get("tag"))))
    raise TargetError(f"送信先の種類 {kind!r} は扱えません")
