"""Claim and lease: one dispatcher at a time holds a message, and keeps holding it while it sends.

A claim is a conditional write (scheduled -> sending, or a sending message whose lease expired:
its dispatcher died) that adds 1 to `claim_epoch`; every later write of the holder is conditional
on that epoch (dal.message_dispatch, the port `message_dispatch`), so a dispatcher that stalled past its lease can no longer
change the message once another has claimed it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from linecrm.domain.delivery import Delivery
from linecrm.jst import iso_utc
from linecrm.logic.dispatch.options import LostClaim


def claim(
    message_dispatch: Any, message_id: str, me: str, now: datetime, lease: timedelta
) -> Delivery | None:
    """The message as claimed (with its new claim_epoch), or None when someone else holds it."""
    return message_dispatch.claim(message_id, me, iso_utc(now), iso_utc(now + lease))


class Lease:
    """Keeps this dispatcher's claim on a message alive while it plans and sends."""

    def __init__(
        self,
        message_dispatch: Any,
        message: Delivery,
        me: str,
        clock: Callable[[], datetime],
        lease: timedelta,
        now: datetime,
    ) -> None:
        self.message_dispatch = message_dispatch
        self.message_id, self.epoch, self.me = message.message_id, message.claim_epoch, me
        self.clock, self.lease, self.until = clock, lease, now + lease
        self._lock = threading.Lock()

    def keep_alive(self) -> None:
        with self._lock:
            now = self.clock()
            if now < self.until - self.lease / 2:
                return
            until = now + self.lease
            if not self.message_dispatch.extend_lease(self.message_id, self.me, self.epoch, iso_utc(until)):
                raise LostClaim(self.message_id)
            self.until = until
