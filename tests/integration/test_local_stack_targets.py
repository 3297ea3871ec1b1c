"""On the local stack (`python -m local`, a subprocess, moto and the LINE emulator), as staff and
customers use it: a tag target reaches exactly its tagged followers (multicast), and target `all`
reaches every friend of the emulated channel exactly once with one broadcast."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from local.subprocess_stack import RunningStack


@pytest.fixture(scope="module")
def stack():
    running = RunningStack("--seed", "30", env={"DISPATCH_INTERVAL_SECONDS": "3600"})
    yield running
    running.stop()


def texts_of(stack, user_id: str) -> list[str]:
    _, body = stack.call("GET", f"/emulator/api/customers/{user_id}/messages")
    return [m.get("text") for m in json.loads(body)["messages"]]


def schedule(stack, target: dict, text: str, send_at: datetime) -> str:
    status, created = stack.admin(
        "POST",
        "/api/messages",
        {"target": target, "send_at": send_at.isoformat(), "messages": [{"type": "text", "text": text}]},
    )
    assert status == 201, created
    return created["message_id"]


def test_a_tag_and_a_broadcast_each_reach_exactly_the_right_people(stack):
    status, body = stack.call(
        "POST", "/emulator/api/customers", {"display_name": "常連", "count": 3, "follow": True}
    )
    assert status == 201
    regular, blocked, untagged = [c["user_id"] for c in json.loads(body)["customers"]]
    for user_id in (regular, blocked):
        assert stack.admin("PUT", f"/api/customers/{user_id}/tags/vip")[0] == 200
    assert stack.call("POST", f"/emulator/api/customers/{blocked}/block")[0] == 200  # unfollow webhook
    send_at = (datetime.now(UTC) + timedelta(seconds=10)).replace(microsecond=0)
    to_tag = schedule(stack, {"type": "tag", "tag": "vip"}, "常連さまへ", send_at)
    to_all = schedule(stack, {"type": "all"}, "皆さまへ", send_at)
    time.sleep(max(0.0, (send_at - datetime.now(UTC)).total_seconds()) + 0.5)  # until both are due

    status, body = stack.call("POST", "/_local/dispatch")

    summary = json.loads(body)
    assert status == 200 and {m["message_id"] for m in summary["messages"]} == {to_tag, to_all}, summary
    assert [texts_of(stack, u).count("常連さまへ") for u in (regular, blocked, untagged)] == [1, 0, 0], (
        summary
    )
    _, body = stack.call("GET", "/emulator/api/customers")
    friends = json.loads(body)["customers"]
    received = {c["user_id"]: texts_of(stack, c["user_id"]).count("皆さまへ") for c in friends}
    assert {u: n for u, n in received.items() if n != (0 if c_blocked(friends, u) else 1)} == {}
    _, shown = stack.admin("GET", f"/api/messages/{to_all}")
    assert (shown["status"], shown["request_count"]) == ("sent", 1)
    assert shown["recipient_count"] == sum(1 for c in friends if c["friend"] and not c["blocked"])


def c_blocked(friends: list[dict], user_id: str) -> bool:
    return next(not c["friend"] or c["blocked"] for c in friends if c["user_id"] == user_id)
