"""Japan time. Staff think and customers live in Asia/Tokyo, which has no daylight saving time,
so a fixed +09:00 offset is exact and needs no tz database on Lambda."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")


def now_utc() -> datetime:
    return datetime.now(UTC)


def today_jst(now: datetime | None = None) -> date:
    return (now or now_utc()).astimezone(JST).date()


def iso_utc(moment: datetime) -> str:
    """Sortable UTC text used in DynamoDB keys: 2026-11-26T05:00:00.000000Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    """The instant `iso_utc` wrote (fromisoformat reads its trailing Z as UTC since Python 3.11)."""
    return datetime.fromisoformat(text).astimezone(UTC)
