"""Short garbage-collection pauses for the local stack's long-running processes (the stack and
moto's server).

Python's full collection walks every container object the process holds: moto's tables (each item
a few dozen objects), the emulator's chats, the libraries' models. As the data grows, each one
stops every thread for longer: 100-400 ms measured during a webhook benchmark, an event that waits
behind one takes as long. Here, every EVERY requests, the young objects are collected and every
object that has survived until then is moved out of the collector's reach (`gc.freeze`): a later
full collection walks only what was created since. Objects are still freed as soon as nothing
refers to them; only a reference cycle that had already outlived two collections when frozen
stays (at most a little memory for a development server).
"""

from __future__ import annotations

import gc
import threading

# Requests between two freezes: a full collection walks what ~EVERY requests left (moto keeps
# ~100-300 objects per write). At 1,000, moto's full collections still took 30-80 ms each, several
# times a minute during the webhook benchmark (an event behind one waits as long); at 100, no full
# collection over 2 ms was seen in either process. A freeze costs one young collection (~2-5 ms).
EVERY = 100

_lock = threading.Lock()
_count = 0


def request_done() -> None:
    """Called after each request a local server answers."""
    global _count
    with _lock:
        _count += 1
        if _count % EVERY:
            return
    gc.collect(1)
    gc.freeze()


def settle() -> None:
    """After start-up (imports, loaded data): collect once in full, then freeze what is left."""
    gc.collect()
    gc.freeze()
