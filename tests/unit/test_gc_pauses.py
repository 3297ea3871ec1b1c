"""local.gc_pauses: every EVERY requests a local server answers, what has survived so far is moved
out of the full collections' walk (gc.freeze)."""

from __future__ import annotations

import gc

from local import gc_pauses


def test_every_thousandth_request_freezes_what_survived(monkeypatch):
    monkeypatch.setattr(gc_pauses, "EVERY", 3)
    monkeypatch.setattr(gc_pauses, "_count", 0)
    kept = [[n] for n in range(100)]  # survivors: lists the collector tracks
    try:
        gc.unfreeze()
        gc_pauses.request_done()
        gc_pauses.request_done()
        assert gc.get_freeze_count() == 0
        gc_pauses.request_done()
        frozen = gc.get_freeze_count()
        assert frozen >= len(kept)
        gc_pauses.request_done()
        assert gc.get_freeze_count() == frozen  # not again until the sixth
    finally:
        gc.unfreeze()
