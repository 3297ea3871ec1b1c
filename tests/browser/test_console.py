"""The staff console on the real local stack, as staff use it: sign in, the six standard groups, an
overlap refused inline, a coupon composed with preview and reach, a test send that reaches only the
test friend, dispatch, 送信済み with its counts, the coupon in a customer's history, sign out.

Every page is watched: a request to another host, or sideways scrolling at 390 px, fails the test.
Screenshots at 1280 px and 390 px go to test-output/."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from local.subprocess_stack import RunningStack

pytestmark = pytest.mark.browser

JST = timezone(timedelta(hours=9))
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def stack():
    running = RunningStack(env={"DISPATCH_INTERVAL_SECONDS": "3600"})
    yield running
    running.stop()


@pytest.fixture
def console(page, stack):
    """The page, watched: every request it makes must go to the stack's own host."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("dialog", lambda dialog: dialog.accept())
    yield page
    host = urlsplit(stack.url).netloc
    elsewhere = [url for url in requested if urlsplit(url).scheme != "data" and urlsplit(url).netloc != host]
    assert elsewhere == [], f"the console requested another host: {elsewhere}"


def sign_in(page, stack, name: str = "山田") -> None:
    page.goto(f"{stack.url}/")
    page.get_by_label("管理トークン").fill(stack.admin_token)
    page.get_by_label("お名前").fill(name)
    page.get_by_role("button", name="ログイン").click()
    expect(page.locator("#staff-name")).to_have_text(f"{name} さん")


def register(stack, name: str, gender: str, age: str) -> str:
    """A customer who adds the account and answers in the LINE emulator (through the real webhook)."""
    status, body = stack.call("POST", "/emulator/api/customers", {"display_name": name, "follow": True})
    assert status == 201, body
    user_id = json.loads(body)["customers"][0]["user_id"]
    for text in (gender, age):
        status, body = stack.call("POST", f"/emulator/api/customers/{user_id}/text", {"text": text})
        assert status == 200, body
    return user_id


def received(stack, user_id: str) -> list[dict]:
    _, body = stack.call("GET", f"/emulator/api/customers/{user_id}/messages")
    return json.loads(body)["messages"]


def coupons_in(messages: list[dict], title: str) -> int:
    return sum(1 for m in messages if m.get("type") == "flex" and title in json.dumps(m, ensure_ascii=False))


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


def test_signed_out_only_the_sign_in_page_answers(console, stack):
    console.goto(f"{stack.url}/#/messages")
    expect(console.get_by_role("heading", name="ログイン")).to_be_visible()
    expect(console.locator("#nav")).to_be_hidden()
    expect(console.locator("#page")).to_be_empty()
    expect(console.get_by_role("link", name="LINE エミュレーター")).to_be_hidden()  # footer too

    console.get_by_label("管理トークン").fill("wrong-token")
    console.get_by_label("お名前").fill("山田")
    console.get_by_role("button", name="ログイン").click()
    expect(console.locator("#token-error")).to_have_text("管理トークンが違います")
    expect(console.locator("#nav")).to_be_hidden()

    status, raw = stack.call("GET", "/api/groups")
    assert status == 401
    assert "ログインが必要です" in raw.decode("utf-8")  # UTF-8 text, no \u escapes
    assert stack.admin_token not in console.content()


def test_staff_schedule_a_coupon_for_one_group_from_the_console(console, stack, output_dir):
    tanaka = register(stack, "田中太郎", "男性", "33")
    suzuki = register(stack, "鈴木一郎", "男性", "41")
    sato = register(stack, "佐藤花子", "女性", "25")
    sign_in(console, stack)

    # グループ: the six standard groups, then an overlapping one refused inline
    console.get_by_role("button", name="標準の6グループを作成").click()
    expect(console.get_by_role("status").first).to_have_text("6件作成しました")
    groups = console.get_by_role("list", name="グループ一覧").get_by_role("listitem")
    expect(groups).to_have_count(6)
    expect(console.get_by_label("男性 20〜49歳の人数")).to_have_text("2人")
    expect(console.get_by_label("女性 20〜49歳の人数")).to_have_text("1人")
    console.get_by_label("グループ名").fill("男性 30代")
    console.get_by_label("性別").select_option(label="男性")
    console.get_by_label("年齢（下限）").fill("30")
    console.get_by_label("年齢（上限）").fill("39")
    console.get_by_role("button", name="作成", exact=True).click()
    expect(console.locator("#group-form-error")).to_contain_text("「男性 20〜49歳」")
    expect(groups).to_have_count(6)
    shoot(console, output_dir, "groups")

    # 顧客: keep 佐藤花子 as the test friend
    console.get_by_role("link", name="顧客", exact=True).click()
    console.get_by_role("link", name="佐藤花子").click()
    console.get_by_role("button", name="テスト送信先に追加").click()
    expect(console.get_by_role("status").first).to_have_text("テスト送信先に追加しました")

    # メッセージ作成: the send time defaults to the next 5-minute boundary in Japan time
    console.get_by_role("link", name="メッセージ作成").click()
    now = datetime.now(JST)
    boundaries = {
        (now.replace(second=0, microsecond=0) + timedelta(minutes=5 - now.minute % 5 + extra)).strftime(
            "%Y-%m-%dT%H:%M"
        )
        for extra in (0, 5)  # the clock may cross a boundary between the two readings
    }
    assert console.get_by_label("送信日時").input_value() in boundaries
    console.get_by_label("配信先").select_option(label="男性 20〜49歳")
    expect(console.locator("#reach-count")).to_have_text("配信対象: 2人（現在）")
    expect(console.locator("#quota")).to_contain_text("今月の送信数")

    console.get_by_role("button", name="登録").click()  # nothing written yet: refused beside the field
    expect(console.locator("#text-error")).to_contain_text("件以上")

    console.get_by_label("メッセージ", exact=True).fill("今週末は和牛フェア！")
    console.get_by_label("クーポンを付ける").check()
    console.get_by_label("クーポン名").fill("和牛カルビ半額")
    console.get_by_label("説明", exact=True).fill("ご来店時にこの画面を")
    console.get_by_label("コード", exact=True).fill("WAGYU50")
    console.get_by_label("有効期限").fill((now + timedelta(days=30)).date().isoformat())
    preview = console.get_by_role("region", name="プレビュー")
    expect(preview.locator(".bubble")).to_have_text("今週末は和牛フェア！")
    expect(preview.locator(".coupon")).to_contain_text("和牛カルビ半額")
    expect(preview.locator(".coupon")).to_contain_text("コード: WAGYU50")
    shoot(console, output_dir, "composer")

    # テスト送信: only the test friend receives the draft
    console.get_by_role("button", name="テスト送信").click()
    expect(console.locator("#compose-status")).to_have_text("テスト送信しました: 佐藤花子")
    assert coupons_in(received(stack, sato), "和牛カルビ半額") == 1
    assert coupons_in(received(stack, tanaka), "和牛カルビ半額") == 0
    assert coupons_in(received(stack, suzuki), "和牛カルビ半額") == 0

    # 登録 a few seconds ahead (Japan time, with seconds), then dispatch from the local footer
    send_at = datetime.now(JST) + timedelta(seconds=3)
    console.get_by_label("送信日時").fill(send_at.strftime("%Y-%m-%dT%H:%M:%S"))
    console.get_by_role("button", name="登録").click()
    expect(console.get_by_role("heading", name="配信一覧")).to_be_visible()
    row = console.get_by_role("list", name="メッセージ一覧").get_by_role("listitem").first
    expect(row).to_contain_text("予約済み")
    expect(row).to_contain_text(send_at.strftime("%Y/%m/%d %H:%M"))
    time.sleep(max(0.0, (send_at - datetime.now(JST)).total_seconds()) + 0.5)
    console.get_by_role("button", name="今すぐ配信する").click()
    expect(console.locator("#dispatch-result")).to_contain_text("配信処理を実行しました")
    expect(row).to_contain_text("送信済み")
    expect(row).to_contain_text("対象 2人・送信 2人・失敗 0人")
    expect(row).to_contain_text("クーポン「和牛カルビ半額」使用 0人")
    shoot(console, output_dir, "messages")
    assert coupons_in(received(stack, tanaka), "和牛カルビ半額") == 1
    assert coupons_in(received(stack, suzuki), "和牛カルビ半額") == 1
    assert coupons_in(received(stack, sato), "和牛カルビ半額") == 1  # the test send only

    # 顧客: search by name; the coupon is in 田中太郎's history
    console.get_by_role("link", name="顧客", exact=True).click()
    console.get_by_label("名前で検索").fill("田中")
    console.get_by_role("button", name="絞り込む").click()
    customers = console.get_by_role("list", name="顧客一覧").get_by_role("listitem")
    expect(customers).to_have_count(1)
    console.get_by_role("link", name="田中太郎").click()
    history = console.get_by_role("region", name="履歴（新しい順）")
    expect(history).to_contain_text("クーポン「和牛カルビ半額」")
    shoot(console, output_dir, "customer")

    # 「ログアウト」: back to the sign-in page, and nothing else answers
    console.get_by_role("button", name="ログアウト").click()
    expect(console.get_by_role("heading", name="ログイン")).to_be_visible()
    console.goto(f"{stack.url}/#/customers")
    expect(console.get_by_role("heading", name="ログイン")).to_be_visible()
    expect(console.locator("#page")).to_be_empty()
    assert console.evaluate("sessionStorage.length") == 0


def test_the_console_works_with_the_keyboard_alone(console, stack):
    console.goto(f"{stack.url}/")
    expect(console.get_by_label("管理トークン")).to_be_visible()
    console.keyboard.press("Tab")  # the skip link
    console.keyboard.press("Tab")
    expect(console.get_by_label("管理トークン")).to_be_focused()
    console.keyboard.type(stack.admin_token)
    console.keyboard.press("Tab")
    console.keyboard.type("鍵盤")
    console.keyboard.press("Enter")
    expect(console.locator("#staff-name")).to_have_text("鍵盤 さん")
    expect(console.locator("#view")).to_be_focused()  # the page, ready to read
    for _ in range(6):  # back through ログアウト, 統計, アンケート, 顧客, 配信一覧 to メッセージ作成
        console.keyboard.press("Shift+Tab")
    assert console.evaluate("document.activeElement.textContent") == "メッセージ作成"
    console.keyboard.press("Enter")
    expect(console.get_by_role("heading", name="メッセージ作成")).to_be_visible()
    expect(console.locator("#view")).to_be_focused()
    console.keyboard.press("Tab")  # focus moved to the page: the first control is 配信先
    expect(console.locator("#target")).to_be_focused()


def test_a_held_message_is_rescheduled_from_the_list(console, stack):
    register(stack, "高橋美咲", "女性", "30")
    stack.call("PUT", "/emulator/api/settings", {"quota_limit": 0})  # nothing left this month
    try:
        send_at = datetime.now(JST) + timedelta(seconds=2)
        body = {
            "target": {"type": "all"},
            "send_at": send_at.isoformat(),
            "messages": [{"type": "text", "text": "年末のご案内"}],
        }
        status, created = stack.admin("POST", "/api/messages", body)
        assert status == 201, created
        time.sleep(max(0.0, (send_at - datetime.now(JST)).total_seconds()) + 0.5)
        assert stack.call("POST", "/_local/dispatch")[0] == 200
    finally:
        stack.call("PUT", "/emulator/api/settings", {"quota_limit": None})

    sign_in(console, stack)
    console.get_by_role("link", name="配信一覧").click()
    row = console.locator(f'li[data-message-id="{created["message_id"]}"]')
    expect(row).to_contain_text("保留（通数不足）")
    expect(row.get_by_role("list", name="LINE の理由")).to_contain_text("通")
    later = datetime.now(JST) + timedelta(hours=1)
    row.get_by_label("新しい送信日時").fill(later.strftime("%Y-%m-%dT%H:%M"))
    row.get_by_role("button", name="再予約").click()
    expect(console.get_by_role("status").first).to_have_text(
        f"再予約しました（{later:%Y/%m/%d %H:%M} に送信）"
    )
    expect(row).to_contain_text("予約済み")
