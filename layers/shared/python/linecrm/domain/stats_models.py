"""The statistics API's response models (GET /api/stats/...; logic.stats_views)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FunnelOut(BaseModel):
    followed: int = Field(description="friends who ever followed (each customer once)")
    answered_gender: int = Field(description="of them, who answered the gender question")
    registered: int = Field(description="of them, who completed registration (gender and age)")


class FriendsDay(BaseModel):
    date: str = Field(description="JST date YYYY-MM-DD")
    followed: int = Field(description="friends added (follows, incl. unblocks)")
    blocked: int


class FriendsOut(BaseModel):
    from_: str = Field(alias="from", serialization_alias="from")
    to: str
    days: list[FriendsDay]
    followed: int
    blocked: int


class GroupSize(BaseModel):
    group_id: str
    name: str
    member_count: int


class GroupSizesOut(BaseModel):
    groups: list[GroupSize]


class MonthMessages(BaseModel):
    month: str = Field(description="JST month YYYY-MM")
    messages: int = Field(description="recipients of sent messages (what the quota counts)")


class StatsQuotaOut(BaseModel):
    type: str | None = Field(None, description="limited | none")
    limit: int | None = None
    used: int | None = None
    remaining: int | None = None
    unavailable: str | None = Field(None, description="why LINE's quota could not be read")


class MessagesPerMonthOut(BaseModel):
    months: list[MonthMessages]
    quota: StatsQuotaOut = Field(description="this month's quota as LINE tells it")


class MessageResult(BaseModel):
    message_id: str
    summary: str
    status: str | None = None
    sent_at: str | None = None
    recipients: int
    has_coupon: bool
    coupon_uses: int
    use_rate: float | None = Field(description="coupon uses / recipients (null: no recipient)")
    blocks_24h: int = Field(description="recipients who blocked within 24 hours after receiving it")
    visits: int = Field(description="visits attributed to its coupon")


class MessageResultsOut(BaseModel):
    messages: list[MessageResult]


class StoreMonth(BaseModel):
    visits: int
    points: int


class VisitsMonth(BaseModel):
    month: str
    stores: dict[str, StoreMonth]


class VisitsOut(BaseModel):
    stores: list[str]
    months: list[VisitsMonth]
    visited: int = Field(description="customers with at least one visit")
    repeat: int = Field(description="customers with two or more visits")
    repeat_rate: float | None = Field(description="repeat / visited (null: no visitor yet)")
    ranks: dict[str, int] = Field(description="customers per shop card rank")
