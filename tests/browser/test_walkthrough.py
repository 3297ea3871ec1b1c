"""The two-minute walk-through of docs/local_stack.md, played on the real local stack: two customers
of different groups register through the chat page by tapping quick replies; staff create the six
groups and schedule a coupon for one group through the admin API; "dispatch now"; the coupon shows
in one chat only; tapping 「使う」 shows the used stamp."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JST

pytestmark = pytest.mark.browser

SIX_GROUPS = [
    {"name": f"{label}{band}", "gender": gender, "age_min": low, "age_max": high}
    for gender, label in (("male", "男性"), ("female", "女性"))
    for band, low, high in (("20歳未満", 0, 19), ("20〜49歳", 20, 49), ("50歳以上", 50, None))
]


def register(page, name: str, gender: str, age: str) -> None:
    page.fill("#create-name", name)
    page.check("#create-follow")
    page.click("#create-button")
    expect(page.locator("#chat-title")).to_have_text(name)
    page.locator("#quick-replies button", has_text=gender).click()
    expect(page.locator(".row.bot").last).to_contain_text("年齢")
    page.fill("#text-input", age)
    page.press("#text-input", "Enter")
    expect(page.locator(".row.bot").last).to_contain_text("登録ありがとうございました")


def open_chat(page, name: str) -> None:
    page.locator("#customers li", has_text=name).click()
    expect(page.locator("#chat-title")).to_have_text(name)


def test_a_coupon_for_one_group_reaches_only_that_groups_chat(page, stack, output_dir):
    page.goto(f"{stack.url}/emulator/")
    register(page, "田中太郎", "男性", "33")
    register(page, "佐藤花子", "女性", "２５歳")

    group_ids = {}
    for group in SIX_GROUPS:
        status, body = stack.admin("POST", "/api/groups", group)
        assert status == 201, body
        group_ids[group["name"]] = body["group_id"]
    send_at = (datetime.now(JST) + timedelta(seconds=3)).isoformat(timespec="seconds")
    status, body = stack.admin(
        "POST",
        "/api/messages",
        {
            "target": {"type": "group", "group_id": group_ids["男性20〜49歳"]},
            "send_at": send_at,
            "messages": [
                {
                    "type": "coupon_card",
                    "title": "和牛カルビ半額",
                    "description": "ご来店時にこの画面を",
                    "code": "WAGYU50",
                    "expires_at": (datetime.now(JST) + timedelta(days=30)).date().isoformat(),
                }
            ],
        },
    )
    assert status == 201, body
    message_id = body["message_id"]

    time.sleep(max(0.0, (datetime.fromisoformat(send_at) - datetime.now(JST)).total_seconds()) + 0.5)
    status, summary = stack.call("POST", "/_local/dispatch")
    assert status == 200, summary
    status, message = stack.admin("GET", f"/api/messages/{message_id}")
    assert (message["status"], message["recipient_count"], message["request_count"]) == ("sent", 1, 1)

    open_chat(page, "佐藤花子")
    expect(page.locator(".row.bot").last).to_contain_text("登録ありがとうございました")
    expect(page.locator(".flex-bubble", has_text="和牛カルビ半額")).to_have_count(0)

    open_chat(page, "田中太郎")
    card = page.locator(".flex-bubble", has_text="和牛カルビ半額")
    expect(card).to_have_count(1)
    card.locator(".flex-button", has_text="使う").click()
    expect(page.locator(".row.bot").last).to_contain_text("使用済み")
    page.screenshot(path=str(output_dir / "walkthrough.png"))
