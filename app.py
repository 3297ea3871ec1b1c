#!/usr/bin/env python3
"""The CDK app: `.venv/bin/python app.py` (or `cdk synth`) synthesizes the LINE CRM stack.

No Docker and no AWS credentials needed: the stack is environment-agnostic and the dependencies
layer is built with pip (infra/layers.py). cdk-nag's AwsSolutions rules run at synthesis and fail it
on any unacknowledged finding. `-c stage=dev|prod` picks the stage (stack `LineCrm-<stage>`).
"""

from __future__ import annotations

import os
import sys

from infra.paths import ROOT, SHARED_PYTHON  # pathlib only: importable before linecrm is on the path

sys.path.insert(0, str(SHARED_PYTHON))

import aws_cdk as cdk  # noqa: E402
import cdk_nag  # noqa: E402

from infra.config import Config  # noqa: E402
from infra.stack import LineCrmStack  # noqa: E402

PROJECT = "line-crm"
# Feature flags the stack relies on, set here rather than only in cdk.json: `python app.py` (and
# the tests) do not read cdk.json, and these must not differ between a test and a deployment.
FEATURE_FLAGS = {
    # A new layer version (the shared `linecrm` code) publishes a new webhook version, so the
    # `live` alias moves to it (without it the alias keeps serving the old layer).
    "@aws-cdk/aws-lambda:recognizeLayerVersion": True,
}


def stack_name(stage: str) -> str:
    return f"LineCrm-{stage}"


def build_app(**app_options) -> tuple[cdk.App, LineCrmStack]:
    app = cdk.App(**app_options, post_cli_context=FEATURE_FLAGS)
    cdk.Validations.of(app).add_plugins(cdk_nag.AwsSolutionsChecks(app))
    config = Config.from_context(app)
    stack = LineCrmStack(
        app,
        stack_name(config.stage),
        config=config,
        description=f"LINE CRM and targeted messaging ({config.stage})",
    )
    for key, value in {"project": PROJECT, "stage": config.stage, "owner": config.owner}.items():
        cdk.Tags.of(stack).add(key, value)
    return app, stack


if __name__ == "__main__":
    # `python app.py` alone would write into a new temporary folder each time; the CLI sets CDK_OUTDIR.
    outdir = os.environ.get("CDK_OUTDIR") or str(ROOT / "cdk.out")
    build_app(outdir=outdir)[0].synth()
