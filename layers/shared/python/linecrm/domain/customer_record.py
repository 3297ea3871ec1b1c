"""A customer's record as staff keep it (氏名, フリガナ, 電話番号, メールアドレス, 誕生日, 好み・メモ),
and how staff search it. Pure: pydantic models and functions, no AWS.

Stored on the customer item: `name`, `name_kana` (katakana: hiragana typed by staff is converted),
`phone` (as typed, NFKC: full-width digits to ASCII) and `phone_digits` (digits only, for search),
`email`, `birthday` (YYYY-MM-DD), `memo`. A birthday, when given, replaces the declared age: the
customer's `birth_date` (what groups and counts read) becomes the birthday; removing it brings
back the nominal birth date of the declared age.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from linecrm.domain.ages import MAX_AGE, age_on, nominal_birth_date
from linecrm.domain.customers import Customer

MAX_NAME = 50
MAX_MEMO = 2000
MAX_EMAIL = 254
RECORD_FIELDS = ("name", "name_kana", "phone", "email", "birthday", "memo")

_PHONE = re.compile(r"^\+?[0-9][0-9-]{8,18}[0-9]$")  # 090-1234-5678, 03-1234-5678, +81-90-…
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
_KANA = re.compile(r"^[\u30A0-\u30FF\u3000 ]+$")  # katakana, the long-vowel mark, spaces


# The record's fields as the console labels them (timeline texts, validation messages).
RECORD_LABELS = {
    "name": "氏名",
    "name_kana": "フリガナ",
    "phone": "電話番号",
    "email": "メールアドレス",
    "birthday": "誕生日",
    "memo": "好み・メモ",
}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def katakana(text: str) -> str:
    """Hiragana to katakana (ぁ..ゖ are ァ..ヶ shifted by 0x60); everything else as is."""
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


def digits(text: str) -> str:
    return re.sub(r"\D", "", nfkc(text))


class RecordPatch(BaseModel):
    """`PATCH /api/customers/{user_id}`: the fields given change (null or "" clears one)."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, max_length=MAX_NAME, examples=["山田 太郎"])
    name_kana: str | None = Field(None, max_length=MAX_NAME, examples=["ヤマダ タロウ"])
    phone: str | None = Field(None, max_length=30, examples=["090-1234-5678"])
    email: str | None = Field(None, max_length=MAX_EMAIL, examples=["taro@example.jp"])
    birthday: date | None = Field(None, description="YYYY-MM-DD; replaces the declared age")
    memo: str | None = Field(None, max_length=MAX_MEMO, description="好み・メモ")

    @field_validator("name", "memo")
    @classmethod
    def _trimmed(cls, value: str | None) -> str | None:
        return nfkc(value) if value is not None and value.strip() else None

    @field_validator("name_kana")
    @classmethod
    def _kana(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        kana = katakana(nfkc(value))
        if not _KANA.match(kana):
            raise ValueError("フリガナはカタカナ(またはひらがな)で入力してください")
        return kana

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        phone = nfkc(value).replace("ー", "-").replace(" ", "")
        if not _PHONE.match(phone) or not 10 <= len(digits(phone)) <= 15:
            raise ValueError("電話番号は数字とハイフンで入力してください (例: 090-1234-5678)")
        return phone

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        email = nfkc(value)
        if not _EMAIL.match(email):
            raise ValueError("メールアドレスの形式ではありません (例: taro@example.jp)")
        return email

    @field_validator("birthday")
    @classmethod
    def _birthday(cls, value: date | None) -> date | None:
        from linecrm.jst import today_jst

        today = today_jst()
        if value is not None and (value > today or age_on(value, today) > MAX_AGE):
            raise ValueError(f"誕生日は今日以前、{MAX_AGE}歳以下の日付にしてください")
        return value


def record_changes(customer: Customer, patch: RecordPatch) -> dict[str, Any]:
    """The attributes to write for a patch ({name: value, None removes}); only fields that change."""
    given = patch.model_dump(include=patch.model_fields_set)
    changes: dict[str, Any] = {}
    for name, value in given.items():
        stored = value.isoformat() if isinstance(value, date) else value
        if getattr(customer, name) != stored:
            changes[name] = stored
    if "phone" in changes:
        changes["phone_digits"] = digits(changes["phone"]) if changes["phone"] else None
    if "birthday" in changes:
        changes["birth_date"] = changes["birthday"] or declared_birth_date(customer)
    return changes


def declared_birth_date(customer: Customer) -> str | None:
    """The nominal birth date of the age the customer declared in the chat (None: never declared)."""
    if customer.age is None or not customer.age_declared_on:
        return None
    return nominal_birth_date(customer.age, date.fromisoformat(customer.age_declared_on)).isoformat()


def search_terms(query: str) -> tuple[str, str, str]:
    """(text as typed after NFKC, katakana form for フリガナ, digits for the phone) of a search."""
    text = nfkc(query)
    return text, katakana(text), digits(text) if re.fullmatch(r"[0-9+\- ()]+", text) else ""


def matches_text(customer: Customer, query: str) -> bool:
    """Whether a search text finds the customer: a part of 氏名, LINE display name, フリガナ or the
    phone number (digits, hyphens ignored). The same rule as the DynamoDB filter of the list."""
    text, kana, number = search_terms(query)
    return (
        text in (customer.name or "")
        or text in (customer.display_name or "")
        or kana in (customer.name_kana or "")
        or bool(number)
        and number in (customer.phone_digits or "")
    )


GENDER_LABELS = {"male": "男性", "female": "女性", "unknown": "回答しない"}


def profile_summary(changes: dict[str, Any]) -> str:
    """The timeline text of the customer's own answers in the chat, as staff read it:
    「性別: 男性」, 「年齢: 33歳（生年月日 1993-05-01）」 (the birth date an age stands for), or both."""
    parts = []
    if "gender" in changes:
        parts.append(f"性別: {GENDER_LABELS.get(changes['gender'], changes['gender'])}")
    if "age" in changes:
        born = f"（生年月日 {changes['birth_date']}）" if changes.get("birth_date") else ""
        parts.append(f"年齢: {changes['age']}歳{born}")
    return "、".join(parts)
