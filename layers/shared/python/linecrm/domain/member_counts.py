"""Member counts of groups' profile ranges without reading every member: counts per gender and birth date.

A customer counts in a profile range while registered and following; what they count as is their
*bucket*, (gender, nominal birth date), the two keys of the customers' `by_profile` index. Counts
are kept per gender at two grains: per birth year (`y1990`) and, per year, per birth day (`d0503`).
A profile range on a given day is a gender set and a range of birth dates (domain.ages): the years wholly
inside the range are summed from the year totals; only the one or two years the range cuts through
need their day counts.

Pure: no AWS. Storage, folding and the consistent read are in linecrm.logic.member_counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

from linecrm.domain.ages import birth_date_range
from linecrm.domain.groups import ProfileRange, customer_genders

Bucket = tuple[str, str]  # (customer gender, nominal birth date YYYY-MM-DD)


def bucket_of(item: Mapping) -> Bucket | None:
    """The bucket a customer item counts in, from its `by_profile` index keys (None: counts nowhere)."""
    gender, birth_date = item.get("registered_gender"), item.get("birth_date")
    return (str(gender), str(birth_date)) if gender and birth_date else None


def bucket_text(bucket: Bucket | None) -> str | None:
    """How a bucket is stored in a customer's `counted` attribute: "male#1990-05-03"."""
    return None if bucket is None else f"{bucket[0]}#{bucket[1]}"


def parse_bucket(text: str | None) -> Bucket | None:
    if not text:
        return None
    gender, _, birth_date = str(text).partition("#")
    return gender, birth_date


@dataclass(frozen=True)
class CustomerBuckets:
    """A customer as the member counts see them (dal.member_counts reads it from the customer's
    item): the bucket the counts include them in (`counted`) and the one they belong in now
    (`bucket`); None: nowhere. A fold moves them from one to the other, and its write (or a
    withdrawal's) holds only while the customer's item still has both as read."""

    user_id: str
    counted: Bucket | None
    bucket: Bucket | None


def year_attribute(year: int) -> str:
    return f"y{year:04d}"


def day_attribute(birth_date: str) -> str:
    return f"d{birth_date[5:7]}{birth_date[8:10]}"


@dataclass
class Changes:
    """Additions to the counts: per gender, per year; per (gender, year), per day."""

    years: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    days: dict[tuple[str, int], dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )

    def add(self, bucket: Bucket | None, n: int) -> None:
        if bucket is None or n == 0:
            return
        gender, birth_date = bucket
        year = int(birth_date[:4])
        self.years[gender][year_attribute(year)] += n
        self.days[(gender, year)][day_attribute(birth_date)] += n

    def move(self, before: Bucket | None, after: Bucket | None) -> None:
        """A customer who counted in `before` now counts in `after`."""
        if before != after:
            self.add(before, -1)
            self.add(after, +1)

    def items(self) -> Iterator[tuple[str, dict[str, int]]]:
        """(storage key, {attribute: non-zero change}) for every stored item that changes."""
        for gender, years in sorted(self.years.items()):
            nonzero = {k: v for k, v in sorted(years.items()) if v}
            if nonzero:
                yield years_key(gender), nonzero
        for (gender, year), days in sorted(self.days.items()):
            nonzero = {k: v for k, v in sorted(days.items()) if v}
            if nonzero:
                yield days_key(gender, year), nonzero


def years_key(gender: str) -> str:
    return f"years#{gender}"


def days_key(gender: str, year: int) -> str:
    return f"days#{gender}#{year:04d}"


def _cover(year: int, earliest: date, latest: date) -> tuple[str, str] | None:
    """The first and last day attribute of `year` inside the birth-date range, or None."""
    if not earliest.year <= year <= latest.year:
        return None
    first = day_attribute(earliest.isoformat()) if year == earliest.year else "d0101"
    last = day_attribute(latest.isoformat()) if year == latest.year else "d1231"
    return first, last


def _whole(cover: tuple[str, str]) -> bool:
    return cover == ("d0101", "d1231")


def _counted_years(totals: Mapping[str, int]) -> Iterator[tuple[int, int]]:
    for attribute, n in totals.items():
        if attribute.startswith("y") and int(n):
            yield int(attribute[1:]), int(n)


def days_needed(
    ranges: Iterable[ProfileRange], today: date, years: Mapping[str, Mapping[str, int]]
) -> set[tuple[str, int]]:
    """The (gender, year) day counts `count` will need: the years a profile range cuts through
    (at most two per range), where anyone is counted at all."""
    needed = set()
    for profile_range in ranges:
        earliest, latest = birth_date_range(profile_range.age_min, profile_range.age_max, today)
        for gender in customer_genders(profile_range.gender):
            for year, _ in _counted_years(years.get(gender, {})):
                cover = _cover(year, earliest, latest)
                if cover is not None and not _whole(cover):
                    needed.add((gender, year))
    return needed


def count(
    profile_range: ProfileRange,
    today: date,
    years: Mapping[str, Mapping[str, int]],
    days: Mapping[tuple[str, int], Mapping[str, int]],
) -> int:
    """Customers counted in `profile_range` today, from the year totals and the day counts of
    `days_needed`."""
    earliest, latest = birth_date_range(profile_range.age_min, profile_range.age_max, today)
    total = 0
    for gender in customer_genders(profile_range.gender):
        for year, in_year in _counted_years(years.get(gender, {})):
            cover = _cover(year, earliest, latest)
            if cover is None:
                continue
            if _whole(cover):
                total += in_year
            else:
                first, last = cover
                total += sum(int(n) for d, n in days.get((gender, year), {}).items() if first <= d <= last)
    return total


def in_range(bucket: Bucket | None, profile_range: ProfileRange, today: date) -> bool:
    if bucket is None or bucket[0] not in customer_genders(profile_range.gender):
        return False
    earliest, latest = birth_date_range(profile_range.age_min, profile_range.age_max, today)
    return earliest.isoformat() <= bucket[1] <= latest.isoformat()
