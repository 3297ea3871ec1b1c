"""The DynamoDB tables, defined once.

Both the CDK stack (infra/) and the local stack (local/) build their tables from TABLES, so that
what runs on a laptop is what is deployed. Plain data only: no boto3 or CDK import here.

Each entry: logical name -> key schema (string keys only), global secondary indexes (all
projected ALL), optional TTL attribute. The physical table name comes from the environment
variable named in `env` (the CDK stack sets it on every function; the local stack sets it too).
"""

from __future__ import annotations

from dataclasses import dataclass, field

FRIENDSHIP_SHARDS = 8  # values of customers.friendship_shard
DUE_SHARDS = 4  # values of messages.pending ("pending#0".."pending#3")
SETTLE_SHARDS = 4  # values of messages.unsettled ("unsettled#0".."unsettled#3")


@dataclass(frozen=True)
class Index:
    name: str
    partition_key: str
    sort_key: str | None = None


@dataclass(frozen=True)
class TableDef:
    name: str  # logical name, also the default physical name locally
    env: str  # environment variable holding the physical name
    partition_key: str
    sort_key: str | None = None
    indexes: tuple[Index, ...] = field(default_factory=tuple)
    ttl_attribute: str | None = None


CUSTOMERS = TableDef(
    name="customers",
    env="CUSTOMERS_TABLE",
    partition_key="user_id",
    indexes=(
        # Sparse: `registered_gender` (male | female | unknown) is present only on registered customers who
        # follow the account, so "registered, not blocked, this gender, born between X and Y" is
        # one Query on (registered_gender, birth_date).
        Index("by_profile", "registered_gender", "birth_date"),
        # Sparse: `friendship_shard` ("0".."7", from the user id) only while the customer follows
        # the account: followers spread over FRIENDSHIP_SHARDS keys, read in parallel.
        Index("by_friendship", "friendship_shard", "user_id"),
        # Sparse: `recount` = "pending" while the member counts do not yet include the customer's
        # current gender and birth date (see MEMBER_COUNTS).
        Index("by_recount", "recount", "user_id"),
    ),
)

HISTORY = TableDef(
    name="history",
    env="HISTORY_TABLE",
    partition_key="user_id",
    sort_key="entry_id",  # "<UTC ISO timestamp>#<random>", so a Query returns the timeline in order
    ttl_attribute="expires_at",  # epoch seconds: the retention period (staff notes carry none)
)

CUSTOMER_TAGS = TableDef(
    name="customer_tags",
    env="CUSTOMER_TAGS_TABLE",
    partition_key="tag",
    sort_key="user_id",
    indexes=(Index("by_customer", "user_id", "tag"),),
)

GROUPS = TableDef(
    name="groups",
    env="GROUPS_TABLE",
    partition_key="group_id",
)

MESSAGES = TableDef(
    name="messages",
    env="MESSAGES_TABLE",
    partition_key="message_id",
    indexes=(
        # Sparse: `pending` = "pending#<shard>" (DUE_SHARDS, from the message id) while the message
        # still has to go out (scheduled or sending); removed when it ends or is cancelled. The
        # dispatcher Queries send_at <= now in every shard, in parallel.
        Index("by_due", "pending", "send_at"),
        # Sparse: `unsettled` = "unsettled#<shard>" (SETTLE_SHARDS, from the message id) from the
        # commit of a multicast plan until every batch is settled (its recipients' timeline
        # entries written, its ids removed); in the index only once the message has its outcome
        # (`finished_at`): the settle backlog each dispatcher run works off, oldest first.
        Index("by_unsettled", "unsettled", "finished_at"),
    ),
)

DELIVERIES = TableDef(
    name="deliveries",
    env="DELIVERIES_TABLE",
    # "<message_id>/<batch_no>" for a batch, "<message_id>/<batch_no>/accepted" for its receipt:
    # every item its own partition key, so planning 2,000 batches spreads over the table.
    partition_key="delivery_key",
)

COUPON_USES = TableDef(
    name="coupon_uses",
    env="COUPON_USES_TABLE",
    partition_key="coupon_id",
    sort_key="user_id",
    # A customer's uses, found when the customer is deleted (their items are then re-keyed
    # `withdrawn#<random>`: the per-coupon counts stay right and the user id is gone).
    indexes=(Index("by_customer", "user_id", "coupon_id"),),
)

MEMBER_COUNTS = TableDef(
    name="member_counts",
    env="MEMBER_COUNTS_TABLE",
    # "years#<gender>": registered, following customers per birth year ("y1990": n);
    # "days#<gender>#<year>": the same year per birth day ("d0503": n); "__epoch__": bumped by every
    # write, so a reader can tell that its reads saw one state (linecrm.logic.member_counts).
    partition_key="key",
)

AUDIT = TableDef(
    name="audit",
    env="AUDIT_TABLE",
    partition_key="subject",  # "group#<id>" | "message#<id>"
    sort_key="entry_id",
)

STATS = TableDef(
    name="stats",
    env="STATS_TABLE",
    # Counters kept as events happen (linecrm.dal.stats), so that a statistics view reads a few
    # items and never scans the customers: "day#<JST date>", "month#<JST month>", "funnel", …
    partition_key="stat",
)

VISITS = TableDef(
    name="visits",
    env="VISITS_TABLE",
    partition_key="user_id",
    # "<JST date>#<store_id>": one item per customer per store per Japan day, put with
    # attribute_not_exists, so a day's visit (and its QR point) is counted once (dal.visits).
    sort_key="visit_key",
    ttl_attribute="expires_at",  # kept as long as the history (HISTORY_RETENTION_DAYS)
)

SURVEY_QUESTIONS = TableDef(
    name="survey_questions",
    env="SURVEY_QUESTIONS_TABLE",
    partition_key="question_id",  # アンケート: the questions staff define, each with its choices
)

TEST_FRIENDS = TableDef(
    name="test_friends",
    env="TEST_FRIENDS_TABLE",
    partition_key="user_id",  # the customers staff keep for the console's 「テスト送信」
)

ENTRY_ROUTES = TableDef(
    name="entry_routes",
    env="ENTRY_ROUTES_TABLE",
    # `route_key`: "route#<route_id>": an entry route (流入経路: name, keyword, tag); "keyword#<normalized
    # keyword>": the keyword's claim (route id, tag), so that two routes never share a keyword and
    # the webhook finds a keyword's route in one read (linecrm.dal.entry_routes).
    partition_key="route_key",
)

IDEMPOTENCY = TableDef(
    name="idempotency",
    env="IDEMPOTENCY_TABLE",
    partition_key="id",  # the attribute names Powertools' DynamoDBPersistenceLayer uses
    ttl_attribute="expiration",
)

TABLES: tuple[TableDef, ...] = (
    CUSTOMERS,
    HISTORY,
    CUSTOMER_TAGS,
    GROUPS,
    MESSAGES,
    DELIVERIES,
    COUPON_USES,
    MEMBER_COUNTS,
    AUDIT,
    STATS,
    VISITS,
    SURVEY_QUESTIONS,
    TEST_FRIENDS,
    ENTRY_ROUTES,
    IDEMPOTENCY,
)


def create_table_request(table: TableDef, physical_name: str | None = None) -> dict:
    """The boto3 `create_table` arguments for a table (used by the local stack and tests)."""
    keys = {table.partition_key, table.sort_key} | {
        k for i in table.indexes for k in (i.partition_key, i.sort_key)
    }
    keys.discard(None)

    def schema(pk: str, sk: str | None) -> list[dict]:
        out = [{"AttributeName": pk, "KeyType": "HASH"}]
        if sk:
            out.append({"AttributeName": sk, "KeyType": "RANGE"})
        return out

    request: dict = {
        "TableName": physical_name or table.name,
        "KeySchema": schema(table.partition_key, table.sort_key),
        "AttributeDefinitions": [{"AttributeName": k, "AttributeType": "S"} for k in sorted(keys)],
        "BillingMode": "PAY_PER_REQUEST",
    }
    if table.indexes:
        request["GlobalSecondaryIndexes"] = [
            {
                "IndexName": i.name,
                "KeySchema": schema(i.partition_key, i.sort_key),
                "Projection": {"ProjectionType": "ALL"},
            }
            for i in table.indexes
        ]
    return request


def create_all(client) -> None:
    """Create every table (and its TTL) through a boto3 DynamoDB client: the local stack and tests."""
    for table in TABLES:
        client.create_table(**create_table_request(table))
        if table.ttl_attribute:
            client.update_time_to_live(
                TableName=table.name,
                TimeToLiveSpecification={"Enabled": True, "AttributeName": table.ttl_attribute},
            )
