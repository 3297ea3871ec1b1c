"""logic.messages on in-memory ports (tests/support/memory.py): create (with whom it reaches now),
edit, cancel, and no change once the message is sending, even when the dispatcher claims it between
the read and the write. No moto: the real adapters are tested in tests/integration/test_admin_messages.py."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from linecrm.domain.errors import Invalid, NotEditable
from linecrm.domain.messages import GroupTarget, TagTarget, TextMessage
from linecrm.jst import JST, now_utc
from linecrm.logic import groups, messages
from tests.support.memory import memory_ports

pytestmark = pytest.mark.usefixtures("no_aws")

SEND_AT = (now_utc() + timedelta(days=3)).astimezone(JST).replace(microsecond=0).isoformat()
LATER = (now_utc() + timedelta(days=4)).astimezone(JST).replace(microsecond=0).isoformat()


def hello(text: str = "こんにちは") -> list[TextMessage]:
    return [TextMessage(type="text", text=text)]


@pytest.fixture
def ports():
    ports = memory_ports()
    now = datetime(2026, 12, 1, 3)
    for user_id, born in (("U1", "1990-05-01"), ("U2", "1985-01-01"), ("U3", "1950-01-01")):
        ports.customers.save(user_id, None, {"gender": "male", "birth_date": born, "registered": True}, now)
    return ports


@pytest.fixture
def group(ports):
    fields = {"name": "男性 20〜49歳", "gender": "male", "age_min": 20, "age_max": 49}
    return groups.create(fields, "山田", ports=ports)


def schedule(ports, group, text: str = "こんにちは"):
    target = GroupTarget(type="group", group_id=group.group_id)
    return messages.create(target, SEND_AT, hello(text), "山田", ports=ports)


def test_a_created_message_is_scheduled_and_shows_whom_it_reaches_now(ports, group):
    created = schedule(ports, group)

    stored = ports.messages.get(created.message_id)
    assert (stored.status, stored.version, stored.created_by) == ("scheduled", 1, "山田")
    assert stored.target == {"type": "group", "group_id": group.group_id}
    assert stored.messages == [{"type": "text", "text": "こんにちは"}]
    assert created.recipient_count == 2  # U1 and U2: the two men of 20 to 49 now
    assert stored.recipient_count is None  # counted when shown, never stored
    assert [e["action"] for e in ports.messages.audit] == ["created"]


def test_a_message_for_a_group_that_does_not_exist_is_refused(ports):
    with pytest.raises(Invalid) as refused:
        messages.create(GroupTarget(type="group", group_id="gone"), SEND_AT, hello(), "山田", ports=ports)
    assert refused.value.details["field"] == "target.group_id"
    assert ports.messages.list_all() == []


def test_an_edit_changes_what_is_given_and_keeps_the_rest(ports, group):
    created = schedule(ports, group)

    edited = messages.edit(created.message_id, None, LATER, None, "佐藤", ports=ports)

    assert (edited.send_at_input, edited.version, edited.updated_by) == (LATER, 2, "佐藤")
    assert edited.messages == [{"type": "text", "text": "こんにちは"}]  # kept
    assert edited.recipient_count == 2
    changes = json.loads(ports.messages.audit[-1]["changes"])
    assert set(changes) == {"send_at", "send_at_input"}


def test_an_edit_to_a_tag_target_reaches_the_tagged(ports, group):
    ports = memory_ports(customers=ports.customers, groups=ports.groups, customer_tags=_Tags({"区分A": 7}))
    created = schedule(ports, group)

    edited = messages.edit(
        created.message_id, TagTarget(type="tag", tag="区分A"), None, None, "佐藤", ports=ports
    )

    assert edited.target == {"type": "tag", "tag": "区分A"} and edited.recipient_count == 7


def test_a_cancelled_message_stays_with_who_cancelled_it_and_can_no_longer_change(ports, group):
    created = schedule(ports, group)

    cancelled = messages.cancel(created.message_id, "佐藤", ports=ports)

    assert (cancelled.status, cancelled.cancelled_by) == ("cancelled", "佐藤")
    with pytest.raises(NotEditable):
        messages.edit(created.message_id, None, LATER, None, "佐藤", ports=ports)
    with pytest.raises(NotEditable):
        messages.cancel(created.message_id, "佐藤", ports=ports)


def test_a_message_that_is_sending_is_not_editable(ports, group):
    created = schedule(ports, group)
    ports.messages.messages[created.message_id] = _claimed(ports.messages.get(created.message_id))

    with pytest.raises(NotEditable) as refused:
        messages.edit(created.message_id, None, None, hello("変更"), "佐藤", ports=ports)

    assert refused.value.details["status"] == "sending"
    assert ports.messages.get(created.message_id).messages == [{"type": "text", "text": "こんにちは"}]


def test_an_edit_racing_with_the_dispatcher_is_refused_by_the_conditional_write(ports, group):
    """The message was scheduled when read; the dispatcher claims it before the write: the write's
    condition (status and version as read) fails, and the answer says it is sending."""
    created = schedule(ports, group)

    def dispatcher_claims() -> None:
        ports.messages.messages[created.message_id] = _claimed(ports.messages.get(created.message_id))

    ports.messages.before_write = dispatcher_claims
    with pytest.raises(NotEditable) as refused:
        messages.edit(created.message_id, None, None, hello("変更"), "佐藤", ports=ports)

    assert refused.value.details["status"] == "sending"
    assert ports.messages.get(created.message_id).messages == [{"type": "text", "text": "こんにちは"}]


def test_an_edit_racing_with_another_staff_edit_is_refused(ports, group):
    created = schedule(ports, group)

    def other_staff() -> None:
        messages.edit(created.message_id, None, LATER, None, "鈴木", ports=ports)

    ports.messages.before_write = other_staff
    with pytest.raises(NotEditable, match="他のスタッフ"):
        messages.edit(created.message_id, None, None, hello("変更"), "佐藤", ports=ports)
    assert ports.messages.get(created.message_id).updated_by == "鈴木"


def _claimed(message):
    from dataclasses import replace

    return replace(message, status="sending", version=message.version + 1)


class _Tags:
    def __init__(self, reach: dict[str, int]) -> None:
        self._reach = reach

    def reach(self, tag: str) -> int:
        return self._reach.get(tag, 0)
