"""logic.groups on in-memory ports (tests/support/memory.py): create, the overlap refused, edit,
delete, and a write that lost the race to another staff member's. No moto: the real adapters are
tested against DynamoDB in tests/integration/test_admin_groups.py."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from linecrm.domain.errors import NotFound, Overlap
from linecrm.domain.groups import Group
from linecrm.logic import groups
from tests.support.memory import memory_ports

pytestmark = pytest.mark.usefixtures("no_aws")


def fields(name: str, gender: str, age_min: int, age_max: int | None) -> dict:
    return {"name": name, "gender": gender, "age_min": age_min, "age_max": age_max}


MALE_20_49 = fields("男性 20〜49歳", "male", 20, 49)


def test_a_created_group_is_stored_with_who_created_it_and_an_audit_entry():
    ports = memory_ports()

    group = groups.create(MALE_20_49, "山田", ports=ports)

    assert ports.groups.get(group.group_id) == group
    assert (group.name, group.gender, group.age_min, group.age_max, group.created_by) == (
        "男性 20〜49歳",
        "male",
        20,
        49,
        "山田",
    )
    assert [(e["action"], e["actor"]) for e in ports.groups.audit] == [("created", "山田")]


def test_an_overlapping_group_is_refused_and_names_the_group_it_overlaps():
    ports = memory_ports()
    first = groups.create(MALE_20_49, "山田", ports=ports)

    with pytest.raises(Overlap) as refused:
        groups.create(fields("30代", "any", 30, 39), "佐藤", ports=ports)

    assert refused.value.details["conflicting_group"] == {"group_id": first.group_id, "name": first.name}
    assert ports.groups.list_all() == [first]


def test_an_edit_changes_the_group_and_records_only_what_changed():
    ports = memory_ports()
    group = groups.create(MALE_20_49, "山田", ports=ports)

    edited = groups.update(group.group_id, {**MALE_20_49, "age_max": 39}, "佐藤", ports=ports)

    assert ports.groups.get(group.group_id) == edited
    assert (edited.age_max, edited.updated_by, edited.created_by) == (39, "佐藤", "山田")
    assert ports.groups.audit[-1]["action"] == "updated"
    assert json.loads(ports.groups.audit[-1]["changes"]) == {"age_max": {"from": 49, "to": 39}}


def test_an_edit_may_not_overlap_another_group_but_may_overlap_its_old_self():
    ports = memory_ports()
    young = groups.create(MALE_20_49, "山田", ports=ports)
    old = groups.create(fields("50歳以上", "male", 50, None), "山田", ports=ports)

    groups.update(young.group_id, {**MALE_20_49, "age_min": 25}, "山田", ports=ports)  # itself only
    with pytest.raises(Overlap):
        groups.update(old.group_id, fields("40歳以上", "male", 40, None), "山田", ports=ports)
    assert ports.groups.get(old.group_id).age_min == 50


def test_a_deleted_group_is_gone_and_deleting_it_again_is_not_found():
    ports = memory_ports()
    group = groups.create(MALE_20_49, "山田", ports=ports)

    groups.delete(group.group_id, "山田", ports=ports)

    assert ports.groups.list_all() == []
    assert ports.groups.audit[-1]["action"] == "deleted"
    with pytest.raises(NotFound):
        groups.delete(group.group_id, "山田", ports=ports)
    with pytest.raises(NotFound):
        groups.update(group.group_id, MALE_20_49, "山田", ports=ports)


def _rival(ports, gender: str, age_min: int, age_max: int | None) -> None:
    """Another staff member's group, committed between our read and our write."""
    rival = Group(group_id="rival", name="他のスタッフ", gender=gender, age_min=age_min, age_max=age_max)
    ports.groups.before_commit = lambda: ports.groups.put(rival, ports.groups.version, {}, new=True)


def test_a_create_that_lost_the_race_to_an_overlapping_group_reads_again_and_is_refused():
    ports = memory_ports()
    _rival(ports, "male", 30, 39)

    with pytest.raises(Overlap) as refused:
        groups.create(MALE_20_49, "山田", ports=ports)

    assert refused.value.details["conflicting_group"]["group_id"] == "rival"
    assert [g.group_id for g in ports.groups.list_all()] == ["rival"]


def test_a_create_that_lost_the_race_to_a_distinct_group_commits_after_reading_again():
    ports = memory_ports()
    _rival(ports, "female", 20, 49)

    group = groups.create(MALE_20_49, "山田", ports=ports)

    assert {g.group_id for g in ports.groups.list_all()} == {"rival", group.group_id}
    assert ports.groups.version == 2


def test_an_edit_racing_with_a_delete_is_not_found():
    ports = memory_ports()
    group = groups.create(MALE_20_49, "山田", ports=ports)
    ports.groups.before_commit = lambda: ports.groups.delete(group.group_id, ports.groups.version, {})

    with pytest.raises(NotFound):
        groups.update(group.group_id, {**MALE_20_49, "age_max": 39}, "佐藤", ports=ports)


def test_groups_are_listed_with_their_members_today():
    ports = memory_ports()
    now = datetime(2026, 12, 1, 3)
    for user_id, gender, born in (
        ("U1", "male", "1990-05-01"),
        ("U2", "male", "1960-01-01"),
        ("U3", "female", "1990-01-01"),
    ):
        ports.customers.save(user_id, None, {"gender": gender, "birth_date": born, "registered": True}, now)
    groups.create(MALE_20_49, "山田", ports=ports)
    groups.create(fields("女性", "female", 0, None), "山田", ports=ports)

    listed = groups.list_with_counts(ports=ports)

    assert [(g.name, g.member_count) for g in listed] == [("女性", 1), ("男性 20〜49歳", 1)]
