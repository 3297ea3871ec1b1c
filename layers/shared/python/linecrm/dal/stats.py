"""Statistics counters (table `stats`, PK `stat`), kept as events happen so that a statistics view
reads a few items and never scans the customers.

An item is a set of named counters: e.g. "day#2026-12-02" {"followed": 12, "blocked": 1}, or
"month#2026-12" {"messages": 40}. Keys use Japan's calendar (linecrm.jst). Counters only grow or
shrink by ADD, so concurrent events never lose a count. Reads give `Counters` records
(linecrm.domain.statistics): the item's key and Decimal numbers stay here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from linecrm.dal.dynamo import BATCH_GET_LIMIT, Cancelled, batch_get_all, table, transact
from linecrm.domain.statistics import Counters
from linecrm.settings import get_settings


def _update_arguments(counts: Mapping[str, int]) -> dict[str, Any]:
    names = {f"#c{i}": name for i, name in enumerate(counts)}
    values = {f":c{i}": n for i, n in enumerate(counts.values())}
    return {
        "UpdateExpression": "ADD " + ", ".join(f"#c{i} :c{i}" for i in range(len(counts))),
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": values,
    }


def add(key: str, counts: Mapping[str, int]) -> None:
    """Add `counts` ({"followed": 1}) to the item `key` (created at 0 when missing)."""
    counts = {k: n for k, n in counts.items() if n}
    if counts:
        table("stats_table").update_item(Key={"stat": key}, **_update_arguments(counts))


def add_operation(key: str, counts: Mapping[str, int]) -> dict[str, Any]:
    """The same change as one action of a TransactWriteItems through `dynamo.client()` (the
    resource's client: plain Python values, like the other dal modules' transactions)."""
    return {
        "Update": {"TableName": get_settings().stats_table, "Key": {"stat": key}, **_update_arguments(counts)}
    }


COMMIT_ATTEMPTS = 5


def commit(operations: list[dict[str, Any]], sleep=None) -> None:
    """TransactWriteItems of a change with its counters (`add_operation`). A counter item is shared
    by every event of its day or month: a transaction that meets another on it is cancelled with
    TransactionConflict, and tried again here (a few times, jittered). Any other cancellation (a
    condition that failed: the change lost its race) raises `dynamo.Cancelled` at once."""
    import random
    import time

    for attempt in range(1, COMMIT_ATTEMPTS + 1):
        try:
            transact(operations)
            return
        except Cancelled as cancelled:
            lost_race = "ConditionalCheckFailed" in cancelled.reasons
            if lost_race or not cancelled.transient or attempt == COMMIT_ATTEMPTS:
                raise
            (sleep or time.sleep)(random.uniform(0, 0.01 * 2**attempt))


def from_item(item: Mapping[str, Any]) -> Counters:
    """The counters of a stored item: every attribute but the key `stat`, as an int."""
    return Counters({name: int(n) for name, n in item.items() if name != "stat"})


def read(keys: Iterable[str]) -> dict[str, Counters]:
    """{key: its counters} of the items that exist among `keys` (missing keys: absent)."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    name = get_settings().stats_table
    chunks = [wanted[i : i + BATCH_GET_LIMIT] for i in range(0, len(wanted), BATCH_GET_LIMIT)]
    if len(chunks) == 1:
        items = batch_get_all(name, [{"stat": k} for k in wanted])
    else:  # a year of days: the BatchGetItems of 100 keys at once
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            found = pool.map(lambda keys: batch_get_all(name, [{"stat": k} for k in keys]), chunks)
            items = [item for part in found for item in part]
    return {i["stat"]: from_item(i) for i in items}
