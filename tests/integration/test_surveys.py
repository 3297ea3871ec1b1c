"""アンケート end to end: staff define questions through the staff API (validated, audited), the bot
asks them after registration and on 「アンケート」 with postback quick replies, the answers land on
the customer; a survey left half-way does not get in the way of registration or 退会."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linecrm.dal import customers
from linecrm.domain import bot_texts as t
from linecrm.domain import surveys
from linecrm.jst import now_utc
from local.line_emulator import webhook_events as ev
from tests.support.admin_api import call
from tests.support.line_webhook import Customer, texts

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")

CUTS = ["サーロイン", "ヒレ", "ロース", "カルビ"]
STORES = ["銀座店", "恵比寿店", "新宿店"]


@pytest.fixture
def questions():
    made = []
    for position, (text, choices) in enumerate((("好きな部位は?", CUTS), ("よく行く店舗は?", STORES))):
        status, body = call("POST", "/api/surveys", {"text": text, "choices": choices, "position": position})
        assert status == 201, body
        made.append(body)
    return made


@pytest.fixture
def taro(line_emulator):
    return Customer(line_emulator, "U" + "a" * 32, display_name="山田太郎")


def postback_choices(message: dict) -> list[tuple[str, str]]:
    return [(i["action"]["label"], i["action"]["data"]) for i in message["quickReply"]["items"]]


def tap(customer: Customer, message: dict, label: str) -> list[dict]:
    data = dict(postback_choices(message))[label]
    return customer.send(ev.postback(customer.user_id, data, reply_token=customer._token()))


def test_questions_are_validated_and_audited(questions):
    status, body = call("POST", "/api/surveys", {"text": " ", "choices": ["a"]})
    assert status == 422
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"text", "choices"} and "質問" in body["message"]
    status, body = call("POST", "/api/surveys", {"text": "好きな部位", "choices": ["ヒレ", "ヒレ"]})
    assert status == 422 and body["errors"][0]["reason"] == "同じ選択肢が重複しています"
    status, body = call("POST", "/api/surveys", {"text": "x", "choices": ["a" * 21, "b"]})
    assert status == 422 and body["errors"][0]["field"] == "choices[0]"
    status, body = call("POST", "/api/surveys", {"text": "x", "choices": [str(n) for n in range(14)]})
    assert status == 422

    first = questions[0]["question_id"]
    status, body = call("PUT", f"/api/surveys/{first}", {"text": "好きな部位は?", "choices": [*CUTS, "タン"]})
    assert status == 200 and body["version"] == 2 and body["choices"][-1] == "タン"
    status, body = call("GET", "/api/surveys")
    assert [q["text"] for q in body["questions"]] == ["好きな部位は?", "よく行く店舗は?"]
    status, body = call("GET", f"/api/surveys/{first}/audit")
    assert [e["action"] for e in body["entries"]] == ["created", "updated"]
    assert body["entries"][1]["changes"] == {"choices": [*CUTS, "タン"]}
    assert call("DELETE", f"/api/surveys/{first}")[0] == 204
    assert call("GET", f"/api/surveys/{first}")[0] == 404
    assert call("GET", "/api/surveys/nope")[0] == 422


def test_registration_then_the_survey_one_question_at_a_time(questions, taro):
    taro.follow()
    taro.say("男性")
    thanks, question = taro.say("33")
    assert thanks["text"] == t.THANKS
    assert question["text"] == f"{surveys.AFTER_REGISTRATION}\n好きな部位は?"
    assert [label for label, _ in postback_choices(question)] == CUTS

    (second,) = tap(taro, question, "ヒレ")
    assert second["text"] == "よく行く店舗は?"
    (done,) = tap(taro, second, "銀座店")
    assert done["text"] == surveys.THANKS
    ids = [q["question_id"] for q in questions]
    assert customers.get(taro.user_id).survey == {ids[0]: "ヒレ", ids[1]: "銀座店"}
    assert texts(taro.say("アンケート")) == [surveys.ALL_ANSWERED]

    status, body = call("GET", f"/api/customers/{taro.user_id}")
    assert body["survey"] == {ids[0]: "ヒレ", ids[1]: "銀座店"}


def test_the_keyword_asks_the_next_unanswered_question_and_a_stale_button_is_refused(questions, taro):
    taro.follow()
    taro.say("男性")
    _, question = taro.say("33")
    tap(taro, question, "カルビ")
    (asked,) = taro.say("アンケート")
    assert asked["text"] == f"{surveys.INTRO.format(count=2)}\nよく行く店舗は?"
    data = f"action=survey&q={questions[1]['question_id']}&c=9"
    stale = taro.send(ev.postback(taro.user_id, data, reply_token=taro._token()))
    assert stale[0]["text"].startswith(surveys.STALE)
    assert questions[1]["question_id"] not in customers.get(taro.user_id).survey


def test_a_survey_left_half_way_does_not_block_registration_or_withdrawal(questions, taro):
    taro.follow()
    assert texts(taro.say("アンケート")) == [surveys.NOT_REGISTERED, t.ASK_GENDER]  # then the open question
    taro.say("男性")
    _, question = taro.say("33")
    taro.say("退会")
    tap(taro, question, "ヒレ")  # a survey button tapped while 退会 waits for its answer
    assert customers.get(taro.user_id).state == "confirming_withdrawal"
    assert texts(taro.say("はい")) == [t.WITHDRAWN]
    assert customers.get(taro.user_id) is None
    assert tap(taro, question, "ロース") == []  # after 退会: nothing stored, nobody created
    assert customers.get(taro.user_id) is None


def test_the_customer_list_filters_on_an_answer_and_the_csv_exports_it(questions, line_emulator):
    ids = [q["question_id"] for q in questions]
    people = {name: Customer(line_emulator, "U" + name * 32) for name in "abc"}
    for name, cut in zip("abc", ("ヒレ", "ヒレ", "カルビ"), strict=True):
        person = people[name]
        person.follow()
        person.say("男性")
        _, question = person.say("33")
        tap(person, question, cut)

    status, body = call("GET", "/api/customers", query=f"survey={ids[0]}:ヒレ")
    assert status == 200
    assert sorted(c["user_id"] for c in body["customers"]) == [people["a"].user_id, people["b"].user_id]
    status, body = call("GET", "/api/customers", query=f"survey={ids[0]}:カルビ&gender=male")
    assert [c["user_id"] for c in body["customers"]] == [people["c"].user_id]
    status, body = call("GET", "/api/customers", query="survey=nonsense")
    assert status == 422 and body["errors"][0]["field"] == "survey"

    from local.apigw import proxy_event
    from tests.support.admin_api import AUTH, invoke

    event = proxy_event(
        "GET",
        "/api/customers/export",
        headers=AUTH,
        query_string=f"survey={ids[0]}:ヒレ",
        resource="/api/{proxy+}",
        path_parameters={"proxy": "customers/export"},
    )
    status, _, payload = invoke(event)
    lines = payload.decode("utf-8-sig").splitlines()
    assert status == 200 and lines[0].endswith("アンケート: 好きな部位は?,アンケート: よく行く店舗は?")
    assert len(lines) == 3 and all(line.endswith(",ヒレ,") for line in lines[1:])


def test_a_message_targets_the_customers_who_gave_an_answer(questions, line_emulator):
    from linecrm.logic import dispatch
    from tests.integration.dispatch_support import message, multicasts

    ids = [q["question_id"] for q in questions]
    people = {name: Customer(line_emulator, "U" + name * 32) for name in "abcd"}
    for name, cut in zip("abcd", ("ヒレ", "ヒレ", "カルビ", "ヒレ"), strict=True):
        person = people[name]
        person.follow()
        person.say("男性")
        _, question = person.say("33")
        tap(person, question, cut)
    people["d"].unfollow()  # answered ヒレ but blocked: not reached

    target = {"type": "survey", "question_id": ids[0], "choice": "ヒレ"}
    status, body = call("POST", "/api/messages/estimate", {"target": target})
    assert status == 200 and body["recipient_count"] == 2
    send_at = (now_utc() + timedelta(minutes=5)).isoformat()
    status, created = call(
        "POST",
        "/api/messages",
        {"target": target, "send_at": send_at, "messages": [{"type": "text", "text": "ヒレ好きの方へ"}]},
    )
    assert status == 201, created
    for wrong, field in (
        ({**target, "choice": "タン"}, "target.choice"),
        ({**target, "question_id": "q00000000"}, "target.question_id"),
    ):
        status, body = call(
            "POST",
            "/api/messages",
            {"target": wrong, "send_at": send_at, "messages": [{"type": "text", "text": "x"}]},
        )
        assert status == 422 and body["errors"][0]["field"] == field

    dispatch.run(clock=lambda: now_utc() + timedelta(minutes=10))

    assert message(created["message_id"])["sent_count"] == 2
    (request,) = multicasts(line_emulator)
    assert sorted(request.body["to"]) == [people["a"].user_id, people["b"].user_id]
