"""The emulated LINE channel's state: simulated customers, what each received, reply tokens,
accepted retry keys, quota, rate limits and fault drills. Thread-safe (one lock); no HTTP here.
"""

from __future__ import annotations

import bisect
import itertools
import os
import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

REPLY_TOKEN_SECONDS = 60
RETRY_KEY_SECONDS = 24 * 3600


@dataclass
class Customer:
    user_id: str
    display_name: str
    friend: bool = False  # has added the account (follow)
    blocked: bool = False
    picture_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "display_name": self.display_name,
            "friend": self.friend,
            "blocked": self.blocked,
        }


@dataclass(slots=True)
class ChatEntry:
    """One bubble of a chat: sent by the bot (`from_bot`) or by the customer."""

    seq: int
    at: int  # epoch milliseconds
    from_bot: bool
    via: str  # reply | push | multicast | broadcast | text | postback | follow | unfollow …
    message: dict[str, Any]
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "from": "bot" if self.from_bot else "customer",
            "via": self.via,
            "id": self.id,
            "message": self.message,
        }


class SlidingWindow:
    """At most `limit` events per `seconds` (a sorted deque of timestamps).

    `now` is when the event happened (a request's arrival), which may be a few milliseconds
    earlier than one already counted, since requests that arrive together are handled in any
    order: it is inserted in its place, and the count includes those later than it.
    """

    def __init__(self, limit: float, seconds: float):
        self.limit, self.seconds = limit, seconds
        self._times: deque[float] = deque()

    def allow(self, now: float) -> bool:
        while self._times and self._times[0] <= now - self.seconds:
            self._times.popleft()
        if len(self._times) >= self.limit:
            return False
        if self._times and self._times[-1] > now:
            bisect.insort(self._times, now)
        else:
            self._times.append(now)
        return True


@dataclass
class Faults:
    share: float = 0.0
    statuses: tuple[int, ...] = (429, 500)
    rng: random.Random = field(default_factory=random.Random)

    def pick(self) -> int | None:
        if self.share > 0 and self.rng.random() < self.share:
            return self.rng.choice(self.statuses)
        return None


class Channel:
    def __init__(self, multicast_rate_per_second: float = 200, broadcast_rate_per_hour: float = 60):
        self.lock = threading.RLock()
        self.customers: dict[str, Customer] = {}
        self.chats: dict[str, list[ChatEntry]] = {}
        self._reply_tokens: dict[str, tuple[str, float]] = {}
        self._retry_keys: dict[str, tuple[str, float]] = {}  # key -> (accepted request id, when)
        self._seq = itertools.count(1)
        self._message_ids = itertools.count(int(time.time() * 1000) % 10**12 * 1000)
        self.quota_limit: int | None = None
        self.consumption = 0
        self.insight_status = "ready"  # ready | unready | out_of_service (insight figures)
        self.faults = Faults()
        self.set_multicast_rate(multicast_rate_per_second)
        self.broadcast_window = SlidingWindow(broadcast_rate_per_hour, 3600)
        self.rich_menus: dict[str, Any] = {}  # id -> rich_menus.RichMenu
        self.default_rich_menu_id: str | None = None

    # --- configuration -------------------------------------------------------------------
    def set_multicast_rate(self, per_second: float) -> None:
        with self.lock:
            self.multicast_rate_per_second = per_second
            self.multicast_window = SlidingWindow(per_second, 1.0)

    def set_faults(self, share: float, statuses=(429, 500), seed: int | None = None) -> None:
        if not 0 <= share <= 1:
            raise ValueError("share must be between 0 and 1")
        with self.lock:
            self.faults = Faults(share, tuple(statuses), random.Random(seed))

    def set_quota(self, limit: int | None) -> None:
        with self.lock:
            self.quota_limit = limit

    # --- customers -----------------------------------------------------------------------
    def add_customer(self, user_id: str | None = None, display_name: str | None = None) -> Customer:
        with self.lock:
            user_id = user_id or "U" + os.urandom(16).hex()
            customer = self.customers.get(user_id)
            if customer is None:
                customer = Customer(user_id, display_name or f"お客様{len(self.customers) + 1}")
                self.customers[user_id] = customer
                self.chats.setdefault(user_id, [])
            elif display_name:
                customer.display_name = display_name
            return customer

    def block(self, user_id: str) -> None:
        with self.lock:
            self.add_customer(user_id).blocked = True

    def unblock(self, user_id: str) -> None:
        with self.lock:
            customer = self.add_customer(user_id)
            customer.blocked, customer.friend = False, True

    def is_blocked(self, user_id: str) -> bool:
        customer = self.customers.get(user_id)
        return bool(customer and customer.blocked)

    # --- reply tokens and retry keys -----------------------------------------------------
    def issue_reply_token(self, user_id: str) -> str:
        token = os.urandom(16).hex()
        with self.lock:
            self._reply_tokens[token] = (user_id, time.monotonic() + REPLY_TOKEN_SECONDS)
        return token

    def use_reply_token(self, token: str) -> str | None:
        """The user the token was issued for, once, within its minute; None otherwise."""
        with self.lock:
            entry = self._reply_tokens.pop(token, None)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def expire_reply_tokens(self) -> None:
        """For tests: every issued token is now older than a minute."""
        with self.lock:
            self._reply_tokens = {t: (u, 0.0) for t, (u, _) in self._reply_tokens.items()}

    def accepted_request_id(self, retry_key: str) -> str | None:
        with self.lock:
            entry = self._retry_keys.get(retry_key)
            if entry and entry[1] > time.time() - RETRY_KEY_SECONDS:
                return entry[0]
            return None

    def accept_retry_key(self, retry_key: str, request_id: str) -> None:
        with self.lock:
            self._retry_keys[retry_key] = (request_id, time.time())

    # --- chats ---------------------------------------------------------------------------
    def next_message_id(self) -> str:
        return str(next(self._message_ids))

    def record(self, user_id: str, message: dict[str, Any], *, from_bot: bool, via: str) -> ChatEntry:
        with self.lock:
            entry = ChatEntry(
                seq=next(self._seq),
                at=int(time.time() * 1000),
                from_bot=from_bot,
                via=via,
                message=message,
                id=self.next_message_id(),
            )
            self.chats.setdefault(user_id, []).append(entry)
            return entry

    def deliver(self, user_ids: list[str], messages: list[dict[str, Any]], via: str) -> list[ChatEntry]:
        """Record `messages` for every recipient who has not blocked the account: what `record`
        does for each, under one lock and one clock reading (a multicast records 500 at once)."""
        delivered = []
        with self.lock:
            at = int(time.time() * 1000)
            for user_id in user_ids:
                customer = self.customers.get(user_id)
                if customer is not None and customer.blocked:
                    continue
                chat = self.chats.setdefault(user_id, [])
                for message in messages:
                    entry = ChatEntry(next(self._seq), at, True, via, message, str(next(self._message_ids)))
                    chat.append(entry)
                    delivered.append(entry)
        return delivered

    def sent_to(self, user_id: str) -> list[dict[str, Any]]:
        with self.lock:
            return [e.message for e in self.chats.get(user_id, []) if e.from_bot]

    def chat(self, user_id: str, since: int = 0) -> list[dict[str, Any]]:
        with self.lock:
            return [e.to_dict() for e in self.chats.get(user_id, []) if e.seq > since]

    def following_ids(self) -> list[str]:
        with self.lock:
            return [c.user_id for c in self.customers.values() if c.friend and not c.blocked]

    # --- insight -------------------------------------------------------------------------
    def followers_insight(self) -> dict[str, Any]:
        """LINE's `/v2/bot/insight/followers`: everyone who ever added the account (the figure never
        decreases) and those who block it now. LINE gives a past day's figures; the emulator
        answers with today's for any date (status `ready`, or what `insight_status` is set to)."""
        with self.lock:
            if self.insight_status != "ready":
                return {"status": self.insight_status}
            customers = self.customers.values()
            return {
                "status": "ready",
                "followers": sum(1 for c in customers if c.friend),
                "targetedReaches": sum(1 for c in customers if c.friend and not c.blocked),
                "blocks": sum(1 for c in customers if c.friend and c.blocked),
            }

    def deliveries_insight(self, day: str) -> dict[str, Any]:
        """LINE's `/v2/bot/insight/message/delivery`: messages delivered on `day` (yyyyMMdd, JST) by
        kind; only the kinds the emulator knows."""
        jst = 9 * 3600 * 1000
        with self.lock:
            if self.insight_status != "ready":
                return {"status": self.insight_status}
            counts = {"broadcast": 0, "multicast": 0, "pushMessages": 0, "replyMessages": 0}
            names = {
                "broadcast": "broadcast",
                "multicast": "multicast",
                "push": "pushMessages",
                "reply": "replyMessages",
            }
            for chat in self.chats.values():
                for e in chat:
                    if (
                        e.from_bot
                        and e.via in names
                        and time.strftime("%Y%m%d", time.gmtime((e.at + jst) / 1000)) == day
                    ):
                        counts[names[e.via]] += 1
            return {"status": "ready", **counts}

    # --- quota ---------------------------------------------------------------------------
    def consume(self, count: int) -> bool:
        """Count `count` sent messages against the month; False (nothing counted) beyond the limit."""
        with self.lock:
            if self.quota_limit is not None and self.consumption + count > self.quota_limit:
                return False
            self.consumption += count
            return True
