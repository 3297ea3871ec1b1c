"""What the console needs of the staff API: sign-in sessions whose name the server vouches for (not
a header a client sets), JSON as UTF-8 text, validation messages in Japanese naming the field,
test friends and the test send (through the real line-bot-sdk client, to the LINE emulator)."""

from __future__ import annotations

import json
import re

import pytest

from functions.admin_api import auth
from linecrm.jst import today_jst
from linecrm.settings import get_settings
from local.apigw import proxy_event
from tests.integration.admin_support import put_customer
from tests.support.admin_api import TOKEN, call, group, invoke, session_of, unauthenticated

pytestmark = pytest.mark.usefixtures("admin_token_mode")

ENGLISH = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")  # "Input should…", "Field required", "at most 5"


def raw_call(method: str, path: str, body: str | None, headers: dict[str, str]) -> tuple[int, str]:
    event = proxy_event(
        method,
        path,
        headers={"Content-Type": "application/json", **headers},
        body=body,
        resource="/api/{proxy+}",
        path_parameters={"proxy": path.removeprefix("/api/")},
    )
    status, _, payload = invoke(event)
    return status, payload.decode("utf-8")


def sign_in(admin_token: str, name: str) -> tuple[int, dict]:
    status, text = raw_call(
        "POST", "/api/session", json.dumps({"admin_token": admin_token, "name": name}), {}
    )
    return status, json.loads(text)


def test_the_audit_trail_names_the_staff_member_who_signed_in_never_a_header(aws):
    headers = {**session_of("山田"), "X-Staff-Name": "偽名"}
    status, created = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49), headers=headers)
    assert status == 201
    assert created["created_by"] == "山田"
    status, token_only = call(
        "POST", "/api/groups", group("女性 20〜49歳", "female", 20, 49), headers={"X-Staff-Name": "山田"}
    )
    assert token_only["created_by"] == auth.LOCAL_STAFF  # the header is ignored


def test_signing_in_needs_the_admin_token_and_a_name(aws):
    status, answer = sign_in("wrong", "山田")
    assert (status, answer["message"]) == (401, "管理トークンが違います")
    status, answer = sign_in(TOKEN, "  ")
    assert status == 422 and answer["errors"][0]["field"] == "name"
    assert answer["errors"][0]["reason"] == "お名前を入力してください"
    status, answer = sign_in(TOKEN, "山田")
    assert status == 201 and answer["name"] == "山田" and TOKEN not in answer["token"]


def test_a_forged_expired_or_foreign_session_is_refused(aws):
    token, _ = auth.issue_session("山田", TOKEN)
    assert call("GET", "/api/groups", headers={"Authorization": f"Bearer {token}"})[0] == 200

    payload, _, signature = token.partition(".")[2].partition(".")
    forged_payload = auth._b64(json.dumps({"name": "社長", "exp": 2**40}).encode())
    for forged in (
        f"{auth.SESSION_PREFIX}{forged_payload}.{signature}",  # another name, the old signature
        auth.issue_session("山田", "another-admin-token")[0],  # signed under another token
        auth.issue_session("山田", TOKEN, now=0)[0],  # expired in 1970
        token[:-2],
    ):
        assert unauthenticated("GET", "/api/groups", headers={"Authorization": f"Bearer {forged}"})[0] == 401


def test_in_cognito_mode_there_is_no_token_sign_in(aws, monkeypatch):
    monkeypatch.setenv("AUTH_MODE", "cognito")
    get_settings.cache_clear()
    status, answer = sign_in(TOKEN, "山田")
    assert status == 404 and "Cognito" in answer["message"]


def test_json_is_utf8_text_without_escapes_401_included(aws):
    status, text = raw_call(
        "POST",
        "/api/groups",
        json.dumps({"name": "男性", "gender": "male", "age_min": 20}),
        {"Authorization": f"Bearer {TOKEN}"},
    )
    assert status == 201 and '"name":"男性"' in text and "\\u" not in text
    status, text = raw_call("GET", "/api/groups", None, {})
    assert status == 401 and "ログイン" in text and "\\u" not in text


@pytest.mark.parametrize(
    ("body", "field", "reason"),
    [
        (
            {"name": "x", "gender": "man", "age_min": 20},
            "gender",
            "male、female、any のいずれかを指定してください",
        ),
        ({"name": "x", "gender": "male"}, "age_min", "入力してください"),
        ({"name": "x", "gender": "male", "age_min": -1}, "age_min", "0以上の値にしてください"),
        ({"name": "x", "gender": "male", "age_min": "二十"}, "age_min", "整数で入力してください"),
        ({"name": "x" * 51, "gender": "male", "age_min": 1}, "name", "50文字以内で入力してください"),
        (
            {"name": "x", "gender": "male", "age_min": 30, "age_max": 20},
            "age_max",
            "年齢（上限）は年齢（下限）以上にしてください",
        ),
        (
            {"name": "x", "gender": "male", "age_min": 1, "colour": "red"},
            "colour",
            "この項目は指定できません",
        ),
    ],
)
def test_group_validation_messages_are_japanese_and_name_the_field(aws, body, field, reason):
    status, answer = call("POST", "/api/groups", body)
    assert status == 422
    assert {"field": field, "reason": reason} in answer["errors"]
    assert not ENGLISH.search(answer["message"]), answer["message"]


def test_message_validation_messages_are_japanese(aws):
    text = {"type": "text", "text": "こんにちは"}
    body = {"target": {"type": "everyone"}, "send_at": "2099-01-01T18:00:00+09:00", "messages": [text] * 6}
    status, answer = call("POST", "/api/messages", body)
    assert status == 422
    reasons = {e["field"]: e["reason"] for e in answer["errors"]}
    assert reasons["messages"] == "5件以内にしてください"
    assert reasons["target"].startswith("type は ")
    for reason in reasons.values():
        assert not ENGLISH.search(reason), reason


def test_the_test_send_reaches_only_the_test_friends(aws, line_emulator):
    today = today_jst()
    for user_id in ("U1", "U2"):
        line_emulator.channel.add_customer(user_id, user_id)
        put_customer(user_id, "male", 30, declared_on=today)
    coupon = {"type": "coupon_card", "title": "和牛カルビ半額", "code": "WAGYU50"}

    status, answer = call("POST", "/api/messages/test", {"messages": [coupon]})
    assert status == 422 and answer["errors"][0]["field"] == "test_friends"  # nobody to send to yet

    assert call("PUT", "/api/test-friends/U404")[0] == 404
    status, friend = call("PUT", "/api/test-friends/U1", headers=session_of("山田"))
    assert status == 200 and friend["added_by"] == "山田"
    status, answer = call("POST", "/api/messages/test", {"messages": [coupon]})
    assert status == 200 and [f["user_id"] for f in answer["sent_to"]] == ["U1"]
    (sent,) = line_emulator.channel.sent_to("U1")
    assert "和牛カルビ半額" in json.dumps(sent, ensure_ascii=False)
    assert line_emulator.channel.sent_to("U2") == []
    assert call("GET", "/api/messages")[1]["messages"] == []  # nothing was scheduled

    # named as staff know the customer now: the 氏名 recorded after adding them
    assert call("PATCH", "/api/customers/U1", {"name": "田中 大介"})[0] == 200
    (listed,) = call("GET", "/api/test-friends")[1]["test_friends"]
    assert listed["display_name"] == "田中 大介"

    assert call("DELETE", "/api/test-friends/U1")[0] == 204
    assert call("GET", "/api/test-friends")[1] == {"test_friends": []}


def test_customers_are_searched_by_part_of_their_name(aws):
    from linecrm.dal.dynamo import table

    today = today_jst()
    for user_id, name in (("U1", "田中太郎"), ("U2", "田中花子"), ("U3", "佐藤一郎")):
        put_customer(user_id, "male", 30, declared_on=today)
        table("customers_table").update_item(
            Key={"user_id": user_id},
            UpdateExpression="SET display_name = :n",
            ExpressionAttributeValues={":n": name},
        )
    status, answer = call("GET", "/api/customers", query="name=%E7%94%B0%E4%B8%AD")  # 田中
    assert status == 200
    assert sorted(c["display_name"] for c in answer["customers"]) == ["田中太郎", "田中花子"]
    _, answer = call("GET", "/api/customers", query="name=%E8%8A%B1%E5%AD%90&gender=male")  # 花子, men
    assert [c["user_id"] for c in answer["customers"]] == ["U2"]


def test_a_held_message_is_rescheduled_and_then_sent(aws, line_emulator):
    from datetime import timedelta

    from linecrm.jst import JST, now_utc
    from linecrm.logic import dispatch

    today = today_jst()
    for user_id in ("U1", "U2"):
        put_customer(user_id, "male", 30, declared_on=today)
    send_at = (now_utc() + timedelta(hours=1)).astimezone(JST).replace(microsecond=0)
    _, men = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    body = {
        "target": {"type": "group", "group_id": men["group_id"]},  # multicast: the quota counts each id
        "send_at": send_at.isoformat(),
        "messages": [
            {"type": "text", "text": "再予約"},
            {
                "type": "coupon_card",
                "title": "90分限定",
                "expires_at": (send_at + timedelta(minutes=90)).isoformat(),
            },
        ],
    }
    _, created = call("POST", "/api/messages", body)
    mid = created["message_id"]
    assert (
        call("POST", f"/api/messages/{mid}/reschedule", {"send_at": send_at.isoformat()})[0] == 409
    )  # not held

    line_emulator.set_quota(1)  # two recipients: held
    dispatch.run(clock=lambda: send_at + timedelta(minutes=1))
    assert call("GET", f"/api/messages/{mid}")[1]["status"] == "held"

    later = send_at + timedelta(hours=1)
    status, answer = call("POST", f"/api/messages/{mid}/reschedule", {"send_at": "2000-01-01T00:00:00+09:00"})
    assert status == 422 and answer["errors"][0]["field"] == "send_at"
    past_coupon = (send_at + timedelta(hours=2)).isoformat()  # the coupon would arrive expired
    status, answer = call("POST", f"/api/messages/{mid}/reschedule", {"send_at": past_coupon})
    assert (status, answer["errors"][0]["field"]) == (422, "send_at"), answer
    assert "有効期限" in answer["errors"][0]["reason"]
    status, rescheduled = call(
        "POST", f"/api/messages/{mid}/reschedule", {"send_at": later.isoformat()}, headers=session_of("山田")
    )
    assert status == 200, rescheduled
    assert (rescheduled["status"], rescheduled["reasons"], rescheduled["updated_by"]) == (
        "scheduled",
        [],
        "山田",
    )
    assert rescheduled["recipient_count"] == 2  # the reach now, not the held run's figure

    line_emulator.set_quota(1000)
    dispatch.run(clock=lambda: later + timedelta(minutes=1))
    _, sent = call("GET", f"/api/messages/{mid}")
    assert (sent["status"], sent["sent_count"]) == ("sent", 2)
    actions = [e["action"] for e in call("GET", f"/api/messages/{mid}/audit")[1]["entries"]]
    assert actions == ["created", "rescheduled"]
