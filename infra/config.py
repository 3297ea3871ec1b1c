"""Deployment settings, read once from CDK context (`cdk.json` or `-c key=value`).

`python app.py` does not read cdk.json (the CDK CLI does), so every value has a default here and
cdk.json repeats the defaults only to show what can be set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aws_cdk import aws_logs as logs
from constructs import Construct

LOG_LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR"}
# dev and prod can live in one account and region: the stage is in every name (stack, API stage,
# secret); tables and other resources get CloudFormation names derived from the stack's.
STAGES = ("dev", "prod")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
BASIC_ID = re.compile(r"^@[0-9A-Za-z_.-]{1,40}$")  # the LINE account's basic ID (@xxxx)

# jsii's RetentionDays values are names, not numbers: the days CloudWatch Logs accepts that make
# sense here.
RETENTION_BY_DAYS = {
    7: logs.RetentionDays.ONE_WEEK,
    14: logs.RetentionDays.TWO_WEEKS,
    30: logs.RetentionDays.ONE_MONTH,
    90: logs.RetentionDays.THREE_MONTHS,
    180: logs.RetentionDays.SIX_MONTHS,
    365: logs.RetentionDays.ONE_YEAR,
    731: logs.RetentionDays.TWO_YEARS,
}
DEFAULT_LOG_RETENTION_DAYS = 30


@dataclass(frozen=True)
class Config:
    stage: str = "dev"
    owner: str = "kuroge-it"  # the `owner` tag: who answers for the stack
    # LINE allows 200 multicast requests/s per channel; 195 keeps a margin so that network jitter never puts
    # 201 requests in one of LINE's one-second windows (at 200/s the 1M benchmark met nine 429s).
    multicast_rate_per_second: int = 195
    log_level: str = "INFO"
    log_retention: logs.RetentionDays = RETENTION_BY_DAYS[DEFAULT_LOG_RETENTION_DAYS]
    alarm_email: str | None = None  # subscribed to the alarm topic; required for prod
    # The account's basic ID: the register QR codes open the chat with it (LINE_BASIC_ID).
    line_basic_id: str = "@kuroge"

    @classmethod
    def from_context(cls, scope: Construct) -> Config:
        node = scope.node
        stage = str(node.try_get_context("stage") or cls.stage)
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {list(STAGES)} (-c stage=dev|prod), got {stage!r}")
        rate = int(node.try_get_context("multicast_rate_per_second") or cls.multicast_rate_per_second)
        if not 1 <= rate <= 200:
            raise ValueError(f"multicast_rate_per_second must be 1..200 (LINE's limit), got {rate}")
        level = str(node.try_get_context("log_level") or cls.log_level).upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"log_level must be one of {sorted(LOG_LEVELS)}, got {level}")
        days = int(node.try_get_context("log_retention_days") or DEFAULT_LOG_RETENTION_DAYS)
        email = str(node.try_get_context("alarm_email") or "").strip() or None
        if email and not EMAIL.match(email):
            raise ValueError(f"alarm_email must be an e-mail address, got {email!r}")
        if stage == "prod" and not email:
            raise ValueError(
                "alarm_email is required for stage prod: alarms nobody receives are no alarms "
                "(cdk deploy -c stage=prod -c alarm_email=ops@example.jp)"
            )
        basic_id = str(node.try_get_context("line_basic_id") or cls.line_basic_id).strip()
        if not BASIC_ID.match(basic_id):
            raise ValueError(f"line_basic_id must be the account's basic ID (@xxxx), got {basic_id!r}")
        return cls(
            stage=stage,
            owner=str(node.try_get_context("owner") or cls.owner),
            multicast_rate_per_second=rate,
            log_level=level,
            log_retention=_retention(days),
            alarm_email=email,
            line_basic_id=basic_id,
        )


def _retention(days: int) -> logs.RetentionDays:
    if days not in RETENTION_BY_DAYS:
        raise ValueError(f"log_retention_days must be one of {sorted(RETENTION_BY_DAYS)}, got {days}")
    return RETENTION_BY_DAYS[days]
