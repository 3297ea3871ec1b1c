"""logic.conversation on in-memory ports (tests/support/memory.py): follow → gender → age →
registered, a re-ask on an answer it cannot read, a block; each turn stored with one conditional
write, recorded on the timeline and answered. No moto: the real adapters (DynamoDB, the LINE
emulator) are tested in tests/integration/test_webhook_onboarding.py."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from linecrm.domain import bot_texts as t
from linecrm.logic import conversation
from local.line_emulator import webhook_events as ev
from tests.support.memory import memory_ports

pytestmark = pytest.mark.usefixtures("no_aws")

USER = "U" + "a" * 32
NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


@pytest.fixture
def ports():
    return memory_ports()


def turn(ports, event: dict) -> dict:
    return conversation.handle_event(event, now=NOW, ports=ports)


def test_a_new_friend_is_greeted_asked_and_registered_after_two_answers(ports):
    assert turn(ports, ev.follow(USER))["outcome"] == "greeted"
    customer = ports.customers.get(USER)
    assert customer.state == "awaiting_gender" and ports.customers.items[USER]["friendship"] == "following"
    assert customer.display_name == "テスト太郎"  # the profile, read after the reply
    assert t.ASK_GENDER in "\n".join(ports.line.last_texts())

    turn(ports, ev.text(USER, "男性"))
    assert ports.customers.get(USER).state == "awaiting_age"
    assert ports.line.last_texts()[-1].endswith(t.ASK_AGE)

    assert turn(ports, ev.text(USER, "33"))["outcome"] == "age_answered"
    customer = ports.customers.get(USER)
    assert (customer.state, customer.registered, customer.age) == ("registered", True, 33)
    assert ports.customers.items[USER]["registered_gender"] == "male"  # in the profile index from now on
    assert ports.line.last_texts() == [t.THANKS]
    assert ports.history.kinds(USER) == [
        *("follow", "reply"),
        *("inbound", "profile", "reply"),  # 男性
        *("inbound", "profile", "reply"),  # 33
    ]
    assert ports.customers.committed_with, "the statistics counters go with the change"


def test_an_answer_it_cannot_read_is_asked_again_and_changes_nothing(ports):
    turn(ports, ev.follow(USER))
    turn(ports, ev.text(USER, "女性"))
    before = ports.customers.get(USER)

    turn(ports, ev.text(USER, "ひみつ"))

    after = ports.customers.get(USER)
    assert after.state == "awaiting_age" and after.age is None
    assert replace(after, unread=False) == replace(before, unread=False)
    assert ports.line.last_texts() == [f"{t.REASK_AGE}\n{t.ASK_AGE}"]


def test_a_block_keeps_the_customer_out_of_the_profile_index_and_records_it(ports):
    for event in (ev.follow(USER), ev.text(USER, "男性"), ev.text(USER, "40")):
        turn(ports, event)
    replies = len(ports.line.replies)

    assert turn(ports, ev.unfollow(USER))["outcome"] == "blocked"

    item = ports.customers.items[USER]
    assert ports.customers.get(USER).blocked is True
    assert "registered_gender" not in item and "friendship" not in item
    assert ports.history.kinds(USER)[-1] == "unfollow"
    assert len(ports.line.replies) == replies  # nothing to reply to


def test_a_turn_that_lost_a_race_reads_the_customer_again_and_is_applied_once(ports):
    turn(ports, ev.follow(USER))

    def staff_tags_the_customer(user_id: str) -> None:  # a guarded attribute changes meanwhile
        ports.customers.items[user_id] = {**ports.customers.items[user_id], "tags_version": 1}

    ports.customers.before_save = staff_tags_the_customer
    turn(ports, ev.text(USER, "男性"))

    customer = ports.customers.get(USER)
    assert customer.state == "awaiting_age" and customer.tags_version == 1
    assert ports.line.last_texts()[-1].endswith(t.ASK_AGE)


def test_the_same_event_delivered_twice_is_applied_once(ports):
    turn(ports, ev.follow(USER))
    answer = ev.text(USER, "男性")
    turn(ports, answer)
    replies = len(ports.line.replies)

    assert turn(ports, answer)["outcome"] == "already_applied"
    assert len(ports.line.replies) == replies
