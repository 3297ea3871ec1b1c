"""local.gc_pauses: every EVERY requests a local server answers, the young objects are collected
and what has survived is moved out of the full collections' walk (gc.freeze)."""

from __future__ import annotations

import gc

from local import gc_pauses


def test_every_thousandth_request_collects_the_young_and_freezes_what_survived(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(("collect", generation)))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(("freeze",)))
    monkeypatch.setattr(gc_pauses, "EVERY", 3)
    monkeypatch.setattr(gc_pauses, "_count", 0)
    for _ in range(2):
        gc_pauses.request_done()
    assert calls == []
    gc_pauses.request_done()
    assert calls == [("collect", 1), ("freeze",)]  # the young only: a full collection is the pause
    for _ in range(3):
        gc_pauses.request_done()
    assert calls == [("collect", 1), ("freeze",)] * 2
    gc_pauses.settle()
    assert calls[-2:] == [("collect", 2), ("freeze",)]
