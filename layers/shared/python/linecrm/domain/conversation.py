"""The conversation with a customer, as pure rules (no AWS, no LINE SDK): the registration
questions (onboarding), a profile change and the withdrawal confirmation.

Each inbound event is one *turn*: given the customer as stored (a `domain.customers.Customer`
record, or None when we do not know them) and what they did, a turn says which attributes change, whether their data is deleted, and
what to reply (LINE message dicts with quick replies). `linecrm.logic.conversation` stores the
change and sends the replies.

States: awaiting_gender → awaiting_age → registered; confirming_withdrawal (after 「退会」, with
the previous state kept in `previous_state`). Anything unexpected re-asks, state unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from linecrm.domain import ages
from linecrm.domain import bot_texts as t
from linecrm.domain.customers import Customer

AWAITING_GENDER = "awaiting_gender"
AWAITING_AGE = "awaiting_age"
REGISTERED = "registered"
CONFIRMING_WITHDRAWAL = "confirming_withdrawal"

PROFILE_KEYWORDS = frozenset({"プロフィール変更", "プロフィールの変更", "プロフィール再登録"})
WITHDRAWAL_KEYWORDS = frozenset({"退会", "データ削除", "退会する", "データを削除"})

_GENDER_WORDS = {
    "male": {"男性", "男", "おとこ", "オトコ", "だんせい", "male", "man", "m", "♂"},
    "female": {"女性", "女", "おんな", "オンナ", "じょせい", "female", "woman", "f", "♀"},
    "unknown": {
        "回答しない",
        "答えない",
        "答えたくない",
        "無回答",
        "ひみつ",
        "秘密",
        "その他",
        "none",
        "skip",
    },
}
_YES = {"はい", "うん", "yes", "y", "ok", "退会する"}
_NO = {"いいえ", "いや", "no", "n", "やめる", "キャンセル", "取り消し"}

_AGE = re.compile(r"(\d{1,3})(?:歳|才|さい|sai)?")
_BIRTH_DATE = re.compile(r"(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?(?:生まれ)?")


@dataclass(frozen=True)
class Turn:
    """The outcome of one inbound event."""

    replies: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)  # attributes to set (None: remove)
    delete: bool = False  # 退会 confirmed: delete the customer's data
    note: str = ""  # what happened, for logs and the history's summary


@dataclass(frozen=True)
class AgeAnswer:
    age: int
    birth_date: date | None = None  # when the customer gave a birth date instead of an age


class AgeOutOfRange(ValueError):
    pass


# --- replies ------------------------------------------------------------------------------


def text(message: str, quick_replies: tuple[str, ...] = ()) -> dict[str, Any]:
    """A LINE text message object, with quick-reply buttons that send their label as text."""
    out: dict[str, Any] = {"type": "text", "text": message}
    if quick_replies:
        out["quickReply"] = {
            "items": [
                {"type": "action", "action": {"type": "message", "label": label, "text": label}}
                for label in quick_replies
            ]
        }
    return out


def _ask_gender(prefix: str | None = None) -> list[dict]:
    body = f"{prefix}\n{t.ASK_GENDER}" if prefix else t.ASK_GENDER
    return [text(body, t.GENDER_CHOICES)]


def _ask_age(prefix: str | None = None) -> list[dict]:
    return [text(f"{prefix}\n{t.ASK_AGE}" if prefix else t.ASK_AGE)]


def open_question(state: str | None) -> list[dict]:
    """The question a customer still has to answer (asked again after a chat feature's answer)."""
    if state == AWAITING_GENDER:
        return _ask_gender()
    if state == AWAITING_AGE:
        return _ask_age()
    if state == CONFIRMING_WITHDRAWAL:
        return [text(t.CONFIRM_WITHDRAWAL, (t.YES, t.NO))]
    return []


def _reask(state: str | None) -> list[dict]:
    if state == AWAITING_AGE:
        return _ask_age(t.REASK_AGE)
    if state == CONFIRMING_WITHDRAWAL:
        return [text(t.REASK_WITHDRAWAL, (t.YES, t.NO))]
    return [text(t.REASK_GENDER, t.GENDER_CHOICES)]


# --- parsing ------------------------------------------------------------------------------


def normalize(answer: str) -> str:
    """NFKC (full-width digits and letters to ASCII, ideographic space to space), trimmed,
    inner spaces removed, lower case: ' ３３ さい ' -> '33さい'."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", answer)).lower()


def parse_gender(answer: str) -> str | None:
    """male | female | unknown (回答しない), or None when the answer is not a gender."""
    word = normalize(answer)
    for gender, words in _GENDER_WORDS.items():
        if word in words:
            return gender
    return None


def parse_age(answer: str, today: date) -> AgeAnswer | None:
    """An age 0–120 (`33`, `３３`, `33歳`, `３３さい`, spaces) or a birth date (`1990-05-03`,
    `1990年5月3日`). None when it is neither; AgeOutOfRange for a number outside 0–120."""
    word = normalize(answer)
    if match := _AGE.fullmatch(word):
        age = int(match.group(1))
        if not ages.MIN_AGE <= age <= ages.MAX_AGE:
            raise AgeOutOfRange(age)
        return AgeAnswer(age)
    if match := _BIRTH_DATE.fullmatch(word):
        try:
            born = date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
        age = ages.age_on(born, today)
        if born > today or age > ages.MAX_AGE:
            raise AgeOutOfRange(age)
        return AgeAnswer(age, born)
    return None


# --- turns --------------------------------------------------------------------------------


def _new_friend(note: str) -> Turn:
    changes = {"state": AWAITING_GENDER, "previous_state": None, "blocked": False, "registered": False}
    return Turn(_ask_gender(f"{t.GREETING}\n{t.PURPOSE}"), changes, note=note)


def on_follow(customer: Customer | None) -> Turn:
    """Add friend / unblock. A registered customer is greeted back without being asked again
    (a profile change or 退会 left open before blocking is dropped: their answers stand)."""
    if customer and customer.registered:
        changes: dict[str, Any] = {"blocked": False}
        if customer.state != REGISTERED:
            changes |= {"state": REGISTERED, "previous_state": None}
        return Turn([text(t.WELCOME_BACK)], changes, note="welcomed_back")
    return _new_friend("greeted")


def on_unfollow(customer: Customer | None) -> Turn:
    if customer is None:
        return Turn(note="unknown_customer_unfollowed")
    return Turn(changes={"blocked": True}, note="blocked")


def on_text(customer: Customer | None, message: str, today: date) -> Turn:
    """A text message from the customer (quick replies arrive as text too)."""
    if customer is None:  # never seen, or deleted after 退会: start over as a new friend
        return _new_friend("greeted_unknown_sender")
    state = customer.state
    keyword = normalize(message)
    if state == CONFIRMING_WITHDRAWAL:
        return _on_withdrawal_answer(customer, keyword)
    if keyword in WITHDRAWAL_KEYWORDS:
        changes = {"state": CONFIRMING_WITHDRAWAL, "previous_state": state}
        return Turn([text(t.CONFIRM_WITHDRAWAL, (t.YES, t.NO))], changes, note="withdrawal_requested")
    if keyword in PROFILE_KEYWORDS:
        return Turn(_ask_gender(t.PROFILE_RESTART), {"state": AWAITING_GENDER}, note="profile_restarted")
    if state == AWAITING_GENDER:
        return _on_gender_answer(message)
    if state == AWAITING_AGE:
        return _on_age_answer(message, today)
    return Turn(note="message")  # registered: staff read it in the history; no automatic reply


def on_other_message(customer: Customer | None, message_type: str) -> Turn:
    """Sticker, image, video…: mid-conversation re-ask the open question; otherwise just record."""
    if customer is None:
        return _new_friend("greeted_unknown_sender")
    if customer.state in (AWAITING_GENDER, AWAITING_AGE, CONFIRMING_WITHDRAWAL):
        return Turn(_reask(customer.state), note=f"{message_type}_reasked")
    return Turn(note=message_type)


def _on_gender_answer(message: str) -> Turn:
    gender = parse_gender(message)
    if gender is None:
        return Turn(_reask(AWAITING_GENDER), note="gender_not_understood")
    return Turn(_ask_age(), {"gender": gender, "state": AWAITING_AGE}, note="gender_answered")


def _on_age_answer(message: str, today: date) -> Turn:
    try:
        answer = parse_age(message, today)
    except AgeOutOfRange:
        return Turn(_ask_age(t.AGE_OUT_OF_RANGE), note="age_out_of_range")
    if answer is None:
        return Turn(_reask(AWAITING_AGE), note="age_not_understood")
    born = answer.birth_date or ages.nominal_birth_date(answer.age, today)
    changes = {
        "age": answer.age,
        "age_declared_on": today.isoformat(),
        "birth_date": born.isoformat(),
        "state": REGISTERED,
        "registered": True,
    }
    return Turn([text(t.THANKS)], changes, note="age_answered")


def _on_withdrawal_answer(customer: Customer, keyword: str) -> Turn:
    if keyword in _YES:
        return Turn([text(t.WITHDRAWN)], delete=True, note="withdrawn")
    if keyword in _NO:
        back = customer.previous_state or (REGISTERED if customer.registered else AWAITING_GENDER)
        replies = [text(t.WITHDRAWAL_CANCELLED)]
        if back == AWAITING_GENDER:
            replies += _ask_gender()
        elif back == AWAITING_AGE:
            replies += _ask_age()
        return Turn(replies, {"state": back, "previous_state": None}, note="withdrawal_cancelled")
    return Turn(_reask(CONFIRMING_WITHDRAWAL), note="withdrawal_not_understood")
