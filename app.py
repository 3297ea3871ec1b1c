#!/usr/bin/env python3
"""The CDK app: `.venv/bin/python app.py` (or `cdk synth`) synthesizes the LINE CRM stack.

No Docker and no AWS credentials needed: the stack is environment-agnostic and the dependencies
layer is built with pip (infra/layers.py). cdk-nag's AwsSolutions rules run at synthesis and fail it
on any unacknowledged finding.
"""

from __future__ import annotations

import sys

from infra.paths import SHARED_PYTHON  # pathlib only: importable before linecrm is on the path

sys.path.insert(0, str(SHARED_PYTHON))

import aws_cdk as cdk  # noqa: E402
import cdk_nag  # noqa: E402

from infra.stack import LineCrmStack  # noqa: E402

STACK_NAME = "LineCrm"


def build_app(**app_options) -> tuple[cdk.App, LineCrmStack]:
    app = cdk.App(**app_options)
    cdk.Validations.of(app).add_plugins(cdk_nag.AwsSolutionsChecks(app))
    stack = LineCrmStack(app, STACK_NAME, description="LINE CRM and segment messaging (SPEC §10)")
    cdk.Tags.of(stack).add("project", "line-crm")
    return app, stack


if __name__ == "__main__":
    build_app()[0].synth()
