"""The rich menu's definition: four areas in a 2 × 2 grid on LINE's compact size (2500 × 843 px),
each a message action that sends its label as the customer's text, exactly as if typed: the chat
features answer those keywords (ポイントカード, クーポン, 店舗情報; プロフィール変更 restarts the
profile questions, linecrm.domain.conversation.PROFILE_KEYWORDS).

`request()` is the body of LINE's `POST /v2/bot/richmenu` (RichMenuRequest in messaging-api.yml).
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME = "kuroge-main"  # the menu's name on the channel: the command replaces menus of this name
CHAT_BAR_TEXT = "メニュー"  # ≤ 14 characters (the bar under the chat that opens and closes it)
WIDTH, HEIGHT = 2500, 843  # LINE's compact rich menu size; the image has exactly this size
COLUMNS, ROWS = 2, 2
IMAGE = Path(__file__).resolve().parent / "richmenu.png"

# LINE's rules for the rich menu and its image (Messaging API reference, "Rich menu object" and
# "Upload rich menu image"): width 800–2500, height ≥ 250, width / height ≥ 1.45, ≤ 20 areas,
# JPEG or PNG of at most 1 MB; a message action's text ≤ 300 characters, its label ≤ 20.
MAX_IMAGE_BYTES = 1024 * 1024
MAX_AREAS = 20
MAX_LABEL = 20
MAX_TEXT = 300


@dataclass(frozen=True)
class Item:
    text: str  # what a tap sends (and the label drawn on the image)
    icon: str  # which drawing richmenu.image makes for it


ITEMS = (
    Item("ポイントカード", "card"),
    Item("クーポン", "coupon"),
    Item("店舗情報", "store"),
    Item("プロフィール変更", "profile"),
)


@dataclass(frozen=True)
class Bounds:
    x: int
    y: int
    width: int
    height: int

    def to_dict(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height}


def grid() -> list[Bounds]:
    """The cells of the grid, row by row; the last column and row take the rounding remainder, so
    the cells tile the image exactly."""
    cells = []
    for row in range(ROWS):
        for column in range(COLUMNS):
            x, y = WIDTH * column // COLUMNS, HEIGHT * row // ROWS
            right, bottom = WIDTH * (column + 1) // COLUMNS, HEIGHT * (row + 1) // ROWS
            cells.append(Bounds(x, y, right - x, bottom - y))
    return cells


def areas() -> list[tuple[Item, Bounds]]:
    return list(zip(ITEMS, grid(), strict=True))


def request(name: str = NAME) -> dict[str, Any]:
    """LINE's RichMenuRequest (camelCase JSON) for this menu."""
    return {
        "size": {"width": WIDTH, "height": HEIGHT},
        "selected": True,  # shown open when the chat opens; the chat bar closes and reopens it
        "name": name,
        "chatBarText": CHAT_BAR_TEXT,
        "areas": [
            {"bounds": bounds.to_dict(), "action": {"type": "message", "label": item.text, "text": item.text}}
            for item, bounds in areas()
        ],
    }


DIGEST_KEY = "richmenu-definition"  # a PNG text chunk: what the image was drawn from


def digest() -> str:
    """A fingerprint of what the image shows (the request and the icons): richmenu.image writes it
    into the PNG, and a test compares it with the current definition (redraw after a change)."""
    drawn = {"request": request(), "icons": [item.icon for item in ITEMS]}
    return hashlib.sha256(json.dumps(drawn, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def png_text(data: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG (keyword -> text)."""
    found, i = {}, 8
    while i + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[i : i + 8])
        if kind == b"tEXt":
            keyword, _, text = data[i + 8 : i + 8 + length].partition(b"\0")
            found[keyword.decode("latin-1")] = text.decode("latin-1")
        if kind == b"IEND":
            break
        i += 12 + length
    return found
