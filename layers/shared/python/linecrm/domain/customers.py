"""A customer as stored, as logic reads it: the `Customer` record (docs/design.md, customers table),
and one tag on a customer: the `CustomerTag` record (customer_tags table).

dal.customers turns the item into a record when it reads and keeps the item to itself: DynamoDB's
shape (Decimal numbers, string sets, index keys, the member counts' `counted` and `recount`, the
shop card's per-store attribute names) stays inside `dal/`. Writes take the attributes to change
as a dict (`dal.customers.save(user_id, customer, changes, now)`), so an attribute the record
leaves out is never lost. Pure: no AWS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linecrm.domain.ages import age_on


@dataclass(frozen=True)
class Customer:
    """One LINE user who added the account. `age` is the age declared in the chat (on
    `age_declared_on`); `birth_date` is what groups and counts read (the nominal birth date of the
    declared age, or the birthday staff recorded). `age_today` is never stored: logic fills it in
    when it shows the customer (logic.customers.shown)."""

    user_id: str
    # the conversation (domain.conversation)
    state: str | None = None
    previous_state: str | None = None
    gender: str | None = None  # male | female | unknown (回答しない)
    age: int | None = None
    age_declared_on: str | None = None
    birth_date: str | None = None
    registered: bool = False
    blocked: bool = False
    last_event_id: str | None = None
    followed_at: str | None = None
    blocked_at: str | None = None
    registered_at: str | None = None
    updated_at: str | None = None
    # LINE's profile
    display_name: str | None = None
    picture_url: str | None = None
    profile_checked_at: str | None = None
    # the record staff keep (domain.customer_record)
    name: str | None = None
    name_kana: str | None = None
    phone: str | None = None
    phone_digits: str | None = None
    email: str | None = None
    birthday: str | None = None
    memo: str | None = None
    unread: bool = False
    # tags (sorted) and their version, アンケート answers {question_id: choice}
    tags: tuple[str, ...] = ()
    tags_version: int | None = None
    survey: dict[str, str] = field(default_factory=dict)
    # the shop card (domain.shop_card)
    card_points: int = 0
    card_visits: int = 0
    card_rank: str | None = None
    card_reward_due: tuple[str, ...] = ()
    card_points_by_store: dict[str, int] = field(default_factory=dict)
    age_today: int | None = None  # shown only, never stored

    @property
    def shown_name(self) -> str | None:
        """What staff see a customer as: the real name once known, else the LINE display name."""
        return self.name or self.display_name

    def age_on(self, day: date) -> int | None:
        """Age on `day` from the birth date (ages advance), None when never declared."""
        return age_on(date.fromisoformat(self.birth_date), day) if self.birth_date else None


@dataclass(frozen=True)
class CustomerTag:
    """One tag on one customer, as dal.customer_tags reads its item: who put it on and when (UTC
    ISO). The item's copies of the customer's `friendship` and `registered` (kept for the Query of
    the tag's followers) stay inside `dal/`."""

    tag: str
    user_id: str
    tagged_by: str | None = None
    tagged_at: str | None = None
