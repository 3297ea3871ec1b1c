"""Webhook deliveries racing as concurrent Lambda instances do: each in its own process
(tests.support.lambda_pool), released at once, sharing only moto's DynamoDB server and the LINE
emulator. The customer's conditional write lets one answer move the conversation on; the other is
re-read and taken as the next turn; the same event delivered to several instances at once is
handled once (Idempotency)."""

from __future__ import annotations

import pytest

from linecrm.dal import customers, history
from linecrm.domain import bot_texts as t
from local.line_emulator import webhook_events as ev
from tests.support.lambda_pool import post_webhook
from tests.support.line_webhook import Customer, texts

RACERS = 6

pytestmark = pytest.mark.xdist_group("lambda_pool")  # one worker starts the shared pool


def test_two_answers_at_once_move_the_conversation_one_step_each(lambdas, line):
    taro = Customer(line, "U" + "7" * 32)
    taro.follow()
    answers = [
        ev.text(taro.user_id, "男性", reply_token=taro._token()),
        ev.text(taro.user_id, "女性", reply_token=taro._token()),
    ]
    results = lambdas.race([([a],) for a in answers], call=post_webhook)
    assert [status for status, _ in results] == [200, 200]
    item = customers.get(taro.user_id)
    # One answer was the gender; the other then arrived while the age was asked: re-asked.
    assert item.state == "awaiting_age" and item.gender in ("male", "female")
    inbound = sorted(e.text for e in history.list_for(taro.user_id) if e.kind == "inbound")
    assert inbound == ["女性", "男性"]
    assert len([e for e in history.list_for(taro.user_id) if e.kind == "profile"]) == 1


def test_the_same_event_delivered_to_every_instance_at_once_is_handled_once(lambdas, line):
    hanako = Customer(line, "U" + "8" * 32)
    follow = ev.follow(hanako.user_id, reply_token=hanako._token())
    results = lambdas.race([([ev.redelivery(follow)],) for _ in range(RACERS)], call=post_webhook)
    assert all(status in (200, 500) for status, _ in results), results
    assert customers.get(hanako.user_id).state == "awaiting_gender"
    greetings = [m for m in texts(line.sent_to(hanako.user_id)) if m.startswith(t.GREETING)]
    assert len(greetings) == 1
    assert [e.kind for e in history.list_for(hanako.user_id)].count("follow") == 1


def test_customers_registering_at_once_each_end_registered(lambdas, line):
    people = [Customer(line, f"U{n:032x}") for n in range(RACERS)]
    for person in people:
        person.follow()
        person.say("女性")
    results = lambdas.race(
        [([ev.text(p.user_id, str(20 + n), reply_token=p._token())],) for n, p in enumerate(people)],
        call=post_webhook,
    )
    assert [status for status, _ in results] == [200] * RACERS
    assert [customers.get(p.user_id).age for p in people] == [20 + n for n in range(RACERS)]


def test_the_same_post_of_several_events_delivered_to_every_instance_at_once_is_handled_once(lambdas, line):
    """A POST of several events puts their "in progress" records in one transaction before handling
    them (functions/webhook's claim): of the instances racing with the same POST, one claims each
    event; the others find it taken and handle nothing twice."""
    people = [Customer(line, f"U9{n:031x}") for n in range(5)]
    follows = [ev.follow(p.user_id, reply_token=p._token()) for p in people]
    results = lambdas.race([([ev.redelivery(f) for f in follows],) for _ in range(RACERS)], call=post_webhook)
    assert all(status in (200, 500) for status, _ in results), results
    for person in people:
        assert customers.get(person.user_id).state == "awaiting_gender"
        greetings = [m for m in texts(line.sent_to(person.user_id)) if m.startswith(t.GREETING)]
        assert len(greetings) == 1, person.user_id
        assert [e.kind for e in history.list_for(person.user_id)].count("follow") == 1
