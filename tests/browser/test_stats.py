"""The statistics page (統計) on the real local stack: customers who follow, register and block in
the LINE emulator, the shop card's counters, and the page's charts drawn as inline SVG (no
library, no other host). Screenshots at 1280 px and 390 px go to test-output/."""

from __future__ import annotations

from datetime import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JST, friend, register, shoot, sign_in

pytestmark = pytest.mark.browser


def test_the_statistics_page_draws_its_charts(console, stack, output_dir):
    for name in ("統計一郎", "統計二郎", "統計三子"):
        register(stack, name, "男性", "33")
    user_id = friend(stack, "統計四郎")
    status, body = stack.call("POST", f"/emulator/api/customers/{user_id}/block", {})
    assert status == 200, body
    month = datetime.now(JST).strftime("%Y-%m")
    dynamodb = stack.dynamodb()
    shop_card = {  # what the shop card writes as visits happen
        f"month#{month}": {"visits#ginza": 12, "points#ginza": 12, "visits#ebisu": 5, "points#ebisu": 6},
        "visitors": {"visited": 10, "repeat": 4},
        "ranks": {"regular": 7, "silver": 2, "gold": 1},
    }
    for key, counts in shop_card.items():
        item = {"stat": {"S": key}, **{name: {"N": str(n)} for name, n in counts.items()}}
        dynamodb.put_item(TableName="stats", Item=item)

    sign_in(console, stack)
    console.get_by_role("link", name="統計").click()
    expect(console.get_by_role("heading", name="統計", exact=True)).to_be_visible()

    friends = console.get_by_role("img", name="友だち追加・ブロック数（日別）")
    expect(friends.locator("rect[data-series='followed']")).to_have_count(30)
    expect(console.get_by_text("友だち追加 4人 / ブロック")).to_be_visible()
    funnel = console.get_by_role("img", name="登録ファネル")
    expect(funnel.locator("rect")).to_have_count(3)
    assert funnel.locator("rect").evaluate_all("rs => rs.map(r => r.dataset.value)") == ["4", "3", "3"]
    expect(console.get_by_role("img", name="配信数（月別）")).to_be_visible()
    expect(
        console.get_by_role("img", name="店舗別の来店数（月別）").locator("rect[data-series='ginza']")
    ).to_have_count(12)
    expect(console.locator("#repeat-rate")).to_have_text("40.0%")
    expect(console.get_by_role("img", name="ランク分布").locator("rect")).to_have_count(3)
    expect(console.get_by_text("配信済みのメッセージはまだありません")).to_be_visible()

    console.get_by_label("開始日").fill("2026-12-02")
    console.get_by_label("終了日").fill("2026-12-01")
    console.get_by_role("button", name="表示").click()
    expect(console.get_by_text("開始日は終了日以前にしてください")).to_be_visible()
    shoot(console, output_dir, "stats")
