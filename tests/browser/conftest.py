"""Debian's Chromium driven by Playwright for Python (`playwright install` cannot download here), and
what the console's browser tests share: the local stack, the watched console page, signing in,
customers who register through the LINE emulator, screenshots at desktop and phone width.

The browser runs as a Japanese PC does (Chromium's Japanese UI, locale ja-JP, time zone Asia/Tokyo):
date inputs show year/month/day (1990/05/03) as staff see them."""

from __future__ import annotations

import json
import os
from datetime import timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium"
JAPANESE_UI = "/usr/lib/chromium/locales/ja.pak"  # Debian's chromium-l10n
PACKAGES = "chromium chromium-l10n fonts-noto-cjk"
OUTPUT = Path(__file__).resolve().parents[2] / "test-output"
LOCALE = "ja-JP"
TIMEZONE = "Asia/Tokyo"
JST = timezone(timedelta(hours=9))
WIDTHS = (1280, 390)
TIMEOUT_MS = 30_000  # actions and expectations alike: a loaded 2-core machine is slow, not broken

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing: `make test` installs it (apt-get install -y {PACKAGES})")
    if not os.path.exists(JAPANESE_UI):
        pytest.fail(f"{JAPANESE_UI} is missing: `make test` installs it (apt-get install -y {PACKAGES})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", f"--lang={LOCALE}"],
            # Chromium on Linux takes its UI language from LANGUAGE (not --lang): Japanese, as on a
            # Japanese PC, so date inputs read 1990/05/03 (not 05/03/1990) in the screenshots.
            env={**os.environ, "LANGUAGE": "ja"},
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 860}, locale=LOCALE, timezone_id=TIMEZONE, accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    yield page
    context.close()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT


@pytest.fixture
def console(page, stack):
    """The page, watched: every request it makes must go to the stack's own host (a `data:` URL
    or a `blob:` of this page, e.g. the CSV saved, are the page's own). Dialogs are accepted."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("dialog", lambda dialog: dialog.accept())
    yield page
    host = urlsplit(stack.url).netloc
    own = ("data", "blob")
    elsewhere = [url for url in requested if urlsplit(url).scheme not in own and urlsplit(url).netloc != host]
    blobs = [
        url
        for url in requested
        if urlsplit(url).scheme == "blob" and not url.startswith(f"blob:{stack.url}/")
    ]
    assert elsewhere + blobs == [], f"the console requested another host: {elsewhere + blobs}"


def sign_in(page, stack, name: str = "山田") -> None:
    page.goto(f"{stack.url}/")
    page.get_by_label("管理トークン").fill(stack.admin_token)
    page.get_by_label("お名前").fill(name)
    page.get_by_role("button", name="ログイン").click()
    expect(page.locator("#staff-name")).to_have_text(f"{name} さん")


def settled(page) -> None:
    """Wait until the console has drawn the page again (app.js sets aria-busy while it does)."""
    expect(page.locator("#page")).not_to_have_attribute("aria-busy", "true")


def friend(stack, name: str) -> str:
    """A customer who added the account in the LINE emulator (still registering)."""
    status, body = stack.call("POST", "/emulator/api/customers", {"display_name": name, "follow": True})
    assert status == 201, body
    return json.loads(body)["customers"][0]["user_id"]


def register(stack, name: str, gender: str, age: str) -> str:
    """A customer who adds the account and answers in the LINE emulator (through the real webhook)."""
    user_id = friend(stack, name)
    for text in (gender, age):
        status, body = stack.call("POST", f"/emulator/api/customers/{user_id}/text", {"text": text})
        assert status == 200, body
    return user_id


def received(stack, user_id: str) -> list[dict]:
    """The messages the customer's chat in the LINE emulator received."""
    _, body = stack.call("GET", f"/emulator/api/customers/{user_id}/messages")
    return json.loads(body)["messages"]


UNNAMED_CONTROLS = """[...document.querySelectorAll("input, select, textarea, button, a[href]")]
  .filter((e) => e.offsetParent !== null)
  .filter((e) => !((e.labels && e.labels.length) || e.getAttribute("aria-label") || e.textContent.trim()))
  .map((e) => e.outerHTML)"""


def shoot(page, output_dir, name: str) -> None:
    """Screenshots at desktop and phone width; at 390 px nothing may scroll sideways. Every visible
    control has an accessible name."""
    assert page.evaluate(UNNAMED_CONTROLS) == [], f"controls without a name on {name}"
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 860})
        page.wait_for_timeout(100)  # one layout pass after the resize
        if width == 390:
            scroll, client = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert scroll <= client, f"{name} scrolls sideways at 390 px ({scroll} > {client})"
        page.screenshot(path=str(output_dir / f"console_{name}_{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 860})
