"""Which counters a stored turn moves (domain.statistics), and the survey's pure rules
(domain.surveys): each guard has a case that fails without it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from functions.admin_api.models import QuestionIn
from linecrm.domain import statistics, surveys
from linecrm.domain.customers import Customer
from linecrm.domain.surveys import SurveyQuestion
from linecrm.domain.timeline import TimelineEntry

DAY = date(2026, 12, 2)
AT = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)


def counts(before, changes, event_type, recent=()):
    """`before`: the customer's attributes as read (None: a new customer)."""
    customer = None if before is None else Customer("U1", **before)
    return statistics.turn_counts(customer, changes, event_type, DAY, recent)


def test_a_first_follow_counts_a_friend_added_and_the_funnel():
    assert counts(None, {"state": "awaiting_gender"}, "follow") == {
        "day#2026-12-02": {"followed": 1},
        "funnel": {"followed": 1},
    }


def test_an_unblock_counts_a_friend_added_but_not_the_funnel_and_a_repeated_follow_nothing():
    assert counts({"blocked": True, "registered": True}, {"blocked": False}, "follow") == {
        "day#2026-12-02": {"followed": 1}
    }
    assert counts({"blocked": False}, {"state": "awaiting_gender"}, "follow") == {}


def test_the_funnel_counts_the_first_gender_and_the_first_registration_only():
    assert counts({"state": "awaiting_gender"}, {"gender": "male"}, "message") == {
        "funnel": {"answered_gender": 1}
    }
    assert counts({"gender": "male"}, {"gender": "female"}, "message") == {}
    first = {"gender": "male"}
    assert counts(first, {"registered": True}, "message") == {"funnel": {"registered": 1}}
    again = {"gender": "male", "registered": True, "registered_at": "2026-12-01T00:00:00.000000Z"}
    assert counts(again, {"registered": True}, "message") == {}


def test_a_block_counts_the_day_and_each_message_received_within_24_hours_once():
    assert counts({"blocked": False}, {"blocked": True}, "unfollow", ["m1", "m2", "m1"]) == {
        "day#2026-12-02": {"blocked": 1},
        "message#m1": {"blocks_24h": 1},
        "message#m2": {"blocks_24h": 1},
    }
    assert counts({"blocked": True}, {"blocked": True}, "unfollow", ["m1"]) == {}
    many = [f"m{n}" for n in range(30)]
    assert len(counts({}, {"blocked": True}, "unfollow", many)) == 1 + statistics.MAX_MESSAGES_PER_BLOCK


def test_deliveries_within_24_hours_are_read_defensively():
    def entry(kind: str, entry_id: str = "2026-12-02T05:30:00.000000Z#x", **attributes) -> TimelineEntry:
        return TimelineEntry("U1", entry_id, kind, **attributes)

    entries = [
        entry("delivery", at="2026-12-02T05:00:00.000000Z", message_id="m1"),
        entry("delivery", "2026-12-01T07:00:00.000000Z#delivery-m2"),  # no `at`, id in the key
        entry("delivery", at="2026-12-01T05:59:59.000000Z", message_id="old"),  # 24 h + 1 s before
        entry("reply", at="2026-12-02T05:00:00.000000Z", message_id="not-a-delivery"),
        entry("delivery", at="2026-12-02T05:30:00.000000Z"),  # no id at all: skipped
    ]
    assert statistics.delivered_within(entries, AT) == ["m1", "m2"]


def test_rates_and_months():
    assert statistics.use_rate(1, 4) == 0.25 and statistics.use_rate(0, 0) is None
    assert statistics.repeat_rate(8, 2) == 0.25 and statistics.repeat_rate(0, 0) is None
    assert statistics.months_back(date(2026, 2, 10), 3) == ["2025-12", "2026-01", "2026-02"]


QUESTIONS = [
    SurveyQuestion("q00000002", "店舗", ("銀座店", "恵比寿店"), position=1),
    SurveyQuestion("q00000001", "部位", ("ヒレ", "ロース"), position=0),
    SurveyQuestion("q00000003", "旧", ("a", "b"), position=2, active=False),
]


def test_questions_are_asked_in_position_order_skipping_answered_and_inactive_ones():
    assert surveys.next_question(QUESTIONS, {}).question_id == "q00000001"
    assert surveys.next_question(QUESTIONS, {"q00000001": "ヒレ"}).question_id == "q00000002"
    assert surveys.next_question(QUESTIONS, {"q00000001": "ヒレ", "q00000002": "銀座店"}) is None


def test_a_tapped_answer_must_name_an_active_question_and_one_of_its_choices():
    assert surveys.answer_of(QUESTIONS, {"q": "q00000001", "c": "1"}) == ("q00000001", "ロース")
    assert surveys.answer_of(QUESTIONS, {"q": "q00000001", "c": "2"}) is None
    assert surveys.answer_of(QUESTIONS, {"q": "q00000001", "c": "-1"}) is None
    assert surveys.answer_of(QUESTIONS, {"q": "q00000003", "c": "0"}) is None
    assert surveys.answer_of(QUESTIONS, {"q": "q99999999", "c": "0"}) is None


def test_a_question_has_2_to_13_distinct_choices_of_at_most_20_characters():
    QuestionIn(text="部位", choices=["ヒレ", "ロース"])
    for choices in (["ヒレ"], ["ヒレ", "ヒレ"], ["x" * 21, "y"], [str(n) for n in range(14)], ["ヒレ", " "]):
        with pytest.raises(ValidationError):
            QuestionIn(text="部位", choices=choices)
    message = surveys.ask(QUESTIONS[1])
    items = message["quickReply"]["items"]
    assert [i["action"]["data"] for i in items] == [
        "action=survey&q=q00000001&c=0",
        "action=survey&q=q00000001&c=1",
    ]
    assert [i["action"]["displayText"] for i in items] == ["ヒレ", "ロース"]
