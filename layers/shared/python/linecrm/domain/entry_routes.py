"""Entry routes (流入経路), the pure rules: how a keyword is matched, which keywords a route may not
use, the LINE URLs its QR codes hold, and the QR codes themselves (segno, SVG, made here: no
service, no CDN).

A route is printed as a QR code of LINE's URL scheme `https://line.me/R/oaMessage/{basic ID}/?{text}`:
scanning it opens the chat with the account, the route's keyword already typed; the customer sends
it and the bot tags them (linecrm.logic.entry_routes). The account's add-friend QR holds
`https://line.me/R/ti/p/{basic ID}`.

dal.entry_routes reads routes as `EntryRoute` records and keywords' claims as `KeywordClaim`
records; the stored items (their `route_key`) stay inside `dal/`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from linecrm.domain import conversation
from linecrm.domain.customers import Customer

MAX_NAME = 30
MAX_KEYWORD = 30
MAX_TAG = 50  # as any tag (functions/admin_api/routes/tags.py)

LINE_URL = "https://line.me/R"


@dataclass(frozen=True)
class EntryRoute:
    """A route as stored (dal.entry_routes reads and writes it). `keyword` is as staff typed it,
    `keyword_key` what it is matched by."""

    route_id: str
    name: str
    keyword: str
    keyword_key: str
    tag: str
    # never stored: logic fills them in when it shows the route (logic.entry_routes.shown)
    chat_url: str | None = None
    qr: str | None = None
    arrivals: int = 0
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None


@dataclass(frozen=True)
class KeywordClaim:
    """A keyword's claim: the one route that holds it (what the chat needs of it, in one read)."""

    route_id: str
    name: str
    tag: str


def keyword_key(text: str) -> str:
    """What a keyword is matched by: the text as the conversation reads answers (NFKC, no
    whitespace, lower case), so 「セミナー 」, 「ｾﾐﾅｰ」 and 「セミナー」 are one keyword."""
    return conversation.normalize(text)


# A customer registering answers these; a route may not take them (the features are asked first).
_PROBE_DAY = date(2026, 1, 1)
_ANSWERING = (conversation.AWAITING_GENDER, conversation.AWAITING_AGE, conversation.CONFIRMING_WITHDRAWAL)


def keyword_problem(keyword: str) -> str | None:
    """Why a keyword cannot be a route's (Japanese, for the 422), or None."""
    if "\n" in keyword or "\r" in keyword:
        return "改行を含めないでください"
    key = keyword_key(keyword)
    if not key:
        return "空白以外の文字を入力してください"
    if len(key) > MAX_KEYWORD:  # NFKC may lengthen a text (「㍿」 is 株式会社)
        return f"{MAX_KEYWORD}文字以内で入力してください"
    return _bot_word_problem(key)


def _bot_word_problem(key: str) -> str | None:
    """Why a keyword key is the bot's own (a command, or an answer while registering), or None."""
    if key in conversation.WITHDRAWAL_KEYWORDS or key in conversation.PROFILE_KEYWORDS:
        return "「退会」「プロフィール変更」など、ボットが使う言葉はキーワードにできません"
    for state in _ANSWERING:
        turn = conversation.on_text(Customer("", state=state, previous_state="registered"), key, _PROBE_DAY)
        if turn.changes or turn.delete:
            return "性別・年齢・「はい」「いいえ」など、登録の回答として読まれる言葉はキーワードにできません"
    return None


def could_be_keyword(key: str) -> bool:
    """Whether a customer's text (as `keyword_key`) may be a route's: not empty, no longer than a
    keyword can be (a 5,000-character message is never looked up: a DynamoDB key is at most 2,048
    bytes), and not a word no route may take (「男性」, 「33」, 「退会」: answers and commands are
    never looked up, one DynamoDB read fewer for each answer while registering)."""
    return 0 < len(key) <= MAX_KEYWORD and _bot_word_problem(key) is None


def chat_url(basic_id: str, keyword: str) -> str:
    """LINE's URL that opens the chat with the account, `keyword` typed in the input field (UTF-8,
    percent-encoded; a space as %20, never "+")."""
    return f"{LINE_URL}/oaMessage/{quote(basic_id, safe='@')}/?{quote(keyword, safe='')}"


def friend_url(basic_id: str) -> str:
    """LINE's URL of the account's add-friend screen."""
    return f"{LINE_URL}/ti/p/{quote(basic_id, safe='@')}"


def qr_svg(url: str, title: str | None = None, scale: int = 8, border: int = 4) -> str:
    """The QR code of `url` as a standalone SVG document (error correction M, by default a 4-module
    quiet zone as the standard asks and 8 px modules: prints sharp at any size since it is vector)."""
    import segno

    out = io.BytesIO()
    segno.make(url, error="m", boost_error=False).save(
        out, kind="svg", scale=scale, border=border, xmldecl=False, svgns=True, title=title, nl=False
    )
    return out.getvalue().decode("utf-8")


def qr_data_uri(url: str) -> str:
    """The same QR code as a `data:image/svg+xml` URI for an <img> of the console: no width and
    height, only a viewBox, so that the page sizes it (on screen and on paper)."""
    import segno

    return segno.make(url, error="m", boost_error=False).svg_data_uri(border=4, omitsize=True)
