"""Age and gender answers, for every age and every way of writing it (property-based)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linecrm.domain import conversation as c
from linecrm.domain.ages import age_on
from linecrm.domain.customers import Customer

TODAY = date(2026, 11, 26)
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
spaces = st.sampled_from(["", " ", "  ", "\u3000", "\t"])
suffixes = st.sampled_from(["", "歳", "才", "さい", " 歳", "\u3000さい"])


@given(age=st.integers(0, 120), wide=st.booleans(), before=spaces, after=spaces, suffix=suffixes)
def test_every_age_from_0_to_120_is_read_however_it_is_written(age, wide, before, after, suffix):
    digits = str(age).translate(FULL_WIDTH) if wide else str(age)
    assert c.parse_age(f"{before}{digits}{suffix}{after}", TODAY) == c.AgeAnswer(age)


@given(age=st.integers(121, 999), wide=st.booleans(), suffix=suffixes)
def test_every_age_above_120_is_out_of_range(age, wide, suffix):
    digits = str(age).translate(FULL_WIDTH) if wide else str(age)
    with pytest.raises(c.AgeOutOfRange):
        c.parse_age(f"{digits}{suffix}", TODAY)


@given(answer=st.text(alphabet=st.characters(blacklist_categories=("Nd", "No")), max_size=20))
def test_an_answer_without_digits_is_never_an_age(answer):  # "No" too: NFKC makes ① or ² digits
    assert c.parse_age(answer, TODAY) is None


@given(age=st.integers(0, 120))
def test_a_declared_age_becomes_a_birth_date_that_gives_the_same_age_today(age):
    turn = c.on_text(Customer("U1", state=c.AWAITING_AGE), str(age), TODAY)
    assert age_on(date.fromisoformat(turn.changes["birth_date"]), TODAY) == age


@given(label=st.sampled_from(["男性", "女性", "回答しない"]), before=spaces, after=spaces)
def test_the_quick_reply_labels_are_always_understood(label, before, after):
    expected = {"男性": "male", "女性": "female", "回答しない": "unknown"}[label]
    assert c.parse_gender(f"{before}{label}{after}") == expected
