"""In-memory ports (linecrm.logic.ports) for the unit tests of groups, messages and the
conversation: the same functions as the real adapters, the same conditional writes (a condition
that fails raises the real module's exception), no AWS and no moto.

tests/unit/conftest.py's `no_aws` fixture makes sure of the last part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields, replace
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from linecrm.dal import customers as customers_dal
from linecrm.dal import groups as groups_dal
from linecrm.dal import history as history_dal
from linecrm.dal import messages as messages_dal
from linecrm.domain import member_counts as member_counts_domain
from linecrm.domain import statistics as statistics_domain
from linecrm.domain.customers import Customer
from linecrm.domain.groups import Group, ProfileRange
from linecrm.domain.messages import Message
from linecrm.domain.timeline import TimelineEntry
from linecrm.jst import iso_utc, today_jst
from linecrm.logic.ports import Ports


class MemoryCustomers:
    """dal.customers: reads give `Customer` records; `save` is conditional on the customer as read
    (created only if absent; changed only if its guarded attributes are still as read), else
    `Conflict`. `items` holds the stored items."""

    Conflict = customers_dal.Conflict

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.committed_with: list[dict[str, Any]] = []  # `also`: what a save committed with it
        self.history: MemoryHistory | None = None  # gets the timeline entries a save commits
        self.before_save: Any = None  # a callable(user_id): a concurrent change, for race tests

    def get(self, user_id: str) -> Customer | None:
        item = self.items.get(user_id)
        return None if item is None else customers_dal.from_item(item)

    def save(
        self, user_id: str, current: Customer | None, changes: dict, now: datetime, also: Sequence = ()
    ) -> Customer:
        if self.before_save is not None:
            hook, self.before_save = self.before_save, None
            hook(user_id)
        stored = self.items.get(user_id)
        if current is None and stored is not None:
            raise self.Conflict(user_id)
        if current is not None and (
            stored is None
            or any(
                getattr(customers_dal.from_item(stored), k) != getattr(current, k)
                for k in customers_dal.GUARDED
            )
        ):
            raise self.Conflict(user_id)
        merged = {**(stored or {}), **changes, "user_id": user_id, "updated_at": iso_utc(now)}
        merged |= customers_dal.index_keys(merged)
        item = {k: v for k, v in merged.items() if v is not None}
        self.items[user_id] = item
        self.committed_with.extend(also)
        for operation in also:
            if "HistoryPut" in operation and self.history is not None:
                self.history.put(operation["HistoryPut"])
        return customers_dal.from_item(item)

    def set_plain(self, user_id: str, values: dict[str, Any]) -> bool:
        if user_id not in self.items:
            return False
        item = {**self.items[user_id], **values}
        self.items[user_id] = {k: v for k, v in item.items() if v is not None}
        return True

    def count_following(self) -> int:
        return sum(1 for c in self.items.values() if c.get("friendship"))


class MemoryHistory:
    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    entry = staticmethod(history_dal.entry)  # pure: builds the item

    def append(
        self, user_id: str, kind: str, text: str = "", payload: Any = None, **options: Any
    ) -> TimelineEntry:
        return history_dal.from_item(self.put(history_dal.entry(user_id, kind, text, payload, **options)))

    def put(self, item: dict[str, Any]) -> dict[str, Any]:
        key = (item["user_id"], item["entry_id"])
        self.entries = [e for e in self.entries if (e["user_id"], e["entry_id"]) != key]
        self.entries.append(item)
        return item

    def forget_pending(self, user_id: str) -> None:
        """Writes here are never deferred (logic.webhook_post's adapter defers them)."""

    def put_operation(self, item: dict[str, Any], overwrite: bool = False) -> dict[str, Any]:
        """A marker the customers' save applies with the change (as TransactWriteItems would)."""
        return {"HistoryPut": item}

    def kinds(self, user_id: str) -> list[str]:
        return [e["kind"] for e in self.entries if e["user_id"] == user_id]


class MemoryGroups:
    """dal.groups: every write is conditional on the catalog version read (`StaleCatalog`), and an
    edit or delete on the group existing (`Missing`); a create on it not existing."""

    StaleCatalog = groups_dal.StaleCatalog
    Missing = groups_dal.Missing

    def __init__(self) -> None:
        self.version = 0
        self.groups: dict[str, Group] = {}
        self.audit: list[dict[str, Any]] = []
        self.before_commit: Any = None  # a callable(): another staff member's write, for race tests

    def catalog_version(self) -> int:
        return self.version

    def snapshot(self) -> tuple[int, list[Group]]:
        return self.version, self.list_all()

    def list_all(self) -> list[Group]:
        return list(self.groups.values())

    def get(self, group_id: str) -> Group | None:
        return self.groups.get(group_id)

    def _commit(self, expected: int, group_id: str, exists: bool) -> None:
        if self.before_commit is not None:
            hook, self.before_commit = self.before_commit, None
            hook()
        if expected != self.version:
            raise self.StaleCatalog
        if (group_id in self.groups) != exists:
            raise self.Missing
        self.version += 1

    def put(self, group: Group, expected_version: int, audit_item: dict[str, Any], *, new: bool) -> None:
        self._commit(expected_version, group.group_id, exists=not new)
        self.groups[group.group_id] = replace(group, member_count=None)  # never stored
        self.audit.append(audit_item)

    def delete(self, group_id: str, expected_version: int, audit_item: dict[str, Any]) -> None:
        self._commit(expected_version, group_id, exists=True)
        del self.groups[group_id]
        self.audit.append(audit_item)


class MemoryMemberCounts:
    """logic.member_counts: members of each profile range today, counted from the customers."""

    def __init__(self, customers: MemoryCustomers) -> None:
        self.customers = customers

    def counts(self, ranges: Sequence[ProfileRange], today: date) -> list[int]:
        buckets = [member_counts_domain.bucket_of(c) for c in self.customers.items.values()]
        return [sum(member_counts_domain.in_range(b, r, today) for b in buckets) for r in ranges]


class MemoryMessages:
    """dal.messages: edits and cancels are conditional on the status (`scheduled`, or `held` for a
    reschedule) and on the version read, else `NotScheduled`; a create on the id being new."""

    SCHEDULED, CANCELLED, HELD = messages_dal.SCHEDULED, messages_dal.CANCELLED, messages_dal.HELD
    NotScheduled = messages_dal.NotScheduled
    _FIELDS = frozenset(f.name for f in fields(Message))

    def __init__(self) -> None:
        self.messages: dict[str, Message] = {}
        self.audit: list[dict[str, Any]] = []
        self.before_write: Any = None  # a callable(): the dispatcher claiming the message meanwhile

    def get(self, message_id: str) -> Message | None:
        return self.messages.get(message_id)

    def list_all(self, status: str | None = None) -> list[Message]:
        found = [m for m in self.messages.values() if status is None or m.status == status]
        return sorted(found, key=lambda m: m.send_at, reverse=True)

    def create(self, message: Message, audit_item: dict[str, Any]) -> None:
        if message.message_id in self.messages:
            raise self.NotScheduled
        self.messages[message.message_id] = replace(
            message, status=self.SCHEDULED, version=1, recipient_count=None
        )
        self.audit.append(audit_item)

    def update(
        self,
        message_id: str,
        version: int,
        changes: dict[str, Any],
        audit_item: dict[str, Any],
        status: str = messages_dal.SCHEDULED,
    ) -> None:
        if self.before_write is not None:
            hook, self.before_write = self.before_write, None
            hook()
        current = self.messages.get(message_id)
        if current is None or current.status != status or current.version != version:
            raise self.NotScheduled
        kept = {k: v for k, v in changes.items() if k in self._FIELDS}
        self.messages[message_id] = replace(current, **kept, version=version + 1)
        self.audit.append(audit_item)

    def cancel(
        self, message_id: str, version: int, cancelled: dict[str, Any], audit_item: dict[str, Any]
    ) -> None:
        self.update(message_id, version, {"status": self.CANCELLED, **cancelled}, audit_item)

    def reschedule(
        self, message_id: str, version: int, changes: dict[str, Any], audit_item: dict[str, Any]
    ) -> None:
        self.update(message_id, version, {**changes, "status": self.SCHEDULED}, audit_item, self.HELD)


class MemoryCouponUses:
    def __init__(self) -> None:
        self.used: dict[str, set[str]] = {}

    def uses(self, coupons: Iterable[dict[str, Any]]) -> dict[str, int]:
        return {c["coupon_id"]: len(self.used.get(c["coupon_id"], ())) for c in coupons}


class MemoryLine:
    """linecrm.line_api: `messaging_api()` records replies and answers profile requests."""

    def __init__(self, display_name: str = "テスト太郎") -> None:
        self.replies: list[dict[str, Any]] = []
        self.display_name = display_name

    def messaging_api(self) -> Any:
        return self

    def request_timeout(self) -> tuple[float, float]:
        return (1.0, 1.0)

    def reply_message(self, request: Any, **_: Any) -> None:
        self.replies.append(request.to_dict())

    def get_profile(self, user_id: str, **_: Any) -> Any:
        return SimpleNamespace(user_id=user_id, display_name=self.display_name)

    def last_texts(self) -> list[str]:
        return [m.get("text") for m in self.replies[-1]["messages"]] if self.replies else []


class MemoryStatistics:
    """logic.statistics: the counters a turn adds (domain.statistics), as markers the customers'
    save commits with the change."""

    def turn_operations(
        self, user_id: str, before: Customer | None, changes: dict, event_type: str | None, at: datetime
    ) -> list[dict[str, Any]]:
        counts = statistics_domain.turn_counts(before, changes, event_type, today_jst(at), [])
        return [{"stat": key, "add": c} for key, c in sorted(counts.items())]


class NoFeatures:
    """logic.chat_features with no feature: every text goes to the registration conversation."""

    def on_text(self, *_: Any) -> None:
        return None

    def on_postback(self, *_: Any) -> None:
        return None


class NoSurveys:
    def after_registration(self, customer: Customer) -> list[dict]:
        return []


def memory_ports(**overrides: Any) -> Ports:
    """Every port the logic of groups, messages and the conversation uses, in memory."""
    customers = overrides.pop("customers", None) or MemoryCustomers()
    customers.history = overrides.get("history") or customers.history or MemoryHistory()
    adapters: dict[str, Any] = {
        "customers": customers,
        "history": customers.history,
        "groups": MemoryGroups(),
        "messages": MemoryMessages(),
        "member_counts": MemoryMemberCounts(customers),
        "coupon_uses": MemoryCouponUses(),
        "line": MemoryLine(),
        "statistics": MemoryStatistics(),
        "features": NoFeatures(),
        "surveys": NoSurveys(),
    }
    return Ports(**(adapters | overrides))
