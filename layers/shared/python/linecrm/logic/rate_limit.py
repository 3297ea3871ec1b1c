"""A blocking token bucket shared by the dispatcher's sending threads.

Written by hand: neither the SDK (no rate limiting, no retries), Powertools nor boto3 offers a
client-side limiter, and a thread-safe bucket is twenty lines; a new dependency for it is not
worth it. A caller takes a token only when one is there at the moment it looks (under the lock),
and otherwise sleeps (outside it) until the next one is due and looks again, so the threads go
out evenly spaced at `rate_per_second` and never in a burst bigger than `capacity`.

A token is not reserved ahead: a caller that reserved a slot and then woke late (the process
paused: a garbage collection, a busy CPU) would go out together with the callers of the next
slots, more than `rate_per_second` requests within one second of LINE's window (measured: a few
429s in 2,000 requests at 195/s against LINE's 200/s). Taken when it is there, a token that a
pause delayed is simply not taken during the pause.
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
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
                self._last = now
                if self._tokens >= 1 - 1e-9:  # (float rounding: 1/rate seconds make one token)
                    self._tokens -= 1
                    return waited
                wait = (1 - self._tokens) / self.rate
            self._sleep(wait)
            waited += wait
