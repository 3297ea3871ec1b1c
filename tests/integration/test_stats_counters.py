"""The statistics counters (linecrm.dal.stats): ADD never loses a count, also in a transaction."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from linecrm.dal import stats
from linecrm.dal.dynamo import client

# moto's server: it answers one call at a time, as DynamoDB applies each ADD atomically (moto in
# the test's own process is not thread-safe: concurrent ADDs there can lose a count on a busy machine)
pytestmark = pytest.mark.usefixtures("moto_server")


def test_concurrent_adds_are_all_counted_and_missing_keys_are_absent():
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: stats.add("day#2026-12-02", {"followed": 1, "blocked": 0}), range(20)))
    stats.add("day#2026-12-02", {"blocked": 2, "followed": -1})
    found = stats.read(["day#2026-12-02", "day#2026-12-03"])
    assert found == {"day#2026-12-02": {"followed": 19, "blocked": 2}}
    assert all(type(n) is int for n in found["day#2026-12-02"].values())  # no Decimal leaves dal


def test_a_transaction_action_adds_the_same_way():
    client().transact_write_items(
        TransactItems=[stats.add_operation("funnel", {"followed": 2, "registered": 1})]
    )
    client().transact_write_items(TransactItems=[stats.add_operation("funnel", {"registered": 1})])
    assert stats.read(["funnel"]) == {"funnel": {"followed": 2, "registered": 2}}
