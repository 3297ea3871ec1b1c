"""The onboarding conversation end to end: the real webhook handler with signed API Gateway
events, DynamoDB on moto, and replies checked as the LINE emulator received them from the real
line-bot-sdk client."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from linecrm.dal import customers, history
from linecrm.domain import bot_texts as t
from linecrm.jst import today_jst
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import Customer, quick_replies, texts

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def taro(line_emulator):
    return Customer(line_emulator, "U" + "a" * 32, display_name="山田太郎")


def register(customer: Customer, gender: str = "男性", age: str = "33") -> None:
    customer.follow()
    customer.say(gender)
    customer.say(age)


def stored(customer: Customer) -> dict:
    """The customer's item as stored (index keys included)."""
    return customers.get_item(customer.user_id)


def test_follow_greets_states_the_purpose_and_asks_gender_with_quick_replies(taro):
    (reply,) = taro.follow()
    assert taro.last_status == 200
    assert reply["text"].startswith("こんにちは、Kuroge公式アカウントです。友だち登録ありがとうございます")
    assert t.PURPOSE in reply["text"] and "性別を教えてください" in reply["text"]
    assert quick_replies(reply) == ["男性", "女性", "回答しない"]
    item = stored(taro)
    assert item["state"] == "awaiting_gender" and item["registered"] is False
    assert item["display_name"] == "山田太郎"  # from LINE's profile API
    assert item["friendship"] == "following" and "registered_gender" not in item


def test_the_whole_conversation_registers_the_customer_with_an_age_that_will_advance(taro):
    taro.follow()
    assert texts(taro.say("男性")) == ["年齢を教えてください"]
    assert texts(taro.say("33")) == ["登録ありがとうございました。定期的にお得なクーポンをお送りします!"]
    item = stored(taro)
    declared = today_jst()
    assert item["state"] == "registered" and item["registered"] is True
    assert item["gender"] == "male" and item["age"] == 33
    assert item["age_declared_on"] == declared.isoformat()
    assert item["birth_date"] == declared.replace(year=declared.year - 33).isoformat()
    assert item["registered_gender"] == "male"
    assert taro.user_id in list(customers.profile_member_ids("male", 30, 39, declared))


@pytest.mark.parametrize("answer", ["３３", "33歳", "３３さい", "  33 ", "　３３　"])
def test_full_width_and_suffixed_ages_are_understood(taro, answer):
    taro.follow()
    taro.say("女性")
    assert texts(taro.say(answer)) == [t.THANKS]
    assert stored(taro)["age"] == 33 and stored(taro)["gender"] == "female"


@pytest.mark.parametrize(("answer", "reply"), [("121", t.AGE_OUT_OF_RANGE), ("さんじゅう", t.REASK_AGE)])
def test_out_of_range_and_non_numeric_ages_are_re_asked_with_the_state_unchanged(taro, answer, reply):
    taro.follow()
    taro.say("男")
    (message,) = taro.say(answer)
    assert message["text"] == f"{reply}\n{t.ASK_AGE}"
    assert stored(taro)["state"] == "awaiting_age" and "age" not in stored(taro)
    assert texts(taro.say("120")) == [t.THANKS]


def test_an_unknown_gender_answer_is_re_asked_with_the_buttons_again(taro):
    taro.follow()
    (message,) = taro.say("こんにちは")
    assert t.REASK_GENDER in message["text"] and quick_replies(message) == ["男性", "女性", "回答しない"]
    assert stored(taro)["state"] == "awaiting_gender"
    assert texts(taro.say("回答しない")) == [t.ASK_AGE]
    assert stored(taro)["gender"] == "unknown"


def test_stickers_and_images_mid_conversation_re_ask_the_open_question_and_are_recorded(taro):
    taro.follow()
    taro.say("女性")
    assert texts(taro.sticker()) == [f"{t.REASK_AGE}\n{t.ASK_AGE}"]
    assert texts(taro.image()) == [f"{t.REASK_AGE}\n{t.ASK_AGE}"]
    assert stored(taro)["state"] == "awaiting_age"
    assert texts(taro.say("28歳")) == [t.THANKS]
    inbound = [e.text for e in history.list_for(taro.user_id) if e.kind == "inbound"]
    assert inbound == ["女性", "[スタンプ]", "[画像]", "28歳"]


def test_every_inbound_message_and_every_reply_is_in_the_history(taro):
    register(taro)
    kinds = [(e.kind, e.text) for e in history.list_for(taro.user_id)]
    assert [k for k, _ in kinds] == [
        "follow",
        "reply",
        "inbound",
        "profile",
        "reply",
        "inbound",
        "profile",
        "reply",
    ]
    assert ("inbound", "男性") in kinds and ("inbound", "33") in kinds
    assert ("reply", t.THANKS) in kinds and ("profile", "性別: 男性") in kinds
    ages = [text for kind, text in kinds if kind == "profile" and text.startswith("年齢")]
    born = customers.get(taro.user_id).birth_date
    assert ages == [f"年齢: 33歳（生年月日 {born}）"]  # staff read Japanese, not gender=male


def test_unfollow_blocks_the_customer_and_keeps_their_history(taro):
    register(taro)
    assert taro.unfollow() == []
    item = stored(taro)
    assert item["blocked"] is True and "registered_gender" not in item and "friendship" not in item
    assert taro.user_id not in list(customers.following_ids())
    assert taro.user_id not in list(customers.profile_member_ids("any", 0, None, today_jst()))
    assert len(history.list_for(taro.user_id)) > 1


def test_a_registered_customer_who_follows_again_is_welcomed_back_without_questions(taro):
    register(taro, age="41")
    taro.unfollow()
    assert texts(taro.follow(is_unblocked=True)) == [t.WELCOME_BACK]
    item = stored(taro)
    assert item["blocked"] is False and item["state"] == "registered" and item["age"] == 41
    assert item["registered_gender"] == "male" and item["friendship"] == "following"


def test_profile_change_asks_again_and_replaces_the_answers(taro):
    register(taro, gender="男性", age="33")
    (question,) = taro.say("プロフィール変更")
    assert question["text"].endswith(t.ASK_GENDER) and quick_replies(question)[0] == "男性"
    taro.say("女性")
    assert texts(taro.say("45")) == [t.THANKS]
    item = stored(taro)
    assert (item["gender"], item["age"], item["registered_gender"]) == ("female", 45, "female")


def test_withdrawal_with_confirmation_deletes_profile_history_and_tags_and_replies_once(taro):
    from linecrm.dal import customer_tags, dynamo

    register(taro)
    tags = dynamo.table("customer_tags_table")
    customer_tags.tag("区分A", taro.user_id, "staff", "2026-11-26T00:00:00Z")
    assert customer_tags.reach("区分A") == 1
    (confirm,) = taro.say("退会")
    assert quick_replies(confirm) == ["はい", "いいえ"]
    assert stored(taro)["state"] == "confirming_withdrawal"
    assert texts(taro.say("はい")) == [t.WITHDRAWN]
    assert stored(taro) is None
    assert history.list_for(taro.user_id) == []
    assert tags.scan()["Items"] == [] and customer_tags.reach("区分A") == 0


def test_declining_withdrawal_keeps_everything(taro):
    register(taro)
    taro.say("データ削除")
    assert texts(taro.say("いいえ")) == [t.WITHDRAWAL_CANCELLED]
    assert stored(taro)["state"] == "registered" and stored(taro)["registered_gender"] == "male"


def test_after_withdrawal_a_new_message_starts_over_as_a_new_friend(taro):
    register(taro)
    taro.say("退会")
    taro.say("はい")
    (greeting,) = taro.say("こんにちは")
    assert greeting["text"].startswith(t.GREETING)
    assert stored(taro)["state"] == "awaiting_gender" and stored(taro)["registered"] is False


def test_a_customer_who_declared_49_a_year_ago_is_50_now_in_a_profile_query(line_emulator):
    hanako = Customer(line_emulator, "U" + "b" * 32)
    a_year_ago = datetime.now(UTC) - timedelta(days=366)
    stamp = int(a_year_ago.timestamp() * 1000)
    hanako.follow()
    hanako.say("女性")
    hanako.send(
        ev.text(hanako.user_id, "49", reply_token=line_emulator.issue_reply_token(hanako.user_id))
        | {"timestamp": stamp}
    )
    item = stored(hanako)
    assert item["age"] == 49 and item["age_declared_on"] == today_jst(a_year_ago).isoformat()
    today = today_jst()
    assert hanako.user_id in list(customers.profile_member_ids("female", 50, None, today))
    assert hanako.user_id not in list(customers.profile_member_ids("female", 20, 49, today))
    assert hanako.user_id in list(customers.profile_member_ids("female", 20, 49, today_jst(a_year_ago)))


def test_a_birth_date_answer_is_stored_as_given(taro):
    taro.follow()
    taro.say("男性")
    taro.say("1990年5月3日")
    item = stored(taro)
    assert item["birth_date"] == "1990-05-03"
    assert item["age"] == today_jst().year - 1990 - (today_jst() < date(today_jst().year, 5, 3))
