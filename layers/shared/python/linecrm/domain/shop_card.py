"""The shop card's rules and what the customer sees (Japanese), no AWS.

- A visit gives points at one store. One visit per customer per store per Japan day is counted
  (visits, repeat customers); the register's QR code gives 1 point for it, at most once that day.
- The register's QR code opens the chat with the text 「来店 <store_id> <code>」: `code` is an HMAC
  of the store and the JST date under the QR secret, so it changes every day and cannot be made
  without the secret.
- The rank follows the points: the highest rank whose threshold the points reach (ShopConfig).

A visit as logic reads it is a `Visit` record (dal.visits turns the item into one; its key and
`expires_at` stay inside dal/).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from linecrm.domain import coupons
from linecrm.domain.conversation import text as _text
from linecrm.domain.customers import Customer
from linecrm.domain.shop_config import Rank, ShopConfig, Store

VISIT_KEYWORD = "来店"
CARD_KEYWORDS = frozenset({"ポイント", "ポイントカード"})
STORES_KEYWORD = "店舗情報"
CODE_LENGTH = 10
REWARD_ACTION = "use_reward"  # postback action of a rank's reward coupon 「使う」 button
STAMP_ON, STAMP_OFF, ACCENT = "#B8860B", "#DDDDDD", "#8B0000"


@dataclass(frozen=True)
class Visit:
    """A customer at a store on a JST day, counted once per customer, store and day."""

    user_id: str
    store_id: str
    date: str  # JST, YYYY-MM-DD
    at: str  # UTC ISO
    source: str  # qr | staff
    attributed_to: str | None = None  # the message whose coupon the customer used within the window


_VISIT = re.compile(rf"^{VISIT_KEYWORD}\s+(\S+)\s+(\S+)$")


def normalized(text: str) -> str:
    """Full-width letters and spaces folded (a phone keyboard's 「来店　ｇｉｎｚａ」), trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


# --- the register's QR code --------------------------------------------------------------------


def qr_code(secret: bytes, store_id: str, day: date) -> str:
    """The store's code of the day (JST): the first CODE_LENGTH hex digits of HMAC-SHA256."""
    return hmac.new(secret, f"visit:{store_id}:{day.isoformat()}".encode(), hashlib.sha256).hexdigest()[
        :CODE_LENGTH
    ]


def visit_text(store_id: str, code: str) -> str:
    return f"{VISIT_KEYWORD} {store_id} {code}"


@dataclass(frozen=True)
class Scan:
    store_id: str
    code: str


def parse_visit(text: str) -> Scan | None:
    """The scan in a 「来店 <store> <code>」 text; None for any other text."""
    match = _VISIT.match(normalized(text))
    return Scan(match.group(1).lower(), match.group(2).lower()) if match else None


VALID, STALE, FORGED, UNKNOWN_STORE = "valid", "stale", "forged", "unknown_store"
STALE_DAYS = 31  # a code of one of these past days is told apart as "old" rather than "forged"


def check_scan(secret: bytes, config: ShopConfig, scan: Scan, today: date) -> str:
    if config.store(scan.store_id) is None:
        return UNKNOWN_STORE
    if hmac.compare_digest(qr_code(secret, scan.store_id, today), scan.code):
        return VALID
    for back in range(1, STALE_DAYS + 1):
        if hmac.compare_digest(qr_code(secret, scan.store_id, today - timedelta(days=back)), scan.code):
            return STALE
    return FORGED


# --- ranks -------------------------------------------------------------------------------------


def rank_for(config: ShopConfig, points: int) -> str:
    reached = [r.rank for r in config.ranks if points >= r.points]
    return reached[-1] if reached else config.base_rank


def order(config: ShopConfig, rank: str | None) -> int:
    names = [config.base_rank, *(r.rank for r in config.ranks)]
    return names.index(rank) if rank in names else 0


def label(config: ShopConfig, rank: str | None) -> str:
    found = next((r for r in config.ranks if r.rank == rank), None)
    return found.label if found else config.base_label


def crossed(config: ShopConfig, before: str | None, after: str) -> list[Rank]:
    """The ranks passed going from `before` to `after` (each gives its reward once)."""
    low, high = order(config, before), order(config, after)
    return [r for i, r in enumerate(config.ranks, start=1) if low < i <= high]


def next_rank(config: ShopConfig, points: int) -> Rank | None:
    return next((r for r in config.ranks if points < r.points), None)


# --- the card as the API and the chat show it -------------------------------------------------

# the customer item's attributes (the record: Customer.card_points, card_visits, card_rank,
# card_reward_due, card_points_by_store)
POINTS, VISITS, RANK, REWARD_DUE = "card_points", "card_visits", "card_rank", "card_reward_due"
STORE_PREFIX = "card_points#"


def store_attribute(store_id: str) -> str:
    return STORE_PREFIX + store_id


def card_of(config: ShopConfig, customer: Customer) -> dict[str, Any]:
    """{"points", "rank", "rank_label", "visits", "by_store": {store_id: points}, "next_rank"…}."""
    points = customer.card_points
    by_store = {
        s.store_id: customer.card_points_by_store[s.store_id]
        for s in config.stores
        if customer.card_points_by_store.get(s.store_id)
    }
    rank = customer.card_rank or config.base_rank
    upcoming = next_rank(config, points)
    return {
        "points": points,
        "rank": rank,
        "rank_label": label(config, rank),
        "visits": customer.card_visits,
        "by_store": by_store,
        "next_rank": upcoming.rank if upcoming else None,
        "next_rank_label": upcoming.label if upcoming else None,
        "points_to_next": (upcoming.points - points) if upcoming else None,
    }


# --- messages ---------------------------------------------------------------------------------


def scan_refused(outcome: str, store: Store | None) -> dict[str, Any]:
    if outcome == STALE:
        return _text(
            "申し訳ありません。こちらは本日のQRコードではないため、ポイントを付与できませんでした。"
            "お手数ですが、レジにある本日のQRコードを読み取ってください。"
        )
    if outcome == UNKNOWN_STORE:
        return _text("申し訳ありません。店舗を確認できませんでした。お手数ですがスタッフにお声がけください。")
    return _text(
        "申し訳ありません。QRコードを確認できなかったため、ポイントを付与できませんでした。"
        "お手数ですがスタッフにお声がけください。"
    )


def already_visited(store: Store) -> dict[str, Any]:
    return _text(
        f"本日の{store.name}のポイントは付与済みです。ポイントは1店舗につき1日1回までとなります。"
        "またのご来店をお待ちしております。"
    )


def visit_thanks(store: Store, card: dict[str, Any]) -> dict[str, Any]:
    more = (
        f"あと{card['points_to_next']}ポイントで{card['next_rank_label']}ランクです。"
        if card.get("next_rank")
        else ""
    )
    return _text(
        f"{store.name}へのご来店ありがとうございます！1ポイントを付与しました。"
        f"現在{card['points']}ポイント（{card['rank_label']}ランク）です。{more}"
    )


def _stamp(filled: bool) -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "vertical",
        "width": "40px",
        "height": "40px",
        "cornerRadius": "20px",
        "backgroundColor": STAMP_ON if filled else STAMP_OFF,
        "justifyContent": "center",
        "contents": [
            {
                "type": "text",
                "text": "牛" if filled else "・",
                "align": "center",
                "color": "#FFFFFF",
                "weight": "bold",
            }
        ],
    }


def card_message(config: ShopConfig, card: dict[str, Any]) -> dict[str, Any]:
    """The card as a Flex bubble: the rank, the points, stamps and what the next rank needs."""
    per_sheet = config.stamps_per_sheet
    points = card["points"]
    filled = per_sheet if points and points % per_sheet == 0 else points % per_sheet
    rows = []
    for start in range(0, per_sheet, 5):
        rows.append(
            {
                "type": "box",
                "layout": "horizontal",
                "spacing": "sm",
                "contents": [_stamp(i < filled) for i in range(start, min(start + 5, per_sheet))],
            }
        )
    if card.get("next_rank"):
        goal = f"あと{card['points_to_next']}ポイントで{card['next_rank_label']}ランク"
    else:
        goal = "最高ランクです。いつもありがとうございます！"
    body = [
        {
            "type": "text",
            "text": f"{card['rank_label']}ランク",
            "weight": "bold",
            "size": "xl",
            "color": ACCENT,
        },
        {"type": "text", "text": f"{points}ポイント（来店{card['visits']}回）", "size": "md"},
        {"type": "box", "layout": "vertical", "spacing": "sm", "margin": "lg", "contents": rows},
        {"type": "text", "text": goal, "size": "sm", "wrap": True, "margin": "lg", "color": "#555555"},
    ]
    by_store = card.get("by_store") or {}
    if by_store:
        names = {s.store_id: s.name for s in config.stores}
        body.append(
            {
                "type": "text",
                "text": "、".join(f"{names.get(k, k)} {v}pt" for k, v in by_store.items()),
                "size": "xs",
                "wrap": True,
                "color": "#888888",
            }
        )
    return {
        "type": "flex",
        "altText": f"ポイントカード: {points}ポイント（{card['rank_label']}ランク）",
        "contents": {
            "type": "bubble",
            "header": _header("黒毛 ポイントカード"),
            "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": body},
        },
    }


def _header(text: str, **style: str) -> dict[str, Any]:
    """A bubble's header: `text` in white bold on the accent colour."""
    return {
        "type": "box",
        "layout": "vertical",
        "backgroundColor": ACCENT,
        "contents": [{"type": "text", "text": text, "color": "#FFFFFF", "weight": "bold", **style}],
    }


def reward_coupon_id(rank: str) -> str:
    return f"reward#{rank}"


def reward_coupon(rank: Rank) -> dict[str, Any]:
    """A rank's reward as a coupon card: the title, the text and a 「使う」 button (a postback
    `action=use_reward&rank=<rank>`, used once in front of staff like a message's coupon)."""
    return {
        "type": "flex",
        "altText": f"{rank.label}ランクに昇格しました！特典クーポン: {rank.reward_title}",
        "contents": {
            "type": "bubble",
            "header": _header(f"{rank.label}ランクに昇格！", size="lg"),
            "body": {
                "type": "box",
                "layout": "vertical",
                "spacing": "md",
                "contents": [
                    {"type": "text", "text": rank.reward_title, "weight": "bold", "wrap": True},
                    *(
                        [{"type": "text", "text": rank.reward_description, "size": "sm", "wrap": True}]
                        if rank.reward_description
                        else []
                    ),
                ],
            },
            "footer": coupons.use_footer(f"action={REWARD_ACTION}&rank={rank.rank}", ACCENT),
        },
    }


def stores_message(config: ShopConfig) -> dict[str, Any]:
    """店舗情報: a carousel, one bubble per store (name, address, hours, phone)."""
    bubbles = []
    for store in config.stores:
        rows = [
            {"type": "text", "text": store.name, "weight": "bold", "size": "lg", "wrap": True},
            _row("住所", store.address),
            _row("営業時間", store.hours),
        ]
        if store.phone:
            rows.append(_row("電話", store.phone))
        bubble: dict[str, Any] = {
            "type": "bubble",
            "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": rows},
        }
        if store.phone:
            bubble["footer"] = {
                "type": "box",
                "layout": "vertical",
                "contents": [
                    {
                        "type": "button",
                        "style": "link",
                        "action": {"type": "uri", "label": "電話する", "uri": f"tel:{store.phone}"},
                    }
                ],
            }
        bubbles.append(bubble)
    return {
        "type": "flex",
        "altText": "店舗情報: " + "、".join(s.name for s in config.stores),
        "contents": {"type": "carousel", "contents": bubbles},
    }


def _row(name: str, value: str) -> dict[str, Any]:
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "sm",
        "contents": [
            {"type": "text", "text": name, "size": "sm", "color": "#888888", "flex": 2},
            {"type": "text", "text": value, "size": "sm", "wrap": True, "flex": 5},
        ],
    }
