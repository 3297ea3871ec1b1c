"""`local.line_emulator.webhook_events` builds what LINE sends: line-bot-sdk's own validator
accepts its signatures and its parser reads every event it builds as the right model."""

from __future__ import annotations

import json

from linebot.v3.webhook import SignatureValidator, WebhookParser
from linebot.v3.webhooks import (
    FollowEvent,
    GroupSource,
    ImageMessageContent,
    MessageEvent,
    PostbackEvent,
    StickerMessageContent,
    TextMessageContent,
    UnfollowEvent,
)

from local.line_emulator import webhook_events as ev

SECRET = "contract-secret"


def test_signed_requests_pass_the_sdks_signature_check_and_fail_with_another_secret():
    body, headers = ev.signed_request([ev.text("U1", "３３さい")], SECRET)
    assert SignatureValidator(SECRET).validate(body.decode(), headers["X-Line-Signature"])
    assert not SignatureValidator("other").validate(body.decode(), headers["X-Line-Signature"])


def test_every_builder_parses_as_the_sdks_model_for_it():
    events = [
        ev.follow("U1", is_unblocked=True),
        ev.unfollow("U1"),
        ev.text("U1", "男性"),
        ev.sticker("U1"),
        ev.image("U1"),
        ev.postback("U1", "action=use_coupon&coupon_id=m-0"),
        ev.text("U1", "hi", source=ev.group_source("G1", "U1")),
    ]
    body, headers = ev.signed_request(events, SECRET)
    parsed = WebhookParser(SECRET).parse(body.decode(), headers["X-Line-Signature"])
    assert [type(e) for e in parsed] == [
        FollowEvent,
        UnfollowEvent,
        MessageEvent,
        MessageEvent,
        MessageEvent,
        PostbackEvent,
        MessageEvent,
    ]
    assert parsed[0].follow.is_unblocked is True
    assert isinstance(parsed[2].message, TextMessageContent) and parsed[2].message.text == "男性"
    assert isinstance(parsed[3].message, StickerMessageContent)
    assert isinstance(parsed[4].message, ImageMessageContent)
    assert parsed[5].postback.data == "action=use_coupon&coupon_id=m-0"
    assert isinstance(parsed[6].source, GroupSource)


def test_each_event_has_its_own_id_and_a_redelivery_keeps_it():
    first, second = ev.text("U1", "a"), ev.text("U1", "a")
    assert first["webhookEventId"] != second["webhookEventId"] and len(first["webhookEventId"]) == 26
    again = ev.redelivery(first)
    assert again["webhookEventId"] == first["webhookEventId"]
    assert (
        again["deliveryContext"] == {"isRedelivery": True}
        and first["deliveryContext"]["isRedelivery"] is False
    )


def test_an_empty_envelope_is_lines_verify_request():
    assert json.loads(ev.envelope([])) == {"destination": ev.DEFAULT_DESTINATION, "events": []}
