"""Who a message reaches, read at send time: the customer ids of a message's target.

{"type": "group", "group_id"}: registered, following customers of the group's gender whose
    age today is in its range (customers' `by_segment` index, via dal.customers);
{"type": "all"}: every customer who follows the account (`by_friendship` index);
{"type": "tag", "tag"}: customers with that tag who follow: one Query of the tag's partition in
    the customer_tags table, whose items carry the customer's friendship (dal.customer_tags).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from linecrm.dal import customer_tags, customers, groups
from linecrm.domain.groups import segment_of


class TargetError(ValueError):
    """The target cannot be resolved (unknown type, deleted group): the message fails with this."""


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
        return iter(customer_tags.following_ids(str(target.get("tag"))))
    raise TargetError(f"送信先の種類 {kind!r} は扱えません")
