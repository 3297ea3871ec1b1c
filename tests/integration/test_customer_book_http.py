"""The customer book over real HTTP through the local stack (`python -m local` in a subprocess), as
API Gateway passes requests: paths percent-encoded as browsers and curl send them, customers made
and chatting through the LINE emulator, the dispatcher run on demand."""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import timedelta
from urllib.parse import quote

import pytest

from linecrm.jst import JST, now_utc
from tests.support.local_stack import emulator, ok

SEMINAR = "セミナー経由"


def new_customer(stack, name: str, gender: str = "男性", age: str = "33") -> str:
    user_id = emulator(stack, "POST", "/customers", {"display_name": name, "follow": True})["customers"][0][
        "user_id"
    ]
    say(stack, user_id, gender)
    say(stack, user_id, age)
    return user_id


def say(stack, user_id: str, text: str) -> None:
    emulator(stack, "POST", f"/customers/{user_id}/text", {"text": text})


def bot_messages(stack, user_id: str) -> list[dict]:
    return emulator(stack, "GET", f"/customers/{user_id}/messages")["messages"]


def tag_path(user_id: str, tag: str) -> str:
    return f"/api/customers/{user_id}/tags/{quote(tag)}"


def send_now(stack, target: dict, messages: list[dict]) -> str:
    """Schedule a message two seconds ahead, then run the dispatcher until it has been sent."""
    send_at = (now_utc() + timedelta(seconds=2)).astimezone(JST).isoformat()
    created = ok(
        stack.admin("POST", "/api/messages", {"target": target, "send_at": send_at, "messages": messages}),
        201,
    )
    for _ in range(120):
        stack.call("POST", "/_local/dispatch")
        if ok(stack.admin("GET", f"/api/messages/{created['message_id']}"))["status"] == "sent":
            return created["message_id"]
        time.sleep(0.25)
    raise AssertionError("the message was not sent")


def test_japanese_tags_are_set_listed_filtered_and_targeted_over_http(stack):
    tagged = new_customer(stack, "タグ太郎")
    both = new_customer(stack, "タグ花子", "女性", "25")
    untagged = new_customer(stack, "タグなし")
    blocked = new_customer(stack, "ブロック中")
    for user_id in (tagged, both, blocked):
        assert ok(stack.admin("PUT", tag_path(user_id, "区分A")))["tags"] == ["区分A"]
    assert ok(stack.admin("PUT", tag_path(both, SEMINAR)))["tags"] == [SEMINAR, "区分A"]
    emulator(stack, "POST", f"/customers/{blocked}/block")

    catalogue = {t["tag"]: t["count"] for t in ok(stack.admin("GET", "/api/tags"))["tags"]}
    assert (catalogue["区分A"], catalogue[SEMINAR]) == (3, 1)
    listed = ok(stack.admin("GET", f"/api/customers?tag={quote('区分A')}&limit=200"))["customers"]
    assert sorted(c["user_id"] for c in listed) == sorted([tagged, both, blocked])
    assert [
        c["user_id"] for c in ok(stack.admin("GET", f"/api/customers?tag={quote(SEMINAR)}"))["customers"]
    ] == [both]

    send_now(stack, {"type": "tag", "tag": "区分A"}, [{"type": "text", "text": "区分Aの皆さまへ"}])
    reached = {
        u
        for u in (tagged, both, untagged, blocked)
        if "区分Aの皆さまへ" in [m.get("text") for m in bot_messages(stack, u)]
    }
    assert reached == {tagged, both}


def test_a_tag_renamed_and_deleted_over_http(stack):
    user_id = new_customer(stack, "改名")
    stack.admin("PUT", tag_path(user_id, "旧タグ"))
    assert ok(stack.admin("PUT", f"/api/tags/{quote('旧タグ')}", {"name": "新タグ"})) == {
        "tag": "新タグ",
        "count": 1,
    }
    assert ok(stack.admin("GET", f"/api/customers/{user_id}"))["tags"] == ["新タグ"]
    assert ok(stack.admin("DELETE", f"/api/tags/{quote('新タグ')}")) == {"tag": "新タグ", "count": 1}
    assert ok(stack.admin("GET", f"/api/customers/{user_id}"))["tags"] == []


def test_the_record_is_edited_searched_and_validated_over_http(stack):
    user_id = new_customer(stack, "ぽち")
    record = {
        "name": "黒毛 和子",
        "name_kana": "くろげ かずこ",
        "phone": "080-2222-3333",
        "birthday": "1980-05-03",
    }
    saved = ok(stack.admin("PATCH", f"/api/customers/{user_id}", record))
    assert (saved["shown_name"], saved["name_kana"], saved["birthday"]) == (
        "黒毛 和子",
        "クロゲ カズコ",
        "1980-05-03",
    )
    found = ok(stack.admin("GET", f"/api/customers?q={quote('クロゲ')}"))["customers"]
    assert [c["user_id"] for c in found] == [user_id]
    assert [c["user_id"] for c in ok(stack.admin("GET", "/api/customers?q=22223333"))["customers"]] == [
        user_id
    ]
    status, answer = stack.admin("PATCH", f"/api/customers/{user_id}", {"email": "not-an-address"})
    assert status == 422 and answer["errors"][0]["field"] == "email"


def test_notes_timeline_coupon_use_and_a_staff_reply_over_http(stack):
    user_id = new_customer(stack, "年表")
    stack.admin("PUT", tag_path(user_id, "年表"))
    mid = send_now(
        stack,
        {"type": "tag", "tag": "年表"},
        [{"type": "coupon_card", "title": "和牛10%オフ", "code": "W10", "expires_at": "2999-12-31"}],
    )
    emulator(
        stack, "POST", f"/customers/{user_id}/postback", {"data": f"action=use_coupon&coupon_id={mid}-0"}
    )
    note = ok(stack.admin("POST", f"/api/customers/{user_id}/notes", {"text": "タンが好き"}), 201)
    edited = ok(
        stack.admin(
            "PUT",
            f"/api/customers/{user_id}/notes/{quote(note['note_id'], safe='')}",
            {"text": "上タンが好き"},
        )
    )
    assert edited["text"] == "上タンが好き"
    say(stack, user_id, "今夜空いてますか")
    unread = ok(stack.admin("GET", "/api/customers?unread=true&limit=200"))["customers"]
    assert user_id in [c["user_id"] for c in unread]
    sent = ok(
        stack.admin(
            "POST",
            f"/api/customers/{user_id}/messages",
            {"messages": [{"type": "text", "text": "空いております"}]},
        ),
        201,
    )
    assert sent["actor"] == "local-admin"
    assert bot_messages(stack, user_id)[-1]["text"] == "空いております"

    entries = ok(stack.admin("GET", f"/api/customers/{user_id}/timeline?limit=200"))["entries"]
    kinds = [e["kind"] for e in entries]
    assert [e["entry_id"] for e in entries] == sorted(e["entry_id"] for e in entries)
    order = [kinds.index(k) for k in ("follow", "tag", "coupon_use", "note", "staff_message")]
    assert order == sorted(order)
    assert next(e for e in entries if e["kind"] == "note")["text"] == "上タンが好き"
    assert next(e for e in entries if e["kind"] == "coupon_use")["text"] == "クーポン「和牛10%オフ」を使用"
    assert ok(stack.admin("GET", f"/api/customers/{user_id}"))["unread"] is True  # as it was when opened
    unread = ok(stack.admin("GET", "/api/customers?unread=true&limit=200"))["customers"]
    assert user_id not in [c["user_id"] for c in unread]


def test_the_csv_export_over_http_reads_back_with_japanese_intact(stack):
    user_id = new_customer(stack, "CSV")
    stack.admin("PATCH", f"/api/customers/{user_id}", {"name": "出力 花子", "memo": "辛口、赤ワイン"})
    stack.admin("PUT", tag_path(user_id, "出力"))
    status, body = stack.call(
        "GET",
        f"/api/customers/export?tag={quote('出力')}",
        headers={"Authorization": f"Bearer {stack.admin_token}"},
    )
    assert status == 200 and body.startswith(b"\xef\xbb\xbf")
    (row,) = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert (row["ユーザーID"], row["氏名"], row["好み・メモ"], row["タグ"]) == (
        user_id,
        "出力 花子",
        "辛口、赤ワイン",
        "出力",
    )


def _readable(value: bytes) -> str:
    """A binary attribute as text: deliveries pack their user ids zlib-compressed."""
    import zlib

    try:
        return zlib.decompress(value).decode()
    except (zlib.error, UnicodeDecodeError):
        return value.hex()


def scan_for(stack, user_id: str) -> list[str]:
    moto, found = stack.dynamodb(), []
    for name in moto.list_tables()["TableNames"]:
        for page in moto.get_paginator("scan").paginate(TableName=name):
            for item in page["Items"]:
                if user_id in json.dumps(item, ensure_ascii=False, default=_readable):
                    found.append(name)
    return found


@pytest.mark.parametrize("how", ["staff", "chat"])
def test_after_deletion_no_table_holds_the_user_id(stack, how):
    user_id = new_customer(stack, f"削除{how}")
    stack.admin("PUT", tag_path(user_id, f"削除{how}"))
    mid = send_now(
        stack,
        {"type": "tag", "tag": f"削除{how}"},
        [{"type": "coupon_card", "title": "削除前のクーポン", "code": "D", "expires_at": "2999-12-31"}],
    )
    emulator(
        stack, "POST", f"/customers/{user_id}/postback", {"data": f"action=use_coupon&coupon_id={mid}-0"}
    )
    stack.admin("POST", f"/api/customers/{user_id}/notes", {"text": "メモ"})
    stack.admin("PATCH", f"/api/customers/{user_id}", {"name": "消える 人"})
    assert set(scan_for(stack, user_id)) >= {"customers", "history", "customer_tags", "coupon_uses", "audit"}
    assert "deliveries" not in scan_for(stack, user_id)  # the message finished: ids removed
    timeline = ok(stack.admin("GET", f"/api/customers/{user_id}/timeline?limit=200"))["entries"]
    assert [(e["kind"], e["message_id"]) for e in timeline if e["kind"] == "delivery"] == [("delivery", mid)]
    if how == "staff":
        ok(stack.admin("DELETE", f"/api/customers/{user_id}"))
    else:
        say(stack, user_id, "退会")
        say(stack, user_id, "はい")
    # The finished message's batches keep counts, no id; the campaign entry went with the history
    assert scan_for(stack, user_id) == []
    coupons = ok(stack.admin("GET", f"/api/messages/{mid}"))["coupons"]
    assert coupons[0]["uses"] == 1
