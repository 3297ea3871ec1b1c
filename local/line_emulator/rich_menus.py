"""LINE's rich menu endpoints (messaging-api.yml, "RichMenu" and "Default RichMenu"): create,
validate, list, get, delete, upload and download the image (LINE serves those two on
api-data.line.me; the emulator on its one base URL), set, get and cancel the default menu.

What LINE checks beyond the RichMenuRequest shape (line-bot-sdk's model checks name ≤ 300 and
chatBarText ≤ 14 characters) is written here: the size (width 800–2500, height ≥ 250, width /
height ≥ 1.45), 1–20 areas, each inside the menu, with an action; the image a JPEG or PNG of at
most 1 MB, exactly the menu's size, uploaded once; a menu without an image cannot be the default.
Per-user menus (link/unlink), aliases and batch control are not emulated (404).
"""

from __future__ import annotations

import os
import re
import struct
import uuid
from dataclasses import dataclass
from typing import Any

from local.web import Request, Response

MAX_AREAS = 20
MAX_IMAGE_BYTES = 1024 * 1024
IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpeg"}
_MENU = re.compile(r"^/v2/bot/richmenu/(?P<id>richmenu-[0-9a-f]{32})$")
_CONTENT = re.compile(r"^/v2/bot/richmenu/(?P<id>[^/]+)/content$")
_DEFAULT = re.compile(r"^/v2/bot/user/all/richmenu/(?P<id>[^/]+)$")


@dataclass
class RichMenu:
    rich_menu_id: str
    definition: dict[str, Any]  # the RichMenuRequest as sent
    image: bytes | None = None
    image_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """LINE's RichMenuResponse."""
        d = self.definition
        return {
            "richMenuId": self.rich_menu_id,
            "size": d["size"],
            "selected": d.get("selected", False),
            "name": d["name"],
            "chatBarText": d["chatBarText"],
            "areas": d["areas"],
        }


class RichMenus:
    """The channel's rich menus (held by the Channel, under its lock)."""

    def __init__(self, channel):
        self.channel = channel

    def default(self) -> RichMenu | None:
        with self.channel.lock:
            menu_id = self.channel.default_rich_menu_id
            return self.channel.rich_menus.get(menu_id) if menu_id else None

    # --- the Messaging API -----------------------------------------------------------------
    def handle(self, api, request: Request) -> Response | None:
        """The answer to a rich menu request; None when the path is not one of them."""
        from local.line_emulator.messaging_api import LineError

        path, method = request.path, request.method
        channel = self.channel
        if path == "/v2/bot/richmenu" and method == "POST":
            definition = self._checked(api, request)
            menu_id = "richmenu-" + os.urandom(16).hex()
            with channel.lock:
                channel.rich_menus[menu_id] = RichMenu(menu_id, definition)
            return api._ok({"richMenuId": menu_id})
        if path == "/v2/bot/richmenu/validate" and method == "POST":
            self._checked(api, request)
            return api._ok({})
        if path == "/v2/bot/richmenu/list" and method == "GET":
            with channel.lock:
                menus = [m.to_dict() for m in channel.rich_menus.values()]
            return api._ok({"richmenus": menus})
        if path == "/v2/bot/user/all/richmenu":
            if method == "GET":
                default = self.default()
                if default is None:
                    raise LineError(404, "no default richmenu")
                return api._ok({"richMenuId": default.rich_menu_id})
            if method == "DELETE":
                with channel.lock:
                    channel.default_rich_menu_id = None
                return api._ok({})
        match = _DEFAULT.match(path)
        if match and method == "POST":
            with channel.lock:
                found = self._menu(match["id"])
                if found.image is None:
                    raise LineError(400, "must upload richmenu image before applying it to user")
                channel.default_rich_menu_id = found.rich_menu_id
            return api._ok({})
        match = _CONTENT.match(path)
        if match and method == "POST":
            return self._upload(api, request, match["id"])
        if match and method == "GET":
            found = self._menu(match["id"])
            if found.image is None:
                raise LineError(404, "Not found")
            headers = {
                "Content-Type": found.image_type or "image/png",
                "x-line-request-id": str(uuid.uuid4()),
            }
            return Response(200, headers, found.image)
        match = _MENU.match(path)
        if match and method == "GET":
            return api._ok(self._menu(match["id"]).to_dict())
        if match and method == "DELETE":
            with channel.lock:
                self._menu(match["id"])
                del channel.rich_menus[match["id"]]
                if channel.default_rich_menu_id == match["id"]:
                    channel.default_rich_menu_id = None
            return api._ok({})
        return None

    def _menu(self, rich_menu_id: str) -> RichMenu:
        from local.line_emulator.messaging_api import LineError

        with self.channel.lock:
            found = self.channel.rich_menus.get(rich_menu_id)
        if found is None:
            raise LineError(404, "Not found")
        return found

    def _checked(self, api, request: Request) -> dict[str, Any]:
        from local.line_emulator.messaging_api import LineError, _validated

        body = api._body(request)
        _validated("RichMenuRequest", body)
        problems = definition_problems(body)
        if problems:
            details = [{"message": message, "property": prop} for prop, message in problems]
            raise LineError(400, f"The request body has {len(details)} error(s)", details)
        return body

    def _upload(self, api, request: Request, rich_menu_id: str) -> Response:
        from local.line_emulator.messaging_api import LineError

        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type not in IMAGE_TYPES:
            raise LineError(415, "Unsupported media type")
        data = request.body
        if not data:
            raise LineError(400, "The image is empty")
        if len(data) > MAX_IMAGE_BYTES:
            raise LineError(400, f"The image is larger than {MAX_IMAGE_BYTES} bytes")
        size = image_size(data)
        if size is None or size[0] != IMAGE_TYPES[content_type]:
            raise LineError(400, f"The image is not a valid {IMAGE_TYPES[content_type].upper()} image")
        with self.channel.lock:
            found = self._menu(rich_menu_id)
            wanted = found.definition["size"]
            if size[1:] != (wanted["width"], wanted["height"]):
                raise LineError(
                    400,
                    f"The image is {size[1]}x{size[2]}; the rich menu is {wanted['width']}x{wanted['height']}",
                )
            if found.image is not None:
                raise LineError(400, "An image has already been uploaded to the richmenu")
            found.image, found.image_type = data, content_type
        return api._ok({})


def definition_problems(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(property, message) for each of LINE's rules the body breaks beyond the model's shape."""
    problems = []
    for required in ("size", "selected", "name", "chatBarText", "areas"):
        if body.get(required) is None:
            problems.append((required, "must be specified"))
    if problems:
        return problems
    width, height = body["size"].get("width"), body["size"].get("height")
    if not isinstance(width, int) or not 800 <= width <= 2500:
        problems.append(("size.width", "must be between 800 and 2500"))
    if not isinstance(height, int) or height < 250:
        problems.append(("size.height", "must be 250 or more"))
    if not problems and width / height < 1.45:
        problems.append(("size", "width / height must be 1.45 or more"))
    areas = body["areas"]
    if not 1 <= len(areas) <= MAX_AREAS:
        problems.append(("areas", f"size must be between 1 and {MAX_AREAS}"))
    for i, area in enumerate(areas):
        bounds, action = area.get("bounds"), area.get("action")
        if not bounds:
            problems.append((f"areas[{i}].bounds", "must be specified"))
        elif isinstance(width, int) and isinstance(height, int):
            x, y = bounds.get("x", 0), bounds.get("y", 0)
            if x + bounds.get("width", 0) > width or y + bounds.get("height", 0) > height:
                problems.append((f"areas[{i}].bounds", "must be inside the rich menu"))
        if not action:
            problems.append((f"areas[{i}].action", "must be specified"))
        elif action.get("type") == "message" and not action.get("text"):
            problems.append((f"areas[{i}].action.text", "must be specified"))
    return problems


def image_size(data: bytes) -> tuple[str, int, int] | None:
    """("png"|"jpeg", width, height) read from the file's header; None for anything else."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return "png", width, height
    if data[:2] == b"\xff\xd8":  # JPEG: walk the markers to the frame header (SOFn)
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker = data[i + 1]
            length = struct.unpack(">H", data[i + 2 : i + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return "jpeg", width, height
            i += 2 + length
    return None
