"""The rich menu on the emulator's chat page, against the real local stack: the stack sets the
default menu up at start with the deploy command's own function (richmenu.deploy, line-bot-sdk
through the emulator's Messaging API); the page shows its image with one tappable area per
definition area, opens and closes it from the chat bar, and a tap sends the area's text as the
customer, the same path as typing: プロフィール変更 gets the product's profile-change question."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from local.web import json_request
from richmenu import menu

pytestmark = pytest.mark.browser

STARTUP = 60_000  # ms: the stack creates the menu once its warm-up has loaded line-bot-sdk


def area(page, label: str):
    return page.get_by_role("button", name=label, exact=True)


def test_the_menu_shows_and_a_tap_on_profile_change_asks_the_profile_again(page, stack, output_dir):
    page.goto(f"{stack.url}/emulator/")
    expect(page.locator("#rich-menu")).to_be_visible(timeout=STARTUP)
    assert "is the default menu" in "\n".join(stack.lines)

    # a registered customer
    page.fill("#create-name", "鈴木一郎")
    page.check("#create-follow")
    page.click("#create-button")
    expect(page.locator("#chat-title")).to_have_text("鈴木一郎")
    page.locator("#quick-replies button", has_text="男性").click()
    expect(page.locator(".row.bot").last).to_contain_text("年齢")
    page.fill("#text-input", "41")
    page.press("#text-input", "Enter")
    expect(page.locator(".row.bot").last).to_contain_text("登録ありがとうございました")

    # the menu: open (selected), its chat bar text, the image, one button per area where the area is
    expect(page.locator("#rich-menu-panel")).to_be_visible()
    expect(page.locator("#rich-menu-bar")).to_contain_text(menu.CHAT_BAR_TEXT)
    assert page.locator("#rich-menu-image").evaluate("img => img.complete && img.naturalWidth") == menu.WIDTH
    picture = page.locator("#rich-menu-image").bounding_box()
    scale = picture["width"] / menu.WIDTH
    for item, bounds in menu.areas():
        box = area(page, item.text).bounding_box()
        assert box["x"] - picture["x"] == pytest.approx(bounds.x * scale, abs=1.5), item.text
        assert box["y"] - picture["y"] == pytest.approx(bounds.y * scale, abs=1.5), item.text
        assert box["width"] == pytest.approx(bounds.width * scale, abs=1.5), item.text
        assert box["height"] == pytest.approx(bounds.height * scale, abs=1.5), item.text

    # the chat bar closes and reopens it
    page.click("#rich-menu-bar")
    expect(page.locator("#rich-menu-panel")).to_be_hidden()
    expect(page.locator("#rich-menu-bar")).to_have_attribute("aria-expanded", "false")
    page.click("#rich-menu-bar")
    expect(page.locator("#rich-menu-panel")).to_be_visible()

    # a tap sends the text as the customer; the bot asks the profile questions again
    area(page, "プロフィール変更").click()
    expect(page.locator(".row.customer .bubble").last).to_have_text("プロフィール変更")
    expect(page.locator(".row.bot").last).to_contain_text("プロフィールを変更します")
    expect(page.locator("#quick-replies button", has_text="女性")).to_be_visible()
    status, log = json_request("GET", f"{stack.url}/emulator/api/webhooks")
    assert status == 200 and log["webhooks"][-1]["event_types"] == ["message"]  # a text, as typed
    page.screenshot(path=str(output_dir / "rich_menu_1280.png"))

    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(100)  # one layout pass after the resize
    expect(area(page, "プロフィール変更")).to_be_visible()
    scroll, client = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll <= client, f"the chat page scrolls sideways at 390 px ({scroll} > {client})"
    page.locator("#rich-menu").scroll_into_view_if_needed()  # the chat and its menu, as on a phone
    page.evaluate("document.getElementById('messages').scrollTop = 1e9")  # the latest bubbles
    page.screenshot(path=str(output_dir / "rich_menu_390.png"))


def test_the_areas_are_disabled_until_a_friend_is_chosen(page, stack):
    page.goto(f"{stack.url}/emulator/")
    expect(page.locator("#rich-menu")).to_be_visible(timeout=STARTUP)
    expect(area(page, "クーポン")).to_be_disabled()  # nobody selected: nobody to send as
    page.fill("#create-name", "未追加の人")
    page.click("#create-button")  # not a friend yet
    expect(page.locator("#chat-title")).to_have_text("未追加の人")
    expect(area(page, "クーポン")).to_be_disabled()
    page.click("#follow-button")
    expect(area(page, "クーポン")).to_be_enabled()
