"""アンケート in the browser on the real local stack: staff add a question on the console page, a
customer registers in the LINE emulator's chat page and answers by tapping a quick reply, and the
answer shows on the customer's page in the console."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import shoot, sign_in

pytestmark = pytest.mark.browser


def test_a_question_added_in_the_console_is_answered_in_the_chat_and_shown_on_the_customer(
    page, stack, output_dir
):
    sign_in(page, stack)
    page.get_by_role("link", name="アンケート").click()
    page.get_by_label("質問", exact=True).fill("好きな部位は?")
    page.get_by_label("選択肢（1行に1つ、2〜13個、各20文字まで）").fill("サーロイン\nヒレ\nロース")
    page.get_by_role("button", name="追加").click()
    expect(page.get_by_text("「好きな部位は?」を保存しました")).to_be_visible()
    expect(page.get_by_text("サーロイン / ヒレ / ロース")).to_be_visible()
    page.get_by_label("選択肢（1行に1つ、2〜13個、各20文字まで）").fill("ひとつだけ")
    page.get_by_role("button", name="追加").click()
    expect(page.locator("#survey-choices-error")).to_contain_text("2件以上")
    shoot(page, output_dir, "surveys")

    chat = page.context.new_page()
    chat.goto(f"{stack.url}/emulator/")
    chat.fill("#create-name", "焼肉太郎")
    chat.click("#create-button")
    chat.click("#follow-button")
    chat.locator("#quick-replies button", has_text="男性").click()
    chat.fill("#text-input", "41")
    chat.press("#text-input", "Enter")
    expect(chat.locator(".row.bot .bubble").last).to_contain_text("好きな部位は?")
    chat.locator("#quick-replies button", has_text="ヒレ").click()
    expect(chat.locator(".row.customer .bubble").last).to_have_text("ヒレ")
    expect(chat.locator(".row.bot .bubble").last).to_have_text("アンケートへのご回答ありがとうございました!")

    page.get_by_role("link", name="顧客").click()
    page.get_by_label("アンケート回答").select_option(label="好きな部位は? ロース")
    page.get_by_role("button", name="絞り込む").click()
    expect(page.get_by_text("該当するお客様はいません。")).to_be_visible()
    page.get_by_label("アンケート回答").select_option(label="好きな部位は? ヒレ")
    page.get_by_role("button", name="絞り込む").click()
    page.get_by_role("link", name="焼肉太郎").first.click()
    answers = page.locator("#survey-answers")
    expect(answers.locator("dt")).to_have_text(["好きな部位は?"])
    expect(answers.locator("dd")).to_have_text(["ヒレ"])
    shoot(page, output_dir, "customer_survey")
