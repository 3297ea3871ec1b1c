"""Groups: create, edit and delete without ever letting two groups overlap, and list them with
today's member counts.

Race safety: read the catalog version and every group, check the overlap rule in memory, then
commit with a transaction conditioned on the version (dal.groups). If another write committed in
between, the transaction is cancelled and we read and check again, a few times with a short
jittered pause; of N overlapping creates racing, exactly one commits and the others, on re-reading,
see it and are refused with 409.

DynamoDB is reached through `ports` (linecrm.logic.ports; the real dal modules by default), so the
rules run on in-memory adapters in tests/unit/test_groups_logic.py.
"""

from __future__ import annotations

import random
import secrets
import time
from dataclasses import replace
from datetime import date
from typing import Any

from linecrm.dal import audit
from linecrm.domain.errors import Busy, NotFound, Overlap
from linecrm.domain.groups import Group, ProfileRange, first_overlap, profile_range_of
from linecrm.jst import iso_utc, now_utc, today_jst
from linecrm.logic.ports import REAL, Ports

ATTEMPTS = 25
PAUSE_SECONDS = 0.02


def _retrying(write, ports: Ports):
    for attempt in range(ATTEMPTS):
        try:
            return write()
        except ports.groups.StaleCatalog:
            time.sleep(random.uniform(0, PAUSE_SECONDS * (1 + attempt)))  # full jitter
    raise Busy("他のスタッフがグループを同時に変更しています。もう一度お試しください")


def _refuse_overlap(profile_range: ProfileRange, groups: list[Group], ignore_id: str | None = None) -> None:
    clash = first_overlap(profile_range, groups, ignore_id)
    if clash is not None:
        raise Overlap(
            f"既存のグループ「{clash.name}」({profile_range_of(clash).describe()}) と対象が重なります",
            conflicting_group={"group_id": clash.group_id, "name": clash.name},
        )


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in ("name", "gender", "age_min", "age_max")}


def create(data: dict[str, Any], actor: str, ports: Ports = REAL) -> Group:
    """`data`: the validated request (name, gender, age_min, age_max)."""
    profile_range = ProfileRange(data["gender"], data["age_min"], data["age_max"])
    group_id = secrets.token_hex(8)

    def attempt() -> Group:
        version, groups = ports.groups.snapshot()
        mine = next((g for g in groups if g.group_id == group_id), None)
        if mine is not None:  # an earlier attempt committed, though its answer was lost (SDK retry)
            return mine
        _refuse_overlap(profile_range, groups)
        now = now_utc()
        group = Group(group_id=group_id, **_fields(data), created_by=actor, created_at=iso_utc(now))
        entry = audit.entry(audit.subject("group", group_id), "created", actor, now, group.fields())
        ports.groups.put(group, version, entry, new=True)
        return group

    return _retrying(attempt, ports)


def update(group_id: str, data: dict[str, Any], actor: str, ports: Ports = REAL) -> Group:
    profile_range = ProfileRange(data["gender"], data["age_min"], data["age_max"])

    def attempt() -> Group:
        version, groups = ports.groups.snapshot()
        current = next((g for g in groups if g.group_id == group_id), None)
        if current is None:
            raise NotFound(f"グループ {group_id} が見つかりません")
        _refuse_overlap(profile_range, groups, ignore_id=group_id)
        now = now_utc()
        group = replace(current, **_fields(data), updated_by=actor, updated_at=iso_utc(now))
        before = current.fields()
        changes = {k: {"from": before[k], "to": v} for k, v in group.fields().items() if before[k] != v}
        entry = audit.entry(audit.subject("group", group_id), "updated", actor, now, changes)
        try:
            ports.groups.put(group, version, entry, new=False)
        except ports.groups.Missing:
            raise NotFound(f"グループ {group_id} が見つかりません") from None
        return group

    return _retrying(attempt, ports)


def delete(group_id: str, actor: str, ports: Ports = REAL) -> None:
    def attempt() -> None:
        version = ports.groups.catalog_version()
        current = ports.groups.get(group_id)
        if current is None:
            raise NotFound(f"グループ {group_id} が見つかりません")
        entry = audit.entry(audit.subject("group", group_id), "deleted", actor, now_utc(), current.fields())
        try:
            ports.groups.delete(group_id, version, entry)
        except ports.groups.Missing:
            raise NotFound(f"グループ {group_id} が見つかりません") from None

    _retrying(attempt, ports)


def member_count(group: Group, today: date, ports: Ports = REAL) -> int:
    """Registered, following customers of the group's gender whose age today is in its range."""
    return ports.member_counts.counts([profile_range_of(group)], today)[0]


def with_count(group: Group, ports: Ports = REAL) -> Group:
    return replace(group, member_count=member_count(group, today_jst(), ports))


def list_with_counts(ports: Ports = REAL) -> list[Group]:
    """Every group, youngest range first then gender, each with its member count today (one read
    of the member counts for all of them: logic.member_counts)."""
    groups = sorted(ports.groups.list_all(), key=lambda g: (g.age_min, g.gender, g.name))
    counted = ports.member_counts.counts([profile_range_of(g) for g in groups], today_jst())
    return [replace(g, member_count=n) for g, n in zip(groups, counted, strict=True)]


def get(group_id: str, ports: Ports = REAL) -> Group:
    group = ports.groups.get(group_id)
    if group is None:
        raise NotFound(f"グループ {group_id} が見つかりません")
    return with_count(group, ports)
