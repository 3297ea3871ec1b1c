"""Scheduled messages: what staff may submit, checked against LINE's limits, and the coupon card.

Pure: pydantic models and functions, no AWS. pydantic does the checking; what is written by hand is
only what LINE's rules add on top (https image URLs, the send-time rule, rendering the product's
`coupon_card` shorthand into a Flex bubble with a 「使う」 postback button).

Limits (LINE Messaging API reference): 1–5 message objects per request, text ≤ 5000 characters,
Flex altText ≤ 1500, quick reply ≤ 13 items, image URLs https and ≤ 2000 characters.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from linecrm.domain import coupons
from linecrm.jst import now_utc

MAX_MESSAGES = 5
MAX_TEXT = 5000
MAX_ALT_TEXT = 1500
MAX_QUICK_REPLY_ITEMS = 13
MAX_URL = 2000


def _https(url: str) -> str:
    if not url.startswith("https://"):
        raise ValueError("LINE は https の URL しか受け付けません (must start with https://)")
    return url


HttpsUrl = Annotated[str, Field(min_length=9, max_length=MAX_URL), AfterValidator(_https)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # false is not 0, "3" is not 3


class QuickReplyItem(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    type: Literal["action"] = "action"
    imageUrl: HttpsUrl | None = None  # noqa: N815 - LINE's field name
    action: dict[str, Any]

    @model_validator(mode="after")
    def _label(self) -> QuickReplyItem:
        label = self.action.get("label")
        if "type" not in self.action:
            raise ValueError("action.type を指定してください")
        if label is not None and not 1 <= len(str(label)) <= 20:
            raise ValueError("action.label は1〜20文字にしてください")
        return self


class QuickReply(_Strict):
    items: list[QuickReplyItem] = Field(min_length=1, max_length=MAX_QUICK_REPLY_ITEMS)


class _LineMessage(_Strict):
    quickReply: QuickReply | None = None  # noqa: N815 - LINE's field name
    sender: dict[str, Any] | None = None


class TextMessage(_LineMessage):
    type: Literal["text"]
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    emojis: list[dict[str, Any]] | None = None


class ImageMessage(_LineMessage):
    type: Literal["image"]
    originalContentUrl: HttpsUrl  # noqa: N815
    previewImageUrl: HttpsUrl  # noqa: N815


class StickerMessage(_LineMessage):
    type: Literal["sticker"]
    packageId: str = Field(min_length=1)  # noqa: N815
    stickerId: str = Field(min_length=1)  # noqa: N815


class FlexMessage(_LineMessage):
    type: Literal["flex"]
    altText: str = Field(min_length=1, max_length=MAX_ALT_TEXT)  # noqa: N815
    contents: dict[str, Any]

    @model_validator(mode="after")
    def _container(self) -> FlexMessage:
        if self.contents.get("type") not in ("bubble", "carousel"):
            raise ValueError("contents.type は bubble か carousel にしてください")
        return self


class CouponMessage(_LineMessage):
    """A coupon made with LINE's Coupon API, sent as is."""

    type: Literal["coupon"]
    couponId: str = Field(min_length=1)  # noqa: N815
    deliveryTag: str | None = Field(None, max_length=30)  # noqa: N815


def _expiry(text: str) -> str:
    text = text.strip()
    if len(text) == 10:
        date.fromisoformat(text)  # a date: valid to the end of that day in Japan
    elif datetime.fromisoformat(text).tzinfo is None:
        raise ValueError("日時にはタイムゾーンを付けてください (e.g. 2026-12-31T23:59:00+09:00)")
    try:
        coupons.jst_text(coupons.expiry(text))  # as shown on the card: in range in Japan time
    except OverflowError:
        raise ValueError("日時が範囲外です") from None
    return text


class CouponCard(_Strict):
    """The product's shorthand for a coupon: rendered to a Flex bubble with a 「使う」 button."""

    type: Literal["coupon_card"]
    title: str = Field(min_length=1, max_length=100)
    description: str = Field("", max_length=1000)
    code: str = Field("", max_length=100)
    expires_at: Annotated[str, AfterValidator(_expiry)] | None = Field(
        None, description="YYYY-MM-DD (to the end of that day, JST) or ISO 8601 with offset"
    )
    image_url: HttpsUrl | None = None


MessageObject = Annotated[
    TextMessage | ImageMessage | StickerMessage | FlexMessage | CouponMessage | CouponCard,
    Field(discriminator="type"),
]


class GroupTarget(_Strict):
    type: Literal["group"]
    group_id: str = Field(min_length=1)


class AllTarget(_Strict):
    type: Literal["all"]


class TagTarget(_Strict):
    type: Literal["tag"]
    tag: str = Field(min_length=1, max_length=50)


class SurveyTarget(_Strict):
    """Customers who follow and gave this answer to an アンケート question (domain.surveys)."""

    type: Literal["survey"]
    question_id: str = Field(pattern=r"^q[0-9a-f]{8}$")
    choice: str = Field(min_length=1, max_length=20)


Target = Annotated[GroupTarget | AllTarget | TagTarget | SurveyTarget, Field(discriminator="type")]


def parse_send_at(text: str, now: datetime | None = None) -> datetime:
    """An ISO 8601 time WITH its offset, in the future. Staff think in Japan time, so a time without
    an offset is refused rather than guessed."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError("ISO 8601 の日時で指定してください (e.g. 2026-12-01T18:00:00+09:00)") from None
    if moment.tzinfo is None:
        raise ValueError(
            "送信日時にタイムゾーンがありません。日本時間なら +09:00 を付けてください "
            "(e.g. 2026-12-01T18:00:00+09:00)"
        )
    if moment <= (now or now_utc()):
        raise ValueError("送信日時が過去です。これから先の日時を指定してください")
    try:
        moment.astimezone(UTC)  # stored in UTC (jst.iso_utc)
    except OverflowError:
        raise ValueError("送信日時が範囲外です") from None
    return moment


def _future_with_offset(text: str) -> str:
    parse_send_at(text)
    return text


SendAt = Annotated[
    str,
    AfterValidator(_future_with_offset),
    Field(description="ISO 8601 with offset, in the future, e.g. 2026-12-01T18:00:00+09:00"),
]


def expired_by(coupon_expiries: list[str | None], send_at: datetime) -> int | None:
    """The index of the first coupon whose expiry (`expires_at`, None: never) is not after the
    send time: such a coupon would arrive unusable, so it is refused when scheduled."""
    for index, expires_at in enumerate(coupon_expiries):
        end = coupons.expiry(expires_at)
        if end is not None and end <= send_at:
            return index
    return None


def coupon_id(message_id: str, index: int) -> str:
    return f"{message_id}-{index}"


def render_coupon_card(card: CouponCard, coupon: str) -> dict[str, Any]:
    """The Flex bubble of a coupon card; its 「使う」 button posts back the coupon id."""
    rows: list[dict[str, Any]] = [
        {"type": "text", "text": card.title, "weight": "bold", "size": "xl", "wrap": True}
    ]
    if card.description:
        rows.append({"type": "text", "text": card.description, "size": "md", "wrap": True})
    if card.code:
        rows.append({"type": "text", "text": f"コード: {card.code}", "size": "lg", "weight": "bold"})
    if card.expires_at:
        until = coupons.expiry(card.expires_at)
        label = card.expires_at if len(card.expires_at) == 10 else coupons.jst_text(until)
        rows.append({"type": "text", "text": f"有効期限: {label}まで", "size": "sm", "color": "#666666"})
    bubble: dict[str, Any] = {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": rows},
        "footer": coupons.use_footer(f"action={coupons.USE_ACTION}&coupon_id={coupon}", "#B8860B"),
    }
    if card.image_url:
        bubble["hero"] = {"type": "image", "url": card.image_url, "size": "full", "aspectMode": "cover"}
    return {"type": "flex", "altText": f"クーポン: {card.title}"[:MAX_ALT_TEXT], "contents": bubble}


def to_line(message_id: str, messages: list[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(LINE message objects to send, coupons) for validated messages; coupon cards rendered."""
    line_messages, cards = [], []
    for index, message in enumerate(messages):
        if isinstance(message, CouponCard):
            cid = coupon_id(message_id, index)
            line_messages.append(render_coupon_card(message, cid))
            cards.append(
                {
                    "coupon_id": cid,
                    "title": message.title,
                    "code": message.code,
                    "expires_at": message.expires_at,
                }
            )
        else:
            line_messages.append(message.model_dump(exclude_none=True))
    return line_messages, cards


@dataclass(frozen=True)
class Message:
    """A message as stored, as staff see it (dal.messages reads it; the dispatcher reads it with
    its working attributes, such as its lease, as a `domain.delivery.Delivery`). `messages` and `line_messages` are the stored
    JSON, parsed. When logic shows a message (logic.messages.view) it fills in what is not stored:
    whom a scheduled message would reach now (`recipient_count`) and each coupon's `uses`."""

    message_id: str
    status: str
    target: dict[str, Any]
    send_at: str
    send_at_input: str
    messages_json: str = "[]"
    line_messages_json: str = "[]"
    coupons: list[dict[str, Any]] = field(default_factory=list)
    version: int = 1
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None
    cancelled_by: str | None = None
    cancelled_at: str | None = None
    recipient_count: int | None = None
    request_count: int | None = None
    sent_count: int | None = None
    failed_count: int | None = None
    batch_count: int | None = None
    reasons: list[str] = field(default_factory=list)
    needs_attention: bool = False
    started_at: str | None = None
    finished_at: str | None = None
    accepted_at: str | None = None

    @property
    def messages(self) -> list[dict[str, Any]]:
        return json.loads(self.messages_json or "[]")

    @property
    def line_messages(self) -> list[dict[str, Any]]:
        return json.loads(self.line_messages_json or "[]")


@dataclass(frozen=True)
class TestFriend:
    """A customer staff keep as a recipient of the console's 「テスト送信」 (dal.test_friends reads
    it). `display_name` is the name as stored when they were added; logic shows the current one."""

    __test__ = False  # not a pytest test class

    user_id: str
    display_name: str | None = None
    added_by: str | None = None
    added_at: str | None = None
