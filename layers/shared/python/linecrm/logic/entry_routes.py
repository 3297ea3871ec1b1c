"""Entry routes (流入経路): staff define a route (name, keyword, tag); its QR code opens the chat
with the keyword typed; a customer who sends it gets the route's tag and a thank-you, and is counted
for the route once.

Staff changes are audited (subject `route#<route_id>`) in the same transaction as the change
(linecrm.dal.entry_routes). The chat side is a chat feature (linecrm.logic.chat_features):
`on_text` claims a text that is a route's keyword.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime
from typing import Any

from linecrm.dal import audit, customer_tags, history
from linecrm.dal import entry_routes as dal
from linecrm.domain import bot_texts as t
from linecrm.domain import entry_routes as rules
from linecrm.domain.customers import Customer
from linecrm.domain.entry_routes import EntryRoute
from linecrm.domain.errors import Busy, Invalid, Refused, found
from linecrm.jst import iso_utc, now_utc
from linecrm.observability import logger, user_ref
from linecrm.settings import get_settings

ATTEMPTS = 5
FIELDS = ("name", "keyword", "tag")


# --- staff ---------------------------------------------------------------------------------


def _basic_id() -> str | None:
    return get_settings().line_basic_id


def shown(route: EntryRoute, arrivals: int) -> EntryRoute:
    """The route as staff see it: with its arrivals, and its chat URL and QR code when a basic ID
    is set (never stored)."""
    basic_id = _basic_id()
    url = rules.chat_url(basic_id, route.keyword) if basic_id else None
    return replace(route, arrivals=arrivals, chat_url=url, qr=rules.qr_data_uri(url) if url else None)


def account() -> dict[str, Any]:
    """The account's basic ID and add-friend URL and QR code (None when no basic ID is set)."""
    basic_id = _basic_id()
    url = rules.friend_url(basic_id) if basic_id else None
    return {"basic_id": basic_id, "friend_url": url, "friend_qr": rules.qr_data_uri(url) if url else None}


def list_with_counts() -> dict[str, Any]:
    routes = sorted(dal.list_all(), key=lambda r: (r.created_at or "", r.route_id))
    counted = dal.arrivals([r.route_id for r in routes])
    return {"account": account(), "routes": [shown(r, counted[r.route_id]) for r in routes]}


def _route(route_id: str) -> EntryRoute:
    return found(dal.get(route_id), f"流入経路 {route_id} が見つかりません")


def get(route_id: str) -> EntryRoute:
    route = _route(route_id)
    return shown(route, dal.arrivals([route_id])[route_id])


def qr_svg(route_id: str) -> str:
    """The route's QR code as an SVG document (Refused: no basic ID configured)."""
    route = _route(route_id)
    basic_id = _basic_id()
    if not basic_id:
        raise Refused("LINE の Basic ID（LINE_BASIC_ID）が設定されていないため、QRコードを作れません")
    return rules.qr_svg(rules.chat_url(basic_id, route.keyword), title=f"流入経路「{route.name}」")


def _checked(data: dict[str, Any]) -> dict[str, Any]:
    problem = rules.keyword_problem(data["keyword"])
    if problem:
        raise Invalid(problem, field="keyword")
    return {**{k: data[k] for k in FIELDS}, "keyword_key": rules.keyword_key(data["keyword"])}


def _taken(error: dal.KeywordTaken, keyword: str) -> Refused:
    other = error.claim.name if error.claim else None
    where = f"流入経路「{other}」" if other else "他の流入経路"
    return Refused(f"キーワード「{keyword}」は{where}で使われています", field="keyword")


def create(data: dict[str, Any], actor: str) -> EntryRoute:
    fields = _checked(data)
    now = now_utc()
    route = EntryRoute(secrets.token_hex(8), **fields, created_by=actor, created_at=iso_utc(now))
    entry = audit.entry(audit.subject("route", route.route_id), "created", actor, now, data)
    try:
        dal.create(route, audit.put_operation(entry))
    except dal.KeywordTaken as error:
        raise _taken(error, data["keyword"]) from None
    return shown(route, 0)


def update(route_id: str, data: dict[str, Any], actor: str) -> EntryRoute:
    fields = _checked(data)
    for _ in range(ATTEMPTS):
        before = _route(route_id)
        now = now_utc()
        after = replace(before, **fields, updated_by=actor, updated_at=iso_utc(now))
        changes = {
            k: {"from": getattr(before, k), "to": data[k]} for k in FIELDS if getattr(before, k) != data[k]
        }
        if not changes:
            return get(route_id)
        entry = audit.entry(audit.subject("route", route_id), "updated", actor, now, changes)
        try:
            dal.replace(before, after, audit.put_operation(entry))
        except dal.KeywordTaken as error:
            raise _taken(error, data["keyword"]) from None
        except dal.Stale:
            continue  # changed or deleted meanwhile: read again (NotFound when gone)
        return get(route_id)
    raise Busy("同時に更新されました。もう一度お試しください")


def delete(route_id: str, actor: str) -> None:
    for _ in range(ATTEMPTS):
        before = _route(route_id)
        changes = {k: getattr(before, k) for k in FIELDS}
        entry = audit.entry(audit.subject("route", route_id), "deleted", actor, now_utc(), changes)
        try:
            dal.delete(before, audit.put_operation(entry))
            return
        except dal.Stale:
            continue
    raise Busy("同時に更新されました。もう一度お試しください")


# --- the chat (a chat feature: linecrm.logic.chat_features) -------------------------------


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict[str, Any]] | None:
    """A route's keyword: the customer is counted for the route (once), gets its tag (as staff
    tagging does: dal.customer_tags, counters and timeline entry in one transaction) and a
    thank-you. Both writes are idempotent, so a redelivered event or the keyword sent again
    changes nothing more. None: the text is no route's keyword."""
    key = rules.keyword_key(text)
    claim = dal.claim_of(key) if rules.could_be_keyword(key) else None
    if claim is None:
        return None
    route_id, tag = claim.route_id, claim.tag
    counted = dal.arrive(user_id, route_id)
    actor = f"流入経路「{claim.name}」"
    entry = history.entry(
        user_id, "tag", f"{actor}でタグ「{tag}」を追加", {"tag": tag, "route_id": route_id}, at
    )
    try:
        outcome = customer_tags.change(
            user_id, add=tag, tagged=(actor, iso_utc(at)), also=[history.put_operation(entry)]
        )
    except customer_tags.TooManyTags:
        outcome = "too_many_tags"  # counted and thanked; the tag is not added (staff see it in the log)
    logger.info(
        "entry route keyword",
        extra={"user": user_ref(user_id), "route_id": route_id, "counted": counted, "tagged": outcome},
    )
    return [{"type": "text", "text": t.ROUTE_THANKS.format(keyword=text.strip())}]
