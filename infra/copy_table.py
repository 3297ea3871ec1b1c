"""Copy every item of one DynamoDB table into another: restoring a retained table's data into the
table of a newly deployed stack (docs/deploy.md, "Restoring retained tables").

    .venv/bin/python -m infra.copy_table <old table name> <new table name>

boto3 only (credentials and region from the environment, as for the AWS CLI). Items are written
with PutItem in batches, so running it twice leaves the same result. DynamoDB has no copy between
existing tables (a point-in-time restore always creates a new one), hence this small script.
"""

from __future__ import annotations

import sys
from typing import Any


def copy(source: Any, target: Any) -> int:
    """Copies `source`'s items (boto3 Table resources) into `target`; returns how many."""
    copied = 0
    scan: dict[str, Any] = {"ConsistentRead": True}
    with target.batch_writer() as batch:
        while True:
            page = source.scan(**scan)
            for item in page["Items"]:
                batch.put_item(Item=item)
                copied += 1
            if "LastEvaluatedKey" not in page:
                return copied
            scan["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    import boto3

    dynamodb = boto3.resource("dynamodb")
    copied = copy(dynamodb.Table(argv[0]), dynamodb.Table(argv[1]))
    print(f"copied {copied} items from {argv[0]} to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
