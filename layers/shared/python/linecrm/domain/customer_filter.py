"""Which customers a staff search matches. Pure: works on `Customer` records (domain.customers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from linecrm.domain.customer_record import matches_text
from linecrm.domain.customers import Customer
from linecrm.domain.groups import Group, profile_range_of


@dataclass(frozen=True)
class CustomerFilter:
    gender: str | None = None  # male | female | unknown | any (None: no filter)
    age_min: int | None = None
    age_max: int | None = None
    blocked: bool | None = None
    registered: bool | None = None
    user_ids: frozenset[str] | None = None  # e.g. the customers with a tag
    text: str | None = None  # a part of 氏名, フリガナ, display name or phone (customer_record)
    unread: bool | None = None  # messages no staff member has opened yet
    name: str | None = None  # part of the LINE display name (case as written)
    survey: tuple[str, str] | None = None  # (question id, choice): the アンケート answer

    @property
    def impossible(self) -> bool:
        """Contradictory criteria (a female group searched for men…): nobody can match."""
        contradictions = (self.gender, self.blocked, self.registered, self.unread)
        inverted = self.age_min is not None and self.age_max is not None and self.age_min > self.age_max
        return any(v is _NOTHING for v in contradictions) or inverted or self.user_ids == frozenset()

    def matches(self, customer: Customer, today: date) -> bool:
        if self.impossible:
            return False
        if self.user_ids is not None and customer.user_id not in self.user_ids:
            return False
        if self.gender not in (None, "any") and customer.gender != self.gender:
            return False
        if self.name and self.name not in (customer.display_name or ""):
            return False
        if self.blocked is not None and customer.blocked != self.blocked:
            return False
        if self.registered is not None and customer.registered != self.registered:
            return False
        if self.unread is not None and customer.unread != self.unread:
            return False
        if self.text and not matches_text(customer, self.text):
            return False
        if self.survey and customer.survey.get(self.survey[0]) != self.survey[1]:
            return False
        if self.age_min is None and self.age_max is None:
            return True
        age = customer.age_on(today)
        if age is None:
            return False
        return (self.age_min is None or age >= self.age_min) and (self.age_max is None or age <= self.age_max)

    @classmethod
    def for_group(cls, group: Group) -> CustomerFilter:
        """A group's members now: registered, following, its gender, its age range."""
        profile_range = profile_range_of(group)
        return cls(
            gender=profile_range.gender,
            age_min=profile_range.age_min,
            age_max=profile_range.age_max,
            blocked=False,
            registered=True,
        )

    def narrowed(self, other: CustomerFilter) -> CustomerFilter:
        """Both filters at once (a group picked together with explicit criteria)."""
        mins = [v for v in (self.age_min, other.age_min) if v is not None]
        maxes = [v for v in (self.age_max, other.age_max) if v is not None]
        ids = [s for s in (self.user_ids, other.user_ids) if s is not None]
        return CustomerFilter(
            gender=_both(
                self.gender if self.gender != "any" else None, other.gender if other.gender != "any" else None
            ),
            age_min=max(mins) if mins else None,
            age_max=min(maxes) if maxes else None,
            blocked=_both(self.blocked, other.blocked),
            registered=_both(self.registered, other.registered),
            user_ids=frozenset.intersection(*ids) if ids else None,
            text=self.text or other.text,
            unread=_both(self.unread, other.unread),
            name=self.name or other.name,
            survey=self.survey or other.survey,
        )


_NOTHING = object()


def _both(a, b):
    """The one value both ask for; contradictory asks keep `a` AND `b` impossible via a sentinel."""
    if a is None:
        return b
    if b is None or a == b:
        return a
    return _NOTHING
