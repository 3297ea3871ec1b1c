"""Draws the rich menu's image from its definition with Pillow and Debian's Noto Sans CJK
(fonts-noto-cjk): one cell per area, an icon and the label, on Kuroge's black and gold.

Run offline (`make rich-menu-image`, i.e. `python -m richmenu image`) and commit the PNG: the
create command only uploads the committed file, so deploying needs neither Pillow nor the font.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from richmenu import menu

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
)
FONT_INDEX_JP = 0  # in Debian's .ttc files face 0 is "Noto Sans CJK JP"

BACKGROUND = (24, 20, 18)
CELL = (38, 32, 28)
GOLD = (201, 162, 87)
TEXT = (250, 246, 238)
MARGIN = 14  # between cells, in image pixels
LABEL_SIZE = 100


def font_path() -> str:
    """RICH_MENU_FONT, else the first Noto Sans CJK font found (apt-get install fonts-noto-cjk)."""
    chosen = os.environ.get("RICH_MENU_FONT")
    if chosen:
        return chosen
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    raise SystemExit("no Japanese font: apt-get install fonts-noto-cjk, or set RICH_MENU_FONT=<.ttc/.otf>")


def render() -> bytes:
    """The PNG of the menu (exactly menu.WIDTH × menu.HEIGHT)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (menu.WIDTH, menu.HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path(), LABEL_SIZE, index=FONT_INDEX_JP)
    for item, b in menu.areas():
        box = (b.x + MARGIN, b.y + MARGIN, b.x + b.width - MARGIN - 1, b.y + b.height - MARGIN - 1)
        draw.rounded_rectangle(box, radius=36, fill=CELL, outline=GOLD, width=4)
        icon_size = int(b.height * 0.52)
        label_width = draw.textlength(item.text, font=font)
        gap = 56
        total = icon_size + gap + label_width
        left = b.x + (b.width - total) / 2
        top = b.y + (b.height - icon_size) / 2
        ICONS[item.icon](draw, left, top, icon_size)
        draw.text((left + icon_size + gap, b.y + b.height / 2), item.text, font=font, fill=TEXT, anchor="lm")
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text(menu.DIGEST_KEY, menu.digest())
    buffer = io.BytesIO()
    image.quantize(colors=64).save(buffer, format="PNG", optimize=True, pnginfo=info)
    return buffer.getvalue()


# --- icons: simple shapes in a size × size square at (x, y) ---------------------------------------
def _card(draw, x: float, y: float, size: float) -> None:
    """A stamp card: a card with two rows of stamps, some filled."""
    w, h = size, size * 0.68
    top = y + (size - h) / 2
    draw.rounded_rectangle((x, top, x + w, top + h), radius=size * 0.08, outline=GOLD, width=10)
    r = size * 0.075
    for row in range(2):
        for column in range(4):
            cx = x + w * (column + 1) / 5
            cy = top + h * (row + 1) / 3
            filled = row * 4 + column < 5
            draw.ellipse(
                (cx - r, cy - r, cx + r, cy + r), fill=GOLD if filled else None, outline=GOLD, width=6
            )


def _coupon(draw, x: float, y: float, size: float) -> None:
    """A ticket with a notch on each side, a dashed tear line and a ％ sign."""
    h = size * 0.62
    top = y + (size - h) / 2
    draw.rounded_rectangle((x, top, x + size, top + h), radius=size * 0.06, fill=GOLD)
    notch = size * 0.09
    middle = top + h / 2
    for cx in (x, x + size):
        draw.ellipse((cx - notch, middle - notch, cx + notch, middle + notch), fill=CELL)
    tear = x + size * 0.68
    step = h / 9
    for i in range(0, 9, 2):
        draw.line((tear, top + i * step + 6, tear, top + (i + 1) * step), fill=CELL, width=8)
    r = size * 0.06
    cx, cy = x + size * 0.34, middle
    draw.line((cx + size * 0.14, cy - size * 0.16, cx - size * 0.14, cy + size * 0.16), fill=CELL, width=12)
    for dx, dy in ((-0.1, -0.1), (0.1, 0.1)):
        ox, oy = cx + size * dx, cy + size * dy
        draw.ellipse((ox - r, oy - r, ox + r, oy + r), outline=CELL, width=10)


def _store(draw, x: float, y: float, size: float) -> None:
    """A shop front: an awning, the walls and a door."""
    awning_top, awning_bottom = y + size * 0.12, y + size * 0.36
    draw.rectangle((x + size * 0.12, awning_bottom, x + size * 0.88, y + size * 0.9), outline=GOLD, width=10)
    stripes = 5
    for i in range(stripes):
        left = x + size * i / stripes
        right = x + size * (i + 1) / stripes
        draw.rectangle(
            (left, awning_top, right, awning_bottom), fill=GOLD if i % 2 == 0 else None, outline=GOLD, width=6
        )
    draw.rectangle((x + size * 0.4, y + size * 0.56, x + size * 0.6, y + size * 0.9), fill=GOLD)


def _profile(draw, x: float, y: float, size: float) -> None:
    """A person (head and shoulders) with a small pencil."""
    head = size * 0.17
    cx = x + size * 0.42
    draw.ellipse((cx - head, y + size * 0.14, cx + head, y + size * 0.14 + 2 * head), fill=GOLD)
    draw.chord((cx - size * 0.34, y + size * 0.52, cx + size * 0.34, y + size * 1.2), 180, 360, fill=GOLD)
    # the pencil, drawn as a slanted bar with a tip
    px, py = x + size * 0.86, y + size * 0.5
    length, width = size * 0.34, size * 0.09
    draw.line((px, py, px - length * 0.7, py + length * 0.7), fill=TEXT, width=int(width))
    tip = (px - length * 0.7, py + length * 0.7)
    draw.polygon(
        [
            (tip[0] - width * 0.35, tip[1] - width * 0.35),
            (tip[0] + width * 0.35, tip[1] + width * 0.35),
            (tip[0] - width * 0.55, tip[1] + width * 0.55),
        ],
        fill=TEXT,
    )


ICONS = {"card": _card, "coupon": _coupon, "store": _store, "profile": _profile}


def write(path: Path = menu.IMAGE) -> Path:
    data = render()
    if len(data) > menu.MAX_IMAGE_BYTES:
        raise SystemExit(f"the image is {len(data)} bytes, over LINE's {menu.MAX_IMAGE_BYTES}")
    path.write_bytes(data)
    return path
