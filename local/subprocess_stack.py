"""Runs `python -m local` as a child process on a free port (browser tests, stack tests, benchmarks):
waits until it serves, keeps what it printed, stops it with Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from local.web import http_request, json_request

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningStack:
    def __init__(self, *args: str, env: dict[str, str] | None = None, timeout: float = 60):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # A clean environment: no real AWS or LINE settings leak into the local stack.
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "LINE_", "ADMIN_"))}
        # Its own data file (saved on stop): never the developer's .local-data, never another run's.
        self._data_dir = None if "LOCAL_DATA_FILE" in (env or {}) else tempfile.mkdtemp(prefix="local-stack-")
        self.data_file = Path((env or {}).get("LOCAL_DATA_FILE") or Path(self._data_dir) / "dynamodb.json")
        environment.update(
            {
                "PORT": str(self.port),
                "PYTHONUNBUFFERED": "1",
                "LOCAL_DATA_FILE": str(self.data_file),
                **(env or {}),
            }
        )
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "local", *args],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.ready_after = self._wait_until_serving(timeout)

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def _wait_until_serving(self, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any("Press Ctrl-C" in line for line in self.lines):
                return time.monotonic() - self.started
            if self.process.poll() is not None:
                raise RuntimeError("the local stack exited:\n" + "\n".join(self.lines))
            time.sleep(0.05)
        self.process.kill()
        raise RuntimeError("the local stack did not start in time:\n" + "\n".join(self.lines))

    def printed(self, prefix: str) -> str:
        """What the stack printed after `prefix` on the first line holding it."""
        return next(line.split(prefix, 1)[1].strip() for line in list(self.lines) if prefix in line)

    @property
    def admin_token(self) -> str:
        return self.printed("ADMIN_TOKEN=")

    def call(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None):
        """(status, raw body) of a request to the stack."""
        return http_request(method, self.url + path, body, headers, timeout=60)

    def admin(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """(status, JSON body) of a staff API request with the stack's admin token."""
        headers = {"Authorization": f"Bearer {self.admin_token}"}
        return json_request(method, self.url + path, body, headers, timeout=60)

    def dynamodb(self) -> Any:
        """A boto3 DynamoDB client on the stack's moto server."""
        import boto3

        return boto3.client(
            "dynamodb",
            endpoint_url=self.printed("DynamoDB (moto):"),
            region_name="ap-northeast-1",
            aws_access_key_id="x",
            aws_secret_access_key="x",
        )

    def stop(self) -> int:
        """Ctrl-C, then the exit status, once everything it printed has been read."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # Ctrl-C
            try:
                self.process.wait(timeout=120)  # generous: a loaded machine is slow, not broken
            except subprocess.TimeoutExpired:
                self.process.kill()
        status = self.process.wait()
        self._reader.join(timeout=30)  # the last lines may still be in the pipe
        if self._data_dir:
            shutil.rmtree(self._data_dir, ignore_errors=True)
        return status
