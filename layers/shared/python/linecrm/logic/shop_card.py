"""The shop card: points awarded by staff (console) or by the register's QR code (chat), ranks and
their reward coupons, and the card shown in the chat (「ポイント」「ポイントカード」).

An award is one TransactWriteItems: the points ADDed on the customer item, the day's visit (once
per customer, store and JST day: dal.visits), the timeline entry, the audit entry (staff), and the
statistics counters (month#…, visitors, ranks, message#… for an attributed visit). The rank-up
that may follow is its own conditional write (dal.shop_card.rank_operation): whichever award
crosses a threshold, one moves the rank and pushes the reward, with a retry key derived from the
customer and the rank (LINE delivers a key once), and the reward stays owed until LINE took it.
See docs/design.md "Shop card".
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import datetime, timedelta
from typing import Any

from linecrm.dal import audit, coupon_uses, history, stats, visits
from linecrm.dal import customers as customers_dal
from linecrm.dal import shop_card as card_dal
from linecrm.dal.dynamo import Cancelled, transact
from linecrm.domain import coupons, entry_routes, statistics
from linecrm.domain import shop_card as rules
from linecrm.domain.customers import Customer
from linecrm.domain.errors import Busy, Invalid, LineRefused, NotFound, Refused
from linecrm.domain.shop_config import ShopConfig, get_config
from linecrm.jst import iso_utc, now_utc, parse_utc, today_jst
from linecrm.observability import logger, user_ref
from linecrm.settings import get_settings

ATTEMPTS = 12  # a transaction lost to a concurrent one (TransactionConflict) is tried again
QR, STAFF = "qr", "staff"
AWARDED, ALREADY = "awarded", "already_visited"
REWARD_PREFIX = "reward#"


def _backoff(attempt: int) -> None:
    time.sleep(random.uniform(0, min(0.5, 0.02 * 2**attempt)))


def card(customer: Customer) -> dict[str, Any]:
    return rules.card_of(get_config(), customer)


def attributed_message(user_id: str, at: datetime, config: ShopConfig) -> str | None:
    """The message whose coupon the customer used most recently within the attribution window
    before `at` (rank rewards are no message's)."""
    window = timedelta(days=config.attribution_days)
    candidates = [
        u
        for u in coupon_uses.for_customer(user_id)
        if not u.message_id.startswith(REWARD_PREFIX) and at - window <= parse_utc(u.used_at) <= at
    ]
    return max(candidates, key=lambda u: u.used_at).message_id if candidates else None


def award(
    user_id: str,
    store_id: str,
    points: int,
    at: datetime | None = None,
    *,
    source: str,
    actor: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """Award `points` at the store; returns {"outcome", "shop_card", "rank_up", "visit"}.

    `source` QR: the first scan of the day at the store gives the points, any later one gives
    none (outcome ALREADY). STAFF: always awarded (audited with the reason); it also counts the
    day's visit at the store if none was counted yet."""
    config = get_config()
    store = config.store(store_id)
    if store is None:
        raise Invalid(f"店舗 {store_id} は存在しません", field="store_id")
    at = at or now_utc()
    new_visit = True
    for attempt in range(ATTEMPTS):
        customer = customers_dal.get(user_id)
        if customer is None:
            raise NotFound(f"顧客 {user_id} が見つかりません")
        seen = customer.card_visits
        message_id = attributed_message(user_id, at, config) if new_visit else None
        operations = _award_operations(
            user_id, store, points, at, source, actor, reason, seen if new_visit else None, message_id
        )
        try:
            transact(operations)
            break
        except Cancelled as error:
            if new_visit and error.reasons[1:2] == ["ConditionalCheckFailed"]:
                if source == QR:  # the day's scan at this store was already counted
                    return {"outcome": ALREADY, "shop_card": card(customer), "rank_up": None, "visit": False}
                new_visit = False  # staff: the points without a second visit
                continue
            if error.reasons[:1] == ["ConditionalCheckFailed"]:
                continue  # the visits changed since read (or the customer is gone: read again)
            if error.transient:
                _backoff(attempt)
                continue
            raise
    else:
        raise Busy("同時に更新されました。もう一度お試しください")
    rank_up, latest = _settle_rank(user_id, at)
    after = latest or customers_dal.get(user_id) or customer
    return {"outcome": AWARDED, "shop_card": card(after), "rank_up": rank_up, "visit": new_visit}


def _award_operations(
    user_id: str,
    store: Any,
    points: int,
    at: datetime,
    source: str,
    actor: str | None,
    reason: str | None,
    visits_seen: int | None,
    message_id: str | None,
) -> list[dict[str, Any]]:
    config = get_config()
    day = today_jst(at)
    operations = [card_dal.award_operation(user_id, store.store_id, points, visits_seen)]
    counts = {f"points#{store.store_id}": points}
    if visits_seen is not None:
        operations.append(visits.put_operation(user_id, store.store_id, day, at, source, message_id))
        counts[f"visits#{store.store_id}"] = 1
    if source == QR:
        kind, text = "visit", f"来店（{store.name}・QRコード）: {points}ポイント"
    else:
        kind, text = (
            "points",
            f"ポイント付与（{store.name}）: {points}ポイント" + (f"「{reason}」" if reason else ""),
        )
        if visits_seen is not None:
            text += "・来店"
    payload = {"store_id": store.store_id, "points": points, "reason": reason, "source": source}
    if message_id:
        payload["attributed_to"] = message_id
    operations.append(history.put_operation(history.entry(user_id, kind, text, payload, at, actor=actor)))
    if actor is not None:
        change = {"store_id": store.store_id, "points": points, "reason": reason}
        entry = audit.entry(audit.subject("customer", user_id), "points_awarded", actor, at, change)
        operations.append(audit.put_operation(entry))
    operations.append(stats.add_operation(statistics.month_key(day), counts))
    if visits_seen == 0:
        operations.append(stats.add_operation("visitors", {"visited": 1}))
        operations.append(stats.add_operation("ranks", {config.base_rank: 1}))
    elif visits_seen == 1:
        operations.append(stats.add_operation("visitors", {"repeat": 1}))
    if message_id and visits_seen is not None:
        operations.append(stats.add_operation(statistics.message_key(message_id), {"visits": 1}))
    return operations


# --- rank-up ----------------------------------------------------------------------------------


def settle_rank(user_id: str, at: datetime | None = None) -> dict[str, Any] | None:
    """Move the card to the rank its points reached, once: of concurrent callers, the one whose
    conditional write moves the rank pushes the rewards. Returns {"rank", "rewards", "pushed"}
    for that caller, None for the others (and when the rank is already right)."""
    return _settle_rank(user_id, at)[0]


def _settle_rank(user_id: str, at: datetime | None) -> tuple[dict[str, Any] | None, Customer | None]:
    """settle_rank's answer, and the customer as read when the rank was already right (nothing
    written since: the award shows that card without reading the customer again)."""
    config = get_config()
    at = at or now_utc()
    for attempt in range(ATTEMPTS):
        customer = customers_dal.get(user_id)
        if customer is None:
            return None, None
        stored = customer.card_rank
        have = stored or config.base_rank
        target = rules.rank_for(config, customer.card_points)
        if rules.order(config, target) <= rules.order(config, have):
            return None, customer
        due = [r.rank for r in rules.crossed(config, have, target)]
        label = rules.label(config, target)
        entry = history.entry(
            user_id, "rank", f"{label}ランクに昇格しました", {"from": have, "to": target, "rewards": due}, at
        )
        try:
            transact(
                [
                    card_dal.rank_operation(user_id, stored, target, due),
                    history.put_operation(entry),
                    stats.add_operation("ranks", {have: -1, target: 1}),
                ]
            )
        except Cancelled as error:
            if error.reasons[:1] == ["ConditionalCheckFailed"]:
                return None, None  # another award moved the rank (or the customer is gone)
            if error.transient:
                _backoff(attempt)
                continue
            raise
        logger.info("shop card ranked up", extra={"user": user_ref(user_id), "rank": target})
        pushed = deliver_rewards(user_id, due)
        return {"rank": target, "rank_label": label, "rewards": due, "pushed": pushed}, None
    return None, None


def reward_retry_key(user_id: str, due: list[str]) -> str:
    """The same rewards to the same customer: the same key (LINE accepts a key once, for 24 h)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"linecrm:shop-card-reward:{user_id}:{','.join(due)}"))


def deliver_rewards(user_id: str, due: list[str]) -> bool:
    """Push the reward coupons of the ranks `due` (a retry key derived from them); when LINE took
    them they are no longer owed. False: still owed (tried again by the next award or card view)."""
    from linebot.v3.messaging import PushMessageRequest

    from linecrm import line_api
    from linecrm.logic.send_now import send_now

    config = get_config()
    ranks = [r for r in config.ranks if r.rank in due]
    messages = [rules.reward_coupon(r) for r in ranks][:5]
    if not messages:
        card_dal.clear_due(user_id, due)
        return True
    request = PushMessageRequest.from_dict({"to": user_id, "messages": messages})
    try:
        api = line_api.messaging_api()
        request_id = send_now(
            lambda key, timeout: api.push_message_with_http_info(
                request, x_line_retry_key=key, _request_timeout=timeout
            ),
            "rank-up reward",
            retry_key=reward_retry_key(user_id, due),
        )
    except (LineRefused, RuntimeError) as error:  # RuntimeError: the LINE secret is not set
        logger.warning(
            "rank-up reward not pushed; still owed", extra={"user": user_ref(user_id), "error": str(error)}
        )
        return False
    card_dal.clear_due(user_id, due)
    text = "\n".join(m["altText"] for m in messages)
    history.append(user_id, "push", text, payload=messages, request_id=request_id)
    return True


def deliver_owed(customer: Customer) -> None:
    """A reward a failed push left owed, pushed again (same retry key: delivered once)."""
    if customer.card_reward_due:
        deliver_rewards(customer.user_id, list(customer.card_reward_due))


# --- the chat ---------------------------------------------------------------------------------


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict[str, Any]] | None:
    """「来店 <store> <code>」 (the register's QR code), 「ポイント」 / 「ポイントカード」 (the card)."""
    normalized = rules.normalized(text)
    if normalized in rules.CARD_KEYWORDS:
        deliver_owed(customer)
        return [rules.card_message(get_config(), card(customer))]
    scan = rules.parse_visit(text)
    if scan is None:
        return None
    return scan_visit(user_id, scan, at)


def scan_visit(user_id: str, scan: rules.Scan, at: datetime) -> list[dict[str, Any]]:
    config = get_config()
    store = config.store(scan.store_id)
    outcome = rules.check_scan(get_settings().qr_secret(), config, scan, today_jst(at))
    if outcome != rules.VALID:
        logger.info("visit code refused", extra={"user": user_ref(user_id), "outcome": outcome})
        return [rules.scan_refused(outcome, store)]
    result = award(user_id, scan.store_id, 1, at, source=QR)
    if result["outcome"] == ALREADY:
        return [rules.already_visited(store)]
    return [rules.visit_thanks(store, result["shop_card"])]


def on_postback(user_id: str, customer: Customer | None, params: dict[str, str], at: datetime) -> list[dict]:
    """「使う」 on a rank's reward coupon: used once (coupon_uses, `reward#<rank>`), in front of staff."""
    config = get_config()
    rank = next((r for r in config.ranks if r.rank == params.get("rank")), None)
    if rank is None or customer is None:
        return [coupons.unknown()]
    if rules.order(config, customer.card_rank) < rules.order(config, rank.rank):
        return [coupons.unknown()]  # a reward of a rank the card has not reached
    coupon = {"title": rank.reward_title}
    coupon_id = rules.reward_coupon_id(rank.rank)
    if not coupon_uses.record(coupon_id, user_id, coupon_id, iso_utc(at)):
        return [coupons.already_used(coupon, parse_utc(coupon_uses.get(coupon_id, user_id).used_at))]
    history.append(
        user_id, "coupon_use", f"クーポン「{rank.reward_title}」を使用", {"coupon_id": coupon_id}, at
    )
    return [coupons.used_stamp(coupon, at)]


# --- the register's QR code (console) ---------------------------------------------------------


def register_qr(store_id: str, at: datetime | None = None) -> dict[str, Any]:
    """Today's QR code of a store's register: the text it makes the customer send, the LINE URL,
    and the code as SVG (segno), valid until midnight JST."""
    config = get_config()
    store = config.store(store_id)
    if store is None:
        raise NotFound(f"店舗 {store_id} が見つかりません")
    settings = get_settings()
    day = today_jst(at or now_utc())
    try:
        secret = settings.qr_secret()
    except RuntimeError:
        raise Refused(
            "QRコードの鍵がありません。LINE のチャネルシークレットを設定するか、SHOP_QR_SECRET を設定してください"
        ) from None
    if not settings.line_basic_id:
        raise Refused("LINE の ベーシックID（LINE_BASIC_ID）が設定されていないため、QRコードを作れません")
    text = rules.visit_text(store_id, rules.qr_code(secret, store_id, day))
    url = entry_routes.chat_url(settings.line_basic_id, text)  # the same LINE URL as the routes'
    # the routes' SVG maker, smaller: the 店舗 page shows a card per store, also on a phone
    svg = entry_routes.qr_svg(url, title=f"{store.name} 来店QRコード", scale=6, border=2)
    return {
        "store_id": store_id,
        "store_name": store.name,
        "date": day.isoformat(),
        "text": text,
        "url": url,
        "svg": svg,
    }


def forget(customer: Customer) -> None:
    """A deleted customer's card leaves the rank and visitor counts (its visits' month counts and
    attributions stay: they happened)."""
    seen = customer.card_visits
    if not seen:
        return
    stats.add("ranks", {customer.card_rank or get_config().base_rank: -1})
    stats.add("visitors", {"visited": -1, "repeat": -1 if seen >= 2 else 0})
