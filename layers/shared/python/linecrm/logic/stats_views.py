"""The statistics views (GET /api/stats/...): each reads a handful of counter items (dal.stats)
and small tables (groups, messages, coupon uses), never the customers: the same time for 100
customers as for 100,000. Counters absent (nothing happened yet, or a feature that writes them is
not deployed) read as 0.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Any

from linecrm.dal import coupon_uses, sent_messages, stats
from linecrm.domain import delivery, statistics
from linecrm.domain.errors import Invalid
from linecrm.jst import today_jst

DEFAULT_DAYS = 30
MAX_DAYS = 366
DEFAULT_MONTHS = 12
MAX_MONTHS = 36
MESSAGES_SHOWN = 50  # the newest sent messages in the per-message table
SENT_STATUSES = ("sent", "partially_failed", "failed")


def funnel() -> dict[str, int]:
    counts = stats.read([statistics.FUNNEL]).get(statistics.FUNNEL, {})
    return {stage: counts.get(stage, 0) for stage in statistics.FUNNEL_STAGES}


def friends(first: date | None, last: date | None, today: date | None = None) -> dict[str, Any]:
    """Friends added (follows incl. unblocks) and blocked per JST day, `first`..`last` inclusive
    (default: the last 30 days up to today)."""
    last = last or today or today_jst()
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise Invalid("開始日は終了日以前にしてください", field="from")
    if (last - first).days + 1 > MAX_DAYS:
        raise Invalid(f"期間は{MAX_DAYS}日以内にしてください", field="from")
    days = statistics.days_between(first, last)
    found = stats.read(statistics.day_key(d) for d in days)
    rows = []
    for day in days:
        counts = found.get(statistics.day_key(day), {})
        rows.append(
            {
                "date": day.isoformat(),
                "followed": counts.get("followed", 0),
                "blocked": counts.get("blocked", 0),
            }
        )
    return {
        "from": first.isoformat(),
        "to": last.isoformat(),
        "days": rows,
        "followed": sum(r["followed"] for r in rows),
        "blocked": sum(r["blocked"] for r in rows),
    }


def group_sizes() -> dict[str, Any]:
    from linecrm.logic import groups

    listed = groups.list_with_counts()
    return {
        "groups": [
            {"group_id": g.group_id, "name": g.name, "member_count": int(g.member_count or 0)}
            for g in sorted(listed, key=lambda g: g.name)
        ]
    }


def _months(count: int, today: date | None) -> list[str]:
    if not 1 <= count <= MAX_MONTHS:
        raise Invalid(f"月数は1〜{MAX_MONTHS}にしてください", field="months")
    return statistics.months_back(today or today_jst(), count)


def messages_per_month(count: int = DEFAULT_MONTHS, today: date | None = None) -> dict[str, Any]:
    """Recipients of sent messages per JST month, and this month's quota as LINE tells it."""
    from linecrm.logic import quota

    months = _months(count, today)
    found = stats.read(f"month#{m}" for m in months)
    rows = [{"month": m, "messages": found.get(f"month#{m}", {}).get("messages", 0)} for m in months]
    this_month = quota.month(0)
    return {
        "months": rows,
        "quota": {k: v for k, v in this_month.items() if k != "fits"},
    }


def message_results(limit: int = MESSAGES_SHOWN) -> dict[str, Any]:
    """Per sent message, newest first: recipients, coupon uses and use rate, customers who blocked
    within 24 hours after receiving it, visits attributed to its coupon."""
    sent = sent_messages.ended(SENT_STATUSES)
    sent.sort(key=lambda m: (m.finished_at or m.send_at or "", m.message_id), reverse=True)
    sent = sent[:limit]
    counters = stats.read(statistics.message_key(m.message_id) for m in sent)

    uses = [counters.get(statistics.message_key(m.message_id), {}).get("coupon_uses") for m in sent]
    # uses recorded before the counter existed: counted from the uses table (one Query a coupon)
    uncounted = [i for i, (m, n) in enumerate(zip(sent, uses, strict=True)) if n is None and m.coupons]
    if uncounted:
        with ThreadPoolExecutor(max_workers=8) as pool:
            counted = pool.map(lambda i: sum(coupon_uses.uses(sent[i].coupons).values()), uncounted)
            for i, n in zip(uncounted, counted, strict=True):
                uses[i] = n
    uses = [int(n or 0) for n in uses]
    rows = []
    for message, used in zip(sent, uses, strict=True):
        counts = counters.get(statistics.message_key(message.message_id), {})
        recipients = message.sent_count or 0
        rows.append(
            {
                "message_id": message.message_id,
                "summary": delivery.content_summary(message.messages_json),
                "status": message.status,
                "sent_at": message.first_send_at or message.send_at,
                "recipients": recipients,
                "has_coupon": bool(message.coupons),
                "coupon_uses": used,
                "use_rate": statistics.use_rate(used, recipients),
                "blocks_24h": counts.get("blocks_24h", 0),
                "visits": counts.get("visits", 0),
            }
        )
    return {"messages": rows}


def visits(count: int = DEFAULT_MONTHS, today: date | None = None) -> dict[str, Any]:
    """Visits and points per store per JST month, the repeat rate and the rank distribution (written
    by the shop card as visits happen)."""
    months = _months(count, today)
    found = stats.read([*(f"month#{m}" for m in months), "visitors", "ranks"])
    stores: set[str] = set()
    for m in months:
        for name in found.get(f"month#{m}", {}):
            kind, _, store = name.partition("#")
            if kind in ("visits", "points") and store:
                stores.add(store)
    rows = []
    for m in months:
        counts = found.get(f"month#{m}", {})
        rows.append(
            {
                "month": m,
                "stores": {
                    s: {"visits": counts.get(f"visits#{s}", 0), "points": counts.get(f"points#{s}", 0)}
                    for s in sorted(stores)
                },
            }
        )
    visitors = found.get("visitors", {})
    visited, repeat = visitors.get("visited", 0), visitors.get("repeat", 0)
    return {
        "stores": sorted(stores),
        "months": rows,
        "visited": visited,
        "repeat": repeat,
        "repeat_rate": statistics.repeat_rate(visited, repeat),
        "ranks": dict(sorted(found.get("ranks", {}).items())),
    }
