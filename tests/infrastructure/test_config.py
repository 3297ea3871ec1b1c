"""Deployment settings from CDK context: defaults, and clear refusals of impossible values."""

from __future__ import annotations

import aws_cdk as cdk
import pytest
from aws_cdk import aws_logs as logs

from app import build_app
from infra.config import Config


def config(**context) -> Config:
    return Config.from_context(cdk.App(context=context))


def test_defaults_are_the_dev_stage_follow_lines_limits_and_keep_a_month_of_logs():
    assert config() == Config(
        stage="dev",
        multicast_rate_per_second=195,
        log_level="INFO",
        log_retention=logs.RetentionDays.ONE_MONTH,
        alarm_email=None,
    )


def test_context_values_given_on_the_command_line_as_text_are_accepted():
    chosen = config(
        multicast_rate_per_second="50", log_level="debug", log_retention_days="90", alarm_email="a@b.jp"
    )
    assert chosen.multicast_rate_per_second == 50
    assert chosen.log_level == "DEBUG"
    assert chosen.log_retention == logs.RetentionDays.THREE_MONTHS
    assert chosen.alarm_email == "a@b.jp"
    assert config(line_basic_id="@123abcde").line_basic_id == "@123abcde"


@pytest.mark.parametrize(
    ("context", "named"),
    [
        ({"multicast_rate_per_second": 500}, "multicast_rate_per_second"),
        ({"log_level": "LOUD"}, "log_level"),
        ({"log_retention_days": 45}, "log_retention_days"),
        ({"stage": "staging"}, "stage"),
        ({"stage": "dev", "alarm_email": "not-an-address"}, "alarm_email"),
        ({"line_basic_id": "123abcde"}, "line_basic_id"),  # without its @
        ({"line_basic_id": "@ホゲ"}, "line_basic_id"),
    ],
)
def test_impossible_values_fail_the_synth_naming_the_setting(context, named):
    with pytest.raises(ValueError, match=named):
        config(**context)


def test_prod_without_an_alarm_email_fails_the_synth_saying_what_to_add():
    with pytest.raises(ValueError, match=r"alarm_email is required for stage prod.*-c alarm_email="):
        config(stage="prod")
    with pytest.raises(ValueError, match="alarm_email is required"):
        build_app(context={"stage": "prod", "alarm_email": ""})
    assert config(stage="prod", alarm_email="ops@example.jp").alarm_email == "ops@example.jp"


def test_the_basic_id_for_the_entry_routes_qr_codes_is_optional_and_read_as_line_shows_it():
    assert config().line_basic_id is None
    assert config(line_basic_id=" @123ABCDE ").line_basic_id == "@123abcde"
