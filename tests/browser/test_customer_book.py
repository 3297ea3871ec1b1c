"""The customer book (大福帳) in the staff console, on the real local stack: the record (氏名 shown
instead of the LINE name, a bad e-mail refused beside its field), notes, tags with the catalogue's
suggestions, the timeline in time order, a 1:1 reply that reaches the customer's chat in the LINE
emulator, 未読, search, the タグ page (rename, delete), the CSV download, and the deletion.

Every page is watched (another host requested, or sideways scrolling at 390 px, fails the test);
every time shown is Japan time, whatever the PC's time zone."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import JST, LOCALE, received, register, settled, shoot, sign_in

pytestmark = pytest.mark.browser

BOM = b"\xef\xbb\xbf"
NEWEST_IN_SIGHT = """() => {
  const log = document.querySelector("#chat-log");
  return log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
}"""


def customer_item(stack, user_id: str) -> tuple[int, dict]:
    return stack.admin("GET", f"/api/customers/{user_id}")


def say(stack, user_id: str, text: str) -> None:
    """The customer types a text in the LINE emulator's chat (through the real webhook)."""
    status, body = stack.call("POST", f"/emulator/api/customers/{user_id}/text", {"text": text})
    assert status == 200, body


def shown_times_are_japan_time(page, region) -> int:
    """Every <time> of the region reads as its datetime attribute in Japan time; how many there were."""
    pairs = region.locator("time").evaluate_all(
        "(all) => all.map((t) => [t.getAttribute('datetime'), t.textContent])"
    )
    for stamp, text in pairs:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        assert text == moment.astimezone(JST).strftime("%Y/%m/%d %H:%M"), (stamp, text)
    return len(pairs)


def age_on(birthday: date, today: date) -> int:
    return today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))


def test_staff_keep_a_customers_book_from_the_console(console, stack, output_dir):
    tanaka = register(stack, "田中太郎", "男性", "33")
    sato = register(stack, "佐藤花子", "女性", "25")
    assert (
        stack.admin(
            "PUT", f"/api/customers/{sato}/tags/%E3%82%BB%E3%83%9F%E3%83%8A%E3%83%BC%E7%B5%8C%E7%94%B1"
        )[0]
        == 200
    )
    say(stack, tanaka, "予約の変更はできますか？")
    sign_in(console, stack)

    # 顧客: 田中太郎 wrote: marked 未読
    console.get_by_role("link", name="顧客", exact=True).click()
    rows = console.get_by_role("list", name="顧客一覧")
    tanaka_row = rows.locator(f'li[data-user-id="{tanaka}"]')
    expect(tanaka_row.locator(".badge.unread")).to_have_text("未読")
    console.get_by_role("link", name="田中太郎").click()

    # the record: a bad e-mail is refused beside its field, nothing saved
    record = console.get_by_role("region", name="お客様の記録")
    record.get_by_label("氏名", exact=True).fill("田中 大介")
    record.get_by_label("メールアドレス").fill("not-an-address")
    record.get_by_role("button", name="保存").click()
    expect(console.locator("#record-email-error")).not_to_be_empty()
    expect(record.get_by_label("メールアドレス")).to_have_attribute("aria-invalid", "true")
    assert customer_item(stack, tanaka)[1].get("name") is None

    birthday = date(1990, 5, 3)
    record.get_by_label("メールアドレス").fill("daisuke@example.jp")
    record.get_by_label("フリガナ").fill("たなか だいすけ")  # hiragana: stored in katakana
    record.get_by_label("電話番号").fill("090-1234-5678")
    record.get_by_label("誕生日").fill(birthday.isoformat())
    record.get_by_label("好み・メモ").fill("赤身が好み。ワインは赤")
    record.get_by_role("button", name="保存").click()
    expect(console.get_by_role("status").first).to_have_text("お客様の記録を保存しました")
    expect(console.get_by_role("heading", level=1)).to_have_text(
        "田中 大介"
    )  # the real name, not the LINE name
    expect(record.get_by_label("フリガナ")).to_have_value("タナカ ダイスケ")
    info = console.get_by_role("region", name="お客様の情報")
    today = datetime.now(JST).date()
    expect(info).to_contain_text(f"{age_on(birthday, today)}歳（誕生日から）")
    expect(info).to_contain_text("田中太郎")  # the LINE name is still there
    # the date input reads as a Japanese PC shows it (the browser's locale)
    assert console.evaluate("navigator.language") == LOCALE
    saved = customer_item(stack, tanaka)[1]
    assert (saved["name"], saved["name_kana"], saved["phone"], saved["birthday"]) == (
        "田中 大介",
        "タナカ ダイスケ",
        "090-1234-5678",
        "1990-05-03",
    )

    # notes: added, newest first with author and date, edited, one deleted after a confirm
    notes = console.get_by_role("region", name="メモ", exact=True)
    notes.get_by_label("新しいメモ").fill("来店。タンを追加注文")
    notes.get_by_role("button", name="メモを追加").click()
    expect(console.get_by_role("status").first).to_have_text("メモを追加しました")
    notes.get_by_label("新しいメモ").fill("誕生日のコースを相談された")
    notes.get_by_role("button", name="メモを追加").click()
    expect(console.get_by_role("status").first).to_have_text("メモを追加しました")
    listed = notes.get_by_role("list", name="メモ一覧（新しい順）").get_by_role("listitem")
    expect(listed).to_have_count(2)
    expect(listed.nth(0)).to_contain_text("誕生日のコースを相談された")
    expect(listed.nth(1)).to_contain_text("来店。タンを追加注文")
    expect(listed.nth(0).locator(".meta")).to_contain_text("山田・")
    listed.nth(1).get_by_role("button", name="編集").click()
    listed.nth(1).get_by_label("メモの内容").fill("来店。タンと赤身を追加注文")
    listed.nth(1).get_by_role("button", name="メモを保存").click()
    expect(console.get_by_role("status").first).to_have_text("メモを保存しました")
    expect(listed.nth(1)).to_contain_text("来店。タンと赤身を追加注文")
    expect(listed.nth(1)).to_contain_text("山田 が")
    listed.nth(0).get_by_role("button", name="削除").click()  # the dialog is accepted
    expect(console.get_by_role("status").first).to_have_text("メモを削除しました")
    expect(listed).to_have_count(1)
    _, stored_notes = stack.admin("GET", f"/api/customers/{tanaka}/notes")
    assert [n["text"] for n in stored_notes["notes"]] == ["来店。タンと赤身を追加注文"]

    # tags: the catalogue's tags are suggested; 区分A added (a new tag, in Japanese)
    tags = console.get_by_role("region", name="タグ", exact=True)
    assert "セミナー経由" in tags.locator("#tag-suggestions option").evaluate_all(
        "(o) => o.map((e) => e.value)"
    )
    tags.get_by_label("タグを追加").fill("区分A")
    tags.get_by_role("button", name="タグを追加").click()
    expect(console.get_by_role("status").first).to_have_text("タグ「区分A」を追加しました")
    expect(tags.get_by_role("list", name="付いているタグ")).to_have_text("#区分A×")
    assert customer_item(stack, tanaka)[1]["tags"] == ["区分A"]

    # 1:1トーク: the customer's question is there; the reply is pushed and shown with the staff name
    chat = console.get_by_role("region", name="1:1トーク")
    expect(chat.get_by_role("list", name="会話")).to_contain_text("予約の変更はできますか？")
    chat.get_by_label("返信").fill("はい、お電話でも承ります。")
    chat.get_by_role("button", name="送信").click()
    expect(console.get_by_role("status").first).to_have_text("メッセージを送信しました")
    last = chat.get_by_role("list", name="会話").get_by_role("listitem").last
    expect(last).to_contain_text("山田（スタッフ）")
    expect(last).to_contain_text("はい、お電話でも承ります。")
    assert [m.get("text") for m in received(stack, tanaka)][-1] == "はい、お電話でも承ります。"

    # the timeline: everything, in time order, with Japanese kinds and the staff name
    timeline = console.get_by_role("region", name="タイムライン")
    entries = timeline.get_by_role("list", name="タイムライン（古い順）").get_by_role("listitem")
    kinds = entries.locator("strong").all_text_contents()
    order = ["友だち追加", "お客様", "記録の変更", "メモ", "タグ", "スタッフ返信"]
    assert [kinds.index(k) for k in order] == sorted(kinds.index(k) for k in order), kinds
    expect(timeline).to_contain_text("スタッフ返信（山田） はい、お電話でも承ります。")
    expect(timeline).to_contain_text("タグ（山田） タグ「区分A」を追加")
    expect(timeline).to_contain_text("登録 性別: 男性")
    expect(timeline).to_contain_text("登録 年齢: 33歳")
    assert shown_times_are_japan_time(console, timeline) == entries.count()
    shoot(console, output_dir, "customer_book")
    # on a phone the conversation overflows its box and shows its newest message
    console.set_viewport_size({"width": 390, "height": 860})
    log = console.locator("#chat-log")
    assert log.evaluate("(l) => l.scrollHeight > l.clientHeight")
    console.wait_for_function(NEWEST_IN_SIGHT)
    console.set_viewport_size({"width": 1280, "height": 860})

    # the reply in the customer's chat, as the LINE emulator's page shows it
    chat_page = console.context.new_page()
    chat_page.goto(f"{stack.url}/emulator/")
    chat_page.locator("#customers li", has_text="田中太郎").click()
    expect(chat_page.locator("#chat-title")).to_have_text("田中太郎")
    expect(chat_page.locator(".row.bot .bubble").last).to_have_text("はい、お電話でも承ります。")
    chat_page.close()

    # 未読 again when the customer writes back, cleared by opening the customer
    say(stack, tanaka, "ありがとうございます")
    console.get_by_role("link", name="← 顧客一覧").click()
    expect(tanaka_row.locator(".badge.unread")).to_have_text("未読")
    expect(tanaka_row.get_by_role("link")).to_have_text("田中 大介")  # the real name in the list
    expect(tanaka_row).to_contain_text("LINE: 田中太郎")
    tanaka_row.get_by_role("link").click()
    expect(console.get_by_role("heading", level=1)).to_have_text("田中 大介")
    console.get_by_role("link", name="← 顧客一覧").click()
    expect(tanaka_row).to_be_visible()
    expect(tanaka_row.locator(".badge.unread")).to_have_count(0)

    # search: by フリガナ and by phone number
    for typed in ("ダイスケ", "09012345678"):
        console.get_by_label("名前で検索").fill(typed)
        console.get_by_role("button", name="絞り込む").click()
        settled(console)
        expect(rows.get_by_role("listitem")).to_have_count(1)
        expect(rows.get_by_role("listitem")).to_contain_text("田中 大介")
    console.get_by_label("名前で検索").fill("")

    # the CSV of the filtered list (tag 区分A): the API's file, BOM, Japanese intact
    console.get_by_label("タグ", exact=True).select_option("区分A")
    console.get_by_role("button", name="絞り込む").click()
    settled(console)
    expect(rows.get_by_role("listitem")).to_have_count(1)
    with console.expect_download() as downloading:
        console.get_by_role("button", name="CSVダウンロード").click()
    download = downloading.value
    assert download.suggested_filename == "customers.csv"
    raw = Path(download.path()).read_bytes()
    status, from_api = stack.call(
        "GET",
        "/api/customers/export?tag=%E5%8C%BA%E5%88%86A",
        headers={"Authorization": f"Bearer {stack.admin_token}"},
    )
    assert status == 200 and raw == from_api
    assert raw.startswith(BOM)
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [(r["氏名"], r["フリガナ"], r["LINE表示名"], r["タグ"], r["好み・メモ"]) for r in table] == [
        ("田中 大介", "タナカ ダイスケ", "田中太郎", "区分A", "赤身が好み。ワインは赤")
    ]
    shoot(console, output_dir, "customers")

    # タグ: counts; セミナー経由 renamed for everyone, then deleted for everyone (confirmed)
    console.get_by_role("link", name="タグ", exact=True).click()
    catalogue = console.get_by_role("list", name="タグ一覧")
    expect(console.get_by_label("タグ「区分A」の人数")).to_have_text("1人")
    expect(console.get_by_label("タグ「セミナー経由」の人数")).to_have_text("1人")
    shoot(console, output_dir, "tags")
    catalogue.locator('li[data-tag="区分A"]').get_by_role("button", name="お客様を表示").click()
    settled(console)
    expect(console.get_by_label("タグ", exact=True)).to_have_value("区分A")
    expect(rows.get_by_role("listitem")).to_have_count(1)
    console.get_by_role("link", name="タグ", exact=True).click()
    seminar = catalogue.locator('li[data-tag="セミナー経由"]')
    seminar.get_by_label("新しい名前").fill("セミナー")
    seminar.get_by_role("button", name="名前を変更").click()
    expect(console.get_by_role("status").first).to_have_text(
        "タグ「セミナー経由」を「セミナー」に変更しました（1人）"
    )
    assert customer_item(stack, sato)[1]["tags"] == ["セミナー"]
    catalogue.locator('li[data-tag="セミナー"]').get_by_role("button", name="削除").click()
    expect(console.get_by_role("status").first).to_have_text(
        "タグ「セミナー」を削除しました（1人から外しました）"
    )
    expect(catalogue.get_by_role("listitem")).to_have_count(1)
    assert customer_item(stack, sato)[1]["tags"] == []

    # 顧客データを削除: confirmed, gone from the list and the API
    console.get_by_role("link", name="顧客", exact=True).click()
    console.get_by_label("タグ", exact=True).select_option(label="すべて")  # the list kept its filter
    console.get_by_role("button", name="絞り込む").click()
    settled(console)
    console.get_by_role("link", name="佐藤花子").click()
    console.get_by_role("button", name="顧客データを削除").click()  # the dialog is accepted
    expect(console.get_by_role("status").first).to_have_text("「佐藤花子」さんのデータを削除しました")
    expect(console.get_by_role("heading", level=1)).to_have_text("顧客")
    expect(console.get_by_role("link", name="佐藤花子")).to_have_count(0)
    assert customer_item(stack, sato)[0] == 404


def test_times_are_japan_time_on_a_pc_set_to_another_zone(browser, stack):
    """A PC in another time zone (a laptop abroad) sees the same Japan times."""
    user_id = register(stack, "高橋美咲", "女性", "30")
    assert stack.admin("POST", f"/api/customers/{user_id}/notes", {"text": "窓際の席が好み"})[0] == 201
    context = browser.new_context(
        viewport={"width": 1280, "height": 860}, locale=LOCALE, timezone_id="America/New_York"
    )
    try:
        page = context.new_page()
        sign_in(page, stack)
        page.goto(f"{stack.url}/#/customers/{user_id}")
        timeline = page.get_by_role("region", name="タイムライン")
        expect(timeline).to_contain_text("窓際の席が好み")
        assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == "America/New_York"
        assert shown_times_are_japan_time(page, timeline) >= 3  # follow, answers, the note
        notes = page.get_by_role("region", name="メモ", exact=True)
        assert shown_times_are_japan_time(page, notes) == 1
        assert (
            shown_times_are_japan_time(page, page.get_by_role("region", name="お客様の情報")) == 2
        )  # 友だち追加, 登録
    finally:
        context.close()


def test_the_timeline_pages_in_time_order(console, stack):
    """More than a page (50) of timeline: the first page, then 「続きを表示」 to the newest, oldest
    first throughout; after an action the page shows as many pages again, the new entry last."""
    user_id = register(stack, "伊藤健", "男性", "45")
    for number in range(1, 56):
        status, _ = stack.admin("POST", f"/api/customers/{user_id}/notes", {"text": f"メモ{number:02d}"})
        assert status == 201
    sign_in(console, stack)
    console.goto(f"{stack.url}/#/customers/{user_id}")
    timeline = console.get_by_role("region", name="タイムライン")
    entries = timeline.get_by_role("list", name="タイムライン（古い順）").get_by_role("listitem")
    expect(entries).to_have_count(50)
    expect(entries.last).not_to_contain_text("メモ55")
    timeline.get_by_role("button", name="続きを表示").click()
    expect(timeline.get_by_role("button", name="続きを表示")).to_be_hidden()
    expect(entries.last).to_contain_text("メモ55")
    total = entries.count()
    assert total > 55  # follow, answers, bot replies and the 55 notes
    stamps = entries.locator("time").evaluate_all("(all) => all.map((t) => t.getAttribute('datetime'))")
    assert stamps == sorted(stamps)
    notes = entries.filter(has_text="メモ").locator(".entry-text").all_text_contents()
    assert notes == [f"メモ{n:02d}" for n in range(1, 56)]

    console.get_by_role("region", name="メモ", exact=True).get_by_label("新しいメモ").fill("メモ56")
    console.get_by_role("button", name="メモを追加").click()
    expect(console.get_by_role("status").first).to_have_text("メモを追加しました")
    expect(entries).to_have_count(total + 1)
    expect(entries.last).to_contain_text("メモ56")
