"""Two webhook deliveries for the same customer racing (two Lambda instances): the customer's
conditional write lets one answer move the conversation on; the other is re-read and taken as
the next turn, never applied on top of a stale read."""

from __future__ import annotations

import threading

import pytest

from linecrm.dal import customers, history
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import Customer, post


@pytest.mark.usefixtures("moto_server")
def test_two_answers_at_once_move_the_conversation_one_step_each(line_emulator):
    taro = Customer(line_emulator, "U" + "7" * 32)
    taro.follow()
    answers = [
        ev.text(taro.user_id, "男性", reply_token=taro._token()),
        ev.text(taro.user_id, "女性", reply_token=taro._token()),
    ]
    statuses: list[int] = []
    start = threading.Barrier(len(answers))

    def deliver(event: dict) -> None:
        start.wait()
        statuses.append(post([event])[0])

    threads = [threading.Thread(target=deliver, args=(a,)) for a in answers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert statuses == [200, 200]
    item = customers.get(taro.user_id)
    # One answer was the gender; the other then arrived while the age was asked: re-asked.
    assert item["state"] == "awaiting_age" and item["gender"] in ("male", "female")
    assert sorted(e["text"] for e in history.list_for(taro.user_id) if e["kind"] == "inbound") == [
        "女性",
        "男性",
    ]
    profile = [e for e in history.list_for(taro.user_id) if e["kind"] == "profile"]
    assert len(profile) == 1
