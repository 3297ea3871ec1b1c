"""The shop card through the real handlers: points awarded by staff (admin API) and by the
register's QR code (webhook), one visit per store per JST day, the rank-up reward pushed once, the
card in the chat, 店舗情報, and visits attributed to the message whose coupon was used."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from linecrm.dal import audit, coupon_uses, history, stats, visits
from linecrm.dal import customers as customers_dal
from linecrm.domain import shop_card as rules
from linecrm.domain.shop_config import get_config
from linecrm.jst import iso_utc, now_utc, today_jst
from linecrm.logic import shop_card
from linecrm.settings import get_settings
from local.line_emulator import webhook_events as ev
from tests.integration.admin_support import put_customer
from tests.support.admin_api import call
from tests.support.line_webhook import Customer

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")

USER = "U" + "5" * 32


@pytest.fixture
def taro(line_emulator):
    customer = Customer(line_emulator, USER, display_name="山田太郎")
    put_customer(USER, declared_on=today_jst())
    return customer


def code_of(store_id: str, days_ago: int = 0) -> str:
    day = today_jst() - timedelta(days=days_ago)
    return rules.qr_code(get_settings().qr_secret(), store_id, day)


def scan(customer: Customer, store_id: str, code: str) -> list[dict]:
    return customer.say(f"来店 {store_id} {code}")


def card_of(user_id: str = USER) -> dict:
    status, body = call("GET", f"/api/customers/{user_id}")
    assert status == 200, body
    return body["shop_card"]


def award(points: int, store_id: str = "ginza", reason: str = "ご来店", user_id: str = USER):
    return call(
        "POST", f"/api/customers/{user_id}/points", {"store_id": store_id, "points": points, "reason": reason}
    )


def pushes(emulator, user_id: str = USER) -> list[dict]:
    """The messages LINE delivered to the customer by push (the emulator's ledger)."""
    return [e for e in emulator.channel.chat(user_id) if e["from"] == "bot" and e["via"] == "push"]


# --- stores ------------------------------------------------------------------------------------


def test_the_three_stores_are_listed_and_shown_in_the_chat(taro):
    status, body = call("GET", "/api/stores")
    assert status == 200
    assert [s["store_id"] for s in body["stores"]] == ["ginza", "shinjuku", "ebisu"]
    assert all(s["name"] and s["address"] and s["hours"] for s in body["stores"])

    (reply,) = taro.say("店舗情報")
    assert reply["type"] == "flex" and reply["contents"]["type"] == "carousel"
    names = [b["body"]["contents"][0]["text"] for b in reply["contents"]["contents"]]
    assert names == [s["name"] for s in body["stores"]]


# --- the register's QR code ---------------------------------------------------------------------


def test_todays_code_gives_one_point_and_a_second_scan_the_same_day_none(taro):
    (thanks,) = scan(taro, "ginza", code_of("ginza"))
    assert "1ポイントを付与しました" in thanks["text"] and "あと9ポイントでシルバーランク" in thanks["text"]
    (again,) = scan(taro, "ginza", code_of("ginza"))
    assert "付与済み" in again["text"]

    assert card_of() | {} == {**card_of(), "points": 1, "visits": 1, "by_store": {"ginza": 1}}
    kinds = [e.kind for e in history.list_for(USER)]
    assert kinds.count("visit") == 1
    month = f"month#{today_jst():%Y-%m}"
    assert stats.read([month, "visitors", "ranks"]) == {
        month: {"visits#ginza": 1, "points#ginza": 1},
        "visitors": {"visited": 1},
        "ranks": {"regular": 1},
    }


def test_the_same_day_at_another_store_is_another_visit_and_counts_a_repeat_customer(taro):
    scan(taro, "ginza", code_of("ginza"))
    (thanks,) = scan(taro, "ebisu", code_of("ebisu"))
    assert "黒毛 恵比寿店" in thanks["text"]
    assert card_of()["by_store"] == {"ginza": 1, "ebisu": 1}
    assert stats.read(["visitors"])["visitors"] == {"visited": 1, "repeat": 1}


@pytest.mark.parametrize(
    "store_id, code, expected",
    [
        ("ginza", "yesterday", "本日のQRコードではない"),
        ("ginza", "0123456789", "QRコードを確認できなかった"),
        ("ginza", "shinjuku", "QRコードを確認できなかった"),  # another store's code of today
        ("osaka", "0123456789", "店舗を確認できませんでした"),
    ],
    ids=["stale", "forged", "other-store", "unknown-store"],
)
def test_a_stale_or_forged_code_is_refused_politely_and_gives_no_point(taro, store_id, code, expected):
    if code == "yesterday":
        code = code_of(store_id, days_ago=1)
    elif code == "shinjuku":
        code = code_of("shinjuku")
    (refusal,) = scan(taro, store_id, code)
    assert expected in refusal["text"] and refusal["text"].startswith("申し訳ありません")
    assert card_of()["points"] == 0
    assert visits.list_for(USER) == []


def test_full_width_text_from_a_phone_keyboard_is_read_too(taro):
    (thanks,) = scan(taro, "ｇｉｎｚａ", code_of("ginza").upper())
    assert "1ポイント" in thanks["text"]


# --- staff awards -----------------------------------------------------------------------------


def test_staff_award_points_audited_on_the_timeline_and_counted(taro):
    status, body = award(3, "shinjuku", "誕生日のご来店")
    assert status == 201, body
    assert body["shop_card"]["points"] == 3 and body["visit"] is True and body["rank_up"] is None
    status, body = award(2, "shinjuku", "追加注文")
    assert body["visit"] is False  # the day's visit at the store is counted once
    assert card_of()["by_store"] == {"shinjuku": 5}

    (first, second) = [
        e for e in audit.list_for(audit.subject("customer", USER)) if e.action == "points_awarded"
    ]
    assert first.changes == {"store_id": "shinjuku", "points": 3, "reason": "誕生日のご来店"}
    assert first.actor
    entries = [e for e in history.list_for(USER) if e.kind == "points"]
    assert [e.text for e in entries] == [
        "ポイント付与（黒毛 新宿店）: 3ポイント「誕生日のご来店」・来店",
        "ポイント付与（黒毛 新宿店）: 2ポイント「追加注文」",
    ]
    month = f"month#{today_jst():%Y-%m}"
    assert stats.read([month])[month] == {"visits#shinjuku": 1, "points#shinjuku": 5}


@pytest.mark.parametrize(
    "body, field, reason",
    [
        (
            {"store_id": "osaka", "points": 1, "reason": "x"},
            "store_id",
            "店舗は ginza、shinjuku、ebisu のいずれか",
        ),
        ({"store_id": "ginza", "points": 0, "reason": "x"}, "points", "1以上"),
        ({"store_id": "ginza", "points": 101, "reason": "x"}, "points", "100以下"),
        ({"store_id": "ginza", "points": "1", "reason": "x"}, "points", "整数"),
        ({"store_id": "ginza", "points": 1}, "reason", "入力してください"),
        ({"store_id": "ginza", "points": 1, "reason": "  "}, "reason", "空白以外"),
    ],
)
def test_a_bad_award_is_a_422_naming_the_field_in_japanese(taro, body, field, reason):
    status, answer = call("POST", f"/api/customers/{USER}/points", body)
    assert status == 422, answer
    assert [e["field"] for e in answer["errors"]] == [field]
    assert reason in answer["errors"][0]["reason"]
    assert card_of()["points"] == 0


def test_an_award_to_an_unknown_customer_is_a_404(taro):
    status, answer = award(1, user_id="U" + "0" * 32)
    assert status == 404 and "見つかりません" in answer["message"]


# --- rank-up ----------------------------------------------------------------------------------


def test_crossing_a_threshold_pushes_the_reward_coupon_once_and_the_card_shows_the_rank(taro, line_emulator):
    award(9)
    assert pushes(line_emulator) == []
    status, body = award(1)
    assert body["rank_up"] == {
        "rank": "silver",
        "rank_label": "シルバー",
        "rewards": ["silver"],
        "pushed": True,
    }
    (push,) = pushes(line_emulator)
    assert push["message"]["altText"].startswith("シルバーランクに昇格しました")
    button = push["message"]["contents"]["footer"]["contents"][0]["action"]
    assert button["data"] == "action=use_reward&rank=silver"
    award(5)
    assert len(pushes(line_emulator)) == 1
    assert stats.read(["ranks"])["ranks"] == {"regular": 0, "silver": 1}

    (shown,) = taro.say("ポイント")
    assert shown["altText"] == "ポイントカード: 15ポイント（シルバーランク）"
    body_texts = [c.get("text") for c in shown["contents"]["body"]["contents"]]
    assert "あと15ポイントでゴールドランク" in body_texts
    (same,) = taro.say("ポイントカード")
    assert same["altText"] == shown["altText"]


def test_jumping_two_ranks_at_once_pushes_both_rewards_in_one_push(taro, line_emulator):
    status, body = award(30)
    assert body["rank_up"]["rewards"] == ["silver", "gold"]
    assert len(pushes(line_emulator)) == 2  # two coupon cards, one request
    assert card_of()["rank"] == "gold" and card_of()["next_rank"] is None


def test_a_rank_up_racing_with_another_moves_the_rank_once_the_loser_pushes_nothing(
    taro, line_emulator, monkeypatch
):
    """The worst interleaving, forced: both awards read the card at 10 points before either moves
    the rank. Only the condition on the rank as read stops the second."""
    award(9)
    before = customers_dal.get(USER)
    award(1)
    assert len(pushes(line_emulator)) == 1
    stale = replace(before, card_points=10)  # as the other award saw it: 10 points, no rank yet
    monkeypatch.setattr(shop_card.customers_dal, "get", lambda user_id: stale)
    assert shop_card.settle_rank(USER) is None
    assert len(pushes(line_emulator)) == 1
    assert stats.read(["ranks"])["ranks"] == {"regular": 0, "silver": 1}


def test_a_reward_line_refused_stays_owed_and_is_pushed_with_the_card_view(taro, line_emulator, monkeypatch):
    from linecrm.domain.errors import LineRefused

    def refuse(*args, **kwargs):
        raise LineRefused("LINE が送信を受け付けませんでした (HTTP 500)")

    monkeypatch.setattr("linecrm.logic.send_now.send_now", refuse)
    status, body = award(10)
    assert body["rank_up"]["pushed"] is False
    assert customers_dal.get(USER).card_reward_due == ("silver",)
    monkeypatch.undo()
    taro.say("ポイント")
    assert len(pushes(line_emulator)) == 1
    assert rules.REWARD_DUE not in customers_dal.get_item(USER)


def test_the_reward_coupon_is_used_once(taro, line_emulator):
    award(10)
    token = line_emulator.issue_reply_token(USER)
    (stamp,) = taro.send(ev.postback(USER, "action=use_reward&rank=silver", reply_token=token))
    assert stamp["altText"].startswith("「シルバーランク特典")
    token = line_emulator.issue_reply_token(USER)
    (again,) = taro.send(ev.postback(USER, "action=use_reward&rank=silver", reply_token=token))
    assert "使用済み" in again["text"]
    token = line_emulator.issue_reply_token(USER)
    (gold,) = taro.send(ev.postback(USER, "action=use_reward&rank=gold", reply_token=token))
    assert "見つかりませんでした" in gold["text"]  # not reached


# --- attribution ------------------------------------------------------------------------------


def test_a_visit_within_the_window_after_a_coupon_use_counts_for_its_message(taro):
    now = now_utc()
    coupon_uses.record(
        "m-old-0", USER, "m-old", iso_utc(now - timedelta(days=get_config().attribution_days, hours=1))
    )
    scan(taro, "ginza", code_of("ginza"))
    assert "visits" not in stats.read(["message#m-old"]).get("message#m-old", {})  # past the window

    coupon_uses.record("m-new-0", USER, "m-new", iso_utc(now - timedelta(days=3)))
    scan(taro, "ebisu", code_of("ebisu"))
    scan(taro, "ebisu", code_of("ebisu"))  # the same visit again: not attributed twice
    award(2, "ebisu")  # points without a new visit: not attributed
    counted = stats.read(["message#m-new", "message#m-old"])
    assert (counted["message#m-new"].get("visits"), counted["message#m-old"].get("visits")) == (1, None)
    (attributed,) = [v for v in visits.list_for(USER) if v.attributed_to]
    assert (attributed.store_id, attributed.attributed_to) == ("ebisu", "m-new")


# --- deletion ---------------------------------------------------------------------------------


def test_deleting_the_customer_deletes_their_visits_and_takes_them_out_of_the_counts(taro):
    scan(taro, "ginza", code_of("ginza"))
    scan(taro, "ebisu", code_of("ebisu"))
    status, body = call("DELETE", f"/api/customers/{USER}")
    assert status == 200 and body["removed"]["visits"] == 2
    assert visits.list_for(USER) == []
    assert stats.read(["visitors", "ranks"]) == {
        "visitors": {"visited": 0, "repeat": 0},
        "ranks": {"regular": 0},
    }


# --- guards -----------------------------------------------------------------------------------


def test_the_same_reward_pushed_again_is_delivered_once_thanks_to_its_retry_key(taro, line_emulator):
    award(10)
    assert len(pushes(line_emulator)) == 1
    assert shop_card.deliver_rewards(USER, ["silver"]) is True  # LINE answers 409: already accepted
    assert len(pushes(line_emulator)) == 1


def test_an_award_that_read_the_visits_before_another_visit_counts_the_repeat_once(taro, monkeypatch):
    """The visits condition, forced: the award read the card before the customer's first visit was
    counted. Its transaction is refused and it reads again, so the visit is a repeat (2nd)."""
    before = customers_dal.get(USER)
    award(1, "ginza")
    reads = iter([before])
    real_get = customers_dal.get
    monkeypatch.setattr(
        shop_card.customers_dal, "get", lambda user_id: next(reads, None) or real_get(user_id)
    )
    award(1, "ebisu")
    assert stats.read(["visitors"])["visitors"] == {"visited": 1, "repeat": 1}
    assert card_of()["visits"] == 2


def test_an_award_lost_to_a_concurrent_transaction_is_tried_again(taro, monkeypatch):
    from linecrm.dal.dynamo import Cancelled

    real = shop_card.transact
    failures = iter([Cancelled(["None", "TransactionConflict"])])

    def conflicting(operations):
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return real(operations)

    monkeypatch.setattr(shop_card, "transact", conflicting)
    status, body = award(2)
    assert status == 201 and body["shop_card"]["points"] == 2
