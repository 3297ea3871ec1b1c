"""Ages advance with time: what is stored is a (nominal) birth date, not a frozen age."""

from __future__ import annotations

from datetime import date

import pytest

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
