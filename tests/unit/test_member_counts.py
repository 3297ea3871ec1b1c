"""Member counts (pure): counting from year totals and cut-through days equals counting members."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from linecrm.domain.groups import ProfileRange
from linecrm.domain.member_counts import (
    Changes,
    bucket_of,
    bucket_text,
    count,
    days_needed,
    in_range,
    parse_bucket,
)


def tally(buckets) -> tuple[dict, dict]:
    """The stored items a fold would leave for these buckets, split as `count` reads them."""
    changes = Changes()
    for bucket in buckets:
        changes.add(bucket, +1)
    stored = dict(changes.items())
    years = {k.split("#")[1]: v for k, v in stored.items() if k.startswith("years#")}
    days = {(k.split("#")[1], int(k.split("#")[2])): v for k, v in stored.items() if k.startswith("days#")}
    return years, days


def test_boundaries_fall_on_birthdays():
    today = date(2026, 11, 26)
    buckets = [
        ("male", "2006-11-26"),  # turned 20 today
        ("male", "2006-11-27"),  # 19 until tomorrow
        ("male", "1976-11-27"),  # 49 until tomorrow
        ("male", "1976-11-26"),  # turned 50 today
        ("male", "1950-01-01"),
        ("female", "1990-05-05"),
        ("unknown", "2000-01-01"),
    ]
    years, days = tally(buckets)
    ranges = {
        "m20": ProfileRange("male", 20, 49),
        "m50": ProfileRange("male", 50, None),
        "m0": ProfileRange("male", 0, 19),
        "any": ProfileRange("any", 20, 49),
        "f0": ProfileRange("female", 0, 19),
    }
    got = {name: count(s, today, years, days) for name, s in ranges.items()}
    assert got == {"m20": 2, "m50": 2, "m0": 1, "any": 4, "f0": 0}


def test_only_the_years_a_range_cuts_through_need_their_days():
    today = date(2026, 11, 26)
    years, _ = tally([("male", f"{y}-06-01") for y in range(1940, 2020)])
    needed = days_needed([ProfileRange("male", 20, 49), ProfileRange("female", 20, 49)], today, years)
    assert needed == {("male", 2006), ("male", 1976)}  # nobody female is counted: nothing to read
    on_new_year = days_needed([ProfileRange("male", 20, 49)], date(2027, 1, 1), years)
    assert on_new_year == {("male", 1977), ("male", 2007)}  # born 1977-01-02 .. 2007-01-01


def test_a_move_is_one_out_and_one_in_and_no_move_is_nothing():
    changes = Changes()
    changes.move(("male", "1990-05-03"), ("male", "1990-05-03"))
    assert dict(changes.items()) == {}
    changes.move(("male", "1990-05-03"), ("female", "1990-05-03"))
    changes.move(None, ("male", "1991-01-01"))
    assert dict(changes.items()) == {
        "years#female": {"y1990": 1},
        "years#male": {"y1990": -1, "y1991": 1},
        "days#female#1990": {"d0503": 1},
        "days#male#1990": {"d0503": -1},
        "days#male#1991": {"d0101": 1},
    }


def test_buckets_are_the_profile_index_keys_and_survive_storage():
    assert bucket_of({"registered_gender": "female", "birth_date": "1990-05-03"}) == ("female", "1990-05-03")
    assert bucket_of({"gender": "female", "birth_date": "1990-05-03"}) is None  # blocked or unregistered
    assert parse_bucket(bucket_text(("unknown", "2001-02-28"))) == ("unknown", "2001-02-28")
    assert bucket_text(None) is None and parse_bucket(None) is None


birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31)).map(date.isoformat)
buckets = st.tuples(st.sampled_from(["male", "female", "unknown"]), birth_dates)
ranges = st.builds(
    lambda g, lo, span: ProfileRange(g, lo, None if span is None else min(120, lo + span)),
    st.sampled_from(["male", "female", "any"]),
    st.integers(0, 120),
    st.one_of(st.none(), st.integers(0, 60)),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(buckets, max_size=60),
    st.lists(ranges, min_size=1, max_size=6),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2040, 12, 31)),
)
def test_counts_equal_counting_the_members_one_by_one(members, wanted, today):
    years, all_days = tally(members)
    needed = days_needed(wanted, today, years)
    days = {k: v for k, v in all_days.items() if k in needed}  # what the reader fetches, no more
    for profile_range in wanted:
        assert count(profile_range, today, years, days) == sum(
            in_range(b, profile_range, today) for b in members
        )


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), buckets), st.one_of(st.none(), buckets)), max_size=40))
def test_moves_add_up_to_where_everyone_ends(moves):
    """Counts after a series of moves equal a tally of where each customer ended."""
    changes = Changes()
    where: list = []
    for before, after in moves:  # each move: a new customer at `before`, then moved to `after`
        changes.add(before, +1)
        changes.move(before, after)
        where.append(after)
    assert dict(changes.items()) == dict(_changes_of(b for b in where if b).items())


def _changes_of(bucket_list) -> Changes:
    changes = Changes()
    for bucket in bucket_list:
        changes.add(bucket, +1)
    return changes


def test_leap_day_birthdays_count_on_the_day_before_in_other_years():
    today = date(2027, 2, 28)
    years, days = tally([("female", "2007-02-28")])  # a nominal birth date never falls on 29 Feb here
    assert count(ProfileRange("female", 20, 20), today, years, days) == 1
    assert count(ProfileRange("female", 20, 20), today - timedelta(days=1), years, days) == 0
