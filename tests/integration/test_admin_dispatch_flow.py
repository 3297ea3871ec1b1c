"""The seed's flow end to end: staff schedule a coupon message for a group through the API, the real
dispatcher sends it at its time through the LINE emulator, and the API shows the outcome."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linecrm.jst import JST, now_utc, today_jst
from linecrm.logic import dispatch
from linecrm.logic.coupons import use_coupon
from tests.integration.admin_support import put_customer
from tests.support.admin_api import call, group

pytestmark = pytest.mark.usefixtures("aws", "line_emulator", "admin_token_mode")


def test_a_scheduled_coupon_reaches_the_group_at_its_time_and_the_api_shows_the_counts(line_emulator):
    today = today_jst()
    put_customer("Uman30", "male", 30, declared_on=today)
    put_customer("Uman45", "male", 45, declared_on=today)
    put_customer("Uwoman30", "female", 30, declared_on=today)
    _, men = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    send_at = (now_utc() + timedelta(hours=2)).astimezone(JST).replace(microsecond=0)
    status, created = call(
        "POST",
        "/api/messages",
        {
            "target": {"type": "group", "group_id": men["group_id"]},
            "send_at": send_at.isoformat(),
            "messages": [
                {"type": "text", "text": "和牛フェアのお知らせ"},
                {
                    "type": "coupon_card",
                    "title": "カルビ10%オフ",
                    "code": "KARUBI10",
                    "expires_at": "2099-12-31",
                },
            ],
        },
    )
    assert status == 201 and created["recipient_count"] == 2

    dispatch.run(clock=lambda: send_at - timedelta(minutes=1))  # not yet
    assert line_emulator.sent_to("Uman30") == []

    dispatch.run(clock=lambda: send_at + timedelta(minutes=1))

    received = line_emulator.sent_to("Uman30")
    assert [m["type"] for m in received] == ["text", "flex"]
    button = received[1]["contents"]["footer"]["contents"][0]["action"]
    assert button["data"] == f"action=use_coupon&coupon_id={created['message_id']}-1"
    assert line_emulator.sent_to("Uwoman30") == []

    _, shown = call("GET", f"/api/messages/{created['message_id']}")
    assert (shown["status"], shown["recipient_count"], shown["request_count"]) == ("sent", 2, 1)
    assert [c["uses"] for c in shown["coupons"]] == [0]

    use_coupon("Uman30", button["data"], now_utc())
    use_coupon("Uman30", button["data"], now_utc())  # a second tap is not a second use
    use_coupon("Uman45", button["data"], now_utc())
    _, shown = call("GET", f"/api/messages/{created['message_id']}")
    assert [c["uses"] for c in shown["coupons"]] == [2]
    assert call("POST", f"/api/messages/{created['message_id']}/cancel")[0] == 409
