"""Seed data: N fake customers spread over genders and ages, registered and not, some blocked,
written with batch_write_item (fast enough for 100,000) and mirrored as emulator customers.

Items follow docs/design.md; the index attributes come from `linecrm.dal.customers.new_item_keys`.
Used by `python -m local --seed N` and by benchmarks (`customer_items`, `write_customers`).
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from linecrm.dal.customers import new_item_keys
from linecrm.domain.ages import nominal_birth_date
from linecrm.jst import JST, iso_utc

SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田")
GIVEN_NAMES = ("翔太", "蓮", "大輝", "健太", "陽菜", "美咲", "結衣", "さくら", "花子", "太郎", "葵", "優")
GENDERS = ("male", "female", "unknown")
GENDER_WEIGHTS = (0.47, 0.47, 0.06)
REGISTERED_SHARE = 0.85
BLOCKED_SHARE = 0.08


def customer_item(rng: random.Random, now: datetime) -> dict[str, Any]:
    user_id = "U" + f"{rng.getrandbits(128):032x}"
    followed = now - timedelta(days=rng.randint(1, 720), seconds=rng.randint(0, 86399))
    item: dict[str, Any] = {
        "user_id": user_id,
        "display_name": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
        "followed_at": iso_utc(followed),
        "updated_at": iso_utc(followed),
        "blocked": rng.random() < BLOCKED_SHARE,
        "registered": rng.random() < REGISTERED_SHARE,
    }
    if item["registered"]:
        gender = rng.choices(GENDERS, GENDER_WEIGHTS)[0]
        age = min(120, max(0, int(rng.triangular(12, 80, 35))))
        declared_on: date = (followed + timedelta(minutes=2)).astimezone(JST).date()
        item.update(
            state="registered",
            gender=gender,
            age=age,
            age_declared_on=declared_on.isoformat(),
            birth_date=nominal_birth_date(age, declared_on).isoformat(),
            registered_at=iso_utc(followed + timedelta(minutes=2)),
        )
    else:
        item["state"] = rng.choice(("awaiting_gender", "awaiting_age"))
        if item["state"] == "awaiting_age":
            item["gender"] = rng.choices(GENDERS, GENDER_WEIGHTS)[0]
    if item["blocked"]:
        item["blocked_at"] = iso_utc(followed + timedelta(days=rng.randint(0, 30)))
    item.update({k: v for k, v in new_item_keys(item).items() if v is not None})
    return item


def customer_items(count: int, seed: int = 1, now: datetime | None = None) -> list[dict[str, Any]]:
    rng, now = random.Random(seed), now or datetime.now(UTC)
    return [customer_item(rng, now) for _ in range(count)]


def write_customers(items: list[dict[str, Any]], threads: int = 4) -> None:
    """batch_write_item, 25 items per call, a few calls at once (moto's server is the bottleneck:
    about 0.5 ms per item with the two indexes), unprocessed items retried."""
    from concurrent.futures import ThreadPoolExecutor

    from linecrm.dal.dynamo import client
    from linecrm.settings import get_settings

    # The resource's client serializes plain Python values itself.
    name, dynamodb = get_settings().customers_table, client()

    def put(chunk: list[dict[str, Any]]) -> None:
        requests = [{"PutRequest": {"Item": item}} for item in chunk]
        pending = {name: requests}
        while pending:
            pending = dynamodb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(put, [items[i : i + 25] for i in range(0, len(items), 25)]))


def seed(count: int, emulator=None, seed: int = 1) -> dict[str, int]:
    from linecrm.logic import member_counts

    items = member_counts.load(customer_items(count, seed))  # counted already, as after a fold
    write_customers(items)
    if emulator is not None:
        for item in items:
            emulator.add_customer(item["user_id"], item["display_name"])
            if item["blocked"]:
                emulator.block(item["user_id"])
    return {
        "customers": len(items),
        "registered": sum(1 for i in items if i["registered"]),
        "blocked": sum(1 for i in items if i["blocked"]),
    }
