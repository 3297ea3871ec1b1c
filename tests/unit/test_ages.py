"""Ages advance with time: what is stored is a (nominal) birth date, not a frozen age."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from linecrm.domain import ages


def test_someone_who_declared_49_a_year_ago_is_50_today():
    born = ages.nominal_birth_date(49, date(2025, 11, 26))
    assert ages.age_on(born, date(2026, 11, 26)) == 50


def test_the_age_does_not_advance_before_the_anniversary_of_the_declaration():
    born = ages.nominal_birth_date(49, date(2025, 11, 26))
    assert ages.age_on(born, date(2026, 11, 25)) == 49


def test_a_declaration_on_29_february_falls_back_to_28_february():
    assert ages.nominal_birth_date(1, date(2028, 2, 29)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("age_min", "age_max", "inside", "outside"),
    [
        (20, 49, [20, 35, 49], [19, 50]),
        (50, None, [50, 80, 120], [49]),
        (0, 19, [0, 19], [20]),
    ],
)
def test_a_birth_date_range_holds_exactly_the_ages_of_the_group(age_min, age_max, inside, outside):
    today = date(2026, 11, 26)
    earliest, latest = ages.birth_date_range(age_min, age_max, today)
    for age in inside:
        assert earliest <= ages.nominal_birth_date(age, today) <= latest, age
    for age in outside:
        assert not earliest <= ages.nominal_birth_date(age, today) <= latest, age


def test_someone_born_the_day_after_the_range_ends_is_one_year_younger():
    today = date(2026, 11, 26)
    earliest, _ = ages.birth_date_range(20, 49, today)
    assert ages.age_on(earliest, today) == 49
    assert ages.age_on(date.fromordinal(earliest.toordinal() - 1), today) == 50


# --- properties --------------------------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@given(age=st.integers(ages.MIN_AGE, ages.MAX_AGE), declared_on=days)
def test_a_declared_age_is_the_age_on_the_day_it_was_declared(age, declared_on):
    assert ages.age_on(ages.nominal_birth_date(age, declared_on), declared_on) == age


@given(born=days, day=days)
def test_the_age_is_the_number_of_whole_years_since_the_birth_date(born, day):
    assume(day >= born)
    age = ages.age_on(born, day)
    assert ages.years_before(day, age) >= born  # `age` years back from the day: born by then
    assert ages.years_before(day, age + 1) < born  # one more year back: not yet born


@given(born=days, day=days)
def test_age_never_decreases_as_days_pass(born, day):
    assert ages.age_on(born, day) <= ages.age_on(born, day + timedelta(days=1))


@given(
    age_min=st.integers(0, 120),
    span=st.one_of(st.none(), st.integers(0, 120)),
    day=days,
    born=days,
)
def test_a_birth_date_range_holds_exactly_the_customers_of_those_ages_that_day(age_min, span, day, born):
    age_max = None if span is None else min(120, age_min + span)
    earliest, latest = ages.birth_date_range(age_min, age_max, day)
    age = ages.age_on(born, day)
    assert (earliest <= born <= latest) == (age_min <= age and (age_max is None or age <= age_max))
