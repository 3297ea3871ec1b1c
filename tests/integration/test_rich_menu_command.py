"""`python -m richmenu create` (make rich-menu) with the real line-bot-sdk client against the LINE
emulator: the menu is created, its image uploaded, made the default; a second run reuses it, a
changed definition replaces it; either way one menu of the name is left. And the emulator's rich
menu endpoints refuse what LINE refuses (each guard has its case here)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import boto3
import pytest
from aws_lambda_powertools.utilities import parameters

from linecrm import secrets
from linecrm.settings import get_settings
from richmenu import menu
from richmenu.__main__ import main
from tests.support.line_channel import CHANNEL_ACCESS_TOKEN as TOKEN


def run(emulator, *extra: str) -> int:
    return main(["create", "--endpoint", emulator.url, *extra])


def run_reading_secret(emulator, monkeypatch, name: str, value=None, **environment: str) -> int:
    """The command run with LINE_SECRET_NAME `name` (that secret created holding `value` unless it is
    None) and `environment`, the caches of Powertools' parameters and of the settings cleared before
    and after."""
    if value is not None:
        boto3.client("secretsmanager").create_secret(Name=name, SecretString=json.dumps(value))
    monkeypatch.setenv("LINE_SECRET_NAME", name)
    for key, setting in environment.items():
        monkeypatch.setenv(key, setting)
    parameters.clear_caches()
    get_settings.cache_clear()
    try:
        return run(emulator)
    finally:
        parameters.clear_caches()
        get_settings.cache_clear()


def menus(emulator) -> list[dict]:
    return [m.to_dict() for m in emulator.channel.rich_menus.values()]


def raw(emulator, method: str, path: str, body: bytes | dict | None = None, content_type="application/json"):
    """(status, JSON body or raw bytes) of a request sent without the SDK's own checks."""
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    request = urllib.request.Request(emulator.url + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {TOKEN}")
    request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, payload = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, payload = error.code, error.read()
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, payload


def test_the_command_creates_the_menu_uploads_the_image_and_makes_it_the_default(line_emulator, capsys):
    assert run(line_emulator) == 0

    (created,) = menus(line_emulator)
    assert {k: v for k, v in created.items() if k != "richMenuId"} == menu.request()
    state = line_emulator.channel
    assert state.default_rich_menu_id == created["richMenuId"]
    assert state.rich_menus[created["richMenuId"]].image == menu.IMAGE.read_bytes()
    assert state.rich_menus[created["richMenuId"]].image_type == "image/png"
    calls = [(r.method, r.path.replace(created["richMenuId"], "{id}")) for r in line_emulator.received]
    assert calls == [
        ("GET", "/v2/bot/richmenu/list"),
        ("POST", "/v2/bot/richmenu"),
        ("POST", "/v2/bot/richmenu/{id}/content"),
        ("POST", "/v2/bot/user/all/richmenu/{id}"),
    ]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in line_emulator.received)
    assert created["richMenuId"] in capsys.readouterr().out
    # and the default menu, as the API and the chat page read it
    assert raw(line_emulator, "GET", "/v2/bot/user/all/richmenu") == (
        200,
        {"richMenuId": created["richMenuId"]},
    )
    status, shown = raw(line_emulator, "GET", "/emulator/api/richmenu")
    assert status == 200 and shown["rich_menu"] == created
    assert raw(line_emulator, "GET", shown["image_url"])[1] == menu.IMAGE.read_bytes()


def test_a_second_run_reuses_the_identical_menu(line_emulator):
    assert run(line_emulator) == 0
    first = line_emulator.channel.default_rich_menu_id
    line_emulator.received.clear()

    assert run(line_emulator) == 0

    assert [m["richMenuId"] for m in menus(line_emulator)] == [first]
    assert line_emulator.channel.default_rich_menu_id == first
    assert not line_emulator.requests_to("/v2/bot/richmenu")  # nothing created


def test_a_changed_menu_replaces_the_older_one_after_it_is_the_default(line_emulator, monkeypatch):
    assert run(line_emulator) == 0
    old = line_emulator.channel.default_rich_menu_id
    monkeypatch.setattr(menu, "CHAT_BAR_TEXT", "お店のメニュー")
    line_emulator.received.clear()

    assert run(line_emulator) == 0

    (left,) = menus(line_emulator)
    assert left["richMenuId"] != old and left["chatBarText"] == "お店のメニュー"
    assert line_emulator.channel.default_rich_menu_id == left["richMenuId"]
    paths = [r.path for r in line_emulator.received]
    default_set = paths.index(f"/v2/bot/user/all/richmenu/{left['richMenuId']}")
    assert paths.index(f"/v2/bot/richmenu/{old}") > default_set  # deleted only once replaced


def test_a_menu_left_without_an_image_by_a_failed_run_is_deleted(line_emulator):
    status, body = raw(line_emulator, "POST", "/v2/bot/richmenu", menu.request())
    assert status == 200
    half_done = body["richMenuId"]

    assert run(line_emulator) == 0

    (left,) = menus(line_emulator)
    assert left["richMenuId"] != half_done
    assert line_emulator.channel.default_rich_menu_id == left["richMenuId"]


def test_menus_of_other_names_are_left_alone(line_emulator):
    other = {**menu.request(), "name": "campaign"}
    status, body = raw(line_emulator, "POST", "/v2/bot/richmenu", other)
    assert status == 200

    assert run(line_emulator) == 0

    assert sorted(m["name"] for m in menus(line_emulator)) == ["campaign", menu.NAME]


def test_an_error_from_line_exits_1_with_the_answer(line_emulator, capsys):
    line_emulator.set_faults(1.0, (500,))
    assert run(line_emulator) == 1
    assert "LINE answered 500" in capsys.readouterr().err


def test_the_placeholder_secret_stops_the_command_before_any_request(aws, line_emulator, monkeypatch, capsys):
    placeholder = secrets.PLACEHOLDER_VALUE
    assert run_reading_secret(line_emulator, monkeypatch, "LineCrm-prod/line-channel", placeholder) == 1
    assert "placeholder" in capsys.readouterr().err
    assert line_emulator.received == []


def test_the_token_comes_from_the_secret_when_one_is_named(aws, line_emulator, monkeypatch):
    value = {"channel_secret": "s", "channel_access_token": TOKEN}
    name = "LineCrm-prod/line-channel"
    other_token = {"LINE_CHANNEL_ACCESS_TOKEN": "not-this-one"}
    assert run_reading_secret(line_emulator, monkeypatch, name, value, **other_token) == 0
    assert line_emulator.channel.default_rich_menu_id is not None


@pytest.mark.parametrize(
    ("endpoint", "expected"),
    [("https://api.line.me", "https://api-data.line.me"), ("http://127.0.0.1:3000", "http://127.0.0.1:3000")],
)
def test_images_go_to_lines_data_host_or_to_the_same_base_url(endpoint, expected):
    from richmenu.deploy import data_endpoint_for

    assert data_endpoint_for(endpoint) == expected


# --- the emulator refuses what LINE refuses --------------------------------------------------------
@pytest.fixture
def created(line_emulator) -> str:
    status, body = raw(line_emulator, "POST", "/v2/bot/richmenu", menu.request())
    assert status == 200
    return body["richMenuId"]


def upload(emulator, menu_id: str, data: bytes | None = None, content_type: str = "image/png"):
    return raw(
        emulator, "POST", f"/v2/bot/richmenu/{menu_id}/content", data or menu.IMAGE.read_bytes(), content_type
    )


def test_an_area_outside_the_menu_is_refused(line_emulator):
    body = menu.request()
    body["areas"][1]["bounds"]["width"] += 1
    status, answer = raw(line_emulator, "POST", "/v2/bot/richmenu", body)
    assert status == 400 and answer["details"][0]["property"] == "areas[1].bounds"
    assert raw(line_emulator, "POST", "/v2/bot/richmenu/validate", body)[0] == 400
    assert raw(line_emulator, "POST", "/v2/bot/richmenu/validate", menu.request())[0] == 200
    assert menus(line_emulator) == []


def test_a_chat_bar_text_over_14_characters_is_refused(line_emulator):
    status, _ = raw(line_emulator, "POST", "/v2/bot/richmenu", {**menu.request(), "chatBarText": "あ" * 15})
    assert status == 400


def test_an_image_of_another_type_size_or_twice_is_refused(line_emulator, created):
    png = menu.IMAGE.read_bytes()
    assert upload(line_emulator, created, png, "image/gif")[0] == 415
    assert upload(line_emulator, created, png, "image/jpeg")[0] == 400  # says JPEG, is a PNG
    assert upload(line_emulator, created, b"x" * (menu.MAX_IMAGE_BYTES + 1))[0] == 400
    other_size = png[:16] + (2500).to_bytes(4) + (1686).to_bytes(4) + png[24:]
    status, answer = upload(line_emulator, created, other_size)
    assert status == 400 and "2500x1686" in answer["message"]
    assert upload(line_emulator, created)[0] == 200
    status, answer = upload(line_emulator, created)
    assert status == 400 and "already" in answer["message"]


def test_a_menu_without_an_image_cannot_be_the_default(line_emulator, created):
    status, answer = raw(line_emulator, "POST", f"/v2/bot/user/all/richmenu/{created}")
    assert status == 400 and "image" in answer["message"]
    assert line_emulator.channel.default_rich_menu_id is None
    assert raw(line_emulator, "GET", "/v2/bot/user/all/richmenu")[0] == 404


def test_unknown_menus_are_404(line_emulator):
    unknown = "richmenu-" + "0" * 32
    assert raw(line_emulator, "GET", f"/v2/bot/richmenu/{unknown}")[0] == 404
    assert raw(line_emulator, "DELETE", f"/v2/bot/richmenu/{unknown}")[0] == 404
    assert raw(line_emulator, "POST", f"/v2/bot/user/all/richmenu/{unknown}")[0] == 404
    assert upload(line_emulator, unknown)[0] == 404


def test_get_list_download_cancel_and_delete(line_emulator, created):
    assert upload(line_emulator, created)[0] == 200
    status, got = raw(line_emulator, "GET", f"/v2/bot/richmenu/{created}")
    assert status == 200 and got["richMenuId"] == created and got["areas"] == menu.request()["areas"]
    assert raw(line_emulator, "GET", "/v2/bot/richmenu/list")[1] == {"richmenus": [got]}
    assert raw(line_emulator, "GET", f"/v2/bot/richmenu/{created}/content")[1] == menu.IMAGE.read_bytes()
    assert raw(line_emulator, "POST", f"/v2/bot/user/all/richmenu/{created}")[0] == 200
    assert raw(line_emulator, "DELETE", "/v2/bot/user/all/richmenu")[0] == 200
    assert raw(line_emulator, "GET", "/v2/bot/user/all/richmenu")[0] == 404
    assert raw(line_emulator, "POST", f"/v2/bot/user/all/richmenu/{created}")[0] == 200
    assert raw(line_emulator, "DELETE", f"/v2/bot/richmenu/{created}")[0] == 200
    assert line_emulator.channel.default_rich_menu_id is None  # deleting the default menu unsets it
    assert raw(line_emulator, "GET", "/emulator/api/richmenu") == (200, {"rich_menu": None})


def test_without_endpoint_the_command_uses_line_api_base_url_and_needs_only_the_token(
    line_emulator, monkeypatch
):
    monkeypatch.delenv("LINE_CHANNEL_SECRET")  # calling the API needs the token only
    get_settings.cache_clear()
    assert main(["create"]) == 0  # LINE_API_BASE_URL is the emulator's (the fixture)
    assert line_emulator.channel.default_rich_menu_id is not None


def test_no_token_or_no_answer_exits_1_saying_why(line_emulator, monkeypatch, capsys):
    monkeypatch.delenv("LINE_CHANNEL_ACCESS_TOKEN")
    get_settings.cache_clear()
    assert run(line_emulator) == 1
    assert "LINE_CHANNEL_ACCESS_TOKEN" in capsys.readouterr().err
    assert line_emulator.received == []

    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", TOKEN)
    get_settings.cache_clear()
    line_emulator.stop()
    assert run(line_emulator) == 1
    assert "no answer from" in capsys.readouterr().err


def test_a_secret_that_cannot_be_read_exits_1_naming_it(aws, line_emulator, monkeypatch, capsys):
    assert run_reading_secret(line_emulator, monkeypatch, "LineCrm-prod/no-such-secret") == 1
    assert "cannot read the secret LineCrm-prod/no-such-secret" in capsys.readouterr().err
    assert line_emulator.received == []
