"""LINE's Messaging API endpoints the product uses, with LINE's semantics (shapes from LINE's
`messaging-api.yml`, `insight.yml`): reply, push, multicast, broadcast, quota, quota consumption,
profile, the insight figures the dispatcher reads (followers, message deliveries), and the rich
menus (local/line_emulator/rich_menus.py).

Request bodies are validated with line-bot-sdk's own request models (the same limits the SDK
knows: ≤ 5 messages, ≤ 500 ids, required fields); what LINE does beyond shapes (tokens, retry
keys, rate limits, blocked customers, quota) is written here by hand, since no library emulates it.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from local.line_emulator.channel import Channel
from local.web import Request, Response, json_response

AUTH_FAILED = "Authentication failed. Confirm that the access token in the authorization header is valid."
_PROFILE = re.compile(r"^/v2/bot/profile/(?P<user_id>[^/]+)$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
MAX_MULTICAST_IDS = 500
MAX_MESSAGES = 5


class LineError(Exception):
    def __init__(self, status: int, message: str, details: list[dict[str, str]] | None = None, **headers):
        super().__init__(message)
        self.status, self.message, self.details, self.headers = status, message, details, headers

    def response(self) -> Response:
        body: dict[str, Any] = {"message": self.message}
        if self.details:
            body["details"] = self.details
        return json_response(self.status, body, {"x-line-request-id": _request_id(), **self.headers})


def _request_id() -> str:
    return str(uuid.uuid4())


def _validated(model_name: str, body: Any, ids_property: str | None = None) -> dict[str, Any]:
    """The body checked against line-bot-sdk's request model; LINE's 400 shape otherwise.

    A list of user ids (`ids_property`, up to 500, its size checked by `_check_counts`) whose
    items are all strings is checked with its first id only: the model's only rule for an id is
    a strict string, so the answer is the same, without pydantic walking 500 ids (about half of
    the emulator's CPU per multicast). Any other list goes to the model whole, for its errors.
    """
    import linebot.v3.messaging as sdk

    if not isinstance(body, dict):
        raise LineError(400, "The request body has 1 error(s)", [{"message": "must be an object"}])
    checked = body
    ids = body.get(ids_property) if ids_property else None
    if isinstance(ids, list) and len(ids) > 1 and all(isinstance(u, str) for u in ids):
        checked = {**body, ids_property: ids[:1]}
    try:
        getattr(sdk, model_name).from_dict(checked)
    except Exception as error:  # pydantic.v1 ValidationError or the SDK's ValueError
        details = []
        for e in getattr(error, "errors", lambda: [])() or [{"loc": (), "msg": str(error)}]:
            details.append({"message": e["msg"], "property": ".".join(str(p) for p in e["loc"])})
        raise LineError(400, f"The request body has {len(details)} error(s)", details) from None
    return body


def _check_counts(body: dict[str, Any], ids_property: str | None) -> None:
    # Checked before the SDK model so the error names the property as LINE does.
    messages = body.get("messages")
    if isinstance(messages, list) and not 1 <= len(messages) <= MAX_MESSAGES:
        raise LineError(
            400,
            "The request body has 1 error(s)",
            [{"message": f"Size must be between 1 and {MAX_MESSAGES}", "property": "messages"}],
        )
    ids = body.get(ids_property) if ids_property else None
    if isinstance(ids, list) and not 1 <= len(ids) <= MAX_MULTICAST_IDS:
        raise LineError(
            400,
            "The request body has 1 error(s)",
            [{"message": f"Size must be between 1 and {MAX_MULTICAST_IDS}", "property": ids_property}],
        )


class MessagingApi:
    def __init__(self, channel: Channel, channel_access_token: str):
        from local.line_emulator.rich_menus import RichMenus

        self.channel = channel
        self.channel_access_token = channel_access_token
        self.rich_menus = RichMenus(channel)

    def handle(self, request: Request) -> Response:
        try:
            self._authenticate(request)
            fault = self.channel.faults.pick()
            if fault is not None:
                message = "Too Many Requests" if fault == 429 else "Internal Server Error (fault drill)"
                raise LineError(fault, message)
            return self._route(request)
        except LineError as error:
            return error.response()

    def _authenticate(self, request: Request) -> None:
        expected = f"Bearer {self.channel_access_token}"
        if request.headers.get("authorization") != expected:
            raise LineError(401, AUTH_FAILED)

    def _route(self, request: Request) -> Response:
        path, method = request.path, request.method
        if method == "POST" and path == "/v2/bot/message/reply":
            return self._reply(request)
        if method == "POST" and path == "/v2/bot/message/push":
            return self._send(request, "PushMessageRequest", "push")
        if method == "POST" and path == "/v2/bot/message/multicast":
            return self._send(request, "MulticastRequest", "multicast")
        if method == "POST" and path == "/v2/bot/message/broadcast":
            return self._send(request, "BroadcastRequest", "broadcast")
        if method == "GET" and path == "/v2/bot/message/quota":
            limit = self.channel.quota_limit
            body = {"type": "none"} if limit is None else {"type": "limited", "value": limit}
            return self._ok(body)
        if method == "GET" and path == "/v2/bot/message/quota/consumption":
            return self._ok({"totalUsage": self.channel.consumption})
        if method == "GET" and path == "/v2/bot/insight/followers":
            return self._ok(self.channel.followers_insight())
        if method == "GET" and path == "/v2/bot/insight/message/delivery":
            return self._deliveries_insight(request)
        if "/richmenu" in path:
            answer = self.rich_menus.handle(self, request)
            if answer is not None:
                return answer
        if method == "POST" and path == "/v2/bot/chat/loading/start":
            return self._ok({}, status=202)
        match = _PROFILE.match(path)
        if method == "GET" and match:
            return self._profile(match["user_id"])
        raise LineError(404, "Not found")

    def _ok(self, body: dict[str, Any], status: int = 200, request_id: str | None = None) -> Response:
        return json_response(status, body, {"x-line-request-id": request_id or _request_id()})

    def _body(self, request: Request) -> Any:
        try:
            return request.json()
        except ValueError:
            raise LineError(400, "The request body has 1 error(s)", [{"message": "invalid JSON"}]) from None

    def _reply(self, request: Request) -> Response:
        body = self._body(request)
        if isinstance(body, dict):
            _check_counts(body, None)
        _validated("ReplyMessageRequest", body)
        user_id = self.channel.use_reply_token(body["replyToken"])
        if user_id is None:
            raise LineError(400, "Invalid reply token")
        delivered = self.channel.deliver([user_id], body["messages"], "reply")
        return self._ok({"sentMessages": [_sent(e) for e in delivered]})

    def _send(self, request: Request, model: str, kind: str) -> Response:
        retry_key = request.headers.get("x-line-retry-key")
        if retry_key is not None and not _UUID.match(retry_key):
            raise LineError(400, "The value of the X-Line-Retry-Key header is invalid")
        body = self._body(request)
        ids_property = "to" if kind == "multicast" else None
        if isinstance(body, dict):
            _check_counts(body, ids_property)
        _validated(model, body, ids_property)
        channel = self.channel
        with channel.lock:  # a retry key is settled once, even when two requests race with it
            if retry_key is not None:
                accepted = channel.accepted_request_id(retry_key)
                if accepted is not None:
                    raise LineError(
                        409, "The retry key is already accepted", **{"x-line-accepted-request-id": accepted}
                    )
            response = self._deliver(kind, body, request.received_at)
            if retry_key is not None and response.status < 300:
                channel.accept_retry_key(retry_key, response.headers["x-line-request-id"])
            return response

    def _deliver(self, kind: str, body: dict[str, Any], received_at: float) -> Response:
        # The rate windows count requests when they arrive, as LINE's servers would, not when
        # this process gets round to them: under load its threads wait for the CPU in turn and
        # would see a steady 195 requests a second as bursts over 200.
        channel = self.channel
        if kind == "multicast" and not channel.multicast_window.allow(received_at):
            raise LineError(429, "Too Many Requests")
        if kind == "broadcast" and not channel.broadcast_window.allow(received_at):
            raise LineError(429, "Too Many Requests")
        if kind == "push":
            # As LINE: a push to a customer who blocked the account answers 200 and delivers nothing
            # (the profile API's 404 is how a bot tells).
            recipients = [body["to"]]
        elif kind == "multicast":
            recipients = list(dict.fromkeys(body["to"]))
        else:
            recipients = channel.following_ids()
        reachable = [u for u in recipients if not channel.is_blocked(u)]
        if not channel.consume(len(reachable)):
            raise LineError(429, "You have reached your monthly limit.")
        delivered = channel.deliver(reachable, body["messages"], kind)
        if kind == "push":
            sent = [_sent(e) for e in delivered] or [
                {"id": channel.next_message_id()} for _ in body["messages"]
            ]
            return self._ok({"sentMessages": sent})
        return self._ok({})

    def _deliveries_insight(self, request: Request) -> Response:
        day = request.query_value("date") or ""
        if not re.fullmatch(r"\d{8}", day):
            raise LineError(
                400, "The request parameter has 1 error(s)", [{"message": "yyyyMMdd", "property": "date"}]
            )
        return self._ok(self.channel.deliveries_insight(day))

    def _profile(self, user_id: str) -> Response:
        customer = self.channel.customers.get(user_id)
        if customer is None or customer.blocked:
            raise LineError(404, "Not found")
        body = {"displayName": customer.display_name, "userId": user_id, "language": "ja"}
        if customer.picture_url:
            body["pictureUrl"] = customer.picture_url
        return self._ok(body)


def _sent(entry) -> dict[str, Any]:
    sent = {"id": entry.id}
    if entry.message.get("type") == "text":
        sent["quoteToken"] = entry.id + "q"
    return sent
