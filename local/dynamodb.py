"""moto's DynamoDB server for the local stack, the tests and the benchmarks: one request at a time.
The local stack runs it in a process of its own (`DynamoDBProcess`, `python -m local.dynamodb`):
moto's work (most of the CPU of a webhook event) then runs on another core than the handlers'.

DynamoDB applies every conditional write and transaction atomically. moto's threaded server runs
requests on parallel threads with no lock, so two racing conditional writes can both pass their
check (seen as a flaky race test under load). A lock around each request gives DynamoDB's
atomicity back; moto is bound by the GIL anyway, so little throughput is lost. Written by hand:
ThreadedMotoServer has no such option.
"""

from __future__ import annotations

import copy
import io
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from moto.moto_server.threaded_moto_server import ThreadedMotoServer
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

from local.web import Request, Response, make_server


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


def _key_value(value: Any) -> Any:
    """What moto compares a key attribute by (DynamoType.cast_value), read directly for a string."""
    return value.value if value.type == "S" else value.cast_value


def _sort_items_by_plain_keys() -> None:
    """moto sorts every item of a table by its key on each Scan and each Query of an index
    (`Table.all_items`), comparing DynamoType objects, whose every comparison recomputes both
    values in Python: ~1 s for 100,000 customers, on every read of the sparse `by_recount` index
    (the group list's count of customers not yet folded, empty most of the time). Sorting by
    the same values computed once per item gives the same order in ~50 ms."""
    from moto.dynamodb.models.table import Table

    if getattr(Table.all_items, "plain_keys", False):
        return

    def all_items(self: Any) -> list[Any]:
        items = []
        for hash_set in self.items.values():
            if self.range_key_attr:
                items.extend(hash_set.values())
            else:
                items.append(hash_set)
        return sorted(
            items,
            key=lambda x: (
                (_key_value(x.hash_key), _key_value(x.range_key)) if x.range_key else _key_value(x.hash_key)
            ),
        )

    all_items.plain_keys = True  # type: ignore[attr-defined]
    all_items.moto = Table.all_items  # type: ignore[attr-defined]  (the test compares both)
    Table.all_items = all_items


def _list_moto_modules_once() -> None:
    """moto's server lists its package directory (a listdir and ~50 stats) on every request to
    route it: ~1 ms of each DynamoDB call here. The list does not change while it runs. Likewise
    it lists the methods of its DynamoDB handler class (inspect.getmembers, ~0.3 ms) on every
    request, to find the action's: the class does not change either."""
    import functools

    from moto import backends
    from moto.core import responses

    if not isinstance(backends.list_of_moto_modules, functools._lru_cache_wrapper):
        listing = backends.list_of_moto_modules
        backends.list_of_moto_modules = functools.cache(lambda: tuple(listing()))
    if not isinstance(responses.method_names_from_class, functools._lru_cache_wrapper):
        responses.method_names_from_class = functools.cache(responses.method_names_from_class)


def _as_handler(app: Any) -> Callable[[Request], Response]:
    """A WSGI application (moto's) as a `local.web` handler: the WSGI environ of each request, the
    application's status, headers and body as the response."""

    def handle(request: Request) -> Response:
        environ = {
            "REQUEST_METHOD": request.method,
            "SCRIPT_NAME": "",
            "PATH_INFO": unquote(request.path, "latin-1"),
            "QUERY_STRING": request.query,
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "0",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(request.body),
            "wsgi.errors": sys.stderr,
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            "CONTENT_LENGTH": str(len(request.body)),
        }
        for name, value in request.headers.items():
            key = name.upper().replace("-", "_")
            if key == "CONTENT_TYPE":
                environ[key] = value
            elif key != "CONTENT_LENGTH":
                environ[f"HTTP_{key}"] = value
        answer: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> None:
            answer["status"], answer["headers"] = int(status.split()[0]), headers

        body = b"".join(app(environ, start_response))
        headers = {k: v for k, v in answer["headers"] if k.lower() not in _HOP_BY_HOP}
        return Response(answer["status"], headers, body)

    return handle


_HOP_BY_HOP = {"content-length", "connection", "transfer-encoding", "keep-alive"}


class DynamoDBServer(ThreadedMotoServer):
    """moto's server application (the same Flask app as `moto_server`), on `local.web`'s HTTP/1.1
    server instead of werkzeug's development server. werkzeug's closes the connection after every
    answer: each DynamoDB call then paid a new TCP connection, a new server thread and a
    connection drain, about 1 ms of CPU and as much wall time again (the handlers share this
    process's GIL with moto). Here boto3 keeps its connections open."""

    def _server_entry(self) -> None:  # as ThreadedMotoServer's, with the lock around the app
        app = _OneRequestAtATime(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(_as_handler(app), self._ip_address, self._port)
        self._server_ready_event.set()
        self._server.serve_forever(poll_interval=0.1)

    def stop(self) -> None:
        super().stop()
        if self._server is not None:
            self._server.server_close()


def start(port: int = 0) -> tuple[DynamoDBServer, str]:
    """A started server on 127.0.0.1 (port 0: any free port) and its endpoint URL."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    _backup_touched_items_only()
    _sort_items_by_plain_keys()
    _list_moto_modules_once()
    server = DynamoDBServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    host, bound = server.get_host_and_port()
    return server, f"http://{host}:{bound}"


class DynamoDBProcess:
    """`start()` in a child process (`python -m local.dynamodb`), so that moto does not share the
    local stack's GIL with the handlers, boto3 and the LINE emulator: a webhook event spends about
    two thirds of its CPU in moto. The child is in a session of its own (a Ctrl-C in the terminal
    reaches only the stack, which saves the data through it first, then stops it) and exits when
    its standard input closes, so it never outlives the stack, even one killed outright."""

    def __init__(self, port: int = 0):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "local.dynamodb", "--port", str(port)],
            cwd=Path(__file__).resolve().parent.parent,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.url = ""

    def wait_until_serving(self) -> str:
        """Its endpoint URL, once it serves (it prints it then)."""
        if not self.url:
            line = self.process.stdout.readline().strip()
            if not line.startswith("http://"):
                self.process.kill()
                raise RuntimeError(
                    f"moto's DynamoDB server did not start (exit status {self.process.wait()})"
                )
            self.url = line
        return self.url

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()  # its signal to stop
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process.stdout.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m local.dynamodb [--port N]`: serve until standard input closes; prints the URL."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m local.dynamodb")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    server, url = start(args.port)
    print(url, flush=True)
    try:
        while sys.stdin.buffer.read(65536):
            pass
    except KeyboardInterrupt:
        pass
    server.stop()
    os._exit(0)  # no wait for moto's daemon threads: the data lives in the parent's file


if __name__ == "__main__":
    sys.exit(main())
