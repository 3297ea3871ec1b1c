"""Customers for staff: search with filters and pages, one customer with tags and history, tags."""

from __future__ import annotations

import json
from typing import Any

from linecrm.dal import customer_list, customer_tags, deliveries, history
from linecrm.dal import customers as dal
from linecrm.dal import groups as groups_dal
from linecrm.dal import messages as messages_dal
from linecrm.domain.customer_filter import CustomerFilter, age_of
from linecrm.domain.delivery import ACCEPTED
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


def _summary(message: dict[str, Any]) -> str:
    parts = []
    for shown in json.loads(message.get("messages_json") or "[]"):
        if shown.get("type") == "text":
            parts.append(shown["text"][:40])
        elif shown.get("type") == "coupon_card":
            parts.append(f"クーポン「{shown.get('title', '')}」")
        else:
            parts.append(f"（{shown.get('type')}）")
    return " / ".join(parts)


def received(user_id: str, followed_at: str | None = None) -> list[dict[str, Any]]:
    """Scheduled messages LINE accepted for the customer, as timeline entries (kind "delivery").

    The dispatcher writes no history item per recipient (that would double the writes of a send to
    every friend); the timeline reads the committed plans of the sent messages instead: a multicast
    batch LINE accepted that holds the customer, or a broadcast accepted while the customer was a
    friend. One read of each sent message's batches: fine for a shop's few messages a week, and
    only on a customer's page."""
    entries = []
    for message in messages_dal.list_all():
        if message.get("status") not in ("sent", "partially_failed") or not message.get("batch_count"):
            continue
        for batch in deliveries.plan(message["message_id"], message["batch_count"]):
            if batch.get("state") != ACCEPTED:
                continue
            at = batch.get("accepted_at") or message.get("started_at") or message["send_at"]
            if batch.get("kind") == deliveries.BROADCAST:
                reached = followed_at is not None and followed_at <= at
            else:
                reached = user_id in deliveries.unpack(batch.get("user_ids"))
            if reached:
                entries.append(
                    {
                        "entry_id": f"{at}#delivery-{message['message_id']}",
                        "kind": "delivery",
                        "text": _summary(message),
                        "at": at,
                        "payload": json.loads(message.get("line_messages_json") or "[]"),
                    }
                )
    return entries


def detail(user_id: str, history_limit: int | None = None) -> dict[str, Any]:
    item = _customer(user_id)
    entries = history.list_for(user_id, limit=history_limit, newest_first=history_limit is not None)
    entries = sorted([*entries, *received(user_id, item.get("followed_at"))], key=lambda e: e["entry_id"])
    if history_limit is not None:
        entries = entries[-history_limit:]
    timeline = []
    for entry in sorted(entries, key=lambda e: e["entry_id"]):
        payload = entry.get("payload")
        if isinstance(payload, str):
            payload = json.loads(payload)
        timeline.append({**entry, "payload": payload})
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
