"""Scheduled messages: create, edit, cancel, read; with the number of customers they reach now.

Validation of the content is in domain.messages (pydantic, LINE's limits); here: the target must
exist, coupon cards are rendered once at save time (the dispatcher sends `line_messages_json` as
is), and every change is conditional on the message still being `scheduled` (dal.messages).

DynamoDB is reached through `ports` (linecrm.logic.ports; the real dal modules by default), so the
rules run on in-memory adapters in tests/unit/test_messages_logic.py.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from linecrm.dal import audit
from linecrm.dal import messages as dal
from linecrm.domain import messages as domain
from linecrm.domain.errors import Invalid, NotEditable, NotFound
from linecrm.domain.groups import Group
from linecrm.domain.messages import Message
from linecrm.jst import iso_utc, now_utc, today_jst
from linecrm.logic import groups
from linecrm.logic.ports import REAL, Ports


def _target_dict(target: Any) -> dict[str, Any]:
    return target.model_dump() if hasattr(target, "model_dump") else dict(target)


def recipient_count(target: dict[str, Any], today: date | None = None, ports: Ports = REAL) -> int:
    """How many customers the target reaches now (the dispatcher resolves it again at send time)."""
    today = today or today_jst()
    if target["type"] == "all":
        return ports.customers.count_following()
    if target["type"] == "group":
        return groups.member_count(_group_of(target, ports), today, ports)
    if target["type"] == "tag":
        return ports.customer_tags.reach(target["tag"])  # the tag's counter: one read
    if target["type"] == "survey":
        _check_survey_answer(target, ports)
    return sum(1 for _ in ports.recipients.user_ids(target, today))


def _check_survey_answer(target: dict[str, Any], ports: Ports) -> None:
    """A survey target names a question that exists and one of its choices; Invalid otherwise."""
    question = ports.survey_questions.get(target["question_id"])
    if question is None:
        raise Invalid(f"アンケートの質問 {target['question_id']} は存在しません", field="target.question_id")
    if target["choice"] not in question.choices:
        raise Invalid(f"「{target['choice']}」はこの質問の選択肢にありません", field="target.choice")


def _group_of(target: dict[str, Any], ports: Ports) -> Group:
    """The group a group target names; Invalid when it does not exist."""
    group = ports.groups.get(target["group_id"])
    if group is None:
        raise Invalid(f"グループ {target['group_id']} は存在しません", field="target.group_id")
    return group


def estimate(target: Any, ports: Ports = REAL) -> dict[str, Any]:
    """For the composer, before saving: whom the target reaches now and the month's quota. Target
    `all` is a broadcast to every friend: LINE's friend count (logic.friends)."""
    from linecrm.logic import friends, quota

    target = _target_dict(target)
    count = friends.count()[0] if target["type"] == "all" else recipient_count(target, ports=ports)
    return {"recipient_count": count, "quota": quota.month(count)}


def _content(message_id: str, send_at: str, messages: list[Any]) -> dict[str, Any]:
    line_messages, coupons = domain.to_line(message_id, messages)
    try:
        moment = domain.parse_send_at(send_at)
    except ValueError as error:  # a kept send time that has passed since it was set
        raise Invalid(str(error), field="send_at") from None
    cards = [i for i, m in enumerate(messages) if getattr(m, "type", None) == "coupon_card"]
    late = domain.expired_by([messages[i].expires_at for i in cards], moment)
    if late is not None:
        _refuse_expired(f"messages[{cards[late]}].expires_at")
    return {
        "send_at": iso_utc(moment),
        "send_at_input": send_at,
        "messages_json": json.dumps([m.model_dump(exclude_none=True) for m in messages], ensure_ascii=False),
        "line_messages_json": json.dumps(line_messages, ensure_ascii=False),
        "coupons": coupons,
    }


def _refuse_expired(field: str) -> None:
    raise Invalid("クーポンの有効期限が送信日時より前です。有効期限か送信日時を見直してください", field=field)


def create(target: Any, send_at: str, messages: list[Any], actor: str, ports: Ports = REAL) -> Message:
    """A new scheduled message; `target`, `send_at` and `messages` as validated by the API."""
    target = _target_dict(target)
    count = recipient_count(target, ports=ports)
    message_id = secrets.token_hex(8)
    now = now_utc()
    message = Message(
        message_id=message_id,
        status=dal.SCHEDULED,
        target=target,
        **_content(message_id, send_at, messages),
        created_by=actor,
        created_at=iso_utc(now),
    )
    entry = audit.entry(
        audit.subject("message", message_id),
        "created",
        actor,
        now,
        {"target": target, "send_at": send_at, "messages": message.messages},
    )
    try:
        ports.messages.create(message, entry)
    except ports.messages.NotScheduled:
        if ports.messages.get(message_id) is None:  # not an SDK retry of a write that had committed
            raise
    return replace(message, recipient_count=count)


def _current(message_id: str, ports: Ports) -> Message:
    message = ports.messages.get(message_id)
    if message is None:
        raise NotFound(f"メッセージ {message_id} が見つかりません")
    return message


def _refuse_unless_scheduled(message: Message) -> None:
    if message.status != dal.SCHEDULED:
        raise NotEditable(
            f"このメッセージは変更できません（状態: {message.status}）。送信開始前のものだけ変更・取り消しできます",
            status=message.status,
        )


@contextmanager
def _unless_changed_meanwhile(message_id: str, ports: Ports) -> Iterator[None]:
    """Around a write conditional on the version read: when it fails, say why (no longer scheduled,
    or another staff member's change came first)."""
    try:
        yield
    except ports.messages.NotScheduled:
        _refuse_unless_scheduled(_current(message_id, ports))
        raise NotEditable(
            "このメッセージは他のスタッフが同時に変更しました。読み込み直してください"
        ) from None


def edit(
    message_id: str,
    target: Any,
    send_at: str | None,
    messages: list[Any] | None,
    actor: str,
    ports: Ports = REAL,
) -> Message:
    """Change what is given (None: keep) of a message that has not started sending."""
    current = _current(message_id, ports)
    _refuse_unless_scheduled(current)
    changes: dict[str, Any] = {}
    if target is not None:
        changes["target"] = _target_dict(target)
        if changes["target"]["type"] == "group":
            _group_of(changes["target"], ports)  # refuses a group that does not exist
    if send_at is not None or messages is not None:
        kept = [_revalidate(m) for m in current.messages] if messages is None else messages
        content = _content(message_id, send_at or current.send_at_input, kept)
        changes |= {k: v for k, v in content.items() if v != getattr(current, k)}
    now = now_utc()
    changes |= {"updated_by": actor, "updated_at": iso_utc(now)}
    entry = audit.entry(
        audit.subject("message", message_id),
        "updated",
        actor,
        now,
        {k: v for k, v in changes.items() if k not in ("updated_by", "updated_at", "line_messages_json")},
    )
    with _unless_changed_meanwhile(message_id, ports):
        ports.messages.update(message_id, current.version, changes, entry)
    return view(_current(message_id, ports), ports=ports)


def reschedule(message_id: str, send_at: str, actor: str, ports: Ports = REAL) -> Message:
    """A held message (the month's quota could not take it) scheduled again at `send_at`."""
    current = _current(message_id, ports)
    if current.status != dal.HELD:
        raise NotEditable(
            f"保留中のメッセージだけ再予約できます（状態: {current.status}）",
            status=current.status,
        )
    try:
        moment = domain.parse_send_at(send_at)
    except ValueError as error:
        raise Invalid(str(error), field="send_at") from None
    if domain.expired_by([c.get("expires_at") for c in current.coupons], moment) is not None:
        _refuse_expired("send_at")  # a held message moved past its coupon's expiry
    now = now_utc()
    changes = {
        "send_at": iso_utc(moment),
        "send_at_input": send_at,
        "updated_by": actor,
        "updated_at": iso_utc(now),
    }
    entry = audit.entry(audit.subject("message", message_id), "rescheduled", actor, now, {"send_at": send_at})
    try:
        ports.messages.reschedule(message_id, current.version, changes, entry)
    except ports.messages.NotScheduled:
        raise NotEditable(
            "このメッセージは他のスタッフが同時に変更しました。読み込み直してください"
        ) from None
    return view(_current(message_id, ports), ports=ports)


def _revalidate(stored: dict[str, Any]) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(domain.MessageObject).validate_python(stored)


def cancel(message_id: str, actor: str, ports: Ports = REAL) -> Message:
    current = _current(message_id, ports)
    _refuse_unless_scheduled(current)
    now = now_utc()
    entry = audit.entry(audit.subject("message", message_id), "cancelled", actor, now)
    with _unless_changed_meanwhile(message_id, ports):
        ports.messages.cancel(
            message_id, current.version, {"cancelled_by": actor, "cancelled_at": iso_utc(now)}, entry
        )
    return view(_current(message_id, ports), ports=ports)


def view(message: Message, reach: dict[str, int] | None = None, ports: Ports = REAL) -> Message:
    """The message as staff see it: each coupon with its uses, and a scheduled one with whom it
    would reach now (`reach`: counts by target already made for other messages of the same
    listing)."""
    uses = ports.coupon_uses.uses(message.coupons)
    shown = replace(message, coupons=[{**c, "uses": uses[c["coupon_id"]]} for c in message.coupons])
    if message.status == dal.SCHEDULED and message.recipient_count is None:
        reach = {} if reach is None else reach
        key = json.dumps(message.target, sort_keys=True)
        if key not in reach:
            try:
                reach[key] = recipient_count(message.target, ports=ports)
            except Invalid:
                reach[key] = 0  # its group was deleted since: it would reach no one
        shown = replace(shown, recipient_count=reach[key])
    return shown


def get(message_id: str, ports: Ports = REAL) -> Message:
    return view(_current(message_id, ports), ports=ports)


def list_all(status: str | None, ports: Ports = REAL) -> list[Message]:
    reach: dict[str, int] = {}  # one count per target, however many messages share it
    return [view(m, reach, ports) for m in ports.messages.list_all(status)]
