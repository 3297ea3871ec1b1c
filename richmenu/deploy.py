"""Creates the rich menu on the channel through the Messaging API (line-bot-sdk v3) and makes it
the default menu of every friend.

Idempotent: a menu of the same name (menu.NAME) that already has this definition and this very
image is reused (only made the default again); otherwise a new menu is created, its image
uploaded and made the default, and only then are the older menus of that name deleted, so
customers never see the chat without a menu. A run that failed half-way leaves at most an unused
menu of that name, which the next run deletes.

LINE serves the image upload and download on another host (api-data.line.me) than the rest of
the API (api.line.me); line-bot-sdk's MessagingApiBlob knows it. Pointed at one base URL (the
local emulator), both clients use that one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from richmenu import menu

LINE_API = "https://api.line.me"
LINE_DATA_API = "https://api-data.line.me"
TIMEOUT = (5.0, 30.0)  # (connect, read) seconds per call: an upload of up to 1 MB included


class DeployError(RuntimeError):
    pass


@dataclass
class Result:
    rich_menu_id: str
    reused: bool
    deleted: list[str] = field(default_factory=list)
    endpoint: str = LINE_API

    def summary(self) -> str:
        how = "reused (already identical)" if self.reused else "created, image uploaded"
        deleted = f"; deleted the older {', '.join(self.deleted)}" if self.deleted else ""
        return f"rich menu {menu.NAME!r}: {self.rich_menu_id} {how}, set as the default at {self.endpoint}{deleted}"


def data_endpoint_for(endpoint: str) -> str:
    """Where images go: LINE's data host for LINE's API, the same base URL for anything else."""
    return LINE_DATA_API if endpoint.rstrip("/") == LINE_API else endpoint


def create_from_environment(endpoint: str | None = None, data_endpoint: str | None = None) -> Result:
    """The command: endpoints from the arguments or the environment, the token read as the
    functions read it (linecrm.secrets: the secret LINE_SECRET_NAME, else LINE_CHANNEL_ACCESS_TOKEN)."""
    from linecrm import secrets
    from linecrm.settings import table_environment

    # The settings object wants the table names the functions get; this command reads no table.
    for name, value in table_environment().items():
        os.environ.setdefault(name, value)
    from linecrm.settings import get_settings

    settings = get_settings()
    if settings.line_secret_name:  # as in AWS: the secret, refused while it holds the placeholder
        try:
            token = secrets.channel_access_token()
        except secrets.SecretNotSet as error:
            raise DeployError(str(error)) from None
        except Exception as error:  # no credentials, no such secret, a malformed value…
            raise DeployError(
                f"cannot read the secret {settings.line_secret_name}: {type(error).__name__}: {error}"
            ) from None
    elif settings.line_channel_access_token is not None:  # the channel secret is not needed here
        token = settings.line_channel_access_token.get_secret_value()
    else:
        raise DeployError(
            "no channel access token: set LINE_SECRET_NAME (the stack's secret, with AWS credentials) "
            "or LINE_CHANNEL_ACCESS_TOKEN"
        )
    endpoint = endpoint or settings.line_api_base_url
    data_endpoint = data_endpoint or os.environ.get("LINE_DATA_API_BASE_URL") or data_endpoint_for(endpoint)
    return create(endpoint, data_endpoint, token)


def create(endpoint: str, data_endpoint: str, token: str, name: str = menu.NAME) -> Result:
    """Make the menu `name` (menu.request) with the committed image the default menu at `endpoint`."""
    import urllib3
    from linebot.v3.messaging import (
        ApiClient,
        Configuration,
        MessagingApi,
        MessagingApiBlob,
        RichMenuRequest,
    )
    from linebot.v3.messaging.exceptions import ApiException

    timeout = TIMEOUT
    wanted = menu.request(name)
    image = menu.IMAGE.read_bytes()
    with (
        ApiClient(Configuration(host=endpoint.rstrip("/"), access_token=token)) as api_client,
        ApiClient(Configuration(host=data_endpoint.rstrip("/"), access_token=token)) as data_client,
    ):
        api, blob = MessagingApi(api_client), MessagingApiBlob(data_client)
        try:
            same_name = [
                m for m in api.get_rich_menu_list(_request_timeout=timeout).richmenus if m.name == name
            ]
            reusable = next(
                (
                    m
                    for m in same_name
                    if _definition(m.to_dict()) == _definition(wanted)
                    and _image_of(blob, m.rich_menu_id, timeout) == image
                ),
                None,
            )
            if reusable is not None:
                api.set_default_rich_menu(reusable.rich_menu_id, _request_timeout=timeout)
                menu_id, reused = reusable.rich_menu_id, True
            else:
                menu_id = api.create_rich_menu(
                    RichMenuRequest.from_dict(wanted), _request_timeout=timeout
                ).rich_menu_id
                blob.set_rich_menu_image(
                    menu_id, image, _headers={"Content-Type": "image/png"}, _request_timeout=timeout
                )
                api.set_default_rich_menu(menu_id, _request_timeout=timeout)
                reused = False
            older = [m.rich_menu_id for m in same_name if m.rich_menu_id != menu_id]
            for old in older:
                api.delete_rich_menu(old, _request_timeout=timeout)
        except ApiException as error:
            raise DeployError(
                f"LINE answered {error.status} {error.reason}: {(error.body or '')[:300]}"
            ) from None
        except (urllib3.exceptions.HTTPError, OSError) as error:
            raise DeployError(f"no answer from {endpoint}: {type(error).__name__}: {error}") from None
    return Result(menu_id, reused, older, endpoint)


def _definition(rich_menu: dict[str, Any]) -> dict[str, Any]:
    """What makes two menus the same for a customer (the id left out)."""
    keys = ("size", "selected", "name", "chatBarText", "areas")
    return {k: rich_menu.get(k) for k in keys}


def _image_of(blob: Any, rich_menu_id: str, timeout: Any) -> bytes | None:
    from linebot.v3.messaging.exceptions import ApiException

    try:
        return bytes(blob.get_rich_menu_image(rich_menu_id, _request_timeout=timeout))
    except ApiException:  # no image uploaded (a run that failed half-way)
        return None
