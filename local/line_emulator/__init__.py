"""A LINE platform on a laptop: the Messaging API the product calls, simulated customers, and a chat
page that sends signed webhooks to the product.

    emu = LineEmulator(channel_access_token="…", channel_secret="…", webhook_url=None)
    emu.start(host="127.0.0.1", port=0)     # own server (tests); or mount `emu.handle` in another
    emu.url                                 # the bot's LINE_API_BASE_URL
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from local.line_emulator.channel import Channel, Customer
from local.line_emulator.chat_api import ChatApi
from local.line_emulator.messaging_api import MessagingApi
from local.line_emulator.webhook_sender import WebhookSender
from local.web import Request, Response, json_response, make_server, serve_in_thread

STATIC = Path(__file__).parent / "static"
_CONTENT_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}

__all__ = ["LineEmulator", "ReceivedRequest", "Customer"]


@dataclass(frozen=True)
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: dict | None
    status: int


class LineEmulator:
    def __init__(
        self,
        channel_access_token: str = "test-access-token",
        channel_secret: str = "test-channel-secret",
        webhook_url: str | None = None,
        multicast_rate_per_second: float = 200,
    ):
        self.channel_access_token = channel_access_token
        self.channel_secret = channel_secret
        self.channel = Channel(multicast_rate_per_second=multicast_rate_per_second)
        self.api = MessagingApi(self.channel, channel_access_token)
        self.sender = WebhookSender(channel_secret, webhook_url)
        self.chat_api = ChatApi(self.channel, self.sender)
        self.received: list[ReceivedRequest] = []
        self._received_lock = threading.Lock()
        self._server = None
        self.url: str | None = None

    # --- HTTP ----------------------------------------------------------------------------
    def handle(self, request: Request) -> Response | None:
        """The emulator's answer to a request under /v2/bot/ or /emulator/; None for other paths."""
        if request.path.startswith("/v2/bot/"):
            response = self.api.handle(request)
            self._remember(request, response)
            return response
        if request.path.startswith("/emulator/api/"):
            return self.chat_api.handle(request)
        if request.path == "/emulator":
            return Response(302, {"Location": "/emulator/"})
        if request.path.startswith("/emulator/"):
            return _static(request.path.removeprefix("/emulator/") or "index.html")
        return None

    def _remember(self, request: Request, response: Response) -> None:
        try:
            body = request.json()
        except ValueError:
            body = None
        entry = ReceivedRequest(request.method, request.path, dict(request.headers), body, response.status)
        with self._received_lock:
            self.received.append(entry)

    def start(self, host: str = "127.0.0.1", port: int = 0) -> LineEmulator:
        def app(request: Request) -> Response:
            return self.handle(request) or json_response(404, {"message": "Not found"})

        self._server = make_server(app, host, port)
        serve_in_thread(self._server)
        bound_host, bound_port = self._server.server_address[:2]
        self.url = f"http://{bound_host}:{bound_port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # --- the contract's conveniences ------------------------------------------------------
    @property
    def webhook_url(self) -> str | None:
        return self.sender.webhook_url

    @webhook_url.setter
    def webhook_url(self, value: str | None) -> None:
        self.sender.webhook_url = value

    def sent_to(self, user_id: str) -> list[dict[str, Any]]:
        return self.channel.sent_to(user_id)

    def issue_reply_token(self, user_id: str) -> str:
        return self.channel.issue_reply_token(user_id)

    def set_faults(self, share: float, statuses=(429, 500), seed: int | None = None) -> None:
        self.channel.set_faults(share, statuses, seed)

    def set_quota(self, limit: int | None) -> None:
        self.channel.set_quota(limit)

    def set_multicast_rate(self, per_second: float) -> None:
        self.channel.set_multicast_rate(per_second)

    def add_customer(self, user_id: str, display_name: str | None = None) -> Customer:
        customer = self.channel.add_customer(user_id, display_name)
        customer.friend = True
        return customer

    def block(self, user_id: str) -> None:
        self.channel.block(user_id)

    def unblock(self, user_id: str) -> None:
        self.channel.unblock(user_id)

    @property
    def consumption(self) -> int:
        return self.channel.consumption

    def requests_to(self, path: str) -> list[ReceivedRequest]:
        with self._received_lock:
            return [r for r in self.received if r.path == path]


def _static(name: str) -> Response:
    path = (STATIC / name).resolve()
    if STATIC.resolve() not in path.parents or not path.is_file():
        return json_response(404, {"message": "Not found"})
    content_type = _CONTENT_TYPES.get(path.suffix, "application/octet-stream")
    return Response(
        200,
        {"Content-Type": f"{content_type}; charset=utf-8", "Cache-Control": "no-cache"},
        path.read_bytes(),
    )
