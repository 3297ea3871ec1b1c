"""Entry routes (流入経路) through the real handlers: staff define them through the staff API
(validated, audited, one route per keyword), a friend who sends a route's keyword through the
webhook gets the tag and a thank-you, and is counted once per route whatever is sent again or
redelivered."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import unquote

import pytest
import segno

from linecrm.dal import customer_tags, history
from linecrm.dal import entry_routes as dal
from linecrm.dal.dynamo import table
from linecrm.domain import bot_texts as t
from linecrm.settings import get_settings
from local.apigw import proxy_event, response_parts
from local.line_emulator import webhook_events as ev
from tests.support.admin_api import AUTH, call, session_of
from tests.support.line_webhook import Customer, post, texts

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")

BASIC_ID = "@123abcde"
SEMINAR = {"name": "セミナー", "keyword": "セミナー参加", "tag": "セミナー経由"}


@pytest.fixture(autouse=True)
def basic_id(monkeypatch):
    monkeypatch.setenv("LINE_BASIC_ID", BASIC_ID)
    get_settings.cache_clear()


def create(body: dict, headers: dict | None = None) -> dict:
    status, created = call("POST", "/api/routes", body, headers=headers)
    assert status == 201, created
    return created


def routes() -> dict[str, dict]:
    status, listed = call("GET", "/api/routes")
    assert status == 200, listed
    return {r["name"]: r for r in listed["routes"]}


def arrivals(name: str) -> int:
    return routes()[name]["arrivals"]


def tag_count(tag: str) -> int:
    return {c["tag"]: c["count"] for c in call("GET", "/api/tags")[1]["tags"]}.get(tag, 0)


# --- staff ---------------------------------------------------------------------------------


def test_a_route_is_created_listed_with_its_qr_codes_edited_and_deleted_with_an_audit_trail():
    yamada = session_of("山田")
    created = create(SEMINAR, headers=yamada)
    assert {k: created[k] for k in ("name", "keyword", "tag", "arrivals")} == {**SEMINAR, "arrivals": 0}
    assert created["chat_url"] == (
        "https://line.me/R/oaMessage/@123abcde/?%E3%82%BB%E3%83%9F%E3%83%8A%E3%83%BC%E5%8F%82%E5%8A%A0"
    )
    assert created["qr"].startswith("data:image/svg+xml")

    status, listed = call("GET", "/api/routes")
    assert status == 200
    assert listed["account"]["basic_id"] == BASIC_ID
    assert listed["account"]["friend_url"] == "https://line.me/R/ti/p/@123abcde"
    assert listed["account"]["friend_qr"].startswith("data:image/svg+xml")
    assert [r["route_id"] for r in listed["routes"]] == [created["route_id"]]

    route_id = created["route_id"]
    status, edited = call(
        "PUT", f"/api/routes/{route_id}", {**SEMINAR, "keyword": "銀座セミナー"}, headers=yamada
    )
    assert status == 200 and edited["keyword"] == "銀座セミナー"
    assert unquote(edited["chat_url"].split("/?", 1)[1]) == "銀座セミナー"
    create({"name": "旧キーワード", "keyword": "セミナー参加", "tag": "x"})  # the old keyword is free again

    status, _ = call("DELETE", f"/api/routes/{route_id}", headers=yamada)
    assert status == 204
    assert call("GET", f"/api/routes/{route_id}")[0] == 404
    assert call("DELETE", f"/api/routes/{route_id}")[0] == 404
    create({"name": "再利用", "keyword": "銀座セミナー", "tag": "x"})  # its keyword too

    status, trail = call("GET", f"/api/routes/{route_id}/audit")
    assert [(e["action"], e["actor"]) for e in trail["entries"]] == [
        ("created", "山田"),
        ("updated", "山田"),
        ("deleted", "山田"),
    ]
    assert trail["entries"][1]["changes"] == {"keyword": {"from": "セミナー参加", "to": "銀座セミナー"}}
    assert call("GET", "/api/audit", query=f"subject=route%23{route_id}")[1] == trail


def test_bad_input_is_refused_naming_the_field_in_japanese():
    status, refused = call("POST", "/api/routes", {"name": "性別", "keyword": "男性", "tag": "x"})
    assert status == 422
    assert refused["errors"] == [
        {
            "field": "keyword",
            "reason": "性別・年齢・「はい」「いいえ」など、登録の回答として読まれる言葉はキーワードにできません",
        }
    ]
    status, refused = call("POST", "/api/routes", {"name": " ", "keyword": "あ" * 31})
    assert status == 422
    assert {e["field"] for e in refused["errors"]} == {"name", "keyword", "tag"}
    assert "経路名" in refused["message"] and "キーワード: 30文字以内で入力してください" in refused["message"]
    assert "タグ: 入力してください" in refused["message"]
    assert routes() == {}


def test_two_routes_never_share_a_keyword_even_written_differently():
    first = create(SEMINAR)
    status, refused = call("POST", "/api/routes", {"name": "別", "keyword": " ｾﾐﾅｰ参加 ", "tag": "x"})
    assert status == 409
    assert refused["errors"] == [{"field": "keyword", "reason": refused["message"]}]
    assert "流入経路「セミナー」" in refused["message"]
    other = create({"name": "銀座店", "keyword": "銀座店", "tag": "銀座店経由"})
    status, refused = call("PUT", f"/api/routes/{other['route_id']}", {**SEMINAR, "name": "銀座店"})
    assert status == 409 and "流入経路「セミナー」" in refused["message"]
    assert {r["keyword"] for r in routes().values()} == {"セミナー参加", "銀座店"}
    assert dal.claim_of("銀座店").route_id == other["route_id"]
    assert dal.claim_of("セミナー参加").route_id == first["route_id"]


NO_AUDIT = {  # a harmless last operation in place of the audit entry
    "ConditionCheck": {
        "TableName": "stats",
        "Key": {"stat": "nothing"},
        "ConditionExpression": "attribute_not_exists(stat)",
    }
}


def test_writes_from_a_stale_read_are_refused_so_no_claim_is_left_pointing_nowhere():
    created = create(SEMINAR)
    route_id = created["route_id"]
    before = dal.get(route_id)
    call("PUT", f"/api/routes/{route_id}", {**SEMINAR, "keyword": "新キーワード"})

    # a keyword change from the old read: the old claim is gone
    with pytest.raises(dal.Stale):
        dal.replace(before, replace(before, keyword="三つ目", keyword_key="三つ目"), NO_AUDIT)
    # a deletion from the old read would leave the new claim pointing at no route
    with pytest.raises(dal.Stale):
        dal.delete(before, NO_AUDIT)
    assert dal.claim_of("三つ目") is None
    assert dal.claim_of("新キーワード").route_id == route_id
    assert dal.get(route_id).keyword == "新キーワード"

    # a rename from a read before the route was deleted would bring it back
    current = dal.get(route_id)
    call("DELETE", f"/api/routes/{route_id}")
    with pytest.raises(dal.Stale):
        dal.replace(current, replace(current, name="復活"), NO_AUDIT)
    assert dal.get(route_id) is None and dal.claim_of("新キーワード") is None


def test_the_qr_endpoint_serves_an_svg_of_the_chat_url():
    created = create(SEMINAR)
    event = proxy_event("GET", f"/api/routes/{created['route_id']}/qr", headers=AUTH)
    from functions.admin_api.handler import handler
    from local.apigw import LambdaContext

    status, headers, body = response_parts(handler(event, LambdaContext("admin_api")))
    assert status == 200
    assert {k.lower(): v for k, v in headers.items()}["content-type"].startswith("image/svg+xml")
    svg = body.decode("utf-8")
    assert svg.startswith("<svg") and "流入経路「セミナー」" in svg
    expected = segno.make(created["chat_url"], error="m", boost_error=False)
    regenerated = expected.svg_inline(scale=8, border=4, title="流入経路「セミナー」")
    other = segno.make(created["chat_url"] + "x", error="m", boost_error=False).svg_inline(scale=8, border=4)
    path = svg.split(' d="', 1)[1].split('"', 1)[0]
    assert path == regenerated.split(' d="', 1)[1].split('"', 1)[0]
    assert path != other.split(' d="', 1)[1].split('"', 1)[0]


def test_without_a_basic_id_there_are_no_qr_codes_and_the_qr_endpoint_says_why(monkeypatch):
    monkeypatch.delenv("LINE_BASIC_ID")
    get_settings.cache_clear()
    created = create(SEMINAR)
    assert created["chat_url"] is None and created["qr"] is None
    assert call("GET", "/api/routes")[1]["account"] == {
        "basic_id": None,
        "friend_url": None,
        "friend_qr": None,
    }
    status, refused = call("GET", f"/api/routes/{created['route_id']}/qr")
    assert status == 409 and "LINE_BASIC_ID" in refused["message"]


# --- the chat ------------------------------------------------------------------------------


@pytest.fixture
def hanako(line_emulator):
    return Customer(line_emulator, "U" + "b" * 32, display_name="佐藤花子")


@pytest.fixture
def taro(line_emulator):
    return Customer(line_emulator, "U" + "c" * 32, display_name="田中太郎")


def test_a_new_friend_sending_the_keyword_is_tagged_thanked_asked_again_and_counted_once(hanako):
    create(SEMINAR)
    hanako.follow()
    replies = hanako.say("セミナー参加")
    assert texts(replies) == [t.ROUTE_THANKS.format(keyword="セミナー参加"), t.ASK_GENDER]
    assert customer_tags.tags_of(hanako.user_id) == ["セミナー経由"]
    assert arrivals("セミナー") == 1 and tag_count("セミナー経由") == 1

    first = hanako.last_event
    status, _ = post([ev.redelivery(first)])  # LINE redelivers the same event
    assert status == 200
    hanako.say("ｾﾐﾅｰ参加")  # and the customer sends the keyword again (another event)
    assert arrivals("セミナー") == 1 and tag_count("セミナー経由") == 1
    tagged = [e for e in history.list_for(hanako.user_id) if e.kind == "tag"]
    assert [e.text for e in tagged] == ["流入経路「セミナー」でタグ「セミナー経由」を追加"]

    # the registration goes on where it was
    assert texts(hanako.say("女性")) == [t.ASK_AGE]


def test_each_customer_counts_once_per_route_and_a_customer_tagged_by_staff_still_counts(hanako, taro):
    create(SEMINAR)
    create({"name": "銀座店", "keyword": "銀座店", "tag": "銀座店経由"})
    for customer in (hanako, taro):
        customer.follow()
    call("PUT", f"/api/customers/{taro.user_id}/tags/セミナー経由")  # staff tagged him first
    hanako.say("セミナー参加")
    taro.say("セミナー参加")
    taro.say("銀座店")
    assert (arrivals("セミナー"), arrivals("銀座店")) == (2, 1)
    assert tag_count("セミナー経由") == 2 and tag_count("銀座店経由") == 1
    assert customer_tags.tags_of(taro.user_id) == ["セミナー経由", "銀座店経由"]


def test_other_texts_go_to_the_conversation(hanako):
    create(SEMINAR)
    hanako.follow()
    assert texts(hanako.say("セミナー")) == [t.REASK_GENDER]  # not the keyword: a gender re-asked
    assert arrivals("セミナー") == 0


def test_a_text_longer_than_any_keyword_is_never_looked_up(hanako, monkeypatch):
    """A DynamoDB key is at most 2,048 bytes (moto does not check it on reads): a 5,000-character
    message must not become one."""
    looked_up: list[str] = []
    claim_of = dal.claim_of
    monkeypatch.setattr(dal, "claim_of", lambda key: looked_up.append(key) or claim_of(key))
    create(SEMINAR)
    hanako.follow()
    assert texts(hanako.say("長" * 5000)) == [t.REASK_GENDER]
    hanako.say("セミナー参加")
    assert looked_up == ["セミナー参加"]


def test_an_arrival_for_a_route_deleted_meanwhile_is_not_counted(hanako):
    created = create(SEMINAR)
    hanako.follow()
    call("DELETE", f"/api/routes/{created['route_id']}")
    assert dal.arrive(hanako.user_id, created["route_id"]) is False
    assert (
        table("stats_table").get_item(Key={"stat": dal.counter_key(created["route_id"])}).get("Item") is None
    )


def test_after_withdrawal_the_count_stays_and_the_user_id_is_nowhere_in_the_routes(hanako):
    create(SEMINAR)
    hanako.follow()
    hanako.say("セミナー参加")
    hanako.say("退会")
    hanako.say("はい")
    assert arrivals("セミナー") == 1
    assert table("customers_table").get_item(Key={"user_id": hanako.user_id}).get("Item") is None
    scanned = table("entry_routes_table").scan()["Items"]
    assert hanako.user_id not in repr(scanned)
