"""A tiny request/response pair and a threaded HTTP server around a plain function, and the small
HTTP client the local tools and tests call it with.

Written by hand on the standard library's ThreadingHTTPServer on purpose: the local stack and the
LINE emulator only need "call this function for every request", and no new dependency.
"""

from __future__ import annotations

import http.client
import io
import json
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from local import gc_pauses


def _parse_headers(fp: Any, _class: type = http.client.HTTPMessage) -> Any:
    """`http.client.parse_headers` without the email package's feed parser, which took a sixth of
    moto's CPU per request (and parses every response the stack's clients read). Every header line
    of the plain form `Name: value` becomes the (name, value) pair that parser would make (compat32's
    `header_source_parse`); anything else (a continuation line, a stray CR, a line without a name,
    no blank line at the end) goes to the standard library's own parser. Written by hand: neither
    http.server nor http.client has a faster option. tests/unit/test_local_web_headers.py compares
    both on every kind of line."""
    lines = http.client._read_headers(fp)  # its limits: line length, number of headers
    pairs = _plain_pairs(lines)
    if pairs is None:
        return _stock_parse_headers(io.BytesIO(b"".join(lines)), _class)
    message = _class()
    message._headers = pairs
    message.set_payload("")
    return message


def _plain_pairs(lines: list[bytes]) -> list[tuple[str, str]] | None:
    """(name, value) of each line when every one is a plain `Name: value` line and a blank line
    ends them; None otherwise. A name of the email parser's characters has no space, so a
    `From ` line (an mbox separator to that parser) is never plain."""
    if lines[-1] not in (b"\r\n", b"\n"):
        return None
    pairs = []
    for raw in lines[:-1]:
        line = raw.decode("iso-8859-1").rstrip("\r\n")
        name, colon, value = line.partition(":")
        if not colon or "\r" in line or not _HEADER_NAME.fullmatch(name):
            return None
        pairs.append((name, value.lstrip(" \t")))
    return pairs


_HEADER_NAME = re.compile(r"[\041-\071\073-\176]+")  # the email parser's header name (headerRE)
_stock_parse_headers = http.client.parse_headers


def _fits_this_python() -> bool:
    """The standard library's functions have the shape this parser was written against (3.11 to
    3.13); another Python keeps its own parser."""
    import inspect

    try:
        reader = inspect.signature(http.client._read_headers).parameters
        parser = inspect.signature(_stock_parse_headers).parameters
    except (AttributeError, TypeError, ValueError):
        return False
    return list(reader) == ["fp"] and list(parser) == ["fp", "_class"]


if _fits_this_python():
    http.client.parse_headers = _parse_headers  # http.server's requests, this process's responses


@dataclass
class Request:
    method: str
    path: str
    query: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    # When the request arrived (time.monotonic, stamped before its body is read): what a rate
    # limit counts, whatever the server then takes to handle it.
    received_at: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None

    def query_value(self, name: str, default: str | None = None) -> str | None:
        values = parse_qs(self.query).get(name)
        return values[-1] if values else default


@dataclass
class Response:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def json_response(status: int, payload: Any, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, body)


Handler = Callable[[Request], Response]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm on, the body waits for the
    # client's delayed ACK (~40 ms per request on a keep-alive connection).
    disable_nagle_algorithm = True
    app: Handler  # set on the subclass made by `make_server`

    def _handle(self) -> None:
        received_at = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            received_at=received_at,
        )
        try:
            response = self.app(request)
        except Exception as error:  # the server must answer, whatever a handler does
            response = json_response(500, {"message": f"internal error: {type(error).__name__}: {error}"})
        try:
            self.wfile.write(self._answer(response))
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting: nobody to tell
            self.close_connection = True
        gc_pauses.request_done()

    def _answer(self, response: Response) -> bytes:
        """Status line, headers and body as one write (written by hand: BaseHTTPRequestHandler's
        send_response/end_headers write the headers on their own, and add Server and Date). Each
        write to a socket wakes the reader, a costly switch on a virtual machine's loopback: one
        write instead of two took ~8 % off moto's server time per DynamoDB call."""
        reason = self.responses.get(response.status, ("",))[0]
        lines = [f"HTTP/1.1 {response.status} {reason}"]
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        lines.append(f"Content-Length: {len(response.body)}")
        if any(
            name.lower() == "connection" and value.lower() == "close"
            for name, value in response.headers.items()
        ):
            self.close_connection = True
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return head if self.command == "HEAD" else head + response.body

    def __getattr__(self, name: str) -> Any:  # every method reaches the app (TRACE, QUERY…), no 501
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the stack prints what matters
        pass


class _Server(ThreadingHTTPServer):
    # socketserver listens with a backlog of 5: when the dispatcher's sending threads open their
    # connections at once, the kernel drops SYNs past 5 and each waits 1 s for a retransmission.
    request_queue_size = 128
    daemon_threads = True
    allow_reuse_address = True


def make_server(app: Handler, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """Bind now (raises OSError when the port is taken); serve with `serve_in_thread`."""
    handler = type("Handler", (_RequestHandler,), {"app": staticmethod(app)})
    return _Server((host, port), handler)


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return thread


def http_request(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None, timeout: float = 10
) -> tuple[int, bytes]:
    """(status, raw body) of one request; `body` is sent as is when bytes, else as JSON. An HTTP
    error status is returned, not raised (a connection that fails raises OSError)."""
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def json_request(
    method: str, url: str, body: Any = None, headers: dict[str, str] | None = None, timeout: float = 10
) -> tuple[int, Any]:
    """(status, JSON body) of `http_request`: None when empty, the text when it is not JSON."""
    status, raw = http_request(method, url, body, headers, timeout)
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode("utf-8", "replace")
