"""The shop card under concurrency, as Lambda runs it: each award or webhook delivery in its own
process (tests.support.lambda_pool) against moto's server and one LINE emulator, released at once.
Points are ADDed (none lost), the day's visit is a conditional put (one), the rank moves by a write
conditional on the rank as read (one rank-up, one reward push in the emulator's ledger)."""

from __future__ import annotations

import pytest

from linecrm.dal import history, stats, visits
from linecrm.domain import shop_card as rules
from linecrm.jst import today_jst
from linecrm.settings import get_settings
from local.line_emulator import webhook_events as ev
from tests.integration.admin_support import put_customer
from tests.integration.conftest import RACERS
from tests.support.admin_api import call
from tests.support.lambda_pool import post_webhook

pytestmark = pytest.mark.xdist_group("lambda_pool")  # one worker starts the shared pool


def customer(emulator, user_id: str) -> str:
    emulator.add_customer(user_id, "常連客")
    put_customer(user_id, declared_on=today_jst())
    return user_id


def award(user_id: str, points: int = 1, store_id: str = "ginza") -> tuple:
    return (
        "POST",
        f"/api/customers/{user_id}/points",
        {"store_id": store_id, "points": points, "reason": "ご来店"},
    )


def reward_pushes(emulator, user_id: str) -> list[dict]:
    return [
        e["message"]
        for e in emulator.channel.chat(user_id)
        if e["from"] == "bot" and e["via"] == "push" and "昇格" in e["message"].get("altText", "")
    ]


def shop_card_of(user_id: str) -> dict:
    status, body = call("GET", f"/api/customers/{user_id}")
    assert status == 200, body
    return body["shop_card"]


def test_20_concurrent_awards_give_exactly_20_points_one_visit_and_one_rank_up(lambdas, line):
    user_id = customer(line, "U" + "a" * 32)
    results = lambdas.race([award(user_id)] * RACERS)

    assert [status for status, _ in results] == [201] * RACERS, results
    card = shop_card_of(user_id)
    assert (card["points"], card["by_store"], card["visits"], card["rank"]) == (
        20,
        {"ginza": 20},
        1,
        "silver",
    )
    assert sum(body["visit"] for _, body in results) == 1
    assert len([body for _, body in results if body["rank_up"]]) == 1
    (push,) = reward_pushes(line, user_id)
    assert push["altText"].startswith("シルバーランクに昇格しました")
    assert len([e for e in history.list_for(user_id) if e.kind == "points"]) == RACERS
    month = f"month#{today_jst():%Y-%m}"
    assert stats.read([month, "ranks", "visitors"]) == {
        month: {"points#ginza": 20, "visits#ginza": 1},
        "ranks": {"regular": 0, "silver": 1},
        "visitors": {"visited": 1},
    }


def test_two_awards_crossing_a_threshold_together_push_one_reward_coupon(lambdas, line):
    user_id = customer(line, "U" + "b" * 32)
    status, _ = call(*award(user_id, 9))
    assert status == 201
    results = lambdas.race([award(user_id), award(user_id, store_id="ebisu")])

    assert [status for status, _ in results] == [201, 201]
    assert shop_card_of(user_id)["points"] == 11
    assert len([body for _, body in results if body["rank_up"]]) == 1
    assert len(reward_pushes(line, user_id)) == 1
    assert len([e for e in history.list_for(user_id) if e.kind == "rank"]) == 1


def test_the_same_qr_code_scanned_twice_at_once_gives_one_point(lambdas, line):
    user_id = customer(line, "U" + "c" * 32)
    code = rules.qr_code(get_settings().qr_secret(), "ginza", today_jst())
    scans = [
        ([ev.text(user_id, f"来店 ginza {code}", reply_token=line.issue_reply_token(user_id))],)
        for _ in range(4)
    ]
    results = lambdas.race(scans, call=post_webhook)

    assert [status for status, _ in results] == [200] * 4
    assert shop_card_of(user_id)["points"] == 1
    assert len(visits.list_for(user_id)) == 1
    answers = [m["text"] for m in line.sent_to(user_id)]
    assert sum("1ポイントを付与しました" in a for a in answers) == 1
    assert sum("付与済み" in a for a in answers) == 3
