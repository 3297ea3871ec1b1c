"""Live member counts of groups (their profile ranges) in a handful of reads, whatever the number of customers.

Counting a group by reading its members costs one read per member (10,000 customers: seconds on
the local stack, megabytes of reads in AWS). Instead (domain.member_counts, dal.member_counts):

- the counts table holds, per gender, how many customers count in each birth year and day;
- a write that moves a customer to another bucket (registers, blocks, follows again, changes
  profile) flags them `recount` in the same conditional write, and nothing else: the webhook never
  waits for the counts;
- `count` reads the year totals, the day counts of the years a profile range cuts through, and the flagged
  customers, and corrects the totals by the flagged customers' moves. Exact, not eventually right;
- `fold` (each dispatcher run) moves flagged customers into the counts: one transaction per ≤ 32
  customers, each conditioned on the customer being as read, so a fold can never count a customer
  twice or lose a move that raced with it;
- every fold bumps an epoch; `count` reads it before and after, and reads again if a fold committed
  in between, so it never mixes counts from before a fold with flags from after it.

Written by hand: DynamoDB has no aggregate queries, and none of our libraries keeps counts.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date
from typing import Any

from linecrm.dal import member_counts as dal
from linecrm.domain.groups import ProfileRange, customer_genders
from linecrm.domain.member_counts import (
    Changes,
    bucket_of,
    bucket_text,
    count,
    days_key,
    days_needed,
    in_range,
    years_key,
)
from linecrm.observability import logger

READ_ATTEMPTS = 5
FOLD_CHUNK = 32  # each customer touches at most two day items: 32 + 64 + years + epoch <= 100
FOLD_ATTEMPTS = 3


def counts(ranges: Sequence[ProfileRange], today: date) -> list[int]:
    """Members of each profile range today: registered, following, gender and age in range."""
    if not ranges:
        return []
    genders = set().union(*(customer_genders(s.gender) for s in ranges))
    for attempt in range(READ_ATTEMPTS):
        before = dal.epoch()
        pending = dal.pending_customers()
        stored = dal.read([years_key(g) for g in sorted(genders)])
        years = {g: stored.get(years_key(g), {}) for g in sorted(genders)}
        needed = sorted(days_needed(ranges, today, years))
        stored = dal.read([days_key(g, y) for g, y in needed])
        days = {(g, y): stored.get(days_key(g, y), {}) for g, y in needed}
        if dal.epoch() == before:
            break
        logger.info("member counts folded while reading; reading again", extra={"attempt": attempt + 1})
    else:
        logger.warning("member counts kept moving; answering with the last read")
    return [
        count(s, today, years, days)
        + sum(int(in_range(c.bucket, s, today)) - int(in_range(c.counted, s, today)) for c in pending)
        for s in ranges
    ]


def fold(max_customers: int = 3200, max_seconds: float | None = None, sleep=time.sleep) -> dict[str, int]:
    """Move flagged customers into the counts, ≤ FOLD_CHUNK per transaction, until none is left,
    `max_customers` are done or `max_seconds` have passed (what is left waits for the next run:
    the counts are exact meanwhile). A chunk that raced with a customer's change is read again and
    retried; one that keeps racing is left for the next run."""
    folded = retries = 0
    if max_seconds is None:
        from linecrm.settings import get_settings

        max_seconds = get_settings().member_count_fold_seconds
    deadline = time.monotonic() + max_seconds
    while folded < max_customers and time.monotonic() < deadline:
        chunk = dal.pending_customers(limit=min(FOLD_CHUNK, max_customers - folded))
        if not chunk:
            break
        try:
            dal.fold(chunk)
        except dal.Stale:
            retries += 1
            if retries >= FOLD_ATTEMPTS:
                logger.warning("member counts: customers kept changing; left for the next run")
                break
            sleep(0.05 * retries)
            continue
        folded += len(chunk)
    return {"folded": folded, "retries": retries}


def load(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bulk load (seed data, benchmarks): the items, marked as counted, and their buckets added to
    the counts. Write the returned items right after, and only while nothing else writes them: a
    load is not one transaction."""
    changes, loaded = Changes(), []
    for item in items:
        bucket = bucket_of(item)
        changes.add(bucket, +1)
        marked = {k: v for k, v in item.items() if k not in ("recount", "counted")}
        if bucket is not None:
            marked["counted"] = bucket_text(bucket)
        loaded.append(marked)
    dal.add(changes)
    return loaded
