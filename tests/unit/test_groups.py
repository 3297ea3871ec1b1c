"""The overlap rule of groups, pure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linecrm.domain.groups import Group, ProfileRange, first_overlap


def stored(group_id: str, gender: str, age_min: int, age_max: int | None, name: str | None = None) -> Group:
    return Group(group_id=group_id, name=name or group_id, gender=gender, age_min=age_min, age_max=age_max)


MALE_20_45 = stored("m2045", "male", 20, 45, "男性 20〜45歳")


@pytest.mark.parametrize(
    ("candidate", "collides"),
    [
        (ProfileRange("male", 15, 50), True),  # the seed's refusal
        (ProfileRange("female", 15, 50), False),  # the seed's acceptance
        (ProfileRange("any", 30, 35), True),  # "any" includes male
        (ProfileRange("male", 46, None), False),  # touching ranges do not overlap
        (ProfileRange("male", 45, None), True),  # inclusive ends: 45 is in both
        (ProfileRange("male", 0, 20), True),
        (ProfileRange("male", 0, 19), False),
    ],
)
def test_a_group_overlaps_when_gender_sets_and_age_ranges_both_intersect(candidate, collides):
    assert (first_overlap(candidate, [MALE_20_45]) is not None) is collides


def test_an_open_upper_end_reaches_every_older_age():
    assert ProfileRange("female", 50, None).overlaps(ProfileRange("female", 119, 120))
    assert ProfileRange("any", 0, None).overlaps(ProfileRange("female", 120, 120))


def test_the_collision_names_the_first_colliding_group_by_name():
    groups = [stored("b", "male", 30, 39, "B"), stored("a", "male", 20, 34, "A")]
    assert first_overlap(ProfileRange("male", 33, 33), groups).group_id == "a"


def test_a_group_being_edited_does_not_collide_with_itself():
    assert first_overlap(ProfileRange("male", 20, 30), [MALE_20_45], ignore_id="m2045") is None


def test_the_six_seed_groups_do_not_overlap_one_another():
    seed = [ProfileRange(g, lo, hi) for g in ("male", "female") for lo, hi in ((0, 19), (20, 49), (50, None))]
    assert not any(a.overlaps(b) for i, a in enumerate(seed) for b in seed[i + 1 :])


@pytest.mark.parametrize(
    ("gender", "age_min", "age_max"), [("men", 1, 2), ("male", -1, 2), ("male", 30, 20), ("male", 0, 121)]
)
def test_an_impossible_profile_range_is_refused(gender, age_min, age_max):
    with pytest.raises(ValueError):
        ProfileRange(gender, age_min, age_max)


ranges = st.builds(
    lambda g, lo, span: ProfileRange(g, lo, None if span is None else min(120, lo + span)),
    st.sampled_from(["male", "female", "any"]),
    st.integers(0, 120),
    st.one_of(st.none(), st.integers(0, 40)),
)


@given(ranges, ranges)
def test_overlap_is_symmetric_and_means_a_customer_could_be_in_both(a, b):
    assert a.overlaps(b) == b.overlaps(a)
    genders = {"male": {"male"}, "female": {"female"}, "any": {"male", "female", "unknown"}}
    shared_age = any(
        a.age_min <= age <= (a.age_max if a.age_max is not None else 120)
        and b.age_min <= age <= (b.age_max if b.age_max is not None else 120)
        for age in range(121)
    )
    assert a.overlaps(b) == (bool(genders[a.gender] & genders[b.gender]) and shared_age)


@given(st.lists(ranges, max_size=30))
def test_groups_accepted_one_by_one_by_the_rule_never_overlap(candidates):
    """What the API does on every create: accept a group only when it overlaps no stored one."""
    accepted: list[Group] = []
    for n, profile_range in enumerate(candidates):
        if first_overlap(profile_range, accepted) is None:
            accepted.append(
                stored(f"g{n}", profile_range.gender, profile_range.age_min, profile_range.age_max)
            )
    kept = [ProfileRange(g.gender, g.age_min, g.age_max) for g in accepted]
    assert not any(a.overlaps(b) for i, a in enumerate(kept) for b in kept[i + 1 :])
    # and every refused candidate really collided with a kept group
    for profile_range in candidates:
        if all(profile_range != k for k in kept):
            assert any(profile_range.overlaps(k) for k in kept)
