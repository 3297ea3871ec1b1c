"""Logs carry a hashed user id (observability.user_ref), never the LINE user id itself nor what a
customer wrote, whatever the event (an APPI habit: logs are kept and read more widely than tables)."""

from __future__ import annotations

import pytest

from linecrm.observability import user_ref
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import Customer, post

pytestmark = pytest.mark.usefixtures("aws")

USER_ID = "U" + "7d3c" * 8
WRITTEN = ("男性", "三十三歳です", "明日19時に4名で予約できますか", "秘密のメモ")


def test_a_whole_conversation_logs_the_hashed_id_and_no_text(line_emulator, json_logs):
    taro = Customer(line_emulator, USER_ID)
    taro.follow()
    taro.say(WRITTEN[0])
    taro.say(WRITTEN[1])
    taro.say(WRITTEN[2])  # registered: a free message, kept for staff in the history only
    taro.sticker()
    without_id = ev.text(USER_ID, WRITTEN[3])
    del without_id["webhookEventId"]  # ignored by the handler, which logs that it did
    unparseable = ev.text(USER_ID, WRITTEN[3])
    del unparseable["message"]["id"]  # the SDK's model refuses it; its error would quote the text
    assert post([without_id, unparseable])[0] == 200

    logs = "\n".join(json_logs)
    assert user_ref(USER_ID) in logs  # customers can still be followed through the logs
    assert USER_ID not in logs
    for text in WRITTEN:
        assert text not in logs, text
