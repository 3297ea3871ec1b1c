"""Customer groups: who is in which group, and the rule that groups never overlap.

A group is a gender (male | female | any) and an inclusive age range `age_min`..`age_max`
(`age_max` None: no upper end, "50 and over"). Two groups overlap when their gender sets and their
age ranges both intersect; "any" covers male, female and customers who chose not to answer.
Pure: no AWS. The race-safe write that enforces the rule is in linecrm.logic.groups; dal.groups
reads and writes `Group` records (the stored item stays inside dal/).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from linecrm.domain.ages import MAX_AGE, MIN_AGE

GENDERS = ("male", "female", "any")
_GENDER_SETS = {
    "male": frozenset({"male"}),
    "female": frozenset({"female"}),
    "any": frozenset({"male", "female", "unknown"}),
}
GENDER_LABELS = {"male": "男性", "female": "女性", "any": "性別問わず"}


@dataclass(frozen=True)
class ProfileRange:
    """The part of a group that the overlap rule looks at."""

    gender: str
    age_min: int
    age_max: int | None = None

    def __post_init__(self) -> None:
        if self.gender not in GENDERS:
            raise ValueError(f"gender must be one of {', '.join(GENDERS)}")
        if not MIN_AGE <= self.age_min <= MAX_AGE:
            raise ValueError(f"age_min must be between {MIN_AGE} and {MAX_AGE}")
        if self.age_max is not None and not self.age_min <= self.age_max <= MAX_AGE:
            raise ValueError(f"age_max must be between age_min and {MAX_AGE}, or null for no upper end")

    def overlaps(self, other: ProfileRange) -> bool:
        if not _GENDER_SETS[self.gender] & _GENDER_SETS[other.gender]:
            return False
        self_top = MAX_AGE if self.age_max is None else self.age_max
        other_top = MAX_AGE if other.age_max is None else other.age_max
        return self.age_min <= other_top and other.age_min <= self_top

    def describe(self) -> str:
        upper = "以上" if self.age_max is None else f"〜{self.age_max}歳"
        return f"{GENDER_LABELS[self.gender]} {self.age_min}歳{upper}"


@dataclass(frozen=True)
class Group:
    """A group as stored (dal.groups reads and writes it). `member_count` is never stored: logic
    fills it in (logic.groups.with_count) when it has counted the group's members today."""

    group_id: str
    name: str
    gender: str
    age_min: int
    age_max: int | None  # None: no upper end
    member_count: int | None = None
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None

    def fields(self) -> dict[str, Any]:
        """What staff set (name, gender, ages): the audit trail's view of the group."""
        return {"name": self.name, "gender": self.gender, "age_min": self.age_min, "age_max": self.age_max}


def profile_range_of(group: Group) -> ProfileRange:
    return ProfileRange(group.gender, group.age_min, group.age_max)


def first_overlap(
    candidate: ProfileRange, groups: Iterable[Group], ignore_id: str | None = None
) -> Group | None:
    """The first existing group (by name, then id) that `candidate` would overlap, or None.

    `ignore_id` is the group being edited: it cannot collide with its own old self."""
    ordered = sorted(groups, key=lambda g: (g.name, g.group_id))
    return next(
        (g for g in ordered if g.group_id != ignore_id and candidate.overlaps(profile_range_of(g))),
        None,
    )


def customer_genders(gender: str) -> frozenset[str]:
    """The customer genders (male | female | unknown) a group gender (male | female | any) covers."""
    return _GENDER_SETS[gender]
