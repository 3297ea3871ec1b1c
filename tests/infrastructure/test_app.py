"""`python app.py` (what `cdk synth` runs) works from any directory, with no AWS credentials."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from infra import paths


def test_app_py_synthesizes_the_dev_stage_into_cdk_out_without_aws_credentials(tmp_path):
    """`make synth` (python app.py, no CDK_OUTDIR) writes to the repository's cdk.out/, not to a
    new temporary folder each time; the default stage is dev, and it is in every name."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "CDK_OUTDIR"))}
    # What the CDK CLI passes for `-c`; staging off so the test does not copy the 70 MB layer.
    env["CDK_CONTEXT_JSON"] = json.dumps({"aws:cdk:disable-asset-staging": True})
    written = paths.ROOT / "cdk.out" / "LineCrm-dev.template.json"
    written.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, str(paths.ROOT / "app.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    template = json.loads(written.read_text())
    types = {r["Type"] for r in template["Resources"].values()}
    assert {"AWS::Lambda::Function", "AWS::DynamoDB::Table", "AWS::ApiGateway::RestApi"} <= types
    assert not list(tmp_path.iterdir())
    (stage,) = [r for r in template["Resources"].values() if r["Type"] == "AWS::ApiGateway::Stage"]
    assert stage["Properties"]["StageName"] == "dev"
    (secret,) = [r for r in template["Resources"].values() if r["Type"] == "AWS::SecretsManager::Secret"]
    assert secret["Properties"]["Name"] == "LineCrm-dev/line-channel"
