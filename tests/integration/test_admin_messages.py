"""Scheduled messages and coupons through the real staff API handler."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from linecrm.dal.dynamo import table
from linecrm.jst import JST, now_utc, today_jst
from tests.integration.admin_support import put_customer
from tests.support.admin_api import call, group, session_of

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")


def jst_tomorrow_at_six() -> str:
    day = (now_utc().astimezone(JST) + timedelta(days=1)).date()
    return f"{day.isoformat()}T18:00:00+09:00"


@pytest.fixture
def male_twenties_to_forties():
    today = today_jst()
    put_customer("U1", "male", 30, declared_on=today)
    put_customer("U2", "male", 45, declared_on=today)
    put_customer("U3", "female", 30, declared_on=today)
    put_customer("U4", "male", 31, declared_on=today, blocked=True)
    status, created = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    assert status == 201
    return created["group_id"]


def text(body: str = "今週末は和牛フェア!") -> dict:
    return {"type": "text", "text": body}


COUPON_CARD = {
    "type": "coupon_card",
    "title": "和牛カルビ 10%オフ",
    "description": "ご来店時にこの画面をスタッフにお見せください",
    "code": "KARUBI10",
    "expires_at": (today_jst() + timedelta(days=365)).isoformat(),  # usable when it arrives
}


def schedule(
    group_id: str, messages: list[dict] | None = None, send_at: str | None = None
) -> tuple[int, dict]:
    return call(
        "POST",
        "/api/messages",
        {
            "target": {"type": "group", "group_id": group_id},
            "send_at": send_at or jst_tomorrow_at_six(),
            "messages": messages or [text()],
        },
    )


def test_a_message_for_a_group_at_a_jst_time_is_scheduled_with_todays_recipient_count(
    male_twenties_to_forties,
):
    send_at = jst_tomorrow_at_six()
    status, created = schedule(male_twenties_to_forties, [text(), COUPON_CARD], send_at)

    assert status == 201, created
    assert created["message_id"] and created["status"] == "scheduled"
    assert created["recipient_count"] == 2  # U1, U2: male, 20–49, following
    assert created["send_at_input"] == send_at
    assert created["send_at"].endswith("T09:00:00.000000Z")  # 18:00 JST is 09:00 UTC

    status, shown = call("GET", f"/api/messages/{created['message_id']}")
    assert status == 200
    assert (shown["status"], shown["recipient_count"], shown["request_count"]) == ("scheduled", 2, None)

    stored = table("messages_table").get_item(Key={"message_id": created["message_id"]})["Item"]
    assert stored["pending"].startswith("pending#")  # the dispatcher's due index sees it (a shard)


def test_a_coupon_card_is_rendered_to_a_flex_bubble_with_a_use_button(male_twenties_to_forties):
    _, created = schedule(male_twenties_to_forties, [text(), COUPON_CARD])
    coupon_id = f"{created['message_id']}-1"

    flex = created["line_messages"][1]
    assert flex["type"] == "flex" and flex["contents"]["type"] == "bubble"
    assert "和牛カルビ 10%オフ" in flex["altText"]
    button = flex["contents"]["footer"]["contents"][0]
    assert button["action"]["label"] == "使う"
    assert button["action"]["data"] == f"action=use_coupon&coupon_id={coupon_id}"
    assert created["coupons"] == [
        {
            "coupon_id": coupon_id,
            "title": "和牛カルビ 10%オフ",
            "code": "KARUBI10",
            "expires_at": COUPON_CARD["expires_at"],
            "uses": 0,
        }
    ]
    assert created["messages"][1]["type"] == "coupon_card"  # as submitted, for the composer


def test_a_listing_counts_each_target_once(male_twenties_to_forties, monkeypatch):
    from linecrm.logic import groups

    for _ in range(3):
        assert schedule(male_twenties_to_forties)[0] == 201
    counted = []
    member_count = groups.member_count
    monkeypatch.setattr(groups, "member_count", lambda *a: counted.append(a) or member_count(*a))

    status, listing = call("GET", "/api/messages")

    assert status == 200 and [m["recipient_count"] for m in listing["messages"]] == [2, 2, 2]
    assert len(counted) == 1


def test_all_friends_and_tag_targets_count_their_recipients(male_twenties_to_forties):
    call("PUT", "/api/customers/U1/tags/区分A")
    call("PUT", "/api/customers/U4/tags/区分A")  # blocked: not reached
    body = {"send_at": jst_tomorrow_at_six(), "messages": [text()]}

    status, to_all = call("POST", "/api/messages", {**body, "target": {"type": "all"}})
    assert (status, to_all["recipient_count"]) == (201, 3)
    status, to_tag = call("POST", "/api/messages", {**body, "target": {"type": "tag", "tag": "区分A"}})
    assert (status, to_tag["recipient_count"]) == (201, 1)


def test_a_time_without_offset_is_refused_not_guessed(male_twenties_to_forties):
    status, answer = schedule(male_twenties_to_forties, send_at=jst_tomorrow_at_six().removesuffix("+09:00"))
    assert status == 422
    (error,) = answer["errors"]
    assert error["field"] == "send_at"
    assert "+09:00" in error["reason"]
    assert table("messages_table").scan()["Count"] == 0


def test_a_time_in_the_past_is_refused(male_twenties_to_forties):
    status, answer = schedule(male_twenties_to_forties, send_at="2020-01-01T10:00:00+09:00")
    assert status == 422
    assert answer["errors"][0]["field"] == "send_at" and "過去" in answer["errors"][0]["reason"]


QUICK_REPLY_ITEM = {"type": "action", "action": {"type": "message", "label": "はい", "text": "はい"}}


@pytest.mark.parametrize(
    ("messages", "field"),
    [
        ([], "messages"),
        ([text()] * 6, "messages"),
        ([text("あ" * 5001)], "messages[0].text"),
        ([text(""), text()], "messages[0].text"),
        ([{"type": "flex", "altText": "x" * 1501, "contents": {"type": "bubble"}}], "messages[0].altText"),
        ([{"type": "flex", "altText": "x", "contents": {"type": "box"}}], "messages[0]"),
        ([{**text(), "quickReply": {"items": [QUICK_REPLY_ITEM] * 14}}], "messages[0].quickReply.items"),
        (
            [
                {
                    "type": "image",
                    "originalContentUrl": "http://a.example/x.jpg",
                    "previewImageUrl": "https://a.example/p.jpg",
                }
            ],
            "messages[0].originalContentUrl",
        ),
        ([{"type": "video"}], "messages[0]"),
        ([{"text": "no type"}], "messages[0]"),
        ([text(), {**COUPON_CARD, "title": ""}], "messages[1].title"),
        ([{**COUPON_CARD, "expires_at": "2026-12-31T23:59:00"}], "messages[0].expires_at"),
    ],
)
def test_bad_messages_are_422_naming_the_field(male_twenties_to_forties, messages, field):
    status, answer = call(
        "POST",
        "/api/messages",
        {
            "target": {"type": "group", "group_id": male_twenties_to_forties},
            "send_at": jst_tomorrow_at_six(),
            "messages": messages,
        },
    )
    assert status == 422, answer
    assert field in [e["field"] for e in answer["errors"]], answer
    assert table("messages_table").scan()["Count"] == 0


@pytest.mark.parametrize(
    ("target", "field"),
    [
        ({"type": "group"}, "target.group_id"),
        ({"type": "group", "group_id": "no-such-group"}, "target.group_id"),
        ({"type": "segment"}, "target"),
        ({"type": "tag", "tag": ""}, "target.tag"),
    ],
)
def test_bad_targets_are_422_naming_the_field(target, field):
    status, answer = call(
        "POST", "/api/messages", {"target": target, "send_at": jst_tomorrow_at_six(), "messages": [text()]}
    )
    assert status == 422, answer
    assert field in [e["field"] for e in answer["errors"]], answer


def store(message_id: str, *, remove: tuple[str, ...] = (), **attributes: Any) -> None:
    """Set (and remove) attributes of the stored message directly, as the dispatcher or time would."""
    expression = "SET " + ", ".join(f"#{name} = :{name}" for name in attributes)
    if remove:
        expression += " REMOVE " + ", ".join(f"#{name}" for name in remove)
    table("messages_table").update_item(
        Key={"message_id": message_id},
        UpdateExpression=expression,
        ExpressionAttributeNames={f"#{name}": name for name in (*attributes, *remove)},
        ExpressionAttributeValues={f":{name}": value for name, value in attributes.items()},
    )


def test_a_scheduled_message_can_be_edited_and_cancelled_with_an_audit_trail(male_twenties_to_forties):
    _, created = schedule(male_twenties_to_forties)
    mid = created["message_id"]

    later = jst_tomorrow_at_six().replace("T18:00", "T19:30")
    status, edited = call("PATCH", f"/api/messages/{mid}", {"send_at": later}, headers=session_of("田中"))
    assert status == 200, edited
    assert edited["send_at_input"] == later and edited["messages"] == created["messages"]
    assert edited["version"] == 2

    status, replaced = call(
        "PUT",
        f"/api/messages/{mid}",
        {"target": {"type": "all"}, "send_at": later, "messages": [text("内容を差し替えました")]},
    )
    assert status == 200 and replaced["target"] == {"type": "all"}
    assert replaced["messages"] == [text("内容を差し替えました")]

    status, cancelled = call("POST", f"/api/messages/{mid}/cancel")
    assert (status, cancelled["status"]) == (200, "cancelled")
    stored = table("messages_table").get_item(Key={"message_id": mid})["Item"]
    assert "pending" not in stored  # out of the dispatcher's due index

    status, trail = call("GET", f"/api/messages/{mid}/audit")
    assert [(e["action"], e["actor"]) for e in trail["entries"]] == [
        ("created", "local-admin"),
        ("updated", "田中"),
        ("updated", "local-admin"),
        ("cancelled", "local-admin"),
    ]


def test_a_message_that_started_sending_can_no_longer_be_edited_or_cancelled(male_twenties_to_forties):
    _, created = schedule(male_twenties_to_forties)
    mid = created["message_id"]
    store(mid, status="sending")

    assert call("PATCH", f"/api/messages/{mid}", {"messages": [text("遅すぎる")]})[0] == 409
    assert call("DELETE", f"/api/messages/{mid}")[0] == 409
    stored = table("messages_table").get_item(Key={"message_id": mid})["Item"]
    assert json.loads(stored["messages_json"]) == [text()]


def test_the_dispatchers_counts_and_reasons_are_shown(male_twenties_to_forties):
    _, created = schedule(male_twenties_to_forties)
    mid = created["message_id"]
    store(
        mid,
        status="partially_failed",
        recipient_count=700,
        request_count=2,
        sent_count=500,
        failed_count=200,
        reasons=["batch 1: 400"],
        remove=("pending",),
    )

    _, shown = call("GET", f"/api/messages/{mid}")
    assert (shown["status"], shown["recipient_count"], shown["request_count"]) == ("partially_failed", 700, 2)
    assert (shown["sent_count"], shown["failed_count"], shown["reasons"]) == (500, 200, ["batch 1: 400"])

    _, failed = call("GET", "/api/messages", query="status=partially_failed")
    assert [m["message_id"] for m in failed["messages"]] == [mid]
    assert call("GET", "/api/messages", query="status=scheduled")[1]["messages"] == []
    assert call("GET", "/api/messages", query="status=bogus")[0] == 422


def test_unknown_messages_are_404():
    assert call("GET", "/api/messages/nope")[0] == 404
    assert call("POST", "/api/messages/nope/cancel")[0] == 404


def test_changing_the_content_of_a_message_whose_time_has_passed_asks_for_a_new_time(
    male_twenties_to_forties,
):
    _, created = schedule(male_twenties_to_forties)
    mid = created["message_id"]
    store(mid, send_at_input="2020-01-01T10:00:00+09:00")

    status, answer = call("PATCH", f"/api/messages/{mid}", {"messages": [text("新しい内容")]})
    assert status == 422
    assert answer["errors"][0]["field"] == "send_at"


def test_a_coupon_that_expires_before_its_send_time_is_refused_when_scheduled(male_twenties_to_forties):
    send_at = jst_tomorrow_at_six()
    today = today_jst().isoformat()
    status, answer = schedule(
        male_twenties_to_forties, [text(), {**COUPON_CARD, "expires_at": today}], send_at
    )
    assert status == 422, answer
    assert answer["errors"] == [
        {
            "field": "messages[1].expires_at",
            "reason": "クーポンの有効期限が送信日時より前です。有効期限か送信日時を見直してください",
        }
    ]
    # expiring at the very send time arrives unusable too; one minute later is accepted
    assert schedule(male_twenties_to_forties, [{**COUPON_CARD, "expires_at": send_at}], send_at)[0] == 422
    later = send_at.replace("18:00:00", "18:01:00")
    status, created = schedule(male_twenties_to_forties, [{**COUPON_CARD, "expires_at": later}], send_at)
    assert status == 201, created

    # moving the send time past the expiry is refused the same way
    day_after = (today_jst() + timedelta(days=2)).isoformat()
    status, answer = call(
        "PATCH", f"/api/messages/{created['message_id']}", {"send_at": f"{day_after}T18:00:00+09:00"}
    )
    assert (status, answer["errors"][0]["field"]) == (422, "messages[0].expires_at"), answer
