"""The messages table read for the statistics' per-message table: only the attributes it shows
(the LINE message objects and the plan stay behind), one Scan: a shop's messages are a few
hundred a year, whatever the number of customers. Read as the dispatcher's `Delivery` records
(dal.message_dispatch.from_item: `first_send_at` is the dispatcher's), the attributes not read at
their defaults."""

from __future__ import annotations

from linecrm.dal.dynamo import query_all, table
from linecrm.dal.message_dispatch import from_item
from linecrm.domain.delivery import Delivery

SHOWN = (
    "message_id",
    "status",
    "send_at",
    "first_send_at",
    "finished_at",
    "sent_count",
    "coupons",
    "messages_json",
)


def ended(statuses: tuple[str, ...]) -> list[Delivery]:
    """Messages with one of `statuses`, with the attributes in SHOWN."""
    from boto3.dynamodb.conditions import Attr

    names = {f"#a{i}": name for i, name in enumerate(SHOWN)}
    items = query_all(
        table("messages_table"),
        scan=True,
        ProjectionExpression=", ".join(names),
        ExpressionAttributeNames=names,
        FilterExpression=Attr("status").is_in(list(statuses)),
    )
    return [from_item(item) for item in items]
