"""What every part of a dispatcher run shares: its options, the crash-test steps, its errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from linecrm.domain import delivery

STEPS = (
    "claimed",
    "resolved",
    "quota_checked",
    "plan_chunk_written",
    "planned",
    "send_started",
    "before_request",  # per batch attempt: about to call LINE
    "line_answered",  # per batch attempt: LINE may have accepted, nothing recorded yet
    "batch_recorded",  # per write of receipts of accepted batches
    "finished",  # the message's outcome written; a multicast's batches still to be settled
    "history_written",  # per accepted batch: its recipients' timeline entries written, ids not yet removed
    "settled",  # every batch of a finished message settled: it left the backlog
)

Checkpoint = Callable[[str], None]


def no_checkpoint(step: str) -> None:
    return None


@dataclass(frozen=True)
class DispatchOptions:
    batch_size: int = delivery.MAX_IDS_PER_MULTICAST
    lease: timedelta = timedelta(minutes=5)
    retry: delivery.RetryPolicy = field(default_factory=delivery.RetryPolicy)
    concurrency: int | None = None  # default: settings.multicast_concurrency
    rate_per_second: float | None = None  # default: settings.multicast_rate_per_second
    page_size: int | None = None  # ids per Query page while resolving (None: DynamoDB's 1 MB pages)


class QuotaUnknown(Exception):
    """LINE did not tell us the quota: the message waits for the next run, nothing is sent."""


class LostClaim(Exception):
    """Another dispatcher took the message over (our lease had expired)."""
