"""Seeding customers and messages for the dispatcher's integration tests and the benchmark."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from linecrm.dal.dynamo import table
from linecrm.dal.messages import due_shard
from linecrm.jst import iso_utc
from tests.support.customers import customer_item

NOW = datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
TODAY = date(2026, 11, 26)


def customer(
    user_id: str, gender: str = "male", age: int | None = 35, *, registered: bool = True, blocked=False
):
    return customer_item(
        user_id, gender=gender, age=age, declared_on=TODAY, registered=registered, blocked=blocked
    )


def put_all(table_attribute: str, items: list[dict]) -> None:
    with table(table_attribute).batch_writer() as batch:
        for item in items:
            batch.put_item(Item=item)


def seed_customers(items: list[dict]) -> None:
    put_all("customers_table", items)


def put_group(group_id: str, gender: str, age_min: int, age_max: int | None) -> None:
    table("groups_table").put_item(
        Item={
            "group_id": group_id,
            "name": group_id,
            "gender": gender,
            "age_min": age_min,
            "age_max": age_max,
        }
    )


def everyone() -> dict:
    """A group target every registered follower is in (gender any, 0 years and over): multicast
    with the batch ledger, where target `all` would be one broadcast."""
    put_group("everyone", "any", 0, None)
    return {"type": "group", "group_id": "everyone"}


def put_message(message_id: str, target: dict, text: str | None = None, send_at: datetime = NOW) -> None:
    messages = [{"type": "text", "text": text or f"message {message_id}"}]
    table("messages_table").put_item(
        Item={
            "message_id": message_id,
            "status": "scheduled",
            "pending": due_shard(message_id),
            "target": target,
            "send_at": iso_utc(send_at - timedelta(minutes=1)),
            "messages_json": json.dumps(messages, ensure_ascii=False),
            "line_messages_json": json.dumps(messages, ensure_ascii=False),
            "coupons": [],
            "version": 1,
        }
    )


def message(message_id: str) -> dict:
    return table("messages_table").get_item(Key={"message_id": message_id}, ConsistentRead=True)["Item"]


def multicasts(emulator) -> list:
    return emulator.requests_to("/v2/bot/message/multicast")


def deliveries_of(emulator, user_ids, text: str) -> Counter:
    """How many times each user was DELIVERED the text message `text` (a 409 repeat delivers nothing)."""
    return Counter({u: sum(1 for m in emulator.sent_to(u) if m.get("text") == text) for u in user_ids})


class Crash(BaseException):
    """A dispatcher dying (BaseException: no `except Exception` in the code can swallow it)."""


def crash_at(step, occurrence=1):
    seen = {"n": 0}

    def checkpoint(name):
        if name == step:
            seen["n"] += 1
            if seen["n"] >= occurrence:
                raise Crash(step)

    return checkpoint
