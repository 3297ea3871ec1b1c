"""moto's DynamoDB server for the local stack, the tests and the benchmarks: one request at a time.

DynamoDB applies every conditional write and transaction atomically. moto's threaded server runs
requests on parallel threads with no lock, so two racing conditional writes can both pass their
check (seen as a flaky race test under load). A lock around each request gives DynamoDB's
atomicity back; moto is bound by the GIL anyway, so little throughput is lost. Written by hand:
ThreadedMotoServer has no such option.
"""

from __future__ import annotations

import copy
import logging
import threading
from typing import Any

from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server


class _OneRequestAtATime:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Any) -> list[bytes]:
        with self.lock:
            return list(self.app(environ, start_response))  # the whole answer, under the lock


class _TouchedItemsBackup:
    """Stands in for the `copy` module inside moto's DynamoDB backend, so that TransactWriteItems
    backs up only the items it touches. moto deep-copies the whole table once per action of the
    transaction (rollback), O(actions × table size): a 32-customer fold of the segment counts took
    over a second with 1,000 customers, a minute per run after a registration burst. Here the
    backup is a new Table object holding the same items (references) except the touched ones,
    which are deep-copied: what the rollback needs, since only those can change."""

    def __init__(self) -> None:
        self.touched: dict[str, list[dict]] | None = None  # set around each transaction (one at a time)
        self.made: dict[str, Any] = {}  # table name: its backup, made once per transaction

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)

    def deepcopy(self, value: Any, memo: Any = None) -> Any:
        from moto.dynamodb.models.dynamo_type import DynamoType
        from moto.dynamodb.models.table import Table

        if not isinstance(value, Table) or self.touched is None:
            return copy.deepcopy(value, memo)
        if value.name in self.made:  # moto asks again for every action on the table
            return self.made[value.name]
        backup = self.made[value.name] = copy.copy(value)
        backup.items = copy.copy(value.items)
        for key in self.touched.get(value.name, []):
            hash_value = DynamoType(key[value.hash_key_attr])
            if hash_value not in value.items:
                continue
            if value.range_key_attr is None:
                backup.items[hash_value] = copy.deepcopy(value.items[hash_value])
            else:
                backup.items[hash_value] = {
                    r: copy.deepcopy(item) for r, item in value.items[hash_value].items()
                }
        return backup


def _backup_touched_items_only() -> None:
    from moto.dynamodb import models

    if isinstance(models.copy, _TouchedItemsBackup):
        return
    backup, original = _TouchedItemsBackup(), models.DynamoDBBackend.transact_write_items

    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        touched: dict[str, list[dict]] = {}
        for action in transact_items:
            op = next(iter(action.values()))
            table = self.tables.get(op.get("TableName"))
            if table is not None:
                touched.setdefault(table.name, []).append(op.get("Key") or op.get("Item") or {})
        backup.touched, backup.made = touched, {}
        try:
            return original(self, transact_items)
        finally:
            backup.touched, backup.made = None, {}

    models.copy = backup
    models.DynamoDBBackend.transact_write_items = transact_write_items


def _list_moto_modules_once() -> None:
    """moto's server lists its package directory (a listdir and ~50 stats) on every request to
    route it: ~1 ms of each DynamoDB call here. The list does not change while it runs."""
    import functools

    from moto import backends

    if not isinstance(backends.list_of_moto_modules, functools._lru_cache_wrapper):
        listing = backends.list_of_moto_modules
        backends.list_of_moto_modules = functools.cache(lambda: tuple(listing()))


class DynamoDBServer(ThreadedMotoServer):
    def _server_entry(self) -> None:  # as ThreadedMotoServer's, with the lock around the app
        app = _OneRequestAtATime(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(
            self._ip_address, self._port, app, True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()


def start(port: int = 0) -> tuple[DynamoDBServer, str]:
    """A started server on 127.0.0.1 (port 0: any free port) and its endpoint URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    _backup_touched_items_only()
    _list_moto_modules_once()
    server = DynamoDBServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    host, bound = server.get_host_and_port()
    return server, f"http://{host}:{bound}"
