"""The dispatcher: every five minutes, due messages go out (functions/dispatcher)."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from constructs import Construct

from infra.function import FunctionBasis, product_function

SCHEDULE = events.Schedule.rate(Duration.minutes(5))


class Dispatcher(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, basis: FunctionBasis) -> None:
        super().__init__(scope, construct_id)
        # No reserved concurrency: a run may overlap the next one (timeout = schedule period), and
        # the dispatcher settles that itself with conditional claims and per-batch retry keys.
        self.function = product_function(
            self,
            "Function",
            name="dispatcher",
            basis=basis,
            environment={"MULTICAST_RATE_PER_SECOND": str(basis.config.multicast_rate_per_second)},
            timeout=Duration.minutes(5),
        )
        basis.data.grant(
            self.function,
            read=("customer_tags", "groups"),
            # customers and segment_counts: the fold after each run (linecrm.logic.segment_counts)
            read_write=("messages", "deliveries", "customers", "segment_counts"),
            write=("history",),
        )
        self.rule = events.Rule(
            self,
            "Schedule",
            schedule=SCHEDULE,
            description="Send the messages whose time has come",
            # A missed tick is harmless (the next one, five minutes later, picks the message up);
            # a retried old tick would only be a redundant run.
            targets=[
                targets.LambdaFunction(self.function, retry_attempts=2, max_event_age=Duration.minutes(5))
            ],
        )
