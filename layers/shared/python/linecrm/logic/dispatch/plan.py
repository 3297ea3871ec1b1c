"""Planning a claimed message: resolve whom it reaches, check the quota, write every batch.

All batches are written with a retry key each before anything is sent, then the message is
marked planned (its plan committed). An unfinished plan is replaced by the next claim (each claim
has a higher `claim_epoch`, and a plan's items can only be overwritten by a higher epoch); a
committed plan never changes. Target `all` is one broadcast batch (LINE sends it to every
friend); groups and tags are multicast batches of at most 500 ids.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from linecrm.dal import audience, deliveries, message_dispatch
from linecrm.domain import delivery
from linecrm.jst import today_jst
from linecrm.logic import friends, quota
from linecrm.logic.dispatch.options import Checkpoint, DispatchOptions, LostClaim, QuotaUnknown
from linecrm.logic.dispatch.send import line_error
from linecrm.observability import metrics


class Stop(Exception):
    """The message ends (or waits) before sending: `status` None means deferred to the next run."""

    def __init__(self, status: str | None, reasons: list[str], **fields: Any) -> None:
        super().__init__(status)
        self.status, self.reasons, self.fields = status, reasons, fields


class Planner:
    def __init__(
        self,
        api: Any,
        insight: Any,
        options: DispatchOptions,
        checkpoint: Checkpoint,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
    ) -> None:
        self.api, self.insight, self.options = api, insight, options
        self.checkpoint, self.clock, self.sleep = checkpoint, clock, sleep
        # LINE's usage figure as this run must see it: at least what it said first plus what this
        # run has planned since (its figure may lag behind messages this run just sent).
        self._usage_floor: int | None = None

    def plan(self, message: dict[str, Any], me: str) -> list[dict]:
        """Write and commit the message's batches and return them; Stop when it ends here."""
        mid, epoch = message["message_id"], int(message["claim_epoch"])
        if message["target"].get("type") == "all":
            count, source = self.friend_count()
            self.checkpoint("resolved")
            plan = [(delivery.batch_no(0), None, str(uuid.uuid4()))] if count else []
            extra = {"recipient_count_source": source}
        else:
            try:
                ids = delivery.recipients(audience.member_ids(message["target"], today_jst(self.clock())))
            except audience.TargetError as error:
                raise Stop(
                    delivery.OUTCOME_FAILED, [str(error)], recipient_count=0, request_count=0
                ) from None
            self.checkpoint("resolved")
            count, extra = len(ids), {}
            plan = [
                (delivery.batch_no(i), ids_, str(uuid.uuid4()))
                for i, ids_ in enumerate(delivery.batches(ids, self.options.batch_size))
            ]
        self.check_quota(count)
        self.checkpoint("quota_checked")
        batches = deliveries.write_plan(
            mid, epoch, plan, size=count, after_chunk=lambda: self.checkpoint("plan_chunk_written")
        )
        if batches is None or not message_dispatch.mark_planned(mid, me, epoch, count, len(plan), **extra):
            raise LostClaim(mid)
        self.checkpoint("planned")
        return batches

    def friend_count(self) -> tuple[int, str]:
        try:
            figure = friends.from_line(self.insight, self.clock(), self.read_from_line)
        except QuotaUnknown:
            figure = None
        if figure is not None:
            return figure, friends.LINE
        return friends.known()

    def check_quota(self, recipient_count: int) -> None:
        if not recipient_count:
            return
        try:
            kind, limit, used = quota.read(self.api, self.read_from_line)
        except QuotaUnknown as error:
            raise Stop(
                None, [f"LINEの送信可能数を確認できないため、次回の実行で送信します: {error}"]
            ) from None
        usage = max(used, self._usage_floor or 0)
        shortfall = delivery.quota_shortfall(recipient_count, kind, limit, usage)
        if shortfall:
            metrics.add_metric(name="MessagesHeld", unit="Count", value=1)
            raise Stop(delivery.HELD, [shortfall], recipient_count=recipient_count, request_count=0)
        self._usage_floor = usage + recipient_count

    def read_from_line(self, call: Callable[[], Any]) -> Any:
        """A GET to LINE, retried on 429/5xx/no answer like a batch; QuotaUnknown when it never works."""
        import urllib3
        from linebot.v3.insight import ApiException as InsightApiException
        from linebot.v3.messaging import ApiException

        policy = self.options.retry
        for attempt in range(1, policy.max_attempts + 1):
            try:
                return call()
            except (ApiException, InsightApiException) as error:
                problem = f"{error.status} {line_error(error.body)}"
                if delivery.classify_answer(error.status or None) != delivery.ANSWER_RETRY:
                    raise QuotaUnknown(problem) from error
            except (urllib3.exceptions.HTTPError, OSError) as error:
                problem = f"{type(error).__name__}: {error}"
            if attempt < policy.max_attempts:
                self.sleep(policy.delay(attempt, random.random()))
        raise QuotaUnknown(problem)
