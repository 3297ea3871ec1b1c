"""The dispatcher: every five minutes, due messages go out (functions/dispatcher)."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra.function import FunctionBasis, product_function
from infra.nag import acknowledge

PERIOD = Duration.minutes(5)
SCHEDULE = events.Schedule.rate(PERIOD)
TIMEOUT = PERIOD
# An invocation that waits (the one run still going holds the single concurrency slot) is dropped
# after this, before the next tick is due: never two stale ticks queued behind a slow run.
MAX_EVENT_AGE = Duration.minutes(4)


class Dispatcher(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, basis: FunctionBasis) -> None:
        super().__init__(scope, construct_id)
        # A tick that could not run (dropped after MAX_EVENT_AGE, or failed) lands here, and the
        # DispatcherDeadLetters alarm says so; the next tick picks the messages up anyway.
        self.dead_letters = sqs.Queue(
            self,
            "DeadLetters",
            retention_period=Duration.days(14),
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            enforce_ssl=True,
        )
        acknowledge(
            self.dead_letters,
            "AwsSolutions-SQS3",
            "This queue is itself the dispatcher's dead-letter destination; nothing consumes it "
            "automatically, the alarm on its depth calls a person.",
        )
        self.function = product_function(
            self,
            "Function",
            name="dispatcher",
            basis=basis,
            environment={"MULTICAST_RATE_PER_SECOND": str(basis.config.multicast_rate_per_second)},
            timeout=TIMEOUT,
            # One run at a time: a run that overruns its tick makes the next tick wait (and drop,
            # after MAX_EVENT_AGE) instead of running beside it. Claims and retry keys keep
            # deliveries exactly-once anyway; this keeps quota reads and LINE's rate simple.
            reserved_concurrent_executions=1,
            # Lambda's default is 2 retries of a failed run, events kept 6 h: a failed or timed-out
            # run is not retried (the next tick, five minutes later, resumes its work).
            retry_attempts=0,
            max_event_age=MAX_EVENT_AGE,
            on_failure=destinations.SqsDestination(self.dead_letters),
        )
        basis.data.grant(
            self.function,
            read=("customer_tags", "groups"),
            # customers and member_counts: the fold after each run (linecrm.logic.member_counts)
            read_write=("messages", "deliveries", "customers", "member_counts"),
            write=("history", "stats"),  # stats: messages sent per month
        )
        self.rule = events.Rule(
            self,
            "Schedule",
            schedule=SCHEDULE,
            description="Send the messages whose time has come",
            # EventBridge's own retries only cover handing the event to Lambda (which queues it):
            # a missed tick is harmless (the next one picks the message up).
            targets=[targets.LambdaFunction(self.function, retry_attempts=2, max_event_age=MAX_EVENT_AGE)],
        )
