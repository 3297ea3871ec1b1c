"""cdk-nag acknowledgements: every one names the rule finding and says why it is acceptable here."""

from __future__ import annotations

from aws_cdk import Acknowledgment, Validations
from constructs import IConstruct

LAMBDA_BASIC_EXECUTION = (
    "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
)


def acknowledge(construct: IConstruct, rule: str, reason: str) -> None:
    Validations.of(construct).acknowledge(Acknowledgment(id=rule, reason=reason))
