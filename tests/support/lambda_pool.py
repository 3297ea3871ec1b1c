"""Concurrent Lambda invocations as AWS runs them: each in its own process.

A Lambda execution environment handles one event at a time; concurrency means more environments.
Powertools' resolver keeps the current event in class state (`BaseRouter.current_event`), so two
threads resolving at once in one process can swap their requests: racing the admin handler in
threads tests something Lambda never does. Here every racer is a process (forked from a server
that imported only the third-party packages, then importing the handler with its own environment)
that waits at a barrier and then calls the real handler against moto's server, so the only thing
they share is DynamoDB. Forking from that server instead of spawning each process from scratch:
~1.5 s of imports per process, 20 processes on 2 cores, is what made starting the pool slow.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

_context = multiprocessing.get_context("forkserver")
# Imported once, in the fork server; none opens a connection or starts a thread at import. The
# project's own modules are not: they read their settings from the racers' environment.
_context.set_forkserver_preload(
    [
        "boto3",
        "botocore.session",
        "pydantic",
        "aws_lambda_powertools.event_handler",
        "linebot.v3.messaging",
        "linebot.v3.webhook",
        "requests",
    ]
)


def _start(environment: dict[str, str], handlers: tuple[str, ...]) -> None:
    import importlib

    os.environ.update(environment)
    for handler in handlers:
        importlib.import_module(handler)  # the cold start, before any race
    if WEBHOOK in handlers:
        from linecrm import line_api

        line_api.warm_up()
    from linecrm.dal import dynamo

    dynamo.reset_caches()
    dynamo.resource()


def post_webhook(events: list[dict]) -> tuple[int, Any]:
    """A webhook POST of `events`, signed, through the real handler (for `race(..., call=...)`)."""
    from tests.support.line_webhook import post

    return post(events)


def _invoke(request: tuple, start: Any, everyone_has_read: Any, call: Any = None) -> tuple[int, Any]:
    if call is None:
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


ADMIN_API, WEBHOOK = "functions.admin_api.handler", "functions.webhook.handler"


class LambdaPool:
    """`size` warm execution environments of `handlers` (the admin API's by default; both the admin
    API's and the webhook's where one pool serves several race tests): processes with this process's
    environment variables plus `environment` (moto's endpoint, the auth mode, the LINE emulator's
    URL…)."""

    def __init__(
        self, size: int, environment: dict[str, str], handlers: tuple[str, ...] = (ADMIN_API,)
    ) -> None:
        self.size = size
        self._manager = _context.Manager()
        self._pool = ProcessPoolExecutor(
            size, mp_context=_context, initializer=_start, initargs=({**os.environ, **environment}, handlers)
        )
        everyone = self._manager.Barrier(size, timeout=120)
        for future in [self._pool.submit(_wait, everyone) for _ in range(size)]:
            future.result(timeout=180)  # `size` processes started, each with the handler imported

    def race(
        self, requests: list[tuple], *, read_first: bool = False, call: Any = None
    ) -> list[tuple[int, Any]]:
        """Each request through the handler in its own process, released at once: `call(*request)`
        (default: the admin API's `tests.support.admin_api.call`; `post_webhook` for the webhook).
        With `read_first`, each also waits after its first group snapshot until every racer has
        read."""
        if len(requests) > self.size:
            raise ValueError(f"{len(requests)} racers for {self.size} processes")
        start = self._manager.Barrier(len(requests), timeout=60)
        read = self._manager.Barrier(len(requests), timeout=60) if read_first else None
        futures = [self._pool.submit(_invoke, r, start, read, call) for r in requests]
        return [f.result(timeout=120) for f in futures]

    def close(self) -> None:
        """Stop the processes (a Lambda environment is frozen, not shut down: nothing to finish)."""
        processes = list((self._pool._processes or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=30)
        self._manager.shutdown()


def _wait(barrier: Any) -> None:
    barrier.wait()
