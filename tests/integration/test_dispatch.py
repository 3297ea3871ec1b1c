"""The dispatcher against moto and the LINE emulator: who receives a message, how many requests,
LINE's answers (409, 429, 500, 400), quota, the 24-hour retry-key window."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linecrm import line_api
from linecrm.dal import deliveries
from linecrm.dal.dynamo import table
from linecrm.domain.delivery import RetryPolicy
from linecrm.logic import dispatch
from tests.integration.dispatch_support import (
    NOW,
    Crash,
    crash_at,
    customer,
    deliveries_of,
    everyone,
    message,
    multicasts,
    put_group,
    put_message,
    seed_customers,
)

FAST_RETRY = RetryPolicy(max_attempts=30, base_seconds=0.005, max_seconds=0.05)


def at(moment):
    return lambda: moment


@pytest.fixture
def world(aws, line_emulator):
    return line_emulator


def test_1201_matching_customers_get_exactly_three_requests_and_nobody_else(world):
    matching = [customer(f"Um{i:05d}", "male", 30 + i % 10) for i in range(1201)]
    excluded = [
        customer("Ublocked", "male", 35, blocked=True),
        customer("Uunregistered", registered=False),
        customer("Utoo_young", "male", 29),
        customer("Utoo_old", "male", 40),
        customer("Ufemale", "female", 35),
    ]
    seed_customers(matching + excluded)
    put_group("g30s", "male", 30, 39)
    put_message("m1", {"type": "group", "group_id": "g30s"}, "30代男性へ")

    summary = dispatch.run(clock=at(NOW))

    requests = multicasts(world)
    assert len(requests) == 3 and all(r.status == 200 for r in requests)
    sent_ids = [u for r in requests for u in r.body["to"]]
    assert all(len(r.body["to"]) <= 500 for r in requests)
    assert sorted(sent_ids) == sorted(c["user_id"] for c in matching)  # each id once, nobody else
    assert len({r.headers["x-line-retry-key"] for r in requests}) == 3
    assert not any(world.sent_to(c["user_id"]) for c in excluded)
    stored = message("m1")
    assert stored["status"] == "sent" and "pending" not in stored
    assert (stored["recipient_count"], stored["request_count"], stored["sent_count"]) == (1201, 3, 1201)
    assert summary["messages"][0]["result"] == "sent" and summary["requests"] == 3


def test_ages_are_taken_on_the_day_of_sending(world):
    seed_customers([customer("U39", "female", 39)])  # declared 39 on NOW's day
    put_group("g30s", "female", 30, 39)
    put_message("m1", {"type": "group", "group_id": "g30s"}, send_at=NOW + timedelta(days=366))

    dispatch.run(clock=at(NOW + timedelta(days=366)))  # a year on, 40: no longer in the group

    assert multicasts(world) == [] and message("m1")["recipient_count"] == 0


def test_all_friends_is_one_broadcast_with_a_retry_key_that_reaches_every_friend_of_line(world):
    seed_customers([customer("Ua"), customer("Ub", registered=False), customer("Uc", blocked=True)])
    for user_id in ("Ua", "Ub", "Ubefore_webhook"):  # a friend since before the webhook: unknown here
        world.add_customer(user_id)
    world.block("Uc")
    put_message("m1", {"type": "all"}, "全員へ")

    summary = dispatch.run(clock=at(NOW))

    broadcasts = world.requests_to("/v2/bot/message/broadcast")
    assert len(broadcasts) == 1 and broadcasts[0].status == 200 and multicasts(world) == []
    assert broadcasts[0].headers["x-line-retry-key"]
    delivered = deliveries_of(world, ["Ua", "Ub", "Uc", "Ubefore_webhook"], "全員へ")
    assert delivered == {"Ua": 1, "Ub": 1, "Uc": 0, "Ubefore_webhook": 1}
    stored = message("m1")
    assert (stored["status"], stored["request_count"], stored["sent_count"]) == ("sent", 1, 3)
    assert (stored["recipient_count"], stored["recipient_count_source"]) == (3, "line_followers")
    assert summary["requests"] == 1


def test_a_broadcast_whose_answer_was_lost_is_resent_with_its_key_and_counted_once(world):
    for user_id in ("Ua", "Ub"):
        world.add_customer(user_id)
    put_message("m1", {"type": "all"}, "一度だけ")

    with pytest.raises(Crash):  # LINE accepted the broadcast; the dispatcher died before recording it
        dispatch.run(clock=at(NOW), checkpoint=crash_at("line_answered"))
    dispatch.run(clock=at(NOW + timedelta(minutes=10)))

    statuses = [r.status for r in world.requests_to("/v2/bot/message/broadcast")]
    assert statuses == [200, 409]
    assert deliveries_of(world, ["Ua", "Ub"], "一度だけ") == {"Ua": 1, "Ub": 1}
    assert message("m1")["status"] == "sent" and message("m1")["sent_count"] == 2


def test_without_lines_friend_count_a_broadcast_counts_the_friends_the_database_knows(world):
    seed_customers([customer("Ua"), customer("Ub", registered=False), customer("Uc", blocked=True)])
    world.add_customer("Ua")
    world.channel.insight_status = "unready"  # LINE has not computed yesterday's figures yet
    put_message("m1", {"type": "all"}, "全員へ")

    dispatch.run(clock=at(NOW))

    stored = message("m1")
    assert (stored["status"], stored["recipient_count"], stored["recipient_count_source"]) == (
        "sent",
        2,
        "known_friends",
    )
    assert len(world.requests_to("/v2/bot/message/broadcast")) == 1


def test_a_tag_reaches_tagged_followers_only(world):
    from linecrm.dal import customer_tags

    seed_customers([customer("Ua"), customer("Ub", blocked=True), customer("Uc")])
    for user_id in ("Ua", "Ub", "Unever_seen"):
        customer_tags.tag("vip", user_id, "staff", "2026-11-26T00:00:00Z")
    put_message("m1", {"type": "tag", "tag": "vip"}, "VIPへ")

    dispatch.run(clock=at(NOW))

    assert [r.body["to"] for r in multicasts(world)] == [["Ua"]]


def test_a_message_to_a_deleted_group_fails_with_a_reason_and_sends_nothing(world):
    seed_customers([customer("Ua")])
    put_message("m1", {"type": "group", "group_id": "gone"})

    dispatch.run(clock=at(NOW))

    stored = message("m1")
    assert stored["status"] == "failed" and "gone" in stored["reasons"][0] and "pending" not in stored
    assert multicasts(world) == []


def test_a_message_not_yet_due_is_left_alone(world):
    seed_customers([customer("Ua")])
    put_message("m1", everyone(), send_at=NOW + timedelta(hours=1))

    assert dispatch.run(clock=at(NOW))["due"] == 0
    assert multicasts(world) == [] and message("m1")["status"] == "scheduled"


def test_a_message_postponed_between_the_due_query_and_the_claim_is_not_sent(world, monkeypatch):
    from linecrm.dal import message_dispatch

    seed_customers([customer("Ua")])
    put_message("m1", everyone())
    found_due = message_dispatch.due

    def due_then_postponed(now_iso):
        found = found_due(now_iso)
        table("messages_table").update_item(  # staff move it to tomorrow meanwhile (still scheduled)
            Key={"message_id": "m1"},
            UpdateExpression="SET send_at = :later",
            ExpressionAttributeValues={":later": "2026-11-27T05:00:00.000000Z"},
        )
        return found

    monkeypatch.setattr(message_dispatch, "due", due_then_postponed)
    summary = dispatch.run(clock=at(NOW))

    assert summary["messages"] == [{"message_id": "m1", "result": "claimed_elsewhere"}]
    assert multicasts(world) == [] and message("m1")["status"] == "scheduled"


def test_30_percent_of_requests_answered_429_or_500_all_delivered_once(world):
    ids = [f"U{i:04d}" for i in range(230)]
    seed_customers([customer(u) for u in ids])
    put_message("m1", everyone(), "障害に強く")
    world.set_faults(0.3, seed=7)
    options = dispatch.DispatchOptions(batch_size=10, retry=FAST_RETRY)

    for minute in range(0, 60, 6):  # a run that gives a batch up leaves it to the next one
        dispatch.run(clock=at(NOW + timedelta(minutes=minute)), options=options)
        if message("m1")["status"] == "sent":
            break

    assert message("m1")["status"] == "sent"
    assert {r.status for r in world.received} >= {429, 500}
    assert set(deliveries_of(world, ids, "障害に強く").values()) == {1}
    assert len({tuple(r.body["to"]) for r in multicasts(world)}) == 23


def test_not_enough_quota_holds_the_message_and_sends_nothing(world):
    seed_customers([customer(f"U{i}") for i in range(11)])
    put_message("m1", everyone())
    world.set_quota(10)

    summary = dispatch.run(clock=at(NOW))

    assert multicasts(world) == []
    stored = message("m1")
    assert stored["status"] == "held" and "pending" not in stored
    assert "11人" in stored["reasons"][0] and "残り 10通" in stored["reasons"][0]
    assert summary["messages"][0]["result"] == "held"
    assert table("deliveries_table").scan()["Items"] == []  # the batches written, never sent: gone


class ConsumptionNotYetUpdated:
    """The real SDK client, except that LINE's usage figure lags: it still says nothing was sent."""

    def __init__(self, api):
        self.api = api

    def __getattr__(self, name):
        return getattr(self.api, name)

    def get_message_quota_consumption(self, **kwargs):
        from linebot.v3.messaging import QuotaConsumptionResponse

        return QuotaConsumptionResponse(totalUsage=0)


def test_two_messages_that_fit_the_quota_alone_but_not_together_send_one_and_hold_the_other(world):
    seed_customers([customer(f"U{i}") for i in range(6)])
    put_message("m1", everyone(), "ひとつめ")
    put_message("m2", everyone(), "ふたつめ")
    world.set_quota(10)

    dispatch.run(clock=at(NOW), api=ConsumptionNotYetUpdated(line_api.messaging_api()))

    statuses = sorted(message(m)["status"] for m in ("m1", "m2"))
    assert statuses == ["held", "sent"]
    assert len(multicasts(world)) == 1


class BadKeyForOneBatch:
    """The real SDK client, except that the batch holding `user_id` goes out with a malformed
    retry key, which LINE refuses with 400."""

    def __init__(self, api, user_id):
        self.api, self.user_id = api, user_id

    def __getattr__(self, name):
        return getattr(self.api, name)

    def multicast_with_http_info(self, request, x_line_retry_key, **kwargs):
        if self.user_id in request.to:
            x_line_retry_key = "not-a-uuid"
        return self.api.multicast_with_http_info(request, x_line_retry_key=x_line_retry_key, **kwargs)


def test_a_batch_refused_with_400_fails_with_lines_reason_and_the_others_go_on(world):
    from linecrm import line_api

    ids = [f"U{i:02d}" for i in range(25)]
    seed_customers([customer(u) for u in ids])
    put_message("m1", everyone(), "一部失敗")

    dispatch.run(
        clock=at(NOW),
        api=BadKeyForOneBatch(line_api.messaging_api(), "U12"),
        options=dispatch.DispatchOptions(batch_size=10),
    )

    stored = message("m1")
    assert (stored["status"], stored["sent_count"], stored["failed_count"]) == ("partially_failed", 15, 10)
    assert "X-Line-Retry-Key" in stored["reasons"][0]
    assert deliveries_of(world, ids, "一部失敗")["U12"] == 0
    assert sum(deliveries_of(world, ids, "一部失敗").values()) == 15


def test_batches_unconfirmed_24_hours_after_sending_began_are_not_resent_and_flag_the_message(world):
    ids = [f"U{i:02d}" for i in range(25)]
    seed_customers([customer(u) for u in ids])
    put_message("m1", everyone(), "24時間")
    options = dispatch.DispatchOptions(batch_size=10)

    with pytest.raises(Crash):  # dies as sending begins: LINE may or may not have got the batches
        dispatch.run(clock=at(NOW), checkpoint=crash_at("send_started"), options=options)
    dispatch.run(clock=at(NOW + timedelta(hours=25)), options=options)  # retry keys forgotten by now

    assert multicasts(world) == []
    stored = message("m1")
    assert (stored["status"], stored["needs_attention"], stored["failed_count"]) == ("failed", True, 25)
    assert "24時間" in stored["reasons"][0] and "pending" not in stored
    batches = deliveries.plan("m1", 3)
    assert [b.state for b in batches] == ["unconfirmed"] * 3


def test_a_resumed_message_within_24_hours_is_resent_with_the_same_keys(world):
    ids = [f"U{i:02d}" for i in range(25)]
    seed_customers([customer(u) for u in ids])
    put_message("m1", everyone(), "再送")
    options = dispatch.DispatchOptions(batch_size=10, concurrency=1)

    with pytest.raises(Crash):  # LINE accepted the first batch; the dispatcher died before recording it
        dispatch.run(clock=at(NOW), checkpoint=crash_at("line_answered"), options=options)
    dispatch.run(clock=at(NOW + timedelta(hours=23)), options=options)

    requests = multicasts(world)
    accepted = [r.headers["x-line-retry-key"] for r in requests if r.status == 200]
    repeated = [r.headers["x-line-retry-key"] for r in requests if r.status == 409]
    assert len(accepted) == len(set(accepted)) == 3  # each batch accepted once
    assert repeated and set(repeated) <= set(accepted)  # the unrecorded ones, resent with their key
    assert set(deliveries_of(world, ids, "再送").values()) == {1}
    assert message("m1")["status"] == "sent"


def test_a_message_being_sent_by_a_live_dispatcher_is_not_taken_over(world):
    seed_customers([customer("Ua")])
    put_message("m1", everyone())
    with pytest.raises(Crash):
        dispatch.run(clock=at(NOW), checkpoint=crash_at("claimed"))

    summary = dispatch.run(clock=at(NOW + timedelta(minutes=1)))  # lease (5 min) still running

    assert summary["messages"] == [{"message_id": "m1", "result": "claimed_elsewhere"}]
    assert multicasts(world) == []


def test_the_handler_answers_with_a_json_summary_and_emits_metrics(world, capsys):
    import json

    from functions.dispatcher.handler import handler
    from linecrm.observability import metrics
    from local.apigw import LambdaContext

    seed_customers([customer("Ua"), customer("Ub")])
    put_message("m1", everyone(), send_at=NOW - timedelta(days=1))
    put_message("m2", everyone(), send_at=NOW - timedelta(days=1))
    world.set_quota(3)  # m1 or m2 goes out (2 of 3), the other is held (2 > 1 left)
    metrics.clear_metrics()  # what earlier tests (which call the logic, not the handler) left

    summary = handler({"source": "aws.events"}, LambdaContext("dispatcher"))

    assert sorted(m["result"] for m in json.loads(json.dumps(summary))["messages"]) == ["held", "sent"]
    emf = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith('{"_aws"')]
    assert emf and emf[-1]["RecipientsSent"] == [2.0] and emf[-1]["MessagesHeld"] == [1.0]
