"""The onboarding conversation as pure rules: every answer, every state, no AWS."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from linecrm.domain import bot_texts as t
from linecrm.domain import conversation as c
from linecrm.domain.customers import Customer

TODAY = date(2026, 11, 26)


def customer(state: str, **attrs) -> Customer:
    return Customer(**{"user_id": "U1", "state": state, "blocked": False, "registered": False, **attrs})


def registered(**attrs) -> Customer:
    return customer(c.REGISTERED, registered=True, gender="male", age=33, birth_date="1993-11-26", **attrs)


def texts(turn: c.Turn) -> list[str]:
    return [m["text"] for m in turn.replies]


def quick_replies(message: dict) -> list[str]:
    return [item["action"]["text"] for item in message.get("quickReply", {}).get("items", [])]


# --- follow / unfollow ---------------------------------------------------------------------


def test_a_new_friend_is_greeted_told_the_purpose_and_asked_their_gender_with_quick_replies():
    turn = c.on_follow(None)
    (message,) = turn.replies
    assert message["type"] == "text"
    assert message["text"].startswith(t.GREETING)
    assert t.PURPOSE in message["text"] and message["text"].endswith(t.ASK_GENDER)
    assert quick_replies(message) == ["男性", "女性", "回答しない"]
    assert turn.changes["state"] == c.AWAITING_GENDER and turn.changes["registered"] is False


def test_a_registered_customer_who_follows_again_is_welcomed_back_without_questions():
    turn = c.on_follow(registered(blocked=True))
    assert texts(turn) == [t.WELCOME_BACK]
    assert turn.changes == {"blocked": False}


def test_a_registered_customer_who_left_mid_profile_change_is_welcomed_back_as_registered():
    # Not left with a silent open question: their earlier answers stand.
    turn = c.on_follow(replace(registered(blocked=True), state=c.AWAITING_AGE))
    assert texts(turn) == [t.WELCOME_BACK]
    assert turn.changes == {"blocked": False, "state": c.REGISTERED, "previous_state": None}


def test_a_customer_who_left_mid_onboarding_starts_again_on_follow():
    turn = c.on_follow(customer(c.AWAITING_AGE, gender="female", blocked=True))
    assert turn.changes["state"] == c.AWAITING_GENDER and turn.changes["blocked"] is False
    assert texts(turn)[0].endswith(t.ASK_GENDER)


def test_unfollow_blocks_and_sends_nothing():
    turn = c.on_unfollow(registered())
    assert turn.changes == {"blocked": True} and turn.replies == []


# --- gender --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gender"),
    [
        ("男性", "male"),
        ("男", "male"),
        (" male ", "male"),
        ("Male", "male"),
        ("女性", "female"),
        ("女", "female"),
        ("ＦＥＭＡＬＥ", "female"),
        ("回答しない", "unknown"),
    ],
)
def test_gender_answers_in_their_usual_forms_are_understood(answer, gender):
    turn = c.on_text(customer(c.AWAITING_GENDER), answer, TODAY)
    assert turn.changes == {"gender": gender, "state": c.AWAITING_AGE}
    assert texts(turn) == [t.ASK_AGE]


@pytest.mark.parametrize("answer", ["こんにちは", "33", "", "男女"])
def test_anything_else_re_asks_the_gender_and_changes_nothing(answer):
    turn = c.on_text(customer(c.AWAITING_GENDER), answer, TODAY)
    assert turn.changes == {}
    assert t.ASK_GENDER in texts(turn)[0] or t.REASK_GENDER in texts(turn)[0]
    assert quick_replies(turn.replies[0]) == ["男性", "女性", "回答しない"]


# --- age -----------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["33", "３３", "33歳", "３３さい", "  33  ", "　３３　歳", "33才"])
def test_age_answers_with_full_width_digits_suffixes_and_spaces_are_understood(answer):
    turn = c.on_text(customer(c.AWAITING_AGE, gender="male"), answer, TODAY)
    assert turn.changes == {
        "age": 33,
        "age_declared_on": "2026-11-26",
        "birth_date": "1993-11-26",
        "state": c.REGISTERED,
        "registered": True,
    }
    assert texts(turn) == [t.THANKS]


@pytest.mark.parametrize(("answer", "age"), [("0", 0), ("120", 120), ("1", 1)])
def test_ages_from_0_to_120_are_valid(answer, age):
    assert c.on_text(customer(c.AWAITING_AGE), answer, TODAY).changes["age"] == age


@pytest.mark.parametrize("answer", ["121", "999", "-1"])
def test_out_of_range_ages_are_re_asked_with_the_range(answer):
    turn = c.on_text(customer(c.AWAITING_AGE), answer, TODAY)
    assert turn.changes == {}
    assert texts(turn)[0].startswith(t.AGE_OUT_OF_RANGE if answer != "-1" else t.REASK_AGE)


@pytest.mark.parametrize("answer", ["さんじゅう", "33.5", "thirty", "男性", "3 3 3 3"])
def test_non_numeric_ages_are_re_asked_and_nothing_changes(answer):
    turn = c.on_text(customer(c.AWAITING_AGE), answer, TODAY)
    assert turn.changes == {}
    assert texts(turn) == [f"{t.REASK_AGE}\n{t.ASK_AGE}"]


def test_a_birth_date_is_accepted_instead_of_an_age_and_stored_as_given():
    turn = c.on_text(customer(c.AWAITING_AGE), "1990年5月3日", TODAY)
    assert turn.changes["birth_date"] == "1990-05-03" and turn.changes["age"] == 36


def test_a_birth_date_in_the_future_is_out_of_range():
    turn = c.on_text(customer(c.AWAITING_AGE), "2030-01-01", TODAY)
    assert turn.changes == {} and texts(turn)[0].startswith(t.AGE_OUT_OF_RANGE)


# --- other messages, keywords --------------------------------------------------------------


def test_a_sticker_mid_conversation_re_asks_the_open_question():
    turn = c.on_other_message(customer(c.AWAITING_AGE), "sticker")
    assert turn.changes == {} and texts(turn) == [f"{t.REASK_AGE}\n{t.ASK_AGE}"]


def test_a_sticker_from_a_registered_customer_gets_no_automatic_reply():
    assert c.on_other_message(registered(), "sticker").replies == []


def test_free_text_from_a_registered_customer_is_only_recorded():
    turn = c.on_text(registered(), "美味しかったです", TODAY)
    assert turn.replies == [] and turn.changes == {}


def test_a_message_from_an_unknown_sender_starts_over_as_a_new_friend():
    turn = c.on_text(None, "こんにちは", TODAY)
    assert turn.changes["state"] == c.AWAITING_GENDER and texts(turn)[0].startswith(t.GREETING)


@pytest.mark.parametrize("keyword", ["プロフィール変更", " プロフィール変更 "])
def test_profile_change_asks_the_questions_again_keeping_the_current_answers_until_replaced(keyword):
    turn = c.on_text(registered(), keyword, TODAY)
    assert turn.changes == {"state": c.AWAITING_GENDER}
    assert quick_replies(turn.replies[0]) == ["男性", "女性", "回答しない"]


@pytest.mark.parametrize("keyword", ["退会", "データ削除"])
def test_withdrawal_asks_for_confirmation_first(keyword):
    turn = c.on_text(registered(), keyword, TODAY)
    assert turn.changes == {"state": c.CONFIRMING_WITHDRAWAL, "previous_state": c.REGISTERED}
    assert not turn.delete
    assert quick_replies(turn.replies[0]) == ["はい", "いいえ"]


def test_confirmed_withdrawal_deletes_and_says_goodbye_once():
    turn = c.on_text(customer(c.CONFIRMING_WITHDRAWAL, previous_state=c.REGISTERED), "はい", TODAY)
    assert turn.delete and texts(turn) == [t.WITHDRAWN]


def test_declined_withdrawal_returns_to_where_the_customer_was():
    waiting = customer(c.CONFIRMING_WITHDRAWAL, previous_state=c.AWAITING_AGE)
    turn = c.on_text(waiting, "いいえ", TODAY)
    assert not turn.delete
    assert turn.changes == {"state": c.AWAITING_AGE, "previous_state": None}
    assert texts(turn) == [t.WITHDRAWAL_CANCELLED, t.ASK_AGE]


def test_an_unclear_answer_to_the_confirmation_asks_again():
    turn = c.on_text(customer(c.CONFIRMING_WITHDRAWAL, previous_state=c.REGISTERED), "うーん", TODAY)
    assert not turn.delete and turn.changes == {}
    assert texts(turn) == [t.REASK_WITHDRAWAL]


# --- parsing helpers -----------------------------------------------------------------------


def test_parse_age_returns_none_for_text_and_raises_for_out_of_range():
    assert c.parse_age("abc", TODAY) is None
    with pytest.raises(c.AgeOutOfRange):
        c.parse_age("150", TODAY)


def test_parse_gender_returns_none_for_unknown_words():
    assert c.parse_gender("たぶん") is None
