"""The shop card on the real local stack: staff award points on a customer's page until the card
ranks up, the reward coupon arrives in the customer's LINE chat (the emulator's chat page) and is
used; 店舗 shows each register's QR code of the day, whose text in the chat gives a point once.
Screenshots at 1280 and 390 px go to test-output/."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import register, shoot, sign_in

pytestmark = pytest.mark.browser


def award(page, store: str, points: str, reason: str) -> None:
    page.get_by_label("店舗", exact=True).select_option(label=store)
    page.get_by_label("ポイント", exact=True).fill(points)
    page.get_by_label("理由", exact=True).fill(reason)
    page.get_by_role("button", name="ポイントを付与").click()


def open_chat(page, stack, name: str) -> None:
    page.goto(f"{stack.url}/emulator/")
    page.locator("#customers li", has_text=name).click()
    expect(page.locator("#chat-title")).to_have_text(name)


def test_staff_award_points_until_the_card_ranks_up_and_the_reward_reaches_the_chat(
    console, stack, output_dir
):
    register(stack, "来店太郎", "男性", "35")
    sign_in(console, stack)
    console.get_by_role("link", name="顧客", exact=True).click()
    console.get_by_role("link", name="来店太郎").click()
    section = console.get_by_role("region", name="ショップカード")
    expect(section.locator("#shop-card-rank")).to_have_text("レギュラーランク")
    expect(console.get_by_label("店舗", exact=True).locator("option")).to_have_count(3)

    award(console, "黒毛 銀座本店", "9", "")  # no reason: refused beside the field
    expect(console.locator("#points-reason-error")).not_to_be_empty()
    expect(section.locator("#shop-card-points")).to_have_text("0ポイント")

    award(console, "黒毛 銀座本店", "9", "ご来店（レシート確認）")
    expect(console.get_by_role("status").first).to_have_text("9ポイントを付与しました（合計9ポイント）")
    expect(section).to_contain_text("あと1ポイントでシルバーランク")
    award(console, "黒毛 恵比寿店", "1", "ご来店")
    expect(console.get_by_role("status").first).to_contain_text(
        "シルバーランクに昇格し、特典クーポンを送信しました"
    )
    expect(section.locator("#shop-card-rank")).to_have_text("シルバーランク")
    expect(section).to_contain_text("黒毛 銀座本店: 9ポイント")
    expect(console.locator(".history")).to_contain_text("シルバーランクに昇格しました")
    shoot(console, output_dir, "shop_card")

    # The customer's LINE: the reward coupon, pushed once; used in front of staff; the card
    open_chat(console, stack, "来店太郎")
    reward = console.locator(".flex-bubble", has_text="シルバーランクに昇格")
    expect(reward).to_have_count(1)
    reward.locator(".flex-button", has_text="使う").click()
    expect(console.locator(".row.bot").last).to_contain_text("使用済み")
    console.fill("#text-input", "ポイント")
    console.press("#text-input", "Enter")
    expect(console.locator(".flex-bubble").last).to_contain_text("シルバーランク")
    expect(console.locator(".flex-bubble").last).to_contain_text("あと20ポイントでゴールドランク")
    for width in (1280, 390):
        console.set_viewport_size({"width": width, "height": 860})
        console.screenshot(path=str(output_dir / f"emulator_shop_card_{width}.png"), full_page=True)
    console.set_viewport_size({"width": 1280, "height": 860})


def test_the_register_qr_code_of_the_day_gives_one_point_in_the_chat(console, stack, output_dir):
    register(stack, "QR花子", "女性", "28")
    sign_in(console, stack)
    console.get_by_role("link", name="店舗", exact=True).click()
    expect(console.get_by_role("heading", level=2)).to_have_count(3)
    expect(console.locator("img.register-qr")).to_have_count(3)
    expect(console.get_by_role("img", name="黒毛 新宿店 の本日のQRコード")).to_be_visible()
    drawn = console.eval_on_selector_all("img.register-qr", "images => images.map((i) => i.naturalWidth)")
    assert all(width > 0 for width in drawn), drawn  # the SVG is an image the browser can draw
    shoot(console, output_dir, "stores")
    text = console.locator(".store", has_text="黒毛 新宿店").locator(".qr-text").text_content()
    assert text.startswith("来店 shinjuku ")

    open_chat(console, stack, "QR花子")
    bot = console.locator(".row.bot")
    console.fill("#text-input", text)
    console.press("#text-input", "Enter")
    expect(bot.filter(has_text="1ポイントを付与しました")).to_have_count(1)
    console.fill("#text-input", text)  # scanned again the same day: no second point
    console.press("#text-input", "Enter")
    expect(bot.filter(has_text="付与済み")).to_have_count(1)
    expect(bot.filter(has_text="1ポイントを付与しました")).to_have_count(1)
