"""How many friends the account has, as LINE counts them (the insight API), for target `all`.

A broadcast reaches every friend, including those who followed before the webhook was connected
and are therefore unknown to the customers table, so LINE's figure is the one that matters: the
number of friends (`followers`, never decreasing) minus those who block the account (`blocks`),
for the day before today in JST (LINE computes a day's figures after it ends). When LINE cannot
say (not computed yet, no answer) the customers the database knows to follow stand in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from linecrm import line_api
from linecrm.jst import now_utc, today_jst
from linecrm.logic.ports import REAL, Ports
from linecrm.observability import logger

LINE = "line_followers"  # recipient_count_source: LINE's insight API
KNOWN = "known_friends"  # the customers table's followers


def _at_once(call: Callable[[], Any]) -> Any:
    return call()


def from_line(insight: Any, now: datetime, ask: Callable[[Callable[[], Any]], Any] = _at_once) -> int | None:
    """LINE's friends who do not block the account, or None when it has no figure yet."""
    day = (today_jst(now) - timedelta(days=1)).strftime("%Y%m%d")
    answer = ask(
        lambda: insight.get_number_of_followers(var_date=day, _request_timeout=line_api.request_timeout())
    )
    if answer.status != "ready" or answer.followers is None:
        return None
    return max(0, int(answer.followers) - int(answer.blocks or 0))


def count(now: datetime | None = None, insight: Any = None) -> tuple[int, str]:
    """(friends, where the figure comes from: LINE or KNOWN); never fails because of LINE."""
    try:
        figure = from_line(insight or line_api.insight_api(), now or now_utc())
    except Exception as error:  # LINE down, no credentials: the database's figure stands in
        logger.warning("LINE friend count unavailable", error=str(error))
        figure = None
    return (figure, LINE) if figure is not None else known()


def known(ports: Ports = REAL) -> tuple[int, str]:
    """The customers the database knows to follow (friends who followed before the webhook was
    connected are missing from it)."""
    return ports.customers.count_following(), KNOWN
