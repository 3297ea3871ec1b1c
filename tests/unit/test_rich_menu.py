"""The rich menu's definition and its committed image follow LINE's rules (richmenu/menu.py)."""

from __future__ import annotations

import itertools

import pytest

from linecrm.domain.conversation import PROFILE_KEYWORDS
from local.line_emulator.rich_menus import definition_problems, image_size
from richmenu import menu


def rectangles():
    return [area["bounds"] for area in menu.request()["areas"]]


def test_every_area_is_inside_the_image():
    for b in rectangles():
        assert b["x"] >= 0 and b["y"] >= 0 and b["width"] >= 1 and b["height"] >= 1
        assert b["x"] + b["width"] <= menu.WIDTH
        assert b["y"] + b["height"] <= menu.HEIGHT


def test_no_two_areas_overlap():
    for a, b in itertools.combinations(rectangles(), 2):
        apart = (
            a["x"] + a["width"] <= b["x"]
            or b["x"] + b["width"] <= a["x"]
            or a["y"] + a["height"] <= b["y"]
            or b["y"] + b["height"] <= a["y"]
        )
        assert apart, (a, b)


def test_the_areas_tile_the_whole_image():  # no dead strip a tap would fall into
    assert sum(b["width"] * b["height"] for b in rectangles()) == menu.WIDTH * menu.HEIGHT


def test_each_area_sends_its_keyword_as_the_customers_text():
    actions = [area["action"] for area in menu.request()["areas"]]
    assert [a["text"] for a in actions] == ["ポイントカード", "クーポン", "店舗情報", "プロフィール変更"]
    assert all(a["type"] == "message" and a["label"] == a["text"] for a in actions)
    assert "プロフィール変更" in PROFILE_KEYWORDS  # the conversation answers it today
    assert all(len(a["label"]) <= menu.MAX_LABEL and len(a["text"]) <= menu.MAX_TEXT for a in actions)


def test_the_request_is_a_valid_rich_menu_object():
    from linebot.v3.messaging import RichMenuRequest

    body = menu.request()
    assert RichMenuRequest.from_dict(body).to_dict() == body  # line-bot-sdk's model: nothing dropped
    assert definition_problems(body) == []  # the emulator's rules (size, ratio, areas)
    assert len(body["chatBarText"]) <= 14 and 1 <= len(body["areas"]) <= menu.MAX_AREAS


def test_the_committed_image_is_a_png_of_the_menus_size_under_1_mb():
    data = menu.IMAGE.read_bytes()
    assert len(data) <= menu.MAX_IMAGE_BYTES
    assert image_size(data) == ("png", menu.WIDTH, menu.HEIGHT)
    assert (menu.WIDTH, menu.HEIGHT) in ((2500, 843), (2500, 1686))


def test_the_committed_image_was_drawn_from_the_current_definition():
    drawn_from = menu.png_text(menu.IMAGE.read_bytes()).get(menu.DIGEST_KEY)
    assert drawn_from == menu.digest(), "richmenu/menu.py changed: make rich-menu-image, commit the PNG"


def test_the_image_is_drawn_at_the_menus_size():
    pytest.importorskip("PIL")
    from richmenu import image

    try:
        image.font_path()
    except SystemExit:
        pytest.skip("fonts-noto-cjk is not installed")
    data = image.render()
    assert image_size(data) == ("png", menu.WIDTH, menu.HEIGHT)
    assert menu.png_text(data) == {menu.DIGEST_KEY: menu.digest()}
    assert len(data) <= menu.MAX_IMAGE_BYTES


@pytest.mark.parametrize(
    ("change", "property_"),
    [
        (lambda b: b["areas"][3]["bounds"].update(x=1251), "areas[3].bounds"),  # past the right edge
        (lambda b: b["areas"][2]["bounds"].update(height=423), "areas[2].bounds"),  # past the bottom
        (lambda b: b["size"].update(width=2501), "size.width"),
        (lambda b: b["size"].update(height=200), "size.height"),
        (lambda b: b["size"].update(width=800, height=700), "size"),  # ratio under 1.45
        (lambda b: b.update(areas=[]), "areas"),
        (lambda b: b["areas"][0].pop("action"), "areas[0].action"),
        (lambda b: b["areas"][0]["action"].pop("text"), "areas[0].action.text"),
    ],
)
def test_the_emulator_names_what_breaks_lines_rules(change, property_):
    body = menu.request()
    change(body)
    assert property_ in [p for p, _ in definition_problems(body)]


def test_image_size_reads_png_and_jpeg_headers():
    png = menu.IMAGE.read_bytes()
    assert image_size(png[:24])[0] == "png"
    jpeg = (
        b"\xff\xd8"
        + b"\xff\xe0\x00\x04ab"
        + b"\xff\xc0\x00\x11\x08"
        + (843).to_bytes(2)
        + (2500).to_bytes(2)
        + b"\x00" * 12
    )
    assert image_size(jpeg) == ("jpeg", 2500, 843)
    assert image_size(b"GIF89a" + b"\x00" * 30) is None
