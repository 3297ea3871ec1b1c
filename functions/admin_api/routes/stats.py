"""/api/stats: statistics (統計) read from counters kept as events happen (logic.stats_views)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.models import (
    FriendsOut,
    FunnelOut,
    GroupSizesOut,
    MessageResultsOut,
    MessagesPerMonthOut,
    VisitsOut,
)
from functions.admin_api.responses import documented
from linecrm.logic import stats_views

router = APIGatewayRouter()

Months = Annotated[int, Query(ge=1, le=stats_views.MAX_MONTHS, description="months up to this one")]


@router.get(
    "/stats/funnel",
    summary="Registration funnel: friends who ever followed, answered the gender, registered",
    responses=documented(),
)
def funnel() -> FunnelOut:
    return FunnelOut.model_validate(stats_views.funnel())


@router.get(
    "/stats/friends",
    summary="Friends added and blocked per JST day (default: the last 30 days; at most 366)",
    responses=documented(),
)
def friends(
    from_: Annotated[date | None, Query(alias="from", description="first day, YYYY-MM-DD")] = None,
    to: Annotated[date | None, Query(description="last day, YYYY-MM-DD (default today)")] = None,
) -> FriendsOut:
    return FriendsOut.model_validate(stats_views.friends(from_, to))


@router.get("/stats/groups", summary="Each group's member count today", responses=documented())
def groups() -> GroupSizesOut:
    return GroupSizesOut.model_validate(stats_views.group_sizes())


@router.get(
    "/stats/messages",
    summary="Recipients of sent messages per JST month, and this month's LINE quota",
    responses=documented(),
)
def messages(months: Months = stats_views.DEFAULT_MONTHS) -> MessagesPerMonthOut:
    return MessagesPerMonthOut.model_validate(stats_views.messages_per_month(months))


@router.get(
    "/stats/message_results",
    summary="Per sent message (newest 50): recipients, coupon uses, use rate, blocks within 24 h, visits",
    responses=documented(),
)
def message_results() -> MessageResultsOut:
    return MessageResultsOut.model_validate(stats_views.message_results())


@router.get(
    "/stats/visits",
    summary="Visits and points per store per JST month, repeat rate, shop card ranks",
    responses=documented(),
)
def visits(months: Months = stats_views.DEFAULT_MONTHS) -> VisitsOut:
    return VisitsOut.model_validate(stats_views.visits(months))
