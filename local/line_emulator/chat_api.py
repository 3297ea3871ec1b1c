"""The chat page's JSON API under /emulator/api/ (also used by `local.play_customer` and tests).

GET  /emulator/api/customers                      simulated customers
POST /emulator/api/customers                      {"display_name"?, "count"?, "follow"?} → 201
GET  /emulator/api/customers/{id}/messages        what the bot sent that user, in order (?since=seq)
GET  /emulator/api/customers/{id}/chat            both sides of the chat (?since=seq)
POST /emulator/api/customers/{id}/follow|block|unblock
POST /emulator/api/customers/{id}/text            {"text"}
POST /emulator/api/customers/{id}/postback        {"data", "label"?}
POST /emulator/api/customers/{id}/sticker
POST /emulator/api/events                         {"events": [{"user_id", "type", "text"|"data"}]}:
                                                   several events in one webhook POST
POST /emulator/api/redeliver                      the last webhook's events again (isRedelivery)
GET  /emulator/api/webhooks                       the webhook deliveries and their answers
GET|PUT /emulator/api/settings                    fault drills, multicast rate, quota, webhook URL
GET  /emulator/api/richmenu                       the default rich menu ({"rich_menu": null} if none)
GET  /emulator/api/richmenus/{id}/image           its image
"""

from __future__ import annotations

import re
from typing import Any

from local.line_emulator import webhook_events
from local.line_emulator.channel import Channel
from local.line_emulator.rich_menus import RichMenus
from local.line_emulator.webhook_sender import WebhookSender
from local.web import Request, Response, json_response

_MENU_IMAGE = re.compile(r"^/emulator/api/richmenus/(?P<id>[^/]+)/image$")
_CUSTOMER = re.compile(r"^/emulator/api/customers/(?P<user_id>[^/]+)/(?P<action>[a-z]+)$")
MAX_BULK = 1000
MAX_EVENTS_PER_POST = 20
EVENT_TYPES = ("follow", "unblock", "block", "text", "postback", "sticker")


class BadRequest(Exception):
    pass


class ChatApi:
    def __init__(self, channel: Channel, sender: WebhookSender):
        self.channel, self.sender = channel, sender

    def handle(self, request: Request) -> Response:
        try:
            return self._route(request)
        except BadRequest as error:
            return json_response(400, {"message": str(error)})
        except KeyError as error:
            return json_response(404, {"message": f"unknown customer {error}"})

    def _route(self, request: Request) -> Response:
        path, method = request.path.rstrip("/"), request.method
        if path == "/emulator/api/customers":
            if method == "POST":
                return self._create(_object(request))
            return json_response(200, {"customers": self._customers()})
        if path == "/emulator/api/events" and method == "POST":
            return self._events(_object(request))
        if path == "/emulator/api/redeliver" and method == "POST":
            return json_response(200, {"webhook": self.sender.redeliver_last()})
        if path == "/emulator/api/webhooks":
            return json_response(200, {"webhooks": list(self.sender.log)})
        if path == "/emulator/api/settings":
            if method == "PUT":
                self._configure(_object(request))
            return json_response(200, self.settings())
        if path == "/emulator/api/richmenu":
            return json_response(200, self._default_rich_menu())
        match = _MENU_IMAGE.match(path)
        if match:
            return self._rich_menu_image(match["id"])
        match = _CUSTOMER.match(path)
        if match:
            return self._customer_action(request, match["user_id"], match["action"])
        return json_response(404, {"message": f"no such emulator route: {method} {request.path}"})

    # --- customers -----------------------------------------------------------------------
    def _customers(self) -> list[dict[str, Any]]:
        with self.channel.lock:
            return [c.to_dict() for c in self.channel.customers.values()]

    def _create(self, body: dict[str, Any]) -> Response:
        count = body.get("count", 1)
        if not isinstance(count, int) or not 1 <= count <= MAX_BULK:
            raise BadRequest(f"count must be an integer from 1 to {MAX_BULK}")
        user_id = body.get("user_id")
        if user_id is not None and (not isinstance(user_id, str) or not user_id.startswith("U")):
            raise BadRequest("user_id must be a LINE user id (U…)")
        name = body.get("display_name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise BadRequest("display_name must be a non-empty string")
        created = []
        for i in range(count):
            display = (f"{name}{i + 1}" if count > 1 else name) if name else None
            created.append(self.channel.add_customer(user_id if count == 1 else None, display))
        webhooks = []
        if body.get("follow"):
            for start in range(0, len(created), MAX_EVENTS_PER_POST):
                chunk = created[start : start + MAX_EVENTS_PER_POST]
                webhooks.append(self._send([self._follow_event(c.user_id) for c in chunk]))
        return json_response(201, {"customers": [c.to_dict() for c in created], "webhooks": webhooks})

    def _customer_action(self, request: Request, user_id: str, action: str) -> Response:
        if user_id not in self.channel.customers:
            raise KeyError(user_id)
        try:
            since = int(request.query_value("since", "0") or 0)
        except ValueError:
            raise BadRequest("since must be an integer (a message seq)") from None
        if request.method == "GET" and action == "messages":
            entries = [e for e in self.channel.chat(user_id, since) if e["from"] == "bot"]
            last = entries[-1]["seq"] if entries else since
            return json_response(
                200, {"user_id": user_id, "messages": [e["message"] for e in entries], "last_seq": last}
            )
        if request.method == "GET" and action == "chat":
            customer = self.channel.customers[user_id].to_dict()
            return json_response(200, {"customer": customer, "entries": self.channel.chat(user_id, since)})
        if request.method != "POST":
            return json_response(405, {"message": "method not allowed"})
        if action == "token":  # for clients that send their own webhooks (local.play_customer)
            return json_response(201, {"reply_token": self.channel.issue_reply_token(user_id)})
        body = _object(request) if request.body else {}
        event = self._event_for(user_id, action, body)
        return json_response(200, {"webhook": self._send([event])})

    # --- events --------------------------------------------------------------------------
    def _follow_event(self, user_id: str) -> dict[str, Any]:
        customer = self.channel.customers[user_id]
        was_blocked = customer.blocked
        self.channel.unblock(user_id)
        self.channel.record(user_id, {"type": "follow"}, from_bot=False, via="follow")
        token = self.channel.issue_reply_token(user_id)
        return webhook_events.follow(user_id, reply_token=token, is_unblocked=was_blocked)

    def _event_for(self, user_id: str, action: str, body: dict[str, Any]) -> dict[str, Any]:
        channel = self.channel
        if action in ("follow", "unblock"):
            return self._follow_event(user_id)
        if action == "block":
            channel.block(user_id)
            channel.record(user_id, {"type": "unfollow"}, from_bot=False, via="unfollow")
            return webhook_events.unfollow(user_id)
        if channel.is_blocked(user_id):
            raise BadRequest("ブロック中は送信できません (this customer has blocked the account)")
        _check_content(action, body)
        token = channel.issue_reply_token(user_id)
        if action == "text":
            text = body["text"]
            channel.record(user_id, {"type": "text", "text": text}, from_bot=False, via="text")
            return webhook_events.text(user_id, text, reply_token=token)
        if action == "postback":
            data = body["data"]
            shown = {"type": "postback", "data": data, "label": body.get("label") or ""}
            channel.record(user_id, shown, from_bot=False, via="postback")
            return webhook_events.postback(user_id, data, reply_token=token)
        if action == "sticker":
            channel.record(user_id, {"type": "sticker"}, from_bot=False, via="sticker")
            return webhook_events.sticker(user_id, reply_token=token)
        raise BadRequest(f"unknown action {action!r}")

    def _events(self, body: dict[str, Any]) -> Response:
        specs = body.get("events")
        if not isinstance(specs, list) or not 1 <= len(specs) <= MAX_EVENTS_PER_POST:
            raise BadRequest(f"events must be a list of 1 to {MAX_EVENTS_PER_POST} events")
        for spec in specs:  # all checked before any of them changes the chat
            if not isinstance(spec, dict) or spec.get("user_id") not in self.channel.customers:
                raise BadRequest("each event needs the user_id of a simulated customer")
            if spec.get("type") not in EVENT_TYPES:
                raise BadRequest(f"event type must be one of {', '.join(EVENT_TYPES)}")
            _check_content(spec["type"], spec)
        events = [self._event_for(s["user_id"], s["type"], s) for s in specs]
        return json_response(200, {"webhook": self._send(events)})

    def _send(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        return self.sender.send(events)

    # --- the rich menu: what the chat page shows under the chat (tapping an area sends its text) --
    def _default_rich_menu(self) -> dict[str, Any]:
        found = RichMenus(self.channel).default()
        if found is None:
            return {"rich_menu": None}
        return {
            "rich_menu": found.to_dict(),
            "image_url": f"/emulator/api/richmenus/{found.rich_menu_id}/image",
        }

    def _rich_menu_image(self, rich_menu_id: str) -> Response:
        with self.channel.lock:
            found = self.channel.rich_menus.get(rich_menu_id)
        if found is None or found.image is None:
            return json_response(404, {"message": "no such rich menu image"})
        headers = {"Content-Type": found.image_type, "Cache-Control": "max-age=3600"}
        return Response(200, headers, found.image)

    # --- settings ------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        faults = self.channel.faults
        return {
            "fault_share": faults.share,
            "fault_statuses": list(faults.statuses),
            "multicast_rate_per_second": self.channel.multicast_rate_per_second,
            "quota_limit": self.channel.quota_limit,
            "quota_consumption": self.channel.consumption,
            "webhook_url": self.sender.webhook_url,
        }

    def _configure(self, body: dict[str, Any]) -> None:
        channel = self.channel
        if "fault_share" in body or "fault_statuses" in body:
            share = body.get("fault_share", channel.faults.share)
            statuses = body.get("fault_statuses", list(channel.faults.statuses))
            if not isinstance(share, int | float) or not 0 <= share <= 1:
                raise BadRequest("fault_share must be a number from 0 to 1")
            if not statuses or not all(isinstance(s, int) and 400 <= s <= 599 for s in statuses):
                raise BadRequest("fault_statuses must be a list of HTTP error statuses, e.g. [429, 500]")
            channel.set_faults(float(share), tuple(statuses))
        if "multicast_rate_per_second" in body:
            rate = body["multicast_rate_per_second"]
            if not isinstance(rate, int | float) or rate <= 0:
                raise BadRequest("multicast_rate_per_second must be a positive number")
            channel.set_multicast_rate(rate)
        if "quota_limit" in body:
            limit = body["quota_limit"]
            if limit is not None and (not isinstance(limit, int) or limit < 0):
                raise BadRequest("quota_limit must be a non-negative integer or null")
            channel.set_quota(limit)
        if "webhook_url" in body:
            self.sender.webhook_url = body["webhook_url"] or None


def _check_content(action: str, body: dict[str, Any]) -> None:
    text, data = body.get("text"), body.get("data")
    if action == "text" and (not isinstance(text, str) or not text.strip()):
        raise BadRequest("text must be a non-empty string")
    if action == "postback" and (not isinstance(data, str) or not data):
        raise BadRequest("data must be a non-empty string")


def _object(request: Request) -> dict[str, Any]:
    try:
        body = request.json()
    except ValueError:
        raise BadRequest("the body must be JSON") from None
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    return body
