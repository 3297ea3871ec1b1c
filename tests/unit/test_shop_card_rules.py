"""The shop card's pure rules: the register's daily code, the scan text, ranks, the configuration."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from linecrm.domain import shop_card as rules
from linecrm.domain.customers import Customer
from linecrm.domain.shop_config import DEFAULT, load

SECRET = b"k" * 32
DAY = date(2026, 12, 2)
CONFIG = load(None)


def test_the_code_changes_every_day_and_per_store_and_needs_the_secret():
    today = rules.qr_code(SECRET, "ginza", DAY)
    assert len(today) == rules.CODE_LENGTH
    assert today == rules.qr_code(SECRET, "ginza", DAY)
    assert today != rules.qr_code(SECRET, "ginza", DAY + timedelta(days=1))
    assert today != rules.qr_code(SECRET, "ebisu", DAY)
    assert today != rules.qr_code(b"other" * 8, "ginza", DAY)


@pytest.mark.parametrize(
    "code_day, store, expected",
    [
        (DAY, "ginza", rules.VALID),
        (DAY - timedelta(days=1), "ginza", rules.STALE),
        (DAY - timedelta(days=30), "ginza", rules.STALE),
        (DAY + timedelta(days=1), "ginza", rules.FORGED),  # tomorrow's is not valid yet
        (DAY, "osaka", rules.UNKNOWN_STORE),
    ],
)
def test_a_scan_is_valid_only_with_todays_code_of_its_store(code_day, store, expected):
    scan = rules.Scan(store, rules.qr_code(SECRET, store, code_day))
    assert rules.check_scan(SECRET, CONFIG, scan, DAY) == expected


def test_a_made_up_code_is_forged():
    assert rules.check_scan(SECRET, CONFIG, rules.Scan("ginza", "0" * 10), DAY) == rules.FORGED


@pytest.mark.parametrize(
    "text, expected",
    [
        ("来店 ginza ab12cd34ef", rules.Scan("ginza", "ab12cd34ef")),
        ("来店　ＧＩＮＺＡ　ＡＢ12cd34ef", rules.Scan("ginza", "ab12cd34ef")),
        ("  来店 ebisu 0123456789  ", rules.Scan("ebisu", "0123456789")),
        ("来店", None),
        ("来店 ginza", None),
        ("来店しました", None),
        ("ポイント", None),
    ],
)
def test_the_scan_text_is_read_from_what_the_qr_code_types(text, expected):
    assert rules.parse_visit(text) == expected


def test_the_qr_url_opens_the_chat_with_the_text_percent_encoded():
    from linecrm.domain.entry_routes import chat_url

    url = chat_url("@kuroge", rules.visit_text("ginza", "ab12cd34ef"))
    assert url == "https://line.me/R/oaMessage/@kuroge/?%E6%9D%A5%E5%BA%97%20ginza%20ab12cd34ef"


@pytest.mark.parametrize(
    "points, rank", [(0, "regular"), (9, "regular"), (10, "silver"), (29, "silver"), (30, "gold")]
)
def test_the_rank_is_the_highest_threshold_reached(points, rank):
    assert rules.rank_for(CONFIG, points) == rank


def test_the_ranks_crossed_each_give_their_reward():
    assert [r.rank for r in rules.crossed(CONFIG, None, "gold")] == ["silver", "gold"]
    assert [r.rank for r in rules.crossed(CONFIG, "silver", "gold")] == ["gold"]
    assert rules.crossed(CONFIG, "gold", "gold") == []


def test_the_card_says_what_the_next_rank_needs():
    card = rules.card_of(
        CONFIG,
        Customer("U1", card_points=12, card_points_by_store={"ginza": 12}, card_rank="silver", card_visits=3),
    )
    assert card == {
        "points": 12,
        "rank": "silver",
        "rank_label": "シルバー",
        "visits": 3,
        "by_store": {"ginza": 12},
        "next_rank": "gold",
        "next_rank_label": "ゴールド",
        "points_to_next": 18,
    }
    message = rules.card_message(CONFIG, card)
    stamps = message["contents"]["body"]["contents"][2]["contents"]
    filled = [s["backgroundColor"] == rules.STAMP_ON for row in stamps for s in row["contents"]]
    assert filled == [True, True] + [False] * 8


def test_thresholds_and_stores_are_configurable_and_checked():
    custom = load('{"ranks": [{"rank": "vip", "label": "VIP", "points": 5, "reward_title": "乾杯ドリンク"}]}')
    assert rules.rank_for(custom, 5) == "vip" and len(custom.stores) == 3
    with pytest.raises(ValidationError):
        load('{"ranks": [' + ",".join([str(DEFAULT["ranks"][1]).replace("'", '"')] * 2) + "]}")
    with pytest.raises(RuntimeError, match="SHOP_CONFIG"):
        load("{not json")
