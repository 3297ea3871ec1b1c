"""Planning reads the next page of the target while it writes the batches of the one before
(logic.dispatch.plan.ahead): every page, in order, at most one read ahead, errors passed on."""

from __future__ import annotations

import pytest

from linecrm.logic.dispatch.plan import ahead


def recorded_pages(count, read):
    """Pages 0..count-1, each noted in `read` when it is read."""
    for n in range(count):
        read.append(n)
        yield n


def test_every_page_comes_in_order_and_at_most_one_is_read_ahead():
    read = []
    seen = []
    for page in ahead(recorded_pages(5, read)):
        seen.append(page)
        assert len(read) <= len(seen) + 1  # the page being worked on, and the next
    assert seen == read == [0, 1, 2, 3, 4]


def test_a_reader_stopped_early_reads_no_further_than_the_next_page():
    read = []
    pages_ahead = ahead(recorded_pages(100, read))
    assert [next(pages_ahead), next(pages_ahead)] == [0, 1]
    pages_ahead.close()  # the run stopped (out of time) or died: waits for the read in flight
    assert read in ([0, 1], [0, 1, 2])


def test_an_error_while_reading_reaches_the_planner():
    def pages():
        yield 0
        raise LookupError("the target's tag is gone")

    pages_ahead = ahead(pages())
    assert next(pages_ahead) == 0
    with pytest.raises(LookupError):
        next(pages_ahead)
