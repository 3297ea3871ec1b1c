"""Rules of delivering one message to many customers with LINE's multicast.

Pure: no AWS, no LINE client. The dispatcher (linecrm.logic.dispatch) applies these rules:
- recipients are split into batches of at most 500 user ids, so N recipients cost exactly
  ceil(N/500) requests;
- what a LINE answer means for a batch (accepted, retry with the same retry key, failed);
- how long to wait before a retry (exponential backoff with full jitter);
- LINE remembers a retry key for 24 hours: a batch not confirmed when sending of its message
  began longer ago than that must not be resent (a repeat could deliver twice), it is
  `unconfirmed` for staff. The clock starts when the message's sending first began, which is no
  later than any batch's first attempt: cautious, and it needs no write before each request;
- the message's outcome from its batches (sent / partially_failed / failed);
- the monthly quota check that holds a message rather than half-sending it.
A message as the dispatcher reads it is a `Delivery` record (dal.message_dispatch), each of its
batches a `Batch` record (dal.deliveries).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from linecrm.domain.messages import Message

MAX_IDS_PER_MULTICAST = 500

# LINE forgets a retry key 24 hours after it was accepted. We measure from our first attempt (which
# is earlier than any acceptance) and keep a margin for clock skew and the time a request takes.
RETRY_KEY_WINDOW = timedelta(hours=24)
RETRY_KEY_SAFETY_MARGIN = timedelta(minutes=10)

# Batch states (deliveries.state)
PLANNED = "planned"
ACCEPTED = "accepted"
FAILED = "failed"
UNCONFIRMED = "unconfirmed"

# Message outcomes (messages.status)
SENT = "sent"
PARTIALLY_FAILED = "partially_failed"
OUTCOME_FAILED = "failed"
HELD = "held"

# What to do after one multicast attempt
ANSWER_ACCEPTED = "accepted"
ANSWER_RETRY = "retry"
ANSWER_FAILED = "failed"


@dataclass(frozen=True)
class PlanProgress:
    """Where planning a message stopped (`plan_progress`): the batches written, the recipients in
    them, the day ages are taken on, and the resolver's cursor (`{"query", "start"}`, None: the
    start) of the page holding the first id not yet in a batch."""

    batches: int = 0
    recipients: int = 0
    day: str | None = None
    cursor: dict[str, Any] | None = None


@dataclass(frozen=True)
class Delivery(Message):
    """A message as the dispatcher reads it (dal.message_dispatch): the stored message and its
    delivery's working attributes: the claim (`claimed_by`, `claim_epoch`) and its lease, the plan
    (`planned`, `plan_epoch`, `plan_progress`; `batch_count` and the counts are the message's), when
    sending first began (`first_send_at`), and whether its batches are still to be settled
    (`unsettled`: the marker's shard stays in dal)."""

    claimed_by: str | None = None
    claim_epoch: int = 0
    lease_until: str | None = None
    planned: bool = False
    plan_epoch: int | None = None
    plan_progress: PlanProgress | None = None
    first_send_at: str | None = None
    recipient_count_source: str | None = None
    unsettled: bool = False


@dataclass(frozen=True)
class Batch:
    """One batch of a message's plan as the dispatcher reads it (dal.deliveries), its receipt
    applied: a batch LINE accepted is `accepted`, with the receipt's `status_code`, `request_id` and
    `accepted_at`. `user_ids` are the packed ids as stored (dal.deliveries.unpack), None when not
    read, once settled, and for the one batch of a broadcast (`kind`)."""

    message_id: str
    batch_no: str
    state: str
    size: int
    retry_key: str | None = None
    kind: str | None = None
    user_ids: bytes | None = None
    plan_epoch: int | None = None
    attempts: int = 0
    first_attempt_at: str | None = None
    status_code: int | None = None
    request_id: str | None = None
    error: str | None = None
    accepted_at: str | None = None
    history_at: str | None = None
    recorded: bool = False


def recipients(user_ids: Iterable[str]) -> list[str]:
    """Each user id once, in a stable (sorted) order so that two plans of the same set agree."""
    return sorted(set(user_ids))


def batches(user_ids: list[str], size: int = MAX_IDS_PER_MULTICAST) -> list[list[str]]:
    if not 1 <= size <= MAX_IDS_PER_MULTICAST:
        raise ValueError(f"batch size must be 1..{MAX_IDS_PER_MULTICAST}, not {size}")
    return [user_ids[i : i + size] for i in range(0, len(user_ids), size)]


def request_count(recipient_count: int, size: int = MAX_IDS_PER_MULTICAST) -> int:
    return math.ceil(recipient_count / size)


def batch_no(index: int) -> str:
    """Sort key of a batch in the deliveries table: zero-padded so batches sort in order."""
    return f"{index:05d}"


def classify_answer(status: int | None) -> str:
    """What LINE's answer to a multicast means. `None`: no answer (timeout, connection reset).

    2xx: accepted. 409: this retry key was already accepted (an earlier attempt went through), so
    the batch is sent. 429, 5xx and no answer: try again later with the same retry key. Any other
    4xx (400 bad request, 401, 403...): the request itself is wrong, retrying will not help.
    """
    if status is None or status == 0 or status == 429 or status >= 500:
        return ANSWER_RETRY
    if 200 <= status < 300 or status == 409:
        return ANSWER_ACCEPTED
    return ANSWER_FAILED


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter (attempt 1 is the first retry)."""

    max_attempts: int = 6  # attempts within one dispatcher run; later runs go on with the same key
    base_seconds: float = 0.2
    max_seconds: float = 5.0

    def ceiling(self, attempt: int) -> float:
        return min(self.max_seconds, self.base_seconds * (2 ** (attempt - 1)))

    def delay(self, attempt: int, random_fraction: float) -> float:
        """Seconds to wait before retry number `attempt`, given a random number in [0, 1)."""
        return self.ceiling(attempt) * random_fraction


def past_retry_window(first_attempt_at: datetime | None, now: datetime) -> bool:
    """True when sending began so long ago that LINE may have forgotten the retry keys."""
    if first_attempt_at is None:
        return False
    return now - first_attempt_at >= RETRY_KEY_WINDOW - RETRY_KEY_SAFETY_MARGIN


@dataclass(frozen=True)
class Outcome:
    status: str
    sent_count: int
    failed_count: int
    reasons: list[str]


def outcome(batch_results: list[tuple[str, int, str | None]]) -> Outcome:
    """The message's status from its batches: (state, number of ids, error or None) each.

    Every batch accepted (or none to send): sent. None accepted: failed. Otherwise partially_failed.
    Unconfirmed batches count as failed: we cannot tell whether they were delivered.
    """
    sent = sum(n for state, n, _ in batch_results if state == ACCEPTED)
    failed = sum(n for state, n, _ in batch_results if state != ACCEPTED)
    reasons = []
    for state, n, error in batch_results:
        if state == FAILED:
            reasons.append(f"{n}人への送信に失敗しました: {error or '不明なエラー'}")
        elif state == UNCONFIRMED:
            reasons.append(f"{n}人への送信が24時間以内に確認できませんでした（再送はしていません）")
    if not batch_results:
        reasons.append("送信対象の顧客がいませんでした")
    if failed == 0:
        status = SENT
    elif sent == 0:
        status = OUTCOME_FAILED
    else:
        status = PARTIALLY_FAILED
    return Outcome(status, sent, failed, list(dict.fromkeys(reasons)))


def remaining(limit: int, used: int) -> int:
    """What is left of the month's quota (never below zero)."""
    return max(0, limit - used)


def quota_shortfall(recipient_count: int, quota_type: str, quota_value: int | None, used: int) -> str | None:
    """The reason to hold a message, or None when the month's quota covers it.

    A multicast costs one message per recipient (however many message objects it holds).
    quota_type "none" means the account has no monthly limit.
    """
    if quota_type != "limited" or quota_value is None:
        return None
    left = remaining(quota_value, used)
    if recipient_count <= left:
        return None
    return (
        f"今月の送信可能数が足りません: 送信対象 {recipient_count}人に対し、残り {left}通"
        f"（上限 {quota_value}通、使用済み {used}通）"
    )


def content_summary(messages_json: str) -> str:
    """A message's content (`messages_json`) as one line in a timeline: its texts (40 characters
    each), coupons, other types."""
    parts = []
    for shown in json.loads(messages_json or "[]"):
        if shown.get("type") == "text":
            parts.append(shown["text"][:40])
        elif shown.get("type") == "coupon_card":
            parts.append(f"クーポン「{shown.get('title', '')}」")
        else:
            parts.append(f"（{shown.get('type')}）")
    return " / ".join(parts)
