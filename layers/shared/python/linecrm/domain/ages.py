"""Ages that advance with time.

A customer declares an age on a date. We store the nominal birth date `declared_on - age years`
(the day on which, by our reckoning, they turned that age), so that their age on any later day is
the number of whole years since then: someone who said 49 a year ago is 50 today. Groups are age
ranges; a range on a given day is a range of birth dates, which is what the customers table's
`by_profile` index is sorted by.
"""

from __future__ import annotations

from datetime import date, timedelta

MIN_AGE = 0
MAX_AGE = 120


def years_before(day: date, years: int) -> date:
    """The same calendar day `years` earlier (29 February falls back to 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def nominal_birth_date(age: int, declared_on: date) -> date:
    return years_before(declared_on, age)


def age_on(birth_date: date, day: date) -> int:
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def birth_date_range(age_min: int, age_max: int | None, day: date) -> tuple[date, date]:
    """Inclusive birth dates of everyone aged age_min..age_max (None: no upper end) on `day`."""
    latest = years_before(day, age_min)
    if age_max is None:
        earliest = date(1, 1, 1)
    else:
        earliest = years_before(day, age_max + 1) + timedelta(days=1)
    return earliest, latest
