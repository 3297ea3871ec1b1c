"""The console's stylesheet: every block closed, so no rule after a `@media print { …` is left
applying only to print (one missing brace once hid the 店舗, ショップカード and 統計 styles)."""

from __future__ import annotations

import re
from pathlib import Path

CSS = Path(__file__).resolve().parents[2] / "console" / "style.css"


def test_every_block_of_the_stylesheet_is_closed_and_only_at_rules_nest():
    text = re.sub(r"/\*.*?\*/", "", CSS.read_text(encoding="utf-8"), flags=re.S)
    opened: list[str] = []  # the selectors of the blocks open at this point
    for match in re.finditer(r"([^{};]*)\{|\}", text):
        if match.group(0) == "}":
            assert opened, f"a '}}' closes nothing near offset {match.start()}"
            opened.pop()
            continue
        selector = match.group(1).strip()
        assert not opened or opened[-1].startswith("@"), f"{selector!r} inside {opened[-1]!r}"
        opened.append(selector)
    assert opened == [], f"left open: {opened}"
