"""The staff API's request and response bodies (pydantic; the OpenAPI document is made from them).

They belong to the API, not to the domain or to the stored shape: routes validate requests with
them and build responses from what logic returns (records of linecrm.domain, e.g. `Group`,
`Message`, read with `from_attributes`). The statistics routes' models are at the end.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from linecrm.domain import entry_routes, surveys
from linecrm.domain.ages import MAX_AGE, MIN_AGE
from linecrm.domain.messages import MAX_MESSAGES, MessageObject, SendAt, Target

Gender = Literal["male", "female", "any"]


class _In(BaseModel):
    # strict: JSON's types as they are (false is not 0, "3" is not 3)
    model_config = ConfigDict(extra="forbid", strict=True)


def _trimmed(value: str) -> str:
    if not value.strip():
        raise ValueError("空白以外の文字を入力してください")
    return value.strip()


NotBlank = Annotated[str, AfterValidator(_trimmed)]  # trimmed; only spaces is refused


# --- groups ---------------------------------------------------------------------------------


class GroupIn(_In):
    name: str = Field(min_length=1, max_length=50, examples=["男性 20〜49歳"])
    gender: Gender
    age_min: int = Field(ge=MIN_AGE, le=MAX_AGE)
    age_max: int | None = Field(None, ge=MIN_AGE, le=MAX_AGE, description="null: no upper end")

    @field_validator("name")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("グループ名を入力してください")
        return value.strip()

    @field_validator("age_max")
    @classmethod
    def _not_below_min(cls, value: int | None, info: ValidationInfo) -> int | None:
        age_min = info.data.get("age_min")
        if value is not None and age_min is not None and value < age_min:
            raise ValueError("年齢（上限）は年齢（下限）以上にしてください")
        return value


class GroupOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.groups.Group record

    group_id: str
    name: str
    gender: Gender
    age_min: int
    age_max: int | None
    member_count: int
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None


class GroupList(BaseModel):
    groups: list[GroupOut]


# --- messages -------------------------------------------------------------------------------


class MessageIn(_In):
    target: Target
    send_at: SendAt
    messages: list[MessageObject] = Field(min_length=1, max_length=MAX_MESSAGES)


class MessagePatch(_In):
    """Only the fields given change; the others stay."""

    target: Target | None = None
    send_at: SendAt | None = None
    messages: list[MessageObject] | None = Field(None, min_length=1, max_length=MAX_MESSAGES)


class RescheduleIn(_In):
    send_at: SendAt


class EstimateIn(_In):
    target: Target


class QuotaOut(BaseModel):
    type: str | None = Field(None, description='"limited" or "none" (LINE\'s quota type)')
    limit: int | None = None
    used: int | None = None
    remaining: int | None = None
    fits: bool | None = Field(None, description="whether recipient_count messages fit in what is left")
    unavailable: str | None = Field(None, description="why the quota could not be read")


class EstimateOut(BaseModel):
    recipient_count: int
    quota: QuotaOut


class CouponOut(BaseModel):
    coupon_id: str
    title: str
    code: str | None = None
    expires_at: str | None = None
    uses: int = Field(0, description="how many customers used it (one use per customer)")


class MessageOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.messages.Message record

    message_id: str
    status: str
    target: dict[str, Any]
    send_at: str
    send_at_input: str
    messages: list[dict[str, Any]]
    line_messages: list[dict[str, Any]]
    coupons: list[CouponOut]
    recipient_count: int | None = Field(
        None, description="while scheduled: how many it would reach now; after dispatch: how many it went to"
    )
    request_count: int | None = None
    sent_count: int | None = None
    failed_count: int | None = None
    reasons: list[str] = []
    needs_attention: bool = False
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    version: int


class MessageList(BaseModel):
    messages: list[MessageOut]


# --- customers ------------------------------------------------------------------------------


class CustomerFilters(BaseModel):
    """The customer list's filters (query parameters; they combine with AND). The CSV export takes
    the same ones. Not strict: a query string is text, "10" is read as 10 and "true" as true."""

    model_config = ConfigDict(extra="forbid")

    gender: Literal["male", "female", "unknown"] | None = None
    age_min: int | None = Field(None, ge=MIN_AGE, le=MAX_AGE)
    age_max: int | None = Field(None, ge=MIN_AGE, le=MAX_AGE)
    group_id: str | None = Field(None, max_length=64)
    tag: str | None = Field(None, max_length=50)
    blocked: bool | None = None
    registered: bool | None = None
    unread: bool | None = Field(None, description="未読: messages no staff member has opened yet")
    name: str | None = Field(None, max_length=50, description="a part of the LINE display name")
    q: str | None = Field(
        None, max_length=50, description="a part of 氏名, フリガナ, LINE display name or phone number"
    )
    survey: str | None = Field(
        None,
        max_length=80,
        pattern=r"^q[0-9a-f]{8}:.+$",
        description="アンケート answer: `<question_id>:<choice>` (e.g. `q1a2b3c4d:ヒレ`)",
    )


class CustomerListQuery(CustomerFilters):
    limit: int = Field(50, ge=1, le=200)
    cursor: str | None = Field(None, max_length=512, description="next_cursor of the previous page")


class CustomerOut(BaseModel):
    # from a linecrm.domain.customers.Customer record as logic shows it (`age_today` filled in)
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    user_id: str
    shown_name: str | None = Field(None, description="氏名 when recorded, else the LINE display name")
    display_name: str | None = Field(None, description="LINE display name (profile API)")
    picture_url: str | None = None
    name: str | None = None
    name_kana: str | None = None
    phone: str | None = None
    email: str | None = None
    birthday: str | None = None
    memo: str | None = None
    unread: bool = Field(False, description="未読: messages no staff member has opened yet")
    gender: str | None = None
    age: int | None = Field(
        None, validation_alias="age_today", description="today's age (advances from the declared age)"
    )
    blocked: bool = False
    registered: bool = False
    state: str | None = None
    tags: list[str] = []
    followed_at: str | None = None
    registered_at: str | None = None
    blocked_at: str | None = None
    survey: dict[str, str] = Field({}, description="アンケート answers: {question_id: choice}")


class CustomerList(BaseModel):
    customers: list[CustomerOut]
    next_cursor: str | None = None


class HistoryEntry(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.timeline.TimelineEntry record

    entry_id: str
    kind: str = Field(
        description="follow | unfollow | unblock | inbound | reply | reply_failed | push | staff_message | "
        "coupon_use | profile | note | tag | record | delivery | visit | points | rank"
    )
    text: str = ""
    at: str | None = None
    actor: str | None = Field(None, description="the staff member, for staff actions")
    message_id: str | None = Field(None, description="for a delivery: the campaign message received")
    payload: Any = None
    truncated: bool = Field(False, description="text or payload cut to fit (an overlong message)")


class ShopCardOut(BaseModel):
    points: int = 0
    rank: str = Field("regular", description="regular | silver | gold (the configured ranks)")
    rank_label: str | None = Field(None, description="レギュラー | シルバー | ゴールド")
    visits: int = Field(0, description="days with a visit, counted once per store per JST day")
    by_store: dict[str, int] = Field(default_factory=dict, description="{store_id: points}")
    next_rank: str | None = None
    next_rank_label: str | None = None
    points_to_next: int | None = None


class CustomerDetail(CustomerOut):
    history: list[HistoryEntry]
    shop_card: ShopCardOut = Field(default_factory=ShopCardOut)

    @classmethod
    def of(cls, customer: Any, history: list[Any], shop_card: dict[str, Any]) -> CustomerDetail:
        """From the customer record (as CustomerOut), the timeline entries (records) and the card."""
        shown = dict(CustomerOut.model_validate(customer))
        return cls.model_validate({**shown, "history": history, "shop_card": shop_card})


# --- stores and the shop card ---------------------------------------------------------------


class StoreOut(BaseModel):
    store_id: str
    name: str
    address: str
    hours: str
    phone: str | None = None


class StoreList(BaseModel):
    stores: list[StoreOut]


class RegisterQrOut(BaseModel):
    store_id: str
    store_name: str
    date: str = Field(description="the JST day the code is valid for (it changes at midnight JST)")
    text: str = Field(description="what scanning it makes the customer send: 「来店 <store_id> <code>」")
    url: str = Field(description="https://line.me/R/oaMessage/{basic id}/?{text}")
    svg: str = Field(description="the QR code of `url` as inline SVG (segno)")


def _store_known(value: str) -> str:
    from linecrm.domain.shop_config import get_config

    if get_config().store(value) is None:
        names = "、".join(s.store_id for s in get_config().stores)
        raise ValueError(f"店舗は {names} のいずれかを指定してください")
    return value


class PointsIn(_In):
    store_id: Annotated[str, AfterValidator(_store_known)] = Field(examples=["ginza"])
    points: int = Field(ge=1, le=100, examples=[1])
    reason: NotBlank = Field(min_length=1, max_length=100, examples=["ご来店（レシート確認）"])


class RankUpOut(BaseModel):
    rank: str
    rank_label: str
    rewards: list[str] = Field(description="the ranks whose reward coupon was owed by this rank-up")
    pushed: bool = Field(description="LINE took the reward push (false: owed, pushed again later)")


class PointsOut(BaseModel):
    user_id: str
    shop_card: ShopCardOut
    visit: bool = Field(description="this award also counted the day's visit at the store")
    rank_up: RankUpOut | None = None


class TagsOut(BaseModel):
    user_id: str
    tags: list[str]


class TagCount(BaseModel):
    tag: str
    count: int = Field(description="customers who carry it")


class TagCatalogue(BaseModel):
    tags: list[TagCount]


class TagRenameIn(_In):
    name: NotBlank = Field(min_length=1, max_length=50, description="the new name", examples=["区分B"])


class TimelinePage(BaseModel):
    user_id: str
    entries: list[HistoryEntry]
    next_cursor: str | None = None


class NoteIn(_In):
    text: NotBlank = Field(
        min_length=1, max_length=2000, examples=["来店時: 赤身が好み。次回は誕生日のお祝い"]
    )


class NoteOut(BaseModel):
    note_id: str = Field(description="URL-encode it in paths (`#` → %23)")
    text: str
    author: str | None = None
    created_at: str | None = None
    edited_by: str | None = None
    edited_at: str | None = None


class NoteList(BaseModel):
    notes: list[NoteOut]


class ChatIn(_In):
    messages: list[MessageObject] = Field(min_length=1, max_length=MAX_MESSAGES)


class DeletedOut(BaseModel):
    user_id: str
    removed: dict[str, int] = Field(description="items removed per table (coupon uses kept counted)")


# --- entry routes (流入経路) ------------------------------------------------------------------


class RouteIn(_In):
    name: NotBlank = Field(min_length=1, max_length=30, examples=["セミナー"])
    keyword: NotBlank = Field(
        min_length=1,
        max_length=30,
        description="the text the QR code types for the customer",
        examples=["セミナー参加"],
    )
    tag: NotBlank = Field(
        min_length=1,
        max_length=50,
        description="put on the customer who sends the keyword",
        examples=["セミナー経由"],
    )

    @field_validator("keyword")
    @classmethod
    def _usable_keyword(cls, value: str) -> str:
        problem = entry_routes.keyword_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class RouteOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.entry_routes.EntryRoute record

    route_id: str
    name: str
    keyword: str
    tag: str
    arrivals: int = Field(description="customers who sent the keyword (each counted once)")
    chat_url: str | None = Field(
        None, description="LINE's oaMessage URL the QR code holds (null: no basic ID set)"
    )
    qr: str | None = Field(None, description="the QR code of chat_url, a data:image/svg+xml URI")
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None


class AccountOut(BaseModel):
    basic_id: str | None = Field(None, description="the LINE Official Account's basic ID (LINE_BASIC_ID)")
    friend_url: str | None = Field(None, description="LINE's add-friend URL of the account")
    friend_qr: str | None = Field(None, description="the QR code of friend_url, a data:image/svg+xml URI")


class RouteList(BaseModel):
    account: AccountOut
    routes: list[RouteOut]


# --- surveys (アンケート) ----------------------------------------------------------------------


class QuestionIn(_In):
    """A question as staff submit it (POST/PUT /api/surveys)."""

    text: NotBlank = Field(min_length=1, max_length=80, examples=["好きな部位は?"])
    choices: list[Annotated[NotBlank, Field(min_length=1, max_length=surveys.MAX_CHOICE_LENGTH)]] = Field(
        min_length=2, max_length=surveys.MAX_CHOICES, examples=[["サーロイン", "ヒレ", "ロース", "カルビ"]]
    )
    position: int = Field(0, ge=0, le=999, description="asked in ascending order (then by creation)")
    active: bool = Field(True, description="false: kept with its answers, no longer asked")

    @field_validator("choices")
    @classmethod
    def _distinct(cls, choices: list[str]) -> list[str]:
        if len(set(choices)) != len(choices):
            raise ValueError("同じ選択肢が重複しています")
        return choices


class QuestionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.surveys.SurveyQuestion record

    question_id: str
    text: str
    choices: list[str]
    position: int
    active: bool
    version: int
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None


class QuestionList(BaseModel):
    questions: list[QuestionOut]


# --- audit ----------------------------------------------------------------------------------


class AuditEntry(BaseModel):
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.audit.AuditEntry record

    subject: str
    entry_id: str
    action: str
    actor: str
    at: str
    changes: dict[str, Any] = {}


class AuditList(BaseModel):
    entries: list[AuditEntry]


class ErrorDetail(BaseModel):
    field: str
    reason: str


class ErrorOut(BaseModel):
    message: str
    errors: list[ErrorDetail] = []


# --- console sign-in (local stack) ----------------------------------------------------------


class SessionIn(_In):
    admin_token: str = Field(min_length=1, max_length=256)
    name: str = Field(min_length=1, max_length=64, examples=["山田"])

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("お名前を入力してください")
        return value.strip()


class SessionOut(BaseModel):
    token: str
    name: str
    expires_at: str


# --- test friends ---------------------------------------------------------------------------


class TestFriendOut(BaseModel):
    __test__ = False  # not a pytest test class
    model_config = ConfigDict(from_attributes=True)  # from a linecrm.domain.messages.TestFriend record
    user_id: str
    display_name: str | None = None
    added_by: str | None = None
    added_at: str | None = None


class TestFriendList(BaseModel):
    __test__ = False
    test_friends: list[TestFriendOut]


class TestSendIn(_In):
    __test__ = False
    messages: list[MessageObject] = Field(min_length=1, max_length=MAX_MESSAGES)


class TestSendOut(BaseModel):
    __test__ = False
    sent_to: list[TestFriendOut]
    request_id: str | None = None


# --- statistics (GET /api/stats/...; logic.stats_views) ----------------------------------------


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
