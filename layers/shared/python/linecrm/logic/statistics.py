"""Statistics counters moved by the webhook's turns (the views: logic.stats_views).

`turn_operations` gives the counter updates of a turn as TransactWriteItems actions, which
`dal.customers.save` commits in the same transaction as the customer's change: the change and its
counts are stored together or not at all, and the change is conditional on the customer as read,
so a redelivered event (or two racing) counts once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from linecrm.dal import history, stats
from linecrm.domain import statistics
from linecrm.domain.customers import Customer
from linecrm.jst import iso_utc, today_jst
from linecrm.observability import logger, user_ref


def turn_operations(
    user_id: str, before: Customer | None, changes: dict[str, Any], event_type: str | None, at: datetime
) -> list[dict[str, Any]]:
    recent: list[str] = []
    if changes.get("blocked") is True and before is not None and not before.blocked:
        recent = _delivered_within_a_day(user_id, at)
    counts = statistics.turn_counts(before, changes, event_type, today_jst(at), recent)
    return [stats.add_operation(key, c) for key, c in sorted(counts.items())]


def _delivered_within_a_day(user_id: str, at: datetime) -> list[str]:
    """Messages delivered to the customer in the 24 hours before `at`: the `delivery` entries the
    dispatcher writes on each recipient's timeline (one Query of the window's entries)."""
    try:
        entries = history.deliveries_since(user_id, iso_utc(at - statistics.BLOCK_WINDOW))
    except Exception as error:  # a statistic must never stop the block being stored
        logger.warning(
            "recent deliveries not read", extra={"user": user_ref(user_id), "error": type(error).__name__}
        )
        return []
    return statistics.delivered_within(entries, at)
