"""A seeded corpus of webhook requests for the robustness drill: LINE's event shapes mutated at
random (fields removed, values of the wrong type, huge, nested, half an emoji…) and correctly
signed; and requests that are not signed by the channel (no signature, another secret's, a body
changed after signing, garbage)."""

from __future__ import annotations

import base64
import copy
import json
import random
from collections.abc import Iterator
from typing import Any

from local.line_emulator import webhook_events as ev

ODD_VALUES: list[Any] = [
    None,
    "",
    0,
    -1,
    10**20,
    -(10**20),
    1e308,
    True,
    [],
    {},
    "x" * 10_000,
    "\ud800",
    "\U0001f969" * 50,
    json.loads("[" * 40 + "]" * 40),
    "U" + "f" * 5000,
    {"type": "user"},
    {"type": "text", "text": None},
    "action=use_coupon&coupon_id=" + "9" * 300,
    "action=use_coupon",
]


def base_events(rng: random.Random, user_id: str) -> list[dict[str, Any]]:
    return [
        ev.follow(user_id),
        ev.unfollow(user_id),
        ev.text(user_id, rng.choice(["男性", "女性", "33", "３３さい", "退会", "はい", "こんにちは"])),
        ev.sticker(user_id),
        ev.image(user_id),
        ev.postback(user_id, f"action=use_coupon&coupon_id=m{rng.randrange(9)}-0"),
        ev.text(user_id, "x", source=ev.group_source("G1", user_id)),
    ]


def _paths(value: Any, prefix: tuple = ()) -> Iterator[tuple]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from _paths(child, (*prefix, index))


def mutate(event: dict[str, Any], rng: random.Random) -> Any:
    """One to three random changes to a copy of `event` (or the event replaced by an odd value)."""
    if rng.random() < 0.03:
        return rng.choice(ODD_VALUES)
    event = copy.deepcopy(event)
    for _ in range(rng.randint(1, 3)):
        paths = [p for p in _paths(event) if p[-1] != "webhookEventId" or rng.random() < 0.2]
        if not paths:
            break
        path = rng.choice(paths)
        parent = event
        for step in path[:-1]:
            parent = parent[step]
        if rng.random() < 0.25 and isinstance(parent, dict):
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
    return event


def body_of(events: list[Any]) -> bytes:
    """The POST body, ASCII-escaped (so lone surrogates survive the trip)."""
    return json.dumps({"destination": ev.DEFAULT_DESTINATION, "events": events}).encode()


def signed_posts(count: int, secret: str, seed: int = 14) -> Iterator[tuple[bytes, dict[str, str], int]]:
    """(body, headers, number of events) of POSTs holding `count` mutated events in all."""
    rng = random.Random(seed)
    users = [f"U{n:032x}" for n in range(40)]
    made = 0
    while made < count:
        size = min(count - made, rng.choice([1, 1, 2, 5, 10]))
        events = [mutate(rng.choice(base_events(rng, rng.choice(users))), rng) for _ in range(size)]
        body = body_of(events)
        yield body, {"X-Line-Signature": ev.sign(body, secret), "Content-Type": "application/json"}, size
        made += size


def unsigned_requests(count: int, secret: str, seed: int = 15) -> Iterator[tuple[bytes, dict[str, str]]]:
    """(body, headers) of requests that must change nothing: not signed with `secret`."""
    rng = random.Random(seed)
    for n in range(count):
        user = f"U{n:032x}"
        body = body_of([rng.choice(base_events(rng, user))])
        kind = n % 6
        headers = {"Content-Type": "application/json"}
        if kind == 1:
            headers["X-Line-Signature"] = ev.sign(body, secret + "x")
        elif kind == 2:
            headers["X-Line-Signature"] = ev.sign(body, secret)
            body = body.replace(b'"type"', b'"type" ', 1)  # changed after signing
        elif kind == 3:
            headers["X-Line-Signature"] = base64.b64encode(rng.randbytes(rng.choice([0, 5, 32]))).decode()
        elif kind == 4:
            headers["X-Line-Signature"] = "not base64 !"[: rng.randint(1, 12)]
        elif kind == 5:
            body = rng.randbytes(rng.randint(0, 300))
            headers["X-Line-Signature"] = ev.sign(body, secret + "y")
        yield body, headers
