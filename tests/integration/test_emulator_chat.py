"""The emulator's chat side sends webhooks to the product exactly as LINE does, and shows what the
bot answers. The product here is a small fake bot (signature checked with line-bot-sdk, replies sent
with the real SDK client), so these tests do not depend on the webhook handler."""

from __future__ import annotations

import json
import urllib.request

import pytest
from linebot.v3.messaging import (
    MessageAction,
    QuickReply,
    QuickReplyItem,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhook import SignatureValidator

from linecrm.line_api import messaging_api, request_timeout
from local.web import Request, Response, json_request, json_response, make_server, serve_in_thread


class FakeBot:
    """Checks X-Line-Signature, records every POST, answers each event with an echo reply."""

    def __init__(self, secret: str):
        self.validator = SignatureValidator(secret)
        self.posts: list[dict] = []
        self.server = make_server(self.app)
        serve_in_thread(self.server)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhook"

    def app(self, request: Request) -> Response:
        body = request.body.decode()
        if not self.validator.validate(body, request.headers.get("x-line-signature", "")):
            return json_response(401, {"message": "bad signature"})
        payload = json.loads(body)
        self.posts.append({"headers": request.headers, "payload": payload})
        for event in payload["events"]:
            if "replyToken" not in event or event["deliveryContext"]["isRedelivery"]:
                continue
            said = (
                event.get("message", {}).get("text") or event.get("postback", {}).get("data") or event["type"]
            )
            reply = TextMessage(
                text=f"受け取りました: {said}",
                quick_reply=QuickReply(
                    items=[QuickReplyItem(action=MessageAction(label="男性", text="男性"))]
                ),
            )
            messaging_api().reply_message(
                ReplyMessageRequest(reply_token=event["replyToken"], messages=[reply]),
                _request_timeout=request_timeout(),
            )
        return json_response(200, {})

    def events(self) -> list[dict]:
        return [e for post in self.posts for e in post["payload"]["events"]]


@pytest.fixture
def bot(line_emulator):
    fake = FakeBot(line_emulator.channel_secret)
    line_emulator.webhook_url = fake.url
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def call(emulator, method: str, path: str, body=None):
    return json_request(method, emulator.url + path, body)


def new_customer(emulator, name="山田花子", follow=True) -> str:
    status, body = call(emulator, "POST", "/emulator/api/customers", {"display_name": name, "follow": follow})
    assert status == 201
    return body["customers"][0]["user_id"]


def test_adding_the_account_sends_a_signed_follow_event_with_a_usable_reply_token(line_emulator, bot):
    user_id = new_customer(line_emulator)
    (post,) = bot.posts
    assert post["headers"]["user-agent"].startswith("LineBotWebhook/")
    (event,) = post["payload"]["events"]
    assert event["type"] == "follow" and event["source"] == {"type": "user", "userId": user_id}
    assert event["mode"] == "active" and event["deliveryContext"] == {"isRedelivery": False}
    assert len(event["webhookEventId"]) == 26 and event["timestamp"] > 0
    assert event["follow"] == {"isUnblocked": False}
    assert line_emulator.sent_to(user_id)[0]["text"] == "受け取りました: follow"


def test_typed_text_reaches_the_bot_and_its_reply_appears_in_the_chat(line_emulator, bot):
    user_id = new_customer(line_emulator)
    status, body = call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/text", {"text": "３３歳"})
    assert status == 200 and body["webhook"]["status"] == 200
    assert bot.events()[-1]["message"]["text"] == "３３歳"
    _, chat = call(line_emulator, "GET", f"/emulator/api/customers/{user_id}/chat")
    said = [(e["from"], e["message"].get("text")) for e in chat["entries"] if e["via"] != "follow"]
    assert said[-2:] == [("customer", "３３歳"), ("bot", "受け取りました: ３３歳")]
    assert chat["entries"][-1]["message"]["quickReply"]["items"][0]["action"]["text"] == "男性"


def test_messages_lists_only_what_the_bot_sent_in_order_and_since_a_sequence(line_emulator, bot):
    user_id = new_customer(line_emulator)
    call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/text", {"text": "一"})
    _, first = call(line_emulator, "GET", f"/emulator/api/customers/{user_id}/messages")
    call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/postback", {"data": "action=x"})
    _, later = call(
        line_emulator, "GET", f"/emulator/api/customers/{user_id}/messages?since={first['last_seq']}"
    )
    assert [m["text"] for m in first["messages"]] == ["受け取りました: follow", "受け取りました: 一"]
    assert [m["text"] for m in later["messages"]] == ["受け取りました: action=x"]


def test_block_sends_unfollow_and_the_blocked_customer_receives_nothing(line_emulator, bot):
    user_id = new_customer(line_emulator)
    call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/block")
    assert bot.events()[-1]["type"] == "unfollow" and "replyToken" not in bot.events()[-1]
    status, body = call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/text", {"text": "hi"})
    assert status == 400
    call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/unblock")
    assert bot.events()[-1]["follow"] == {"isUnblocked": True}


def test_several_events_go_in_one_post(line_emulator, bot):
    a, b = new_customer(line_emulator, "A"), new_customer(line_emulator, "B")
    status, _ = call(
        line_emulator,
        "POST",
        "/emulator/api/events",
        {
            "events": [
                {"user_id": a, "type": "text", "text": "男性"},
                {"user_id": b, "type": "text", "text": "女性"},
            ]
        },
    )
    assert status == 200
    assert [e["source"]["userId"] for e in bot.posts[-1]["payload"]["events"]] == [a, b]


def test_a_bad_event_in_a_batch_is_refused_before_any_of_them_enters_the_chat(line_emulator, bot):
    a, b = new_customer(line_emulator, "A"), new_customer(line_emulator, "B")
    posts_before = len(bot.posts)
    events = [{"user_id": a, "type": "text", "text": "男性"}, {"user_id": b, "type": "text", "text": ""}]
    status, body = call(line_emulator, "POST", "/emulator/api/events", {"events": events})
    assert status == 400 and "text" in body["message"]
    assert len(bot.posts) == posts_before
    assert "text" not in [e["via"] for e in line_emulator.channel.chat(a)]


def test_redelivery_resends_the_same_events_marked_as_redelivered(line_emulator, bot):
    user_id = new_customer(line_emulator)
    call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/text", {"text": "20"})
    original = bot.events()[-1]
    status, body = call(line_emulator, "POST", "/emulator/api/redeliver")
    again = bot.events()[-1]
    assert status == 200 and body["webhook"]["redelivery"] is True
    assert again["webhookEventId"] == original["webhookEventId"]
    assert again["deliveryContext"] == {"isRedelivery": True}


def test_many_customers_at_once_follow_in_batches_of_events(line_emulator, bot):
    status, body = call(
        line_emulator, "POST", "/emulator/api/customers", {"display_name": "客", "count": 25, "follow": True}
    )
    assert status == 201 and len(body["customers"]) == 25
    assert [len(p["payload"]["events"]) for p in bot.posts] == [20, 5]
    assert body["customers"][0]["display_name"] == "客1"


def test_a_webhook_that_fails_is_reported_not_hidden(line_emulator, bot):
    line_emulator.sender.channel_secret = "not-the-secret"
    user_id = line_emulator.channel.add_customer(None, "X").user_id
    status, body = call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/follow")
    assert status == 200 and body["webhook"]["status"] == 401
    _, log = call(line_emulator, "GET", "/emulator/api/webhooks")
    assert log["webhooks"][-1]["status"] == 401


def test_fault_drills_and_rates_are_set_through_the_settings_api(line_emulator):
    status, body = call(
        line_emulator,
        "PUT",
        "/emulator/api/settings",
        {"fault_share": 0.25, "fault_statuses": [500], "multicast_rate_per_second": 50, "quota_limit": 1000},
    )
    assert status == 200
    assert (body["fault_share"], body["fault_statuses"]) == (0.25, [500])
    assert (body["multicast_rate_per_second"], body["quota_limit"]) == (50, 1000)
    assert call(line_emulator, "PUT", "/emulator/api/settings", {"fault_share": 2})[0] == 400


def test_bad_input_to_the_chat_api_is_a_clear_400(line_emulator):
    assert call(line_emulator, "POST", "/emulator/api/customers", {"count": 0})[0] == 400
    user_id = new_customer(line_emulator, follow=False)
    status, body = call(line_emulator, "POST", f"/emulator/api/customers/{user_id}/text", {"text": ""})
    assert status == 400 and "text" in body["message"]
    assert call(line_emulator, "GET", "/emulator/api/customers/Unobody/chat")[0] == 404
    status, body = call(line_emulator, "GET", f"/emulator/api/customers/{user_id}/messages?since=x")
    assert status == 400 and "since" in body["message"]


def test_the_chat_page_and_its_scripts_are_served(line_emulator):
    for path in ("/emulator/", "/emulator/app.js", "/emulator/flex.js", "/emulator/style.css"):
        with urllib.request.urlopen(line_emulator.url + path, timeout=5) as response:
            assert response.status == 200 and response.read()
    assert call(line_emulator, "GET", "/emulator/../../etc/passwd")[0] == 404


def test_a_client_that_sends_its_own_webhooks_gets_a_reply_token_and_reads_the_replies(line_emulator):
    status, _ = call(line_emulator, "POST", "/emulator/api/customers", {"user_id": "Uterminal"})
    assert status == 201
    status, body = call(line_emulator, "POST", "/emulator/api/customers/Uterminal/token")
    assert status == 201
    messaging_api().reply_message(
        ReplyMessageRequest(reply_token=body["reply_token"], messages=[TextMessage(text="やあ")]),
        _request_timeout=request_timeout(),
    )
    _, read = call(line_emulator, "GET", "/emulator/api/customers/Uterminal/messages")
    assert read["messages"] == [{"type": "text", "text": "やあ"}]
