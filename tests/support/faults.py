"""Faults injected at the system's boundaries, for the fault drills: DynamoDB throttling at the
boto3 client (every client in the process), LINE answers that never come (a proxy in front of the
LINE emulator that passes requests on and holds the answers past the bot's read timeout)."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

from local.web import Request, Response, make_server, serve_in_thread

THROTTLED = "ProvisionedThroughputExceededException"


class DynamoThrottle:
    """Makes the DynamoDB calls `fail(n, operation)` picks (n counts every DynamoDB call from 1)
    fail with ProvisionedThroughputExceededException, as after boto3's own retries ran out."""

    def __init__(self, monkeypatch, fail: Callable[[int, str], bool] = lambda n, op: False):
        from botocore.client import BaseClient
        from botocore.exceptions import ClientError

        self.fail, self.calls, self.injected = fail, 0, []
        lock, original = threading.Lock(), BaseClient._make_api_call

        def call(client: Any, operation: str, params: dict) -> Any:
            if client.meta.service_model.service_name == "dynamodb":
                with lock:
                    self.calls += 1
                    failing = self.fail(self.calls, operation)
                    if failing:
                        self.injected.append(operation)
                if failing:
                    error = {
                        "Code": THROTTLED,
                        "Message": "The level of configured provisioned throughput was exceeded",
                    }
                    raise ClientError(
                        {"Error": error, "ResponseMetadata": {"HTTPStatusCode": 400}}, operation
                    )
            return original(client, operation, params)

        monkeypatch.setattr(BaseClient, "_make_api_call", call)

    def only(self, fail: Callable[[int, str], bool]) -> DynamoThrottle:
        """From now on, fail what `fail` picks, counting calls from 1 again."""
        self.fail, self.calls, self.injected = fail, 0, []
        return self


class SilentLine:
    """An HTTP proxy to `upstream` (the LINE emulator): each request `hold(request)` picks is passed
    on (LINE acts on it) but its answer is held `seconds` (past the bot's read timeout: a timeout
    with an unknown outcome, the worst kind)."""

    def __init__(self, upstream: str, hold: Callable[[Request], bool], seconds: float = 2.0):
        self.upstream, self.hold, self.seconds, self.held = upstream, hold, seconds, 0
        self.server = make_server(self._forward)
        serve_in_thread(self.server)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def _forward(self, request: Request) -> Response:
        url = f"{self.upstream}{request.path}" + (f"?{request.query}" if request.query else "")
        headers = {k: v for k, v in request.headers.items() if k not in ("host", "content-length")}
        forwarded = urllib.request.Request(
            url, data=request.body or None, method=request.method, headers=headers
        )
        try:
            with urllib.request.urlopen(forwarded, timeout=10) as answer:
                status, answer_headers, body = answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, body = error.code, dict(error.headers), error.read()
        if self.hold(request):
            self.held += 1
            time.sleep(self.seconds)
        answer_headers.pop("Content-Length", None)
        return Response(status, answer_headers, body)

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
