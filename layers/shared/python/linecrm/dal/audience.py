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
from linecrm.dal.dynamo import batch_get_chunks
from linecrm.domain.groups import segment_of
from linecrm.settings import get_settings


class TargetError(ValueError):
    """The target cannot be resolved (unknown type, deleted group): the message fails with this."""


def _following(user_ids: Iterable[str]) -> Iterator[str]:
    """The ids among `user_ids` of known customers who follow the account (BatchGetItem)."""
    keys = [{"user_id": u} for u in sorted(set(user_ids))]
    name = get_settings().customers_table
    for found in batch_get_chunks(name, keys, ProjectionExpression="user_id, friendship"):
        yield from (i["user_id"] for i in found if i.get("friendship") == "following")


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
