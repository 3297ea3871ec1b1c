"""Sends webhook POSTs to the product as LINE's platform does: signed body, one or several events,
optional redelivery of the same events. Keeps a short log for the chat page."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections import deque
from typing import Any

from local.line_emulator import webhook_events

LINE_TIMEOUT_MS = 2000  # LINE gives up on a webhook that has not answered in 2 seconds


class WebhookSender:
    def __init__(self, channel_secret: str, webhook_url: str | None, timeout_seconds: float = 30.0):
        self.channel_secret = channel_secret
        self.webhook_url = webhook_url
        self.timeout_seconds = timeout_seconds
        self.log: deque[dict[str, Any]] = deque(maxlen=200)
        self.last_events: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def send(self, events: list[dict[str, Any]]) -> dict[str, Any]:
        with self._lock:
            self.last_events = events
        if not self.webhook_url:
            result = {"status": None, "error": "webhook URL is not set", "events": len(events)}
            self.log.append(result)
            return result
        body, headers = webhook_events.signed_request(events, self.channel_secret)
        started = time.monotonic()
        request = urllib.request.Request(self.webhook_url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:
                status, text = response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode("utf-8", "replace")
        except OSError as error:
            status, text = None, f"{type(error).__name__}: {error}"
        elapsed_ms = round((time.monotonic() - started) * 1000)
        result = {
            "status": status,
            "body": text[:2000],
            "elapsed_ms": elapsed_ms,
            "too_slow_for_line": elapsed_ms > LINE_TIMEOUT_MS,
            "events": len(events),
            "event_types": [e["type"] for e in events],
            "redelivery": any(e["deliveryContext"]["isRedelivery"] for e in events),
            "at": int(time.time() * 1000),
        }
        self.log.append(result)
        return result

    def redeliver_last(self) -> dict[str, Any]:
        with self._lock:
            events = [webhook_events.redelivery(e) for e in self.last_events]
        if not events:
            return {"status": None, "error": "nothing to redeliver", "events": 0}
        return self.send(events)
