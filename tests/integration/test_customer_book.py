"""The customer book (大福帳) through the real staff API handler, with the real webhook handler and
line-bot-sdk talking to the LINE emulator: the record, notes, Japanese tags, the timeline, 1:1
messages, unread marks, the CSV export and deletion that leaves nothing."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, replace
from urllib.parse import quote

import pytest

from linecrm.dal import customers, history
from linecrm.dal.dynamo import resource, table
from linecrm.jst import today_jst
from local.apigw import proxy_event
from local.line_emulator import webhook_events as ev
from tests.integration.admin_support import put_customer
from tests.support.admin_api import AUTH, call, group, invoke, session_of
from tests.support.line_webhook import Customer

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")

TARO = "U" + "a" * 32
HANAKO = "U" + "b" * 32
SEMINAR = "セミナー経由"


@pytest.fixture
def taro(line_emulator):
    """A registered male customer of 33, talking to the bot through the real webhook handler."""
    customer = Customer(line_emulator, TARO, display_name="たろう")
    customer.follow()
    customer.say("男性")
    customer.say("33")
    return customer


def staff(method: str, path: str, body=None, name: str = "佐藤", query: str = ""):
    """A request by a staff member signed in to the console as `name` (a session token)."""
    return call(method, path, body, headers=session_of(name), query=query)


def raw(method: str, path: str, query: str = "") -> tuple[int, dict[str, str], bytes]:
    return invoke(proxy_event(method, path, headers=dict(AUTH), query_string=query, resource="/api/{proxy+}"))


# --- item 3: tags in Japanese ---------------------------------------------------------------


def test_a_percent_encoded_tag_is_stored_decoded_and_a_long_japanese_tag_is_accepted():
    put_customer("U01", declared_on=today_jst())
    status, _, body = raw("PUT", "/api/customers/U01/tags/%E5%8C%BA%E5%88%86A")
    assert status == 200 and json.loads(body)["tags"] == ["区分A"]
    status, _, body = raw("PUT", f"/api/customers/U01/tags/{quote(SEMINAR)}")  # 54 characters encoded
    assert status == 200 and json.loads(body)["tags"] == [SEMINAR, "区分A"]
    status, _, _ = raw("DELETE", "/api/customers/U01/tags/%E5%8C%BA%E5%88%86A")
    assert status == 200 and call("GET", "/api/customers/U01")[1]["tags"] == [SEMINAR]
    status, _, body = raw("PUT", "/api/customers/U01/tags/A%2FB")  # an encoded "/" stays in its parameter
    assert status == 200 and json.loads(body)["tags"] == ["A/B", SEMINAR]


def test_the_catalogue_counts_each_tag_and_a_rename_or_delete_reaches_every_customer():
    for user in ("U01", "U02", "U03"):
        put_customer(user, declared_on=today_jst())
        call("PUT", f"/api/customers/{user}/tags/区分A")
    call("PUT", "/api/customers/U01/tags/区分B")
    call("PUT", f"/api/customers/U03/tags/{SEMINAR}")
    assert call("GET", "/api/tags")[1] == {
        "tags": [{"tag": SEMINAR, "count": 1}, {"tag": "区分A", "count": 3}, {"tag": "区分B", "count": 1}]
    }

    status, renamed = staff("PUT", "/api/tags/区分A", {"name": "区分B"})
    assert (status, renamed) == (200, {"tag": "区分B", "count": 3})
    assert call("GET", "/api/tags")[1]["tags"] == [{"tag": SEMINAR, "count": 1}, {"tag": "区分B", "count": 3}]
    assert call("GET", "/api/customers", query="tag=区分B&limit=10")[1]["customers"][0]["tags"] == ["区分B"]

    assert staff("DELETE", f"/api/tags/{SEMINAR}")[1] == {"tag": SEMINAR, "count": 1}
    assert call("GET", "/api/customers/U03")[1]["tags"] == ["区分B"]
    assert call("DELETE", f"/api/tags/{SEMINAR}")[0] == 404
    (entry,) = call("GET", "/api/tags/区分A/audit")[1]["entries"]
    assert (entry["action"], entry["actor"], entry["changes"]) == (
        "renamed",
        "佐藤",
        {"renamed_to": "区分B", "customers": 3},
    )


def test_tag_changes_are_audited_once_and_in_the_customers_timeline():
    put_customer("U01", declared_on=today_jst())
    staff("PUT", "/api/customers/U01/tags/区分A")
    staff("PUT", "/api/customers/U01/tags/区分A")  # already tagged: no second entry
    staff("DELETE", "/api/customers/U01/tags/区分A")
    actions = [
        (e["action"], e["actor"], e["changes"]) for e in call("GET", "/api/customers/U01/audit")[1]["entries"]
    ]
    assert actions == [("tagged", "佐藤", {"tag": "区分A"}), ("untagged", "佐藤", {"tag": "区分A"})]
    texts = [e.text for e in history.list_for("U01") if e.kind == "tag"]
    assert texts == ["タグ「区分A」を追加", "タグ「区分A」を削除"]


# --- item 1: the record ---------------------------------------------------------------------

RECORD = {
    "name": "山田 太郎",
    "name_kana": "やまだ たろう",
    "phone": "０９０-1234-5678",
    "email": "taro@example.jp",
    "memo": "赤身が好み。ワインは飲まない",
}


def test_staff_record_the_customers_real_name_and_details_and_it_is_audited():
    put_customer("U01", declared_on=today_jst())
    status, record = staff("PATCH", "/api/customers/U01", RECORD)
    assert status == 200, record
    assert (record["name"], record["name_kana"], record["phone"]) == (
        "山田 太郎",
        "ヤマダ タロウ",
        "090-1234-5678",
    )
    assert record["shown_name"] == "山田 太郎" and record["memo"] == RECORD["memo"]
    (entry,) = call("GET", "/api/customers/U01/audit")[1]["entries"]
    assert entry["actor"] == "佐藤" and entry["changes"]["name"] == "山田 太郎"
    assert staff("PATCH", "/api/customers/U01", {"memo": None})[1]["memo"] is None
    assert call("PATCH", "/api/customers/nobody", {"name": "x"})[0] == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"phone": "090-12"}, "phone"),
        ({"phone": "電話して"}, "phone"),
        ({"email": "taro@"}, "email"),
        ({"name_kana": "Yamada"}, "name_kana"),
        ({"name": "あ" * 51}, "name"),
        ({"memo": "x" * 2001}, "memo"),
        ({"birthday": "2999-01-01"}, "birthday"),
        ({"birthday": "1990-02-30"}, "birthday"),
        ({"nickname": "たろ"}, "nickname"),
    ],
)
def test_an_invalid_record_field_is_422_naming_it(body, field):
    put_customer("U01", declared_on=today_jst())
    status, answer = call("PATCH", "/api/customers/U01", body)
    assert status == 422, answer
    assert [e["field"] for e in answer["errors"]] == [field]


def test_a_record_error_is_labelled_as_the_record_names_its_fields():
    put_customer("U01", declared_on=today_jst())
    assert call("PATCH", "/api/customers/U01", {"name": "あ" * 51})[1]["message"].startswith(
        "入力に誤りがあります: 氏名:"
    )
    assert call("PUT", "/api/tags/区分A", {"name": ""})[1]["message"].startswith(
        "入力に誤りがあります: 新しいタグ名:"
    )
    assert call("POST", "/api/groups", {"name": "  "})[1]["message"].startswith(
        "入力に誤りがあります: グループ名:"
    )


def test_a_birthday_replaces_the_declared_age_and_member_counts_stay_exact():
    today = today_jst()
    put_customer("U01", "male", 33, declared_on=today)
    _, thirties = call("POST", "/api/groups", group("男性 30〜39歳", "male", 30, 39))
    _, fifties = call("POST", "/api/groups", group("男性 50〜59歳", "male", 50, 59))
    birthday = today.replace(year=today.year - 55).isoformat()

    status, record = call("PATCH", "/api/customers/U01", {"birthday": birthday})
    assert (status, record["age"], record["birthday"]) == (200, 55, birthday)
    assert customers.get_item("U01")["recount"] == "pending"  # the counts learn of the move
    counts = {g["group_id"]: g["member_count"] for g in call("GET", "/api/groups")[1]["groups"]}
    assert (counts[thirties["group_id"]], counts[fifties["group_id"]]) == (0, 1)
    assert (
        call("GET", "/api/customers", query=f"group_id={fifties['group_id']}")[1]["customers"][0]["user_id"]
        == "U01"
    )

    assert call("PATCH", "/api/customers/U01", {"birthday": None})[1]["age"] == 33  # the declared age again
    counts = {g["group_id"]: g["member_count"] for g in call("GET", "/api/groups")[1]["groups"]}
    assert (counts[thirties["group_id"]], counts[fifties["group_id"]]) == (1, 0)


def test_search_finds_by_name_furigana_display_name_or_phone_with_the_other_filters():
    today = today_jst()
    put_customer("U01", "male", 33, declared_on=today)
    put_customer("U02", "female", 25, declared_on=today)
    put_customer("U03", "female", 40, declared_on=today)
    call("PATCH", "/api/customers/U01", RECORD)
    call(
        "PATCH",
        "/api/customers/U02",
        {"name": "山口 花子", "name_kana": "ヤマグチ ハナコ", "phone": "03-5555-1234"},
    )
    table("customers_table").update_item(
        Key={"user_id": "U03"},
        UpdateExpression="SET display_name = :n",
        ExpressionAttributeValues={":n": "やまちゃん"},
    )

    def found(query: str) -> list[str]:
        status, answer = call("GET", "/api/customers", query=query)
        assert status == 200, answer
        return sorted(c["user_id"] for c in answer["customers"])

    assert found("q=" + quote("山")) == ["U01", "U02"]
    assert found("q=" + quote("やまぐち")) == ["U02"]  # hiragana finds the katakana フリガナ
    assert found("q=" + quote("やまちゃん")) == ["U03"]
    assert found("q=09012345678") == ["U01"]
    assert found("q=5555-1234") == ["U02"]
    assert found("q=" + quote("山") + "&gender=female") == ["U02"]
    assert found("q=" + quote("鈴木")) == []


def test_the_line_display_name_and_picture_are_refreshed_when_stale_and_a_404_keeps_them(line_emulator):
    put_customer("U01", declared_on=today_jst())
    line_emulator.add_customer("U01", "新しい名前").picture_url = "https://example.com/u01.png"
    detail = call("GET", "/api/customers/U01")[1]
    assert (detail["display_name"], detail["picture_url"]) == ("新しい名前", "https://example.com/u01.png")

    line_emulator.add_customer("U01", "また別の名前")
    assert call("GET", "/api/customers/U01")[1]["display_name"] == "新しい名前"  # fresh: not asked again

    table("customers_table").update_item(
        Key={"user_id": "U01"}, UpdateExpression="REMOVE profile_checked_at"
    )  # stale again; LINE now answers 404 (blocked)
    line_emulator.block("U01")
    assert call("GET", "/api/customers/U01")[1]["display_name"] == "新しい名前"
    assert customers.get("U01").profile_checked_at


# --- item 2: notes --------------------------------------------------------------------------


def test_notes_are_created_listed_newest_first_edited_and_deleted_with_their_author():
    put_customer("U01", declared_on=today_jst())
    status, first = staff("POST", "/api/customers/U01/notes", {"text": "来店。赤身が好み"}, name="佐藤")
    assert status == 201 and first["author"] == "佐藤"
    _, second = staff("POST", "/api/customers/U01/notes", {"text": "誕生日は来月"}, name="鈴木")
    listed = call("GET", "/api/customers/U01/notes")[1]["notes"]
    assert [n["text"] for n in listed] == ["誕生日は来月", "来店。赤身が好み"]

    path = f"/api/customers/U01/notes/{quote(first['note_id'], safe='')}"
    status, edited = staff("PUT", path, {"text": "来店。赤身とタンが好み"}, name="鈴木")
    assert (status, edited["text"], edited["author"], edited["edited_by"]) == (
        200,
        "来店。赤身とタンが好み",
        "佐藤",
        "鈴木",
    )
    assert staff("DELETE", path)[0] == 204
    assert staff("DELETE", path)[0] == 404
    assert [n["note_id"] for n in call("GET", "/api/customers/U01/notes")[1]["notes"]] == [second["note_id"]]
    actions = [e["action"] for e in call("GET", "/api/customers/U01/audit")[1]["entries"]]
    assert actions == ["noted", "noted", "note_edited", "note_deleted"]
    assert call("POST", "/api/customers/U01/notes", {"text": "  "})[0] == 422
    assert call("POST", "/api/customers/nobody/notes", {"text": "x"})[0] == 404


def test_a_history_entry_that_is_not_a_note_cannot_be_edited_or_deleted_as_one(taro):
    follow = history.list_for(TARO)[0]
    path = f"/api/customers/{TARO}/notes/{quote(follow.entry_id, safe='')}"
    assert call("PUT", path, {"text": "x"})[0] == 404
    assert call("DELETE", path)[0] == 404
    assert history.get(TARO, follow.entry_id).kind == "follow"


# --- item 6: 1:1 chat and unread ----------------------------------------------------------


def test_a_staff_reply_reaches_the_customer_and_the_timeline_with_the_staff_name(taro, line_emulator):
    status, sent = staff(
        "POST",
        f"/api/customers/{TARO}/messages",
        {"messages": [{"type": "text", "text": "ご来店ありがとうございました"}]},
    )
    assert status == 201, sent
    assert line_emulator.sent_to(TARO)[-1]["text"] == "ご来店ありがとうございました"
    assert (sent["kind"], sent["actor"]) == ("staff_message", "佐藤")
    last = call("GET", f"/api/customers/{TARO}/timeline", query="limit=200")[1]["entries"][-1]
    assert (last["kind"], last["text"], last["actor"]) == (
        "staff_message",
        "ご来店ありがとうございました",
        "佐藤",
    )


def test_unread_marks_a_customer_who_wrote_until_a_staff_member_opens_them(taro):
    assert call("GET", f"/api/customers/{TARO}")[1]["unread"] is True  # the answers were messages
    assert call("GET", f"/api/customers/{TARO}")[1]["unread"] is False
    taro.say("予約できますか?")
    listed = call("GET", "/api/customers", query="unread=true")[1]["customers"]
    assert [(c["user_id"], c["unread"]) for c in listed] == [(TARO, True)]
    call("GET", f"/api/customers/{TARO}")
    assert call("GET", "/api/customers", query="unread=true")[1]["customers"] == []


def test_a_staff_reply_does_not_break_the_bots_conversation(line_emulator):
    hanako = Customer(line_emulator, HANAKO, display_name="はなこ")
    hanako.follow()
    hanako.say("女性")  # the bot now waits for the age
    call(
        "POST", f"/api/customers/{HANAKO}/messages", {"messages": [{"type": "text", "text": "スタッフです"}]}
    )
    hanako.say("25")
    assert customers.get(HANAKO).registered is True
    hanako.say("退会")  # the bot asks for confirmation
    call(
        "POST",
        f"/api/customers/{HANAKO}/messages",
        {"messages": [{"type": "text", "text": "お待ちしています"}]},
    )
    assert customers.get(HANAKO).state == "confirming_withdrawal"
    hanako.say("はい")
    assert customers.get(HANAKO) is None


def test_a_reply_to_a_customer_who_blocked_or_with_a_coupon_card_is_refused(taro):
    card = {"type": "coupon_card", "title": "10%オフ", "code": "X"}
    status, answer = call("POST", f"/api/customers/{TARO}/messages", {"messages": [card]})
    assert status == 422 and answer["errors"][0]["field"] == "messages[0]"
    status, answer = call(
        "POST", f"/api/customers/{TARO}/messages", {"messages": [{"type": "text", "text": "x" * 5001}]}
    )
    assert status == 422 and answer["errors"][0]["field"] == "messages[0].text"
    taro.unfollow()
    assert (
        call("POST", f"/api/customers/{TARO}/messages", {"messages": [{"type": "text", "text": "x"}]})[0]
        == 409
    )


def test_lines_refusal_is_a_502_and_nothing_is_recorded_as_sent(taro, line_emulator):
    line_emulator.set_quota(0)
    status, _ = call("POST", f"/api/customers/{TARO}/messages", {"messages": [{"type": "text", "text": "x"}]})
    assert status == 502
    assert not [e for e in history.list_for(TARO) if e.kind == "staff_message"]


# --- item 5: timeline -----------------------------------------------------------------------


def test_the_timeline_shows_everything_in_time_order_page_by_page(taro):
    staff("PUT", f"/api/customers/{TARO}/tags/区分A")
    staff("POST", f"/api/customers/{TARO}/notes", {"text": "来店"})
    staff("PATCH", f"/api/customers/{TARO}", {"name": "山田 太郎"})
    staff("POST", f"/api/customers/{TARO}/messages", {"messages": [{"type": "text", "text": "またどうぞ"}]})
    taro.unfollow()
    taro.follow(is_unblocked=True)

    kinds, cursor = [], None
    while True:
        status, page = call(
            "GET",
            f"/api/customers/{TARO}/timeline",
            query="limit=3" + (f"&cursor={cursor}" if cursor else ""),
        )
        assert status == 200 and len(page["entries"]) <= 3
        kinds += [e["kind"] for e in page["entries"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert kinds[:2] == ["follow", "reply"]
    assert kinds[-7:] == ["tag", "note", "record", "staff_message", "unfollow", "unblock", "reply"]
    assert "inbound" in kinds and "profile" in kinds
    assert call("GET", f"/api/customers/{TARO}/timeline", query="cursor=bad")[0] == 422


# --- item 7: CSV ----------------------------------------------------------------------------


def test_the_csv_export_has_a_bom_one_row_per_filtered_customer_and_japanese_intact():
    today = today_jst()
    put_customer("U01", "male", 33, declared_on=today)
    put_customer("U02", "female", 25, declared_on=today)
    call("PATCH", "/api/customers/U01", RECORD)
    call("PUT", "/api/customers/U01/tags/区分A")
    call("PUT", f"/api/customers/U01/tags/{SEMINAR}")

    status, headers, body = raw("GET", "/api/customers/export", query="gender=male")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert [r["ユーザーID"] for r in rows] == ["U01"]
    assert (rows[0]["氏名"], rows[0]["フリガナ"], rows[0]["性別"], rows[0]["年齢"]) == (
        "山田 太郎",
        "ヤマダ タロウ",
        "男性",
        "33",
    )
    assert rows[0]["タグ"] == f"{SEMINAR}、区分A" and rows[0]["好み・メモ"] == RECORD["memo"]
    everyone = list(csv.DictReader(io.StringIO(raw("GET", "/api/customers/export")[2].decode("utf-8-sig"))))
    assert sorted(r["ユーザーID"] for r in everyone) == ["U01", "U02"]
    assert raw("GET", "/api/customers/export", query="gender=men")[0] == 422


# --- item 8: deletion -----------------------------------------------------------------------


def _readable(value) -> str:
    """A binary attribute as text: deliveries pack their user ids zlib-compressed."""
    import zlib

    raw = bytes(getattr(value, "value", b"")) if hasattr(value, "value") else None
    if raw is None:
        return str(value)
    try:
        return zlib.decompress(raw).decode()
    except (zlib.error, UnicodeDecodeError):
        return raw.hex()


def stored_entries(user_id: str) -> list[dict]:
    """The customer's history items as stored (`expires_at` included), in time order."""
    from boto3.dynamodb.conditions import Key

    return table("history_table").query(KeyConditionExpression=Key("user_id").eq(user_id))["Items"]


def every_item_mentioning(user_id: str) -> list[tuple[str, dict]]:
    """Every item of every table (tables.TABLES, each scanned to its end) holding `user_id`."""
    from linecrm.dal.dynamo import query_all
    from linecrm.tables import TABLES

    found = []
    for definition in TABLES:
        tbl = resource().Table(definition.name)
        for item in query_all(tbl, scan=True):
            if user_id in json.dumps(item, ensure_ascii=False, default=_readable):
                found.append((tbl.name, item))
    return found


def received_a_campaign(user_id: str, text: str = "和牛フェアのお知らせ") -> None:
    """A message to a tag the customer has, sent by the real dispatcher and finished."""
    from linecrm.jst import now_utc
    from linecrm.logic import dispatch
    from tests.integration.dispatch_support import message, put_message

    call("PUT", f"/api/customers/{user_id}/tags/受信")
    put_message("c1", {"type": "tag", "tag": "受信"}, text, send_at=now_utc())
    dispatch.run(clock=now_utc)
    assert message("c1")["status"] == "sent"


def used_a_coupon(customer: Customer) -> None:
    from linecrm.dal import coupon_uses
    from linecrm.jst import iso_utc, now_utc

    table("messages_table").put_item(
        Item={
            "message_id": "m1",
            "status": "sent",
            "target": {"type": "all"},  # a broadcast LINE accepted now: the customer, a friend, had it
            "accepted_at": iso_utc(now_utc()),
            "coupons": [{"coupon_id": "m1-0", "title": "10%オフ", "expires_at": "2999-12-31"}],
        }
    )
    token = customer.emulator.issue_reply_token(customer.user_id)
    customer.send(ev.postback(customer.user_id, "action=use_coupon&coupon_id=m1-0", reply_token=token))
    assert coupon_uses.count_for_coupon("m1-0") == 1


def fill_the_book(customer: Customer) -> None:
    received_a_campaign(customer.user_id)
    used_a_coupon(customer)
    call("PUT", f"/api/customers/{customer.user_id}/tags/区分A")
    call("PATCH", f"/api/customers/{customer.user_id}", RECORD)
    call("POST", f"/api/customers/{customer.user_id}/notes", {"text": "来店"})
    call(
        "POST",
        f"/api/customers/{customer.user_id}/messages",
        {"messages": [{"type": "text", "text": "どうも"}]},
    )


def test_a_staff_deletion_leaves_the_user_id_nowhere_and_coupon_counts_right(taro):
    from linecrm.dal import audit, coupon_uses

    fill_the_book(taro)
    status, answer = staff("DELETE", f"/api/customers/{TARO}")
    assert status == 200 and answer["removed"]["coupon_uses"] == 1
    assert every_item_mentioning(TARO) == []
    assert coupon_uses.count_for_coupon("m1-0") == 1
    (entry,) = audit.list_for("customers")
    assert entry.action == "deleted" and entry.actor == "佐藤" and TARO not in json.dumps(asdict(entry))
    assert call("DELETE", f"/api/customers/{TARO}")[0] == 404


def test_withdrawal_in_the_chat_leaves_the_user_id_nowhere_either(taro):
    from linecrm.dal import coupon_uses

    fill_the_book(taro)
    taro.say("退会")
    taro.say("はい")
    assert every_item_mentioning(TARO) == []
    assert coupon_uses.count_for_coupon("m1-0") == 1


def test_the_finished_messages_batches_keep_counts_but_no_user_id(taro):
    from datetime import datetime, timedelta

    from linecrm.dal import deliveries
    from tests.integration.dispatch_support import message

    received_a_campaign(TARO)
    (batch,) = deliveries.plan("c1", 1)
    assert (batch.state, batch.size, batch.recorded, batch.user_ids) == ("accepted", 1, True, None)
    assert (message("c1")["sent_count"], message("c1")["recipient_count"]) == (1, 1)
    assert "deliveries" not in {name for name, _ in every_item_mentioning(TARO)}
    (entry,) = [e for e in stored_entries(TARO) if e["kind"] == "delivery"]
    accepted = datetime.fromisoformat(batch.accepted_at)
    assert entry["at"] == batch.accepted_at and entry["message_id"] == "c1"
    assert entry["expires_at"] == int((accepted + timedelta(days=730)).timestamp())  # the retention


@pytest.mark.parametrize("how", ["staff", "chat"])
@pytest.mark.parametrize("moment", ["line_answered", "batch_recorded", "finished"])
def test_a_customer_deleted_while_a_message_to_them_is_in_flight_is_left_nowhere(
    taro, line_emulator, how, moment
):
    """Deleted after LINE accepted their batch but before the dispatcher wrote the timeline
    entries (`finished`: the outcome written, the batches not yet settled): the dispatcher does
    not write theirs back, and the settled batch keeps no id."""
    from linecrm.jst import now_utc
    from linecrm.logic import dispatch
    from tests.integration.dispatch_support import message, put_message

    put_customer("U01", declared_on=today_jst())
    for user in (TARO, "U01"):
        call("PUT", f"/api/customers/{user}/tags/受信")
    put_message("c1", {"type": "tag", "tag": "受信"}, "配信中に退会", send_at=now_utc())
    deleted = []

    def delete_at(step: str) -> None:
        if step == moment and not deleted:
            deleted.append(step)
            if how == "staff":
                assert staff("DELETE", f"/api/customers/{TARO}")[0] == 200
            else:
                taro.say("退会")
                taro.say("はい")

    dispatch.run(clock=now_utc, checkpoint=delete_at)

    assert deleted and message("c1")["status"] == "sent" and message("c1")["sent_count"] == 2
    assert [m.get("text") for m in line_emulator.sent_to(TARO)].count("配信中に退会") == 1
    assert every_item_mentioning(TARO) == []
    assert [e.message_id for e in history.list_for("U01") if e.kind == "delivery"] == ["c1"]


def test_history_entries_expire_after_the_retention_period_but_notes_do_not(taro, monkeypatch):
    from datetime import datetime

    from linecrm.settings import get_settings

    staff("POST", f"/api/customers/{TARO}/notes", {"text": "来店"})
    entries = stored_entries(TARO)
    follow = entries[0]
    assert follow["expires_at"] - int(datetime.fromisoformat(follow["at"]).timestamp()) == 730 * 86400
    assert [e for e in entries if e["kind"] == "note" and "expires_at" in e] == []
    monkeypatch.setenv("HISTORY_RETENTION_DAYS", "30")
    get_settings.cache_clear()
    later = history.append(TARO, "inbound", "x")
    later = table("history_table").get_item(Key={"user_id": TARO, "entry_id": later.entry_id})["Item"]
    assert later["expires_at"] - int(datetime.fromisoformat(later["at"]).timestamp()) == 30 * 86400


def timeline_of(user_id: str, limit: int) -> list[dict]:
    entries, cursor = [], None
    while True:
        query = f"limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        status, page = call("GET", f"/api/customers/{user_id}/timeline", query=query)
        assert status == 200 and len(page["entries"]) <= limit
        entries += page["entries"]
        cursor = page["next_cursor"]
        if not cursor:
            return entries


def test_the_timeline_has_every_campaign_message_received_in_time_order_page_by_page(taro, line_emulator):
    """Two messages to a tag (renamed after tagging: the tag items' copies follow) reach the tagged,
    following, registered customer; the timeline shows each as a `delivery` entry of the
    customer's own history, in order, on whichever page it falls, once. Read without the
    deliveries table: its items are gone and the timeline is the same."""
    from linecrm.jst import now_utc
    from linecrm.logic import dispatch
    from tests.integration.dispatch_support import put_message

    staff("PUT", f"/api/customers/{TARO}/tags/区分A")
    staff("PUT", "/api/tags/区分A", {"name": "区分B"})
    put_message("m1", {"type": "tag", "tag": "区分B"}, "和牛フェアのお知らせ", send_at=now_utc())
    dispatch.run(clock=now_utc)
    taro.say("行きます")
    put_message("m2", {"type": "tag", "tag": "区分B"}, "年末のご案内", send_at=now_utc())
    dispatch.run(clock=now_utc)
    sent = [m.get("text") for m in line_emulator.sent_to(TARO)]
    assert sent.count("和牛フェアのお知らせ") == 1 and sent[-1:] == ["年末のご案内"]
    staff("POST", f"/api/customers/{TARO}/notes", {"text": "フェアで来店"})
    deliveries_table = table("deliveries_table")
    for item in deliveries_table.scan()["Items"]:  # the timeline no longer reads the batches
        deliveries_table.delete_item(Key={"delivery_key": item["delivery_key"]})

    whole = timeline_of(TARO, 200)
    received = [(e["kind"], e.get("message_id"), e["text"]) for e in whole if e["kind"] == "delivery"]
    assert received == [("delivery", "m1", "和牛フェアのお知らせ"), ("delivery", "m2", "年末のご案内")]
    shown = [(e["kind"], e.get("message_id") or e["text"]) for e in whole]
    order = [shown.index(k) for k in (("delivery", "m1"), ("inbound", "行きます"), ("delivery", "m2"))]
    assert order == sorted(order) and shown[-1] == ("note", "フェアで来店")
    assert [e["entry_id"] for e in whole] == sorted(e["entry_id"] for e in whole)
    for limit in (1, 2, 3):
        assert timeline_of(TARO, limit) == whole
    detail = call("GET", f"/api/customers/{TARO}")[1]["history"]
    assert [e["entry_id"] for e in detail] == [e["entry_id"] for e in whole]


def test_a_record_edit_computed_from_a_stale_read_is_redone_on_a_fresh_one(monkeypatch):
    """The customer re-declared their age between the staff's read and write: the guarded write
    fails, the edit is read again, and clearing the birthday restores the age declared last."""
    from linecrm.logic import customers as logic

    today = today_jst()
    put_customer("U01", "male", 20, declared_on=today)
    stale = customers.get("U01")
    put_customer("U01", "male", 40, declared_on=today)  # the chat's new answer
    table("customers_table").update_item(
        Key={"user_id": "U01"},
        UpdateExpression="SET birthday = :b",
        ExpressionAttributeValues={":b": "1999-01-01"},
    )
    stale = replace(stale, birthday="1999-01-01")
    reads, fresh = iter([stale]), customers.get
    monkeypatch.setattr(logic.dal, "get", lambda user_id: next(reads, None) or fresh(user_id))

    assert call("PATCH", "/api/customers/U01", {"birthday": None})[1]["age"] == 40


def test_a_push_whose_answer_was_lost_is_retried_with_the_same_key_and_delivered_once(
    taro, line_emulator, monkeypatch
):
    from linebot.v3.messaging import MessagingApi
    from urllib3.exceptions import ProtocolError

    real, keys = MessagingApi.push_message_with_http_info, []

    def answer_lost_once(self, request, x_line_retry_key=None, **kw):
        keys.append(x_line_retry_key)
        answer = real(self, request, x_line_retry_key=x_line_retry_key, **kw)
        if len(keys) == 1:
            raise ProtocolError("connection reset before the answer")
        return answer

    monkeypatch.setattr(MessagingApi, "push_message_with_http_info", answer_lost_once)
    before = len(line_emulator.sent_to(TARO))
    assert (
        call("POST", f"/api/customers/{TARO}/messages", {"messages": [{"type": "text", "text": "一度だけ"}]})[
            0
        ]
        == 201
    )
    assert len(keys) == 2 and keys[0] == keys[1]
    assert [m["text"] for m in line_emulator.sent_to(TARO)[before:]] == ["一度だけ"]


def test_a_rename_onto_a_tag_the_customer_already_has_keeps_their_own():
    put_customer("U01", declared_on=today_jst())
    staff("PUT", "/api/customers/U01/tags/区分B", name="最初の人")
    staff("PUT", "/api/customers/U01/tags/区分A")
    staff("PUT", "/api/tags/区分A", {"name": "区分B"})
    (item,) = table("customer_tags_table").scan()["Items"]
    assert (item["tag"], item["tagged_by"]) == ("区分B", "最初の人")


def test_a_tag_or_note_racing_with_a_deletion_is_refused_and_leaves_nothing(monkeypatch):
    """The customer was read, then deleted before the write: the write's transaction checks that
    the customer still exists."""
    from linecrm.logic import customer_book
    from linecrm.logic import customers as logic

    def read_before_the_deletion(user_id: str) -> customers.Customer:
        return customers.Customer(user_id)

    monkeypatch.setattr(logic, "customer", read_before_the_deletion)
    monkeypatch.setattr(customer_book, "customer", read_before_the_deletion)
    assert call("PUT", "/api/customers/U09/tags/区分A")[0] == 404
    assert call("POST", "/api/customers/U09/notes", {"text": "来店"})[0] == 404
    assert every_item_mentioning("U09") == []


def test_the_export_pages_through_every_matching_customer_once(monkeypatch):
    from linecrm.logic import customers as logic

    monkeypatch.setattr(logic, "EXPORT_PAGE", 2)
    for i in range(7):
        put_customer(f"U{i:02d}", "male" if i % 2 else "female", 30, declared_on=today_jst())
    body = raw("GET", "/api/customers/export", query="gender=male")[2].decode("utf-8-sig")
    assert [r["ユーザーID"] for r in csv.DictReader(io.StringIO(body))] == ["U01", "U03", "U05"]
