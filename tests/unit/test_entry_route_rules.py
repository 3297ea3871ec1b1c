"""Entry routes' pure rules: keywords matched as the conversation reads answers, keywords the
registration would read as an answer refused, LINE's URLs, and QR codes that hold exactly them."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
import segno

from linecrm.domain import entry_routes as rules

BASIC_ID = "@123abcde"


def test_a_keyword_is_matched_whatever_its_width_spaces_and_case():
    assert rules.keyword_key(" セミナー ") == rules.keyword_key("ｾﾐﾅｰ") == rules.keyword_key("セミナー")
    assert rules.keyword_key("Ginza　Store") == rules.keyword_key("ginzastore")
    assert rules.keyword_key("セミナー") != rules.keyword_key("セミナー2")


@pytest.mark.parametrize("keyword", ["セミナー", "銀座店", "セミナー2026", "ginza"])
def test_ordinary_keywords_are_accepted(keyword):
    assert rules.keyword_problem(keyword) is None


@pytest.mark.parametrize(
    "keyword",
    ["男性", "女", "回答しない", "33", "３３歳", "1990-05-03", "はい", "いいえ", "キャンセル"],
)
def test_words_the_registration_reads_as_an_answer_are_refused(keyword):
    assert "登録の回答" in rules.keyword_problem(keyword)


@pytest.mark.parametrize("keyword", ["退会", "データ削除", "プロフィール変更"])
def test_the_bots_own_words_are_refused(keyword):
    assert "ボットが使う言葉" in rules.keyword_problem(keyword)


def test_a_keyword_is_at_most_30_characters_once_normalized():
    assert rules.keyword_problem("セ" * 30) is None
    assert rules.keyword_problem("㍿" * 8) == "30文字以内で入力してください"  # 株式会社 × 8
    assert rules.could_be_keyword(rules.keyword_key("セ" * 30))
    assert not rules.could_be_keyword(rules.keyword_key("長" * 5000)) and not rules.could_be_keyword("")


@pytest.mark.parametrize("text", ["男性", "女性", "33", "３３歳", "はい", "退会"])
def test_a_text_no_route_may_take_is_never_looked_up(text):
    """Answers and commands: the webhook makes no read for them (one fewer per answer)."""
    assert not rules.could_be_keyword(rules.keyword_key(text))
    assert rules.keyword_problem(text) is not None  # the same words staff cannot choose


@pytest.mark.parametrize("text", ["セミナー", "こんにちは", "ｾﾐﾅｰ 参加"])
def test_any_other_short_text_is_looked_up(text):
    assert rules.could_be_keyword(rules.keyword_key(text))


def test_a_keyword_on_two_lines_or_only_spaces_is_refused():
    assert rules.keyword_problem("セミナー\n参加") == "改行を含めないでください"
    assert rules.keyword_problem("　 ") == "空白以外の文字を入力してください"


def test_the_chat_url_is_lines_oamessage_with_the_keyword_percent_encoded_in_utf8():
    url = rules.chat_url(BASIC_ID, "セミナー 参加&")
    assert url.startswith("https://line.me/R/oaMessage/@123abcde/?")
    query = url.split("/?", 1)[1]
    assert re.fullmatch(r"[A-Za-z0-9%._~-]*", query), query  # nothing left unencoded (no "+", "&")
    assert "%20" in query and "%26" in query
    assert unquote(query) == "セミナー 参加&"


def test_the_friend_url_is_lines_add_friend_screen():
    assert rules.friend_url(BASIC_ID) == "https://line.me/R/ti/p/@123abcde"


def matrix_of_svg(svg: str) -> set[tuple[int, int]]:
    """The dark modules an SVG of segno draws (its path: runs of `h` per row, in modules)."""
    path = re.search(r""" d=["']([^"']+)["']""", svg).group(1)
    dark, x, y = set(), 0.0, 0.0
    for command, a, b in re.findall(r"([MmHhVv])(-?\d+(?:\.\d+)?)(?:[ ,](-?\d+(?:\.\d+)?))?", path):
        a = float(a)
        if command == "M":
            x, y = a, float(b)
        elif command == "m":
            x, y = x + a, y + float(b)
        elif command == "h":
            if a > 0:
                dark |= {(int(x) + i, int(y - 0.5)) for i in range(int(a))}
            x += a
    return dark


def matrix_of(url: str) -> set[tuple[int, int]]:
    """The dark modules of the QR code of `url` (error correction M), with the 4-module border."""
    code = segno.make(url, error="m", boost_error=False)
    return {(x, y) for y, row in enumerate(code.matrix_iter(border=4)) for x, dark in enumerate(row) if dark}


def test_the_qr_code_holds_the_chat_url_and_no_other():
    url = rules.chat_url(BASIC_ID, "セミナー")
    drawn = matrix_of_svg(rules.qr_svg(url, title="流入経路「セミナー」"))
    assert drawn == matrix_of(url)
    assert drawn != matrix_of(rules.chat_url(BASIC_ID, "セミナー2"))  # the comparison can fail


def test_the_console_qr_is_the_same_code_as_a_data_uri_sized_by_the_page():
    url = rules.friend_url(BASIC_ID)
    uri = rules.qr_data_uri(url)
    assert uri.startswith("data:image/svg+xml")
    svg = unquote(uri.split(",", 1)[1])
    assert "viewBox" in svg and " width=" not in svg.split(">", 1)[0]
    assert matrix_of_svg(svg) == matrix_of(url)
