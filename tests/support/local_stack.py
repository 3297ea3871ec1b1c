"""Calling the local stack (`python -m local` in a subprocess, local.subprocess_stack.RunningStack)
over real HTTP from the integration tests: the staff API's answers checked, the LINE emulator's
test API."""

from __future__ import annotations

import json


def ok(answer: tuple[int, object], status: int = 200):
    """The body of a staff API answer (`stack.admin(...)`) that must have `status`."""
    assert answer[0] == status, answer
    return answer[1]


def emulator(stack, method: str, path: str, body=None):
    """The LINE emulator's test API (`/emulator/api` + path): a 200 or 201 answer's JSON body."""
    status, raw = stack.call(method, "/emulator/api" + path, body)
    assert status in (200, 201), raw
    return json.loads(raw)
