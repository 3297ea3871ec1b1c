"""The emulator's rich menu endpoints against LINE's own OpenAPI document (messaging-api.yml, read
where it is kept, never copied in): every route it answers is in the document with that method,
and its answers have the documented status and validate against the documented schema."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from richmenu import menu
from tests.integration.test_rich_menu_command import raw

SPEC = Path(os.environ.get("LINE_OPENAPI_DIR", "/work/shared/line-openapi")) / "messaging-api.yml"


@pytest.fixture(scope="module")
def spec():
    if not SPEC.is_file():
        pytest.skip(f"LINE's OpenAPI document is not at {SPEC} (set LINE_OPENAPI_DIR)")
    import yaml

    return yaml.safe_load(SPEC.read_text())


def operation(spec, method: str, template: str) -> dict:
    assert template in spec["paths"], f"{template} is not in messaging-api.yml"
    assert method.lower() in spec["paths"][template], f"{method} {template} is not in messaging-api.yml"
    return spec["paths"][template][method.lower()]


def check(spec, method: str, template: str, answer: tuple[int, object]) -> None:
    """The answer's status is the documented success status; a documented JSON body validates."""
    from jsonschema import Draft7Validator

    status, body = answer
    documented = operation(spec, method, template)["responses"]
    assert str(status) in documented, f"{method} {template} answered {status}, documented {list(documented)}"
    content = documented[str(status)].get("content", {}).get("application/json")
    if content is not None:
        schema = {**content["schema"], "components": spec["components"]}
        errors = [e.message for e in Draft7Validator(schema).iter_errors(body)]
        assert errors == [], f"{method} {template}: {errors}"


def test_every_rich_menu_route_is_lines_with_its_status_and_shape(spec, line_emulator):
    e = line_emulator
    request_schema = operation(spec, "POST", "/v2/bot/richmenu")["requestBody"]["content"]["application/json"]
    from jsonschema import Draft7Validator

    request = menu.request()
    schema = {**request_schema["schema"], "components": spec["components"]}
    assert [x.message for x in Draft7Validator(schema).iter_errors(request)] == []  # our request too

    check(spec, "POST", "/v2/bot/richmenu/validate", raw(e, "POST", "/v2/bot/richmenu/validate", request))
    created = raw(e, "POST", "/v2/bot/richmenu", request)
    check(spec, "POST", "/v2/bot/richmenu", created)
    menu_id = created[1]["richMenuId"]
    png = menu.IMAGE.read_bytes()
    uploaded = raw(e, "POST", f"/v2/bot/richmenu/{menu_id}/content", png, "image/png")
    check(spec, "POST", "/v2/bot/richmenu/{richMenuId}/content", uploaded)
    status, image = raw(e, "GET", f"/v2/bot/richmenu/{menu_id}/content")
    assert (status, image) == (200, png)
    check(spec, "GET", "/v2/bot/richmenu/{richMenuId}/content", (status, None))
    check(spec, "GET", "/v2/bot/richmenu/{richMenuId}", raw(e, "GET", f"/v2/bot/richmenu/{menu_id}"))
    check(spec, "GET", "/v2/bot/richmenu/list", raw(e, "GET", "/v2/bot/richmenu/list"))
    check(
        spec,
        "POST",
        "/v2/bot/user/all/richmenu/{richMenuId}",
        raw(e, "POST", f"/v2/bot/user/all/richmenu/{menu_id}"),
    )
    check(spec, "GET", "/v2/bot/user/all/richmenu", raw(e, "GET", "/v2/bot/user/all/richmenu"))
    check(spec, "DELETE", "/v2/bot/user/all/richmenu", raw(e, "DELETE", "/v2/bot/user/all/richmenu"))
    check(spec, "DELETE", "/v2/bot/richmenu/{richMenuId}", raw(e, "DELETE", f"/v2/bot/richmenu/{menu_id}"))
    assert json.loads(json.dumps(raw(e, "GET", "/v2/bot/richmenu/list")[1])) == {"richmenus": []}
