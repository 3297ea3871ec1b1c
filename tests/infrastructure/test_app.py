"""`python app.py` (what `cdk synth` runs) works from any directory, with no AWS credentials."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from infra import paths


def test_app_py_synthesizes_the_stack_without_aws_credentials(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(
        CDK_OUTDIR=str(tmp_path),
        # What the CDK CLI passes for `-c`; staging off so the test does not copy the 70 MB layer.
        CDK_CONTEXT_JSON=json.dumps({"aws:cdk:disable-asset-staging": True}),
    )
    result = subprocess.run(
        [sys.executable, str(paths.ROOT / "app.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    template = json.loads((tmp_path / "LineCrm.template.json").read_text())
    types = {r["Type"] for r in template["Resources"].values()}
    assert {"AWS::Lambda::Function", "AWS::DynamoDB::Table", "AWS::ApiGateway::RestApi"} <= types
