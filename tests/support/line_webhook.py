"""Drive the real webhook handler as LINE would: signed API Gateway proxy events, reply tokens
issued by the LINE emulator, and replies read back from what the emulator received."""

from __future__ import annotations

import base64
import json
from typing import Any

from local.apigw import LambdaContext, proxy_event, response_parts
from local.line_emulator import webhook_events as ev
from tests.support.line_channel import CHANNEL_SECRET as SECRET


class Customer:
    """One simulated LINE user talking to the bot through the real handler."""

    def __init__(self, emulator: Any, user_id: str, display_name: str | None = None):
        self.emulator, self.user_id = emulator, user_id
        emulator.add_customer(user_id, display_name)
        self.last_event: dict | None = None
        self.last_status: int | None = None

    def _token(self) -> str:
        return self.emulator.issue_reply_token(self.user_id)

    def send(self, event: dict) -> list[dict]:
        """POST one event; the messages the bot replied with (as the emulator delivered them)."""
        before = len(self.emulator.sent_to(self.user_id))
        self.last_event = event
        self.last_status, _ = post([event])
        return self.emulator.sent_to(self.user_id)[before:]

    def follow(self, **kw: Any) -> list[dict]:
        self.emulator.unblock(self.user_id)
        return self.send(ev.follow(self.user_id, reply_token=self._token(), **kw))

    def unfollow(self) -> list[dict]:
        self.emulator.block(self.user_id)
        return self.send(ev.unfollow(self.user_id))

    def say(self, text: str, **kw: Any) -> list[dict]:
        return self.send(ev.text(self.user_id, text, reply_token=self._token(), **kw))

    def sticker(self) -> list[dict]:
        return self.send(ev.sticker(self.user_id, reply_token=self._token()))

    def image(self) -> list[dict]:
        return self.send(ev.image(self.user_id, reply_token=self._token()))


def invoke(event: dict) -> tuple[int, dict]:
    from functions.webhook.handler import handler

    status, _, body = response_parts(handler(event, LambdaContext("webhook")))
    return status, (json.loads(body) if body else {})


def post(
    events: list[dict], secret: str = SECRET, headers: dict | None = None, as_base64: bool = False
) -> tuple[int, dict]:
    body, signed = ev.signed_request(events, secret)
    request = proxy_event("POST", "/webhook", {**signed, **(headers or {})}, body)
    if as_base64:
        request["body"], request["isBase64Encoded"] = base64.b64encode(body).decode(), True
    return invoke(request)


def texts(messages: list[dict]) -> list[str]:
    return [m.get("text", "") for m in messages]


def quick_replies(message: dict) -> list[str]:
    return [i["action"]["text"] for i in (message.get("quickReply") or {}).get("items", [])]
