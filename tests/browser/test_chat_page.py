"""The chat page plays a customer: add the account, tap quick replies, type, tap a Flex coupon's
「使う」, block and unblock. The product is a scripted fake bot (so the page is tested on its own);
the walk-through against the real product is test_walkthrough.py."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from linecrm.domain.messages import CouponCard, render_coupon_card
from local.line_emulator import LineEmulator
from local.web import Request, Response, json_response, make_server, serve_in_thread

pytestmark = pytest.mark.browser

GENDERS = [{"type": "action", "action": {"type": "message", "label": g, "text": g}} for g in ("男性", "女性")]
# The coupon bubble as the product renders it (postback data "action=use_coupon&coupon_id=m1-0").
COUPON = render_coupon_card(CouponCard(type="coupon_card", title="和牛カルビ半額", code="WAGYU50"), "m1-0")


class ScriptedBot:
    """Answers like the product would, from a script: greeting → gender → age → thanks → coupon."""

    def __init__(self, emulator: LineEmulator):
        self.emulator = emulator
        self.server = make_server(self.app)
        serve_in_thread(self.server)
        self.events: list[dict] = []

    def app(self, request: Request) -> Response:
        for event in json.loads(request.body)["events"]:
            self.events.append(event)
            reply = self.answer(event)
            if reply:
                user_id = event["source"]["userId"]
                token_user = self.emulator.channel.use_reply_token(event["replyToken"])
                assert token_user == user_id
                self.emulator.channel.deliver([user_id], reply, "reply")
        return json_response(200, {})

    def answer(self, event: dict) -> list[dict] | None:
        if event["type"] == "follow":
            return [{"type": "text", "text": "性別を教えてください", "quickReply": {"items": GENDERS}}]
        if event["type"] == "postback":
            return [{"type": "text", "text": "使用済み 12:00"}]
        text = event.get("message", {}).get("text", "")
        if text in ("男性", "女性"):
            return [{"type": "text", "text": "年齢を教えてください"}]
        if re.fullmatch(r"\d+", text):
            return [{"type": "text", "text": "登録ありがとうございました。"}, COUPON]
        return None


@pytest.fixture
def emulator():
    emu = LineEmulator(channel_access_token="t", channel_secret="s").start()
    bot = ScriptedBot(emu)
    emu.webhook_url = f"http://127.0.0.1:{bot.server.server_address[1]}/webhook"
    emu.bot = bot
    yield emu
    bot.server.shutdown()
    emu.stop()


def test_a_customer_registers_by_tapping_quick_replies_and_uses_a_coupon(page, emulator, output_dir):
    page.goto(f"{emulator.url}/emulator/")
    page.fill("#create-name", "山田花子")
    page.click("#create-button")
    expect(page.locator("#chat-title")).to_have_text("山田花子")
    page.click("#follow-button")
    expect(page.locator(".row.bot .bubble").last).to_have_text("性別を教えてください")

    page.locator("#quick-replies button", has_text="女性").click()
    expect(page.locator(".row.customer .bubble").last).to_have_text("女性")
    expect(page.locator(".row.bot .bubble").last).to_have_text("年齢を教えてください")
    expect(page.locator("#quick-replies button")).to_have_count(0)

    page.fill("#text-input", "33")
    page.press("#text-input", "Enter")
    card = page.locator(".flex-bubble").last
    expect(card).to_contain_text("和牛カルビ半額")
    card.locator(".flex-button", has_text="使う").click()
    expect(page.locator(".row.bot .bubble").last).to_have_text("使用済み 12:00")
    assert emulator.bot.events[-1]["postback"]["data"] == "action=use_coupon&coupon_id=m1-0"
    page.screenshot(path=str(output_dir / "chat_page.png"))


def test_block_and_unblock_from_the_page(page, emulator):
    page.goto(f"{emulator.url}/emulator/")
    page.check("#create-follow")
    page.click("#create-button")
    expect(page.locator(".notice").first).to_have_text("友だち追加しました")
    page.click("#block-button")
    expect(page.locator("#chat-status")).to_contain_text("ブロック中")
    expect(page.locator("#text-input")).to_be_disabled()
    page.click("#unblock-button")
    expect(page.locator("#chat-status")).to_contain_text("友だち")
    assert [e["type"] for e in emulator.bot.events] == ["follow", "unfollow", "follow"]
    assert emulator.bot.events[-1]["follow"]["isUnblocked"] is True
