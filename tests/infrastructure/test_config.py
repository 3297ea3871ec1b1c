"""Deployment settings from CDK context: defaults, and clear refusals of impossible values."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import aws_logs as logs

from infra.config import Config


def config(**context) -> Config:
    return Config.from_context(cdk.App(context=context))


def test_defaults_follow_lines_limits_and_keep_a_month_of_logs():
    assert config() == Config(
        multicast_rate_per_second=200, log_level="INFO", log_retention=logs.RetentionDays.ONE_MONTH
    )


def test_context_values_given_on_the_command_line_as_text_are_accepted():
    chosen = config(
        multicast_rate_per_second="50", log_level="debug", log_retention_days="90", alarm_email="a@b.jp"
    )
    assert chosen.multicast_rate_per_second == 50
    assert chosen.log_level == "DEBUG"
    assert chosen.log_retention == logs.RetentionDays.THREE_MONTHS
    assert chosen.alarm_email == "a@b.jp"


@pytest.mark.parametrize(
    ("context", "named"),
    [
        ({"multicast_rate_per_second": 500}, "multicast_rate_per_second"),
        ({"log_level": "LOUD"}, "log_level"),
        ({"log_retention_days": 45}, "log_retention_days"),
    ],
)
def test_impossible_values_fail_the_synth_naming_the_setting(context, named):
    with pytest.raises(ValueError, match=named):
        config(**context)
