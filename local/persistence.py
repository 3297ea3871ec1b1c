"""The local stack's data kept across restarts: every table saved to one JSON file when it stops,
loaded back when it starts (`python -m local --fresh` starts empty instead).

Written by hand: moto's server keeps everything in memory and has no snapshot option. Items are
kept in DynamoDB's own typed JSON (what Scan returns and BatchWriteItem takes), written to a
temporary file first and renamed, so a crash while saving leaves the previous file whole.

The file names the table layout it was saved with (tables, keys, indexes: `layout()`). A file of
another layout (saved before a table or an attribute was renamed) is not loaded into tables that
would misread it: it is moved aside (`<name>.older-layout.json`), said so, and the stack starts empty.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

FORMAT = 1
WRITE_BATCH = 25  # BatchWriteItem's limit
WRITERS = 8


def default_path() -> Path:
    return Path(
        os.environ.get("LOCAL_DATA_FILE")
        or Path(__file__).resolve().parent.parent / ".local-data" / "dynamodb.json"
    )


def layout() -> list[list[Any]]:
    """The tables' names, keys and indexes, as saved with the data."""
    from linecrm import tables

    return [
        [t.name, t.partition_key, t.sort_key, [[i.name, i.partition_key, i.sort_key] for i in t.indexes]]
        for t in tables.TABLES
    ]


def save(client: Any, path: Path) -> dict[str, int]:
    """Every item of every table into `path`; returns how many items per table."""
    from linecrm import tables

    data: dict[str, list[dict]] = {}
    for table in tables.TABLES:
        items, kwargs = [], {"TableName": table.name, "ConsistentRead": True}
        while True:
            page = client.scan(**kwargs)
            items.extend(page.get("Items", []))
            if "LastEvaluatedKey" not in page:
                break
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
        data[table.name] = items
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(
        json.dumps({"format": FORMAT, "layout": layout(), "tables": data}, ensure_ascii=False),
        encoding="utf-8",
    )
    temporary.replace(path)
    return {name: len(items) for name, items in data.items()}


def load(client: Any, path: Path) -> dict[str, int]:
    """The items saved in `path` written into the (empty) tables; {} when there is no file."""
    if not path.exists():
        return {}
    saved = json.loads(path.read_text(encoding="utf-8"))
    if saved.get("format") != FORMAT:
        raise ValueError(f"{path}: not a file saved by this version of the local stack")
    if saved.get("layout") != layout():
        aside = path.with_name(f"{path.stem}.older-layout{path.suffix}")
        path.replace(aside)
        print(
            f"[data] {path} was saved with another table layout: moved to {aside}; starting empty", flush=True
        )
        return {}
    from linecrm import tables

    known = {t.name for t in tables.TABLES}
    requests = [
        (name, items[start : start + WRITE_BATCH])
        for name, items in saved["tables"].items()
        if name in known
        for start in range(0, len(items), WRITE_BATCH)
    ]

    def write(request: tuple[str, list[dict]]) -> None:
        pending = {request[0]: [{"PutRequest": {"Item": item}} for item in request[1]]}
        while pending:
            pending = client.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}

    with ThreadPoolExecutor(WRITERS) as pool:
        list(pool.map(write, requests))
    return {name: len(items) for name, items in saved["tables"].items() if name in known}
