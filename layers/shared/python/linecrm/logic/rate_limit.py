"""A blocking token bucket shared by the dispatcher's sending threads.

Written by hand: neither the SDK (no rate limiting, no retries), Powertools nor boto3 offers a
client-side limiter, and a thread-safe bucket is twenty lines; a new dependency for it is not
worth it. Each caller reserves the next free slot under the lock and sleeps outside it, so the
threads go out evenly spaced at `rate_per_second` and never in a burst bigger than `capacity`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    def __init__(
        self,
        rate_per_second: float,
        capacity: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_per_second <= 0 or capacity < 1:
            raise ValueError("rate must be > 0 and capacity >= 1")
        self.rate = rate_per_second
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = capacity
        self._last = clock()
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, waiting for it if needed; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
            self._last = now
            self._tokens -= 1  # may go negative: a reservation of a future slot
            wait = max(0.0, -self._tokens / self.rate)
        if wait:
            self._sleep(wait)
        return wait
