"""Customers for staff: search with filters and pages, one customer with tags and history, tags."""

from __future__ import annotations

import json
from typing import Any

from linecrm.dal import customer_list, customer_tags, history
from linecrm.dal import customers as dal
from linecrm.dal import groups as groups_dal
from linecrm.domain.customer_filter import CustomerFilter, age_of
from linecrm.domain.errors import Invalid, NotFound
from linecrm.jst import iso_utc, now_utc, today_jst

MAX_PAGE = 200


def _view(item: dict[str, Any], tags: list[str]) -> dict[str, Any]:
    return {**item, "age": age_of(item, today_jst()), "tags": tags}


def search(
    criteria: CustomerFilter, group_id: str | None, tag: str | None, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    if group_id:
        group = groups_dal.get(group_id)
        if group is None:
            raise Invalid(f"グループ {group_id} は存在しません", field="group_id")
        criteria = criteria.narrowed(CustomerFilter.for_group(group))
    if tag:
        criteria = criteria.narrowed(CustomerFilter(user_ids=frozenset(customer_tags.user_ids_with(tag))))
    try:
        items, next_cursor = customer_list.page(criteria, today_jst(), min(limit, MAX_PAGE), cursor)
    except customer_list.BadCursor as error:
        raise Invalid(str(error), field="cursor") from None
    return [_view(i, sorted(i.get("tags") or ())) for i in items], next_cursor


def _customer(user_id: str) -> dict[str, Any]:
    item = dal.get(user_id)
    if item is None:
        raise NotFound(f"顧客 {user_id} が見つかりません")
    return item


def detail(user_id: str, history_limit: int | None = None) -> dict[str, Any]:
    item = _customer(user_id)
    entries = history.list_for(user_id, limit=history_limit, newest_first=history_limit is not None)
    timeline = []
    for entry in sorted(entries, key=lambda e: e["entry_id"]):
        payload = entry.get("payload")
        timeline.append({**entry, "payload": json.loads(payload) if payload else None})
    return {**_view(item, customer_tags.tags_of(user_id)), "history": timeline}


def tag(user_id: str, tag_name: str, actor: str) -> list[str]:
    _customer(user_id)
    try:
        tagged = customer_tags.tag(tag_name, user_id, actor, iso_utc(now_utc()))
    except customer_tags.TooManyTags as error:
        raise Invalid(str(error), field="tag") from None
    if not tagged:  # withdrew meanwhile
        _customer(user_id)
    return customer_tags.tags_of(user_id)


def untag(user_id: str, tag_name: str) -> list[str]:
    _customer(user_id)
    if not customer_tags.untag(tag_name, user_id):
        raise NotFound(f"顧客 {user_id} にタグ「{tag_name}」はありません")
    return customer_tags.tags_of(user_id)
