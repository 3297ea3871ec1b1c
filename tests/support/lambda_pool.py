"""Concurrent Lambda invocations as AWS runs them: each in its own process.

A Lambda execution environment handles one event at a time; concurrency means more environments.
Powertools' resolver keeps the current event in class state (`BaseRouter.current_event`), so two
threads resolving at once in one process can swap their requests: racing the admin handler in
threads tests something Lambda never does. Here every racer is a process (spawned, with the handler
imported once per process) that waits at a barrier and then calls the real handler against moto's
server, so the only thing they share is DynamoDB.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_context = multiprocessing.get_context("spawn")


def _start(environment: dict[str, str]) -> None:
    os.environ.update(environment)
    import functions.admin_api.handler  # noqa: F401  (the cold start, before any race)
    from linecrm.dal import dynamo

    dynamo.reset_caches()
    dynamo.resource()


def _invoke(request: tuple[str, str, Any], start: Any, everyone_has_read: Any) -> tuple[int, Any]:
    from tests.support.admin_api import call

    if everyone_has_read is not None:
        from linecrm.dal import groups as groups_dal

        original = groups_dal.snapshot

        def snapshot_then_wait():
            seen = original()
            groups_dal.snapshot = original  # only the first read waits
            everyone_has_read.wait()
            return seen

        groups_dal.snapshot = snapshot_then_wait
    start.wait()
    try:
        return call(*request)
    finally:
        if everyone_has_read is not None:
            groups_dal.snapshot = original


class LambdaPool:
    """`size` warm admin API execution environments: processes with this process's environment
    variables plus `environment` (moto's endpoint, the auth mode…)."""

    def __init__(self, size: int, environment: dict[str, str]) -> None:
        self.size = size
        self._manager = _context.Manager()
        self._pool = ProcessPoolExecutor(
            size, mp_context=_context, initializer=_start, initargs=({**os.environ, **environment},)
        )
        everyone = self._manager.Barrier(size, timeout=120)
        for future in [self._pool.submit(_wait, everyone) for _ in range(size)]:
            future.result(timeout=180)  # `size` processes started, each with the handler imported

    def race(
        self, requests: list[tuple[str, str, Any]], *, read_first: bool = False
    ) -> list[tuple[int, Any]]:
        """Each request through the admin handler in its own process, released at once. With
        `read_first`, each also waits after its first group snapshot until every racer has read."""
        if len(requests) > self.size:
            raise ValueError(f"{len(requests)} racers for {self.size} processes")
        start = self._manager.Barrier(len(requests), timeout=60)
        read = self._manager.Barrier(len(requests), timeout=60) if read_first else None
        futures = [self._pool.submit(_invoke, r, start, read) for r in requests]
        return [f.result(timeout=120) for f in futures]

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
        self._manager.shutdown()


def _wait(barrier: Any) -> None:
    barrier.wait()
