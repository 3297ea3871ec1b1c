"""流入経路 in the staff console on the real local stack: a route refused then created, its QR code
shown (the image holds LINE's oaMessage URL), printed alone, scanned in the LINE emulator by two
friends whose keyword counts them, edited, deleted. Screenshots at 1280 and 390 px and of the
printed page go to test-output/; nothing is requested from another host."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
import segno
from playwright.sync_api import expect

from local.stack import LOCAL_BASIC_ID
from tests.browser.conftest import friend, shoot, sign_in

pytestmark = pytest.mark.browser

CHAT_URL = (
    f"https://line.me/R/oaMessage/{LOCAL_BASIC_ID}/?%E3%82%BB%E3%83%9F%E3%83%8A%E3%83%BC%E5%8F%82%E5%8A%A0"
)


# window.print replaced: it records the QR codes that would be on paper (those not left off).
PRINT_SPY = """window.__printed = [];
window.print = () => window.__printed.push(
  [...document.querySelectorAll(".qr-block")].filter((b) => getComputedStyle(b).display !== "none"
    && !b.classList.contains("print-skip")).map((b) => b.querySelector("img").alt));"""


@pytest.fixture
def console(page, console):
    """The conftest's watched page, with window.print counted instead of opening the print dialog."""
    page.add_init_script(PRINT_SPY)
    return console


def qr_path(url: str) -> str:
    """The path segno draws for the QR code of `url` (as the API makes it: error correction M)."""
    drawn = segno.make(url, error="m", boost_error=False).svg_inline(border=4, omitsize=True)
    return drawn.split(" d=", 1)[1][1:].split(drawn.split(" d=", 1)[1][0], 1)[0]


def shown_qr_path(page, alt: str) -> str:
    """The path of the QR code an <img> of the page shows (its data: URI decoded)."""
    src = page.get_by_role("img", name=alt).get_attribute("src")
    svg = unquote(src.split(",", 1)[1])
    return svg.split(" d=", 1)[1][1:].split(svg.split(" d=", 1)[1][0], 1)[0]


def scan_in_emulator(page, stack, href: str, name: str) -> None:
    """Open the route's emulator link as a phone opens the QR code, as `name`, and send."""
    page.goto(f"{stack.url}{href}")
    expect(page.locator("#scan-hint")).to_contain_text("セミナー参加")
    page.locator("#customers li", has_text=name).click()
    expect(page.locator("#text-input")).to_have_value("セミナー参加")
    expect(page.locator("#send-button")).to_be_enabled()
    page.locator("#send-button").click()
    expect(page.locator("#messages")).to_contain_text("「セミナー参加」を受け付けました")


def test_staff_make_a_route_print_its_qr_code_and_see_who_arrived_by_it(console, stack, output_dir):
    friend(stack, "流入花子")
    friend(stack, "流入太郎")
    sign_in(console, stack)
    console.get_by_role("link", name="流入経路").click()
    expect(console.get_by_role("heading", name="流入経路", exact=True)).to_be_visible()
    expect(console.get_by_role("img", name="友だち追加のQRコード")).to_be_visible()
    assert shown_qr_path(console, "友だち追加のQRコード") == qr_path(
        f"https://line.me/R/ti/p/{LOCAL_BASIC_ID}"
    )

    # a keyword the registration reads as an answer is refused beside its field
    console.get_by_label("経路名").fill("セミナー")
    console.get_by_label("キーワード").fill("男性")
    console.get_by_label("タグ").fill("セミナー経由")
    console.get_by_role("button", name="作成", exact=True).click()
    expect(console.locator("#route-keyword-error")).to_contain_text("登録の回答として読まれる言葉")
    console.get_by_label("キーワード").fill("セミナー参加")
    console.get_by_role("button", name="作成", exact=True).click()
    expect(console.get_by_role("status").first).to_have_text("「セミナー」を作成しました")

    routes = console.get_by_role("list", name="流入経路一覧").get_by_role("listitem")
    expect(routes).to_have_count(1)
    expect(console.get_by_label("セミナーの人数")).to_have_text("0人")
    qr = console.get_by_role("img", name="セミナーのQRコード")
    expect(qr).to_be_visible()
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    assert shown_qr_path(console, "セミナーのQRコード") == qr_path(CHAT_URL)
    assert shown_qr_path(console, "セミナーのQRコード") != qr_path(CHAT_URL + "x")

    # printed alone: the print dialog is asked for; on paper only the code and its caption
    console.get_by_role("button", name="セミナーのQRコードを印刷").click()
    console.get_by_role("button", name="すべてのQRコードを印刷").click()
    assert console.evaluate("window.__printed") == [
        ["セミナーのQRコード"],
        ["セミナーのQRコード", "友だち追加のQRコード"],
    ]
    pdf = console.pdf(path=str(output_dir / "console_routes_print.pdf"), format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 2  # printed: one QR code a page
    console.emulate_media(media="print")
    expect(qr).to_be_visible()
    expect(console.locator("header.top")).to_be_hidden()
    expect(console.locator("#route-form-title")).to_be_hidden()
    expect(console.get_by_role("button", name="セミナーのQRコードを印刷")).to_be_hidden()
    assert qr.evaluate("img => img.getBoundingClientRect().width") > 300  # 9 cm
    console.screenshot(path=str(output_dir / "console_routes_print.png"), full_page=True)
    console.emulate_media(media="screen")
    shoot(console, output_dir, "routes")

    # two friends scan it in the emulator; one sends the keyword twice
    href = console.get_by_role("link", name="セミナーをエミュレーターで読み取る").get_attribute("href")
    scanner = console.context.new_page()
    scan_in_emulator(scanner, stack, href, "流入花子")
    scan_in_emulator(scanner, stack, href, "流入花子")
    scan_in_emulator(scanner, stack, href, "流入太郎")
    scanner.close()
    console.reload()
    expect(console.get_by_label("セミナーの人数")).to_have_text("2人")

    # edited, then deleted (the dialog is accepted)
    console.get_by_role("link", name="セミナーを編集").click()
    expect(console.get_by_role("heading", name="流入経路を編集: セミナー")).to_be_visible()
    console.get_by_label("経路名").fill("セミナー（銀座）")
    console.get_by_role("button", name="保存").click()
    expect(console.get_by_role("status").first).to_have_text("「セミナー（銀座）」を保存しました")
    expect(console.get_by_label("セミナー（銀座）の人数")).to_have_text("2人")
    console.get_by_role("button", name="セミナー（銀座）を削除").click()
    expect(console.get_by_role("status").first).to_have_text("「セミナー（銀座）」を削除しました")
    expect(routes).to_have_count(0)
