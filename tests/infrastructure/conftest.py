"""One synthesized LineCrm stack shared by every infrastructure test (jsii synthesis takes seconds).

Built exactly as `app.py` builds it, with the cdk-nag AwsSolutions checks attached: if they find
anything unacknowledged, synthesis (and so every test here) fails with their report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from aws_cdk.assertions import Template

import app as cdk_app
from linecrm.tables import TABLES
from tests.infrastructure.cfn import table_logical_id

ALARM_EMAIL = "ops@example.com"
STAGE = "prod"  # the stricter stage (an alarm e-mail is required); test_app.py synthesizes dev


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory):
    app, stack = cdk_app.build_app(
        outdir=str(tmp_path_factory.mktemp("cdk.out")),
        # Assets are fingerprinted but not copied into the cloud assembly: the tests need the
        # template, not a 70 MB copy of the dependencies layer.
        context={
            "aws:cdk:disable-asset-staging": True,
            "stage": STAGE,
            "alarm_email": ALARM_EMAIL,
            "line_basic_id": "@kuroge",
        },
    )
    template = Template.from_stack(stack)
    return app, stack, template


@pytest.fixture(scope="session")
def template(synthesized) -> Template:
    return synthesized[2]


@pytest.fixture(scope="session")
def resources(template) -> dict[str, dict]:
    """The template's resources by logical id."""
    return template.to_json()["Resources"]


@pytest.fixture(scope="session")
def table_ids(resources) -> dict[str, str]:
    """Logical table name (linecrm.tables) -> CloudFormation logical id."""
    return {t.name: table_logical_id(resources, t) for t in TABLES}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Every infrastructure test in one xdist group (`--dist loadgroup`): one worker synthesizes the
    shared stack, instead of each worker synthesizing it again (tens of seconds on a loaded machine)."""
    here = str(Path(__file__).parent)
    for item in items:
        # test_app synthesizes app.py in a process of its own (no shared stack): any worker
        if str(item.path).startswith(here) and item.path.name != "test_app.py":
            item.add_marker(pytest.mark.xdist_group("infrastructure"))
