"""In-memory ports (linecrm.logic.ports) for the dispatcher's unit tests, and a LINE that records
what it delivers: the same functions as dal.message_dispatch, dal.deliveries, dal.recipients and
dal.stats, with the same conditions (the claim and its epoch, the plan's epochs, the batch ledger),
no AWS and no moto. A write whose condition fails answers as the real one does (None, False, or
nothing written); a target that cannot be resolved raises dal.recipients.TargetError.

Items are stored as copies and read back as copies, as DynamoDB does; messages and batches are
read as the real modules' records (dal.message_dispatch.from_item: `Delivery`, dal.deliveries'
`Batch`), `items` holds them as stored. tests/unit/conftest.py's
`no_aws` fixture makes sure nothing reaches AWS.
"""

from __future__ import annotations

import copy
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict
from datetime import date
from types import SimpleNamespace
from typing import Any

from linecrm.dal import deliveries as deliveries_dal
from linecrm.dal import history as history_dal
from linecrm.dal import message_dispatch as dispatch_dal
from linecrm.dal import recipients as recipients_dal
from linecrm.dal.messages import PENDING, SCHEDULED
from linecrm.domain import member_counts as member_counts_domain
from linecrm.domain.delivery import FAILED, PLANNED, UNCONFIRMED, Batch, Delivery, PlanProgress, batch_no
from linecrm.domain.groups import profile_range_of
from linecrm.domain.statistics import Counters
from linecrm.jst import parse_utc
from linecrm.logic.ports import Ports
from tests.support.memory import MemoryCustomers, MemoryGroups, MemoryHistory, memory_ports

SENDING, UNSETTLED = dispatch_dal.SENDING, dispatch_dal.UNSETTLED


def _set(item: dict[str, Any], updates: Mapping[str, Any]) -> None:
    """SET each attribute, REMOVE those whose value is None (dal.dynamo.update_expression)."""
    for name, value in updates.items():
        if value is None:
            item.pop(name, None)
        else:
            item[name] = copy.deepcopy(value)


def _record(item: dict[str, Any]) -> Delivery:
    """The message as dal.message_dispatch reads it, from a copy of the stored item."""
    return dispatch_dal.from_item(copy.deepcopy(item))


class MemoryStats:
    """dal.stats: `add_operation` is a marker that MemoryMessageDispatch.finish commits with the
    outcome (as TransactWriteItems would); `read` gives the counters."""

    def __init__(self) -> None:
        self.counters: dict[str, dict[str, int]] = {}

    def add_operation(self, key: str, counts: Mapping[str, int]) -> dict[str, Any]:
        return {"stat": key, "add": dict(counts)}

    def apply(self, operation: dict[str, Any]) -> None:
        counters = self.counters.setdefault(operation["stat"], {})
        for name, n in operation["add"].items():
            counters[name] = counters.get(name, 0) + n

    def read(self, keys: Iterable[str]) -> dict[str, Counters]:
        return {k: Counters(self.counters[k]) for k in set(keys) if k in self.counters}


class MemoryMessageDispatch:
    """dal.message_dispatch on message items: a claim takes a scheduled message still due, or a
    sending one whose lease expired, and adds 1 to `claim_epoch`; every later write needs the claim
    (`claimed_by`, `claim_epoch`, still `sending`), and `mark_planned` a plan not yet committed."""

    def __init__(self, stats: MemoryStats) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.stats = stats
        self._lock = threading.Lock()  # one item write at a time, as DynamoDB's conditional writes

    def put(self, item: dict[str, Any]) -> None:
        """Seed a stored message (what dal.messages.create writes)."""
        self.items[item["message_id"]] = copy.deepcopy(item)

    def get(self, message_id: str) -> Delivery | None:
        item = self.items.get(message_id)
        return None if item is None else _record(item)

    def list_all(self) -> list[Delivery]:
        return [_record(m) for m in sorted(self.items.values(), key=lambda m: m["send_at"], reverse=True)]

    def due(self, now_iso: str) -> list[Delivery]:
        found = [m for m in self.items.values() if PENDING in m and m["send_at"] <= now_iso]
        return [_record(m) for m in sorted(found, key=lambda m: (m["send_at"], m["message_id"]))]

    def unsettled(self) -> list[Delivery]:
        found = [m for m in self.items.values() if UNSETTLED in m and "finished_at" in m]  # the GSI's keys
        return [_record(m) for m in sorted(found, key=lambda m: (m["finished_at"], m["message_id"]))]

    def mark_settled(self, message_id: str) -> bool:
        with self._lock:
            if message_id not in self.items:
                return False
            self.items[message_id].pop(UNSETTLED, None)
            return True

    def claim(
        self, message_id: str, dispatcher_id: str, now_iso: str, lease_until_iso: str
    ) -> Delivery | None:
        with self._lock:
            item = self.items.get(message_id)
            if item is None or PENDING not in item or item["send_at"] > now_iso:
                return None
            status = item.get("status")
            if not (status == SCHEDULED or (status == SENDING and item["lease_until"] < now_iso)):
                return None
            item.update(status=SENDING, claimed_by=dispatcher_id, lease_until=lease_until_iso)
            item.setdefault("started_at", now_iso)
            item["claim_epoch"] = int(item.get("claim_epoch", 0)) + 1
            return _record(item)

    def _owned(self, message_id: str, dispatcher_id: str, epoch: int) -> dict[str, Any] | None:
        item = self.items.get(message_id)
        held = (
            item is not None
            and item.get("claimed_by") == dispatcher_id
            and item.get("claim_epoch") == epoch
            and item.get("status") == SENDING
        )
        return item if held else None

    def _owned_set(self, message_id: str, dispatcher_id: str, epoch: int, updates: Mapping[str, Any]) -> bool:
        with self._lock:
            item = self._owned(message_id, dispatcher_id, epoch)
            if item is None:
                return False
            _set(item, updates)
            return True

    def extend_lease(self, message_id: str, dispatcher_id: str, epoch: int, lease_until_iso: str) -> bool:
        return self._owned_set(message_id, dispatcher_id, epoch, {"lease_until": lease_until_iso})

    def release(self, message_id: str, dispatcher_id: str, epoch: int, now_iso: str, reason: str) -> bool:
        return self._owned_set(
            message_id, dispatcher_id, epoch, {"lease_until": now_iso, "reasons": [reason]}
        )

    def save_progress(self, message_id: str, dispatcher_id: str, epoch: int, progress: PlanProgress) -> bool:
        return self._owned_set(message_id, dispatcher_id, epoch, {"plan_progress": asdict(progress)})

    def mark_planned(
        self, message_id: str, dispatcher_id: str, epoch: int, recipient_count: int, batch_count: int, **extra
    ) -> bool:
        with self._lock:
            item = self._owned(message_id, dispatcher_id, epoch)
            if item is None or item.get("planned"):  # a committed plan is never replaced
                return False
            counts = {
                "recipient_count": recipient_count,
                "batch_count": batch_count,
                "request_count": batch_count,
            }
            _set(item, {"planned": True, "plan_epoch": epoch, **counts, **extra})
            return True

    def start_sending(self, message_id: str, dispatcher_id: str, epoch: int, now_iso: str) -> str | None:
        with self._lock:
            item = self._owned(message_id, dispatcher_id, epoch)
            if item is None:
                return None
            return item.setdefault("first_send_at", now_iso)

    def finish(
        self,
        message_id: str,
        dispatcher_id: str,
        epoch: int,
        status: str,
        finished_iso: str,
        also: Iterable[dict[str, Any]] = (),
        unsettled: bool = False,
        **counts: Any,
    ) -> bool:
        with self._lock:
            item = self._owned(message_id, dispatcher_id, epoch)
            if item is None:
                return False  # nor is anything in `also` committed
            marker = {UNSETTLED: dispatch_dal.settle_marker(message_id)} if unsettled else {}
            _set(item, {**counts, **marker, "status": status, "finished_at": finished_iso})
            _set(item, {PENDING: None, "lease_until": None})
            for operation in also:
                self.stats.apply(operation)
            return True


class MemoryDeliveries(deliveries_dal.PlanReads):
    """dal.deliveries: a planned batch is written unless a later claim already wrote its number
    (`plan_epoch`); receipts are written unconditionally and are final; an error moves a batch only
    while it is planned; a discarded plan keeps the batches a newer claim wrote."""

    RECEIPTS_PER_WRITE = deliveries_dal.RECEIPTS_PER_WRITE

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}  # delivery_key -> batch item or receipt
        self.receipt_writes: list[int] = []  # the receipts of each write_receipts call
        self._lock = threading.Lock()

    def _batch(self, message_id: str, number: str) -> dict[str, Any] | None:
        return self.items.get(deliveries_dal.batch_key(message_id, number))

    def write_batches(self, items: list[dict[str, Any]]) -> bool:
        written = []
        with self._lock:
            for item in items:
                stored = self.items.get(item["delivery_key"])
                fits = stored is None or (
                    stored["plan_epoch"] < item["plan_epoch"] and stored["state"] == PLANNED
                )
                if fits:
                    self.items[item["delivery_key"]] = copy.deepcopy(item)
                written.append(fits)
        return all(written)

    def _read(self, message_id: str, numbers: list[str], with_user_ids: bool) -> dict[str, dict[str, Any]]:
        found = {}
        for number in numbers:
            item = self._batch(message_id, number)
            if item is not None:
                kept = (
                    item
                    if with_user_ids
                    else {k: v for k, v in item.items() if k in deliveries_dal.STATUS_ATTRIBUTES}
                )
                found[number] = {**copy.deepcopy(kept), "message_id": message_id}
        return found

    def _receipts(self, message_id: str, numbers: list[str]) -> dict[str, dict[str, Any]]:
        keys = (deliveries_dal.receipt_key(message_id, n) for n in numbers)
        return {r["receipt_of"]: copy.deepcopy(r) for k in keys if (r := self.items.get(k)) is not None}

    def write_receipts(self, receipts: list[dict[str, Any]]) -> None:
        if len(receipts) > self.RECEIPTS_PER_WRITE:
            raise ValueError(f"at most {self.RECEIPTS_PER_WRITE} receipts per write")
        with self._lock:
            self.items.update((r["delivery_key"], copy.deepcopy(r)) for r in receipts)
            self.receipt_writes.append(len(receipts))

    def _set_error(
        self, message_id: str, number: str, state: str, code: int | None, error: str, attempts=0
    ) -> bool:
        with self._lock:
            item = self._batch(message_id, number)
            if item is None or item["state"] != PLANNED:
                return False
            item.update(state=state, status_code=code, error=error, attempts=int(item["attempts"]) + attempts)
            return True

    def record_failed(self, message_id: str, number: str, status_code: int | None, error: str) -> bool:
        return self._set_error(message_id, number, FAILED, status_code, error, 1)

    def record_unconfirmed(self, message_id: str, number: str, error: str) -> bool:
        return self._set_error(message_id, number, UNCONFIRMED, None, error)

    def record_retryable_error(
        self, message_id: str, number: str, status_code: int | None, error: str
    ) -> bool:
        return self._set_error(message_id, number, PLANNED, status_code, error, 1)

    def open_for_history(self, message_id: str, number: str, accepted_at: str) -> Batch:
        with self._lock:
            item = self._batch(message_id, number)
            if item is None:  # the real UpdateItem's condition (the batch exists) fails
                raise LookupError(deliveries_dal.batch_key(message_id, number))
            item.setdefault("history_at", accepted_at)
            return deliveries_dal.from_item(copy.deepcopy(item))

    def settle(self, message_id: str, number: str) -> None:
        with self._lock:
            item = self._batch(message_id, number)
            if item is None:
                raise LookupError(deliveries_dal.batch_key(message_id, number))
            item.pop("user_ids", None)
            item["recorded"] = True

    def discard_plan(self, message_id: str, epoch: int, batch_count: int) -> None:
        with self._lock:
            for i in range(batch_count):
                key = deliveries_dal.batch_key(message_id, batch_no(i))
                if key in self.items and self.items[key]["plan_epoch"] <= epoch:  # else a newer claim's
                    del self.items[key]


class MemoryRecipients:
    """dal.recipients for group targets: the registered followers in the group's profile range on
    the day, from MemoryCustomers, by page; a missing group or another kind of target raises
    TargetError (tag and survey targets are not modelled here: tests/integration covers them)."""

    TargetError = recipients_dal.TargetError

    def __init__(self, customers: MemoryCustomers, groups: MemoryGroups) -> None:
        self.customers, self.groups = customers, groups

    def _ids(self, target: dict[str, Any], today: date) -> list[str]:
        group = self.groups.get(str(target.get("group_id"))) if target.get("type") == "group" else None
        if group is None:
            raise self.TargetError(f"target {target!r} cannot be resolved in memory")
        wanted = profile_range_of(group)
        return sorted(
            user_id
            for user_id, item in self.customers.items.items()
            if item.get("registered_gender")  # the by_profile index: registered followers only
            and member_counts_domain.in_range(member_counts_domain.bucket_of(item), wanted, today)
        )

    def pages(
        self, target: dict[str, Any], today: date, cursor: dict | None = None, page_size: int | None = None
    ) -> Iterator[tuple[list[str], dict[str, Any]]]:
        """As the real one; a cursor's `start` is the offset of the page in the sorted ids."""
        ids = self._ids(target, today)
        start = int((cursor or {}).get("start") or 0)
        size = page_size or len(ids) or 1
        while True:
            yield ids[start : start + size], {"query": 0, "start": start or None}
            start += size
            if start >= len(ids):
                return


class DispatchHistory(MemoryHistory):
    """MemoryHistory with the dispatcher's timeline entries (dal.history.put_deliveries)."""

    def put_deliveries(self, user_ids: list[str], message_id: str, text: str, at_iso: str) -> None:
        key = f"{history_dal.DELIVERY}-{message_id}"
        for user_id in user_ids:
            item = history_dal.entry(user_id, history_dal.DELIVERY, text, at=parse_utc(at_iso), key=key)
            self.put({**item, "message_id": message_id})

    def delete_deliveries(self, user_ids: Iterable[str], message_id: str, at_iso: str) -> None:
        gone = {(u, history_dal.delivery_entry_id(message_id, at_iso)) for u in user_ids}
        self.entries = [e for e in self.entries if (e["user_id"], e["entry_id"]) not in gone]


class DispatchCustomers(MemoryCustomers):
    def existing(self, user_ids: list[str]) -> set[str]:
        return {u for u in user_ids if u in self.items}


def memory_dispatch_ports(**overrides: Any) -> Ports:
    """The dispatcher's ports in memory, on the customers, groups and history of memory_ports."""
    customers = overrides.pop("customers", None) or DispatchCustomers()
    history = overrides.pop("history", None) or DispatchHistory()
    ports = memory_ports(customers=customers, history=history)
    stats = MemoryStats()
    adapters = {
        "customers": customers,
        "history": history,
        "groups": ports.groups,
        "member_counts": ports.member_counts,
        "stats": stats,
        "message_dispatch": MemoryMessageDispatch(stats),
        "deliveries": MemoryDeliveries(),
        "recipients": MemoryRecipients(customers, ports.groups),
    }
    return Ports(**(adapters | overrides))


class MemoryMessaging:
    """LINE's Messaging API as the dispatcher uses it: a retry key is delivered once, a repeat is
    answered 409 and delivers nothing (as LINE does); `delivered[user_id]` lists the messages each
    customer got. The month's quota is unlimited unless `limit` is set."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit, self.used = limit, 0
        self.delivered: dict[str, list[dict[str, Any]]] = {}
        self.requests: list[str] = []  # retry keys, in the order of the requests
        self._keys: set[str] = set()
        self._lock = threading.Lock()

    def multicast_with_http_info(self, request: Any, x_line_retry_key: str, **_: Any) -> Any:
        from linebot.v3.messaging import ApiException

        body = request.to_dict()
        with self._lock:
            self.requests.append(x_line_retry_key)
            if x_line_retry_key in self._keys:
                raise ApiException(status=409, reason="Conflict")
            self._keys.add(x_line_retry_key)
            for user_id in body["to"]:
                self.delivered.setdefault(user_id, []).extend(body["messages"])
            self.used += len(body["to"])
        return SimpleNamespace(status_code=200, headers={"X-Line-Request-Id": str(uuid.uuid4())})

    def get_message_quota(self, **_: Any) -> Any:
        return SimpleNamespace(type="none" if self.limit is None else "limited", value=self.limit)

    def get_message_quota_consumption(self, **_: Any) -> Any:
        return SimpleNamespace(total_usage=self.used)

    def texts_to(self, user_id: str) -> list[str]:
        return [m.get("text") for m in self.delivered.get(user_id, [])]
