"""moto's DynamoDB server for the local stack, the tests and the benchmarks: one request at a time.

DynamoDB applies every conditional write and transaction atomically. moto's threaded server runs
requests on parallel threads with no lock, so two racing conditional writes can both pass their
check (seen as a flaky race test under load). A lock around each request gives DynamoDB's
atomicity back; moto is bound by the GIL anyway, so little throughput is lost. Written by hand:
ThreadedMotoServer has no such option.
"""

from __future__ import annotations

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
    server = DynamoDBServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    host, bound = server.get_host_and_port()
    return server, f"http://{host}:{bound}"
