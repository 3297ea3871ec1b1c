"""logic.dispatch on in-memory ports (tests/support/memory_dispatch.py) and a LINE that delivers a
retry key once: a due message goes once to each member of its group with its outcome recorded, a
second run sends nothing again, a dispatcher that dies after LINE accepted is resumed without a
second delivery, and a lease held by another dispatcher is respected until it expires. No moto:
the real adapters are tested in tests/integration/test_dispatch*.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from linecrm.dal.deliveries import planned_item
from linecrm.dal.messages import due_shard
from linecrm.domain import statistics
from linecrm.jst import iso_utc, today_jst
from linecrm.logic import dispatch, groups
from tests.support.memory_dispatch import MemoryMessaging, memory_dispatch_ports

pytestmark = pytest.mark.usefixtures("no_aws")

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
MEMBERS = ["U1", "U2", "U3"]
LEASE = timedelta(minutes=5)
OPTIONS = dispatch.DispatchOptions(batch_size=2, lease=LEASE, rate_per_second=1000, concurrency=2)


class Crash(BaseException):
    """A dispatcher dying (no `except Exception` in the code can swallow it)."""


class NoInsight:
    """The dispatcher's insight client: only a target `all` asks it, these tests never do."""

    def get_number_of_followers(self, **_):
        raise AssertionError("no friend count for a group target")


@pytest.fixture
def ports():
    ports = memory_dispatch_ports()
    people = {
        "U1": ("male", "1990-05-01", True),
        "U2": ("male", "1985-01-01", True),
        "U3": ("male", "1980-07-07", True),
        "Uold": ("male", "1950-01-01", True),  # out of the group's age range
        "Uwoman": ("female", "1990-01-01", True),
        "Unew": ("male", "1990-01-01", False),  # not registered: in no group
    }
    for user_id, (gender, born, registered) in people.items():
        ports.customers.save(
            user_id, None, {"gender": gender, "birth_date": born, "registered": registered}, NOW
        )
    group = groups.create(
        {"name": "男性 20〜49歳", "gender": "male", "age_min": 20, "age_max": 49}, "山田", ports=ports
    )
    ports.message_dispatch.put(
        {
            "message_id": "m1",
            "status": "scheduled",
            "pending": due_shard("m1"),
            "target": {"type": "group", "group_id": group.group_id},
            "send_at": iso_utc(NOW - timedelta(minutes=1)),
            "line_messages_json": json.dumps([{"type": "text", "text": "こんにちは"}], ensure_ascii=False),
            "version": 1,
        }
    )
    return ports


def run(ports, line, at=NOW, **options):
    return dispatch.run(
        "d1",
        clock=lambda: at,
        api=line,
        insight=NoInsight(),
        sleep=lambda _: None,
        ports=ports,
        options=OPTIONS,
        **options,
    )


def received(line):
    return {u: line.texts_to(u) for u in [*MEMBERS, "Uold", "Uwoman", "Unew"]}


def test_a_due_message_goes_once_to_each_member_and_its_outcome_is_recorded(ports):
    line = MemoryMessaging()

    summary = run(ports, line)

    assert [(m["message_id"], m["result"]) for m in summary["messages"]] == [("m1", "sent")]
    assert received(line) == {
        "U1": ["こんにちは"],
        "U2": ["こんにちは"],
        "U3": ["こんにちは"],
        "Uold": [],
        "Uwoman": [],
        "Unew": [],
    }
    assert len(line.requests) == 2  # 3 members, 2 a batch
    stored = ports.message_dispatch.get("m1")
    assert (stored.status, stored.recipient_count, stored.sent_count, stored.failed_count) == (
        "sent",
        3,
        3,
        0,
    )
    assert "pending" not in ports.message_dispatch.items["m1"]  # out of the due index
    assert not stored.unsettled  # settled
    month = statistics.month_key(today_jst(NOW))
    assert ports.stats.read([month]) == {month: {"messages": 3}}
    assert summary["settle"] == {"settled": ["m1"], "left": []}
    for user_id in MEMBERS:  # each recipient's timeline shows the message once
        assert [e["message_id"] for e in ports.history.entries if e["user_id"] == user_id] == ["m1"]
    batches = ports.deliveries.plan("m1", 2)
    assert [(b.state, b.user_ids, b.recorded) for b in batches] == [("accepted", None, True)] * 2


def test_a_second_run_sends_nothing_again(ports):
    line = MemoryMessaging()
    run(ports, line)
    sent, stored = list(line.requests), ports.message_dispatch.get("m1")

    summary = run(ports, line, NOW + timedelta(minutes=10))

    assert (summary["due"], summary["messages"]) == (0, [])
    assert line.requests == sent
    assert ports.message_dispatch.get("m1") == stored
    assert all(texts == ["こんにちは"] for u, texts in received(line).items() if u in MEMBERS)


def test_a_dispatcher_that_dies_after_line_accepted_is_resumed_without_a_second_delivery(ports):
    line = MemoryMessaging()

    def die_before_recording(step):
        if step == "line_answered":
            raise Crash(step)

    with pytest.raises(Crash):
        run(ports, line, checkpoint=die_before_recording)
    accepted = list(line.requests)  # one batch (or both: two threads) accepted by LINE, no receipt
    assert accepted and ports.message_dispatch.get("m1").status == "sending"

    run(ports, line, NOW + LEASE + timedelta(seconds=1))  # the lease expired: the next run takes over

    resent = line.requests[len(accepted) :]
    assert sorted(set(resent) & set(accepted)) == sorted(accepted)  # the same retry keys: LINE said 409
    assert len(set(line.requests)) == 2
    assert all(len(line.texts_to(u)) == 1 for u in MEMBERS)
    stored = ports.message_dispatch.get("m1")
    assert (stored.status, stored.sent_count, stored.claim_epoch) == ("sent", 3, 2)


def test_a_lease_held_by_another_dispatcher_is_respected_until_it_expires(ports):
    line = MemoryMessaging()
    other = ports.message_dispatch.claim("m1", "d0", iso_utc(NOW), iso_utc(NOW + LEASE))

    summary = run(ports, line)

    assert summary["messages"] == [{"message_id": "m1", "result": "claimed_elsewhere"}]
    assert line.requests == []
    held = ports.message_dispatch.get("m1")
    assert (held.claimed_by, held.claim_epoch) == ("d0", other.claim_epoch)
    # the other dispatcher died: once its lease is over, this one takes the message and sends it
    run(ports, line, NOW + LEASE + timedelta(seconds=1))
    assert all(line.texts_to(u) == ["こんにちは"] for u in MEMBERS)
    # and the first claim's writes are refused from then on: its epoch is stale
    assert not ports.message_dispatch.extend_lease("m1", "d0", other.claim_epoch, iso_utc(NOW))


def test_a_stale_claim_can_neither_write_a_plan_nor_commit_one(ports):
    store, ledger = ports.message_dispatch, ports.deliveries
    first = store.claim("m1", "d1", iso_utc(NOW), iso_utc(NOW + LEASE))
    later = NOW + LEASE + timedelta(seconds=1)
    second = store.claim("m1", "d1", iso_utc(later), iso_utc(later + LEASE))  # same id, a retried invocation
    assert (first.claim_epoch, second.claim_epoch) == (1, 2)

    def batch(epoch, ids):
        return planned_item("m1", epoch, "00000", ids, f"key-{epoch}")

    assert ledger.write_batches([batch(2, ["U1"])])
    assert not ledger.write_batches([batch(1, ["U2"])])  # a batch of a newer claim is never overwritten
    assert not store.mark_planned("m1", "d1", 1, 1, 1)
    assert store.mark_planned("m1", "d1", 2, 1, 1)
    assert not store.mark_planned("m1", "d1", 2, 1, 1)  # a committed plan is never replaced
    assert ledger.planned_ids("m1", 1) == {"U1"}
