"""The shop card's staff routes over real HTTP through the local stack (`python -m local` in a
subprocess), as API Gateway passes them: the stores, a register's QR code of the day whose text,
sent from the LINE emulator, gives a point once; points awarded (422 in Japanese, 201) until the
card ranks up and the reward coupon reaches the customer's chat."""

from __future__ import annotations

import json
from urllib.parse import unquote

from tests.integration.test_customer_book_http import bot_messages, new_customer, say
from tests.support.local_stack import ok


def shop_card(stack, user_id: str) -> dict:
    return ok(stack.admin("GET", f"/api/customers/{user_id}"))["shop_card"]


def test_stores_and_todays_register_qr_code_over_http(stack):
    stores = ok(stack.admin("GET", "/api/stores"))["stores"]
    assert [(s["store_id"], s["name"]) for s in stores] == [
        ("ginza", "黒毛 銀座本店"),
        ("shinjuku", "黒毛 新宿店"),
        ("ebisu", "黒毛 恵比寿店"),
    ]
    qr = ok(stack.admin("GET", "/api/stores/ebisu/qr"))
    assert qr["svg"].startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert qr["url"].startswith("https://line.me/R/oaMessage/@000kuroge/?")
    assert unquote(qr["url"].split("?", 1)[1]) == qr["text"]
    assert qr["text"].startswith("来店 ebisu ")
    status, body = stack.admin("GET", "/api/stores/osaka/qr")
    assert status == 404 and "osaka" in body["message"]
    status, raw = stack.call("GET", "/api/stores")
    assert status == 401 and "ログインが必要です" in raw.decode()


def test_the_qr_text_sent_from_the_chat_gives_one_point_a_day(stack):
    user_id = new_customer(stack, "QR一郎")
    text = ok(stack.admin("GET", "/api/stores/ginza/qr"))["text"]
    say(stack, user_id, text)
    say(stack, user_id, text)
    answers = [m.get("text", "") for m in bot_messages(stack, user_id)]
    assert sum("1ポイントを付与しました" in a for a in answers) == 1
    assert sum("付与済み" in a for a in answers) == 1
    card = shop_card(stack, user_id)
    assert (card["points"], card["by_store"], card["rank"]) == (1, {"ginza": 1}, "regular")
    say(stack, user_id, "来店 ginza 0000000000")
    assert bot_messages(stack, user_id)[-1]["text"].startswith("申し訳ありません。QRコードを確認できなかった")
    assert shop_card(stack, user_id)["points"] == 1


def test_points_awarded_over_http_rank_the_card_up_and_push_the_reward_once(stack):
    user_id = new_customer(stack, "ポイント花子", "女性", "29")
    path = f"/api/customers/{user_id}/points"
    status, body = stack.admin("POST", path, {"store_id": "nagoya", "points": 0})
    assert status == 422
    assert {e["field"] for e in body["errors"]} == {"store_id", "points", "reason"}
    assert body["message"].startswith("入力に誤りがあります: 店舗: 店舗は ginza、shinjuku、ebisu のいずれか")
    assert (
        "ポイント: 1以上の値にしてください" in body["message"] and "理由: 入力してください" in body["message"]
    )

    ok(stack.admin("POST", path, {"store_id": "shinjuku", "points": 9, "reason": "ご来店"}), 201)
    answer = ok(stack.admin("POST", path, {"store_id": "shinjuku", "points": 1, "reason": "追加注文"}), 201)
    assert answer["rank_up"] == {
        "rank": "silver",
        "rank_label": "シルバー",
        "rewards": ["silver"],
        "pushed": True,
    }
    assert answer["shop_card"]["points_to_next"] == 20
    rewards = [m for m in bot_messages(stack, user_id) if "昇格" in m.get("altText", "")]
    assert len(rewards) == 1 and "特選和牛盛り合わせ" in json.dumps(rewards[0], ensure_ascii=False)

    trail = ok(stack.admin("GET", f"/api/customers/{user_id}/audit"))["entries"]
    assert [e["changes"]["points"] for e in trail if e["action"] == "points_awarded"] == [9, 1]
    say(stack, user_id, "ポイントカード")
    assert bot_messages(stack, user_id)[-1]["altText"] == "ポイントカード: 10ポイント（シルバーランク）"
