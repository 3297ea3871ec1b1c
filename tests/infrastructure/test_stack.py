"""The stack as a whole: stage names, tags, outputs, the LINE secret, a new webhook version for a
new layer, and cfn-lint on the template."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from aws_cdk.assertions import Template

import app as cdk_app
from infra import paths
from linecrm.secrets import PLACEHOLDER_VALUE
from tests.infrastructure.cfn import logical_id, of_type
from tests.infrastructure.conftest import ALARM_EMAIL, STAGE


def test_stack_name_carries_the_stage(synthesized):
    assert synthesized[1].stack_name == f"LineCrm-{STAGE}"


def test_every_taggable_resource_carries_project_stage_and_owner(resources):
    tagged = [r for r in resources.values() if isinstance(r.get("Properties", {}).get("Tags"), list)]
    assert len(tagged) > 10
    for resource in tagged:
        tags = {t["Key"]: t["Value"] for t in resource["Properties"]["Tags"]}
        assert tags["project"] == "line-crm" and tags["stage"] == STAGE and tags["owner"], resource["Type"]


def test_line_secret_starts_as_a_json_placeholder_and_is_retained(resources):
    secret = resources[logical_id(resources, "AWS::SecretsManager::Secret", "LineChannelSecret")]
    assert json.loads(secret["Properties"]["SecretString"]) == PLACEHOLDER_VALUE
    assert "GenerateSecretString" not in secret["Properties"]  # a random string is not JSON
    assert secret["DeletionPolicy"] == "Retain" and secret["UpdateReplacePolicy"] == "Retain"


def _join(value: dict) -> str:
    """An output's Fn::Join, with references shown as <logical id>."""
    parts = value["Fn::Join"][1]
    return "".join(p if isinstance(p, str) else f"<{p.get('Ref') or p}>" for p in parts)


def test_outputs_give_the_webhook_url_the_api_url_and_how_to_create_the_first_staff_user(template, resources):
    outputs = template.to_json()["Outputs"]
    stage_id = logical_id(resources, "AWS::ApiGateway::Stage", "Stage")
    assert _join(outputs["WebhookUrl"]["Value"]).endswith(f"/<{stage_id}>/webhook")
    assert _join(outputs["ApiUrl"]["Value"]).endswith(f"/<{stage_id}>/api")
    pool_id = logical_id(resources, "AWS::Cognito::UserPool", "Staff")
    command = _join(outputs["CreateFirstStaffUser"]["Value"])
    assert command.startswith("aws cognito-idp admin-create-user --region <AWS::Region>")
    assert f"--user-pool-id <{pool_id}>" in command and "email_verified,Value=true" in command


def test_alarm_email_is_subscribed(template):
    template.has_resource_properties("AWS::SNS::Subscription", {"Protocol": "email", "Endpoint": ALARM_EMAIL})


def _webhook_version(resources: dict) -> tuple[str, str]:
    """(the webhook's version logical id, the version the `live` alias points at)."""
    (alias,) = of_type(resources, "AWS::Lambda::Alias").values()
    version_id = logical_id(resources, "AWS::Lambda::Version", "WebhookFunctionCurrentVersion")
    return version_id, alias["Properties"]["FunctionVersion"]["Fn::GetAtt"][0]


def test_a_change_to_the_shared_layer_alone_publishes_a_new_webhook_version(resources, tmp_path, monkeypatch):
    """The alias must follow the layer: otherwise it keeps serving old shared code while the admin
    API and the dispatcher (which run $LATEST) run the new one."""
    layer = tmp_path / "shared"
    shutil.copytree(paths.SHARED_LAYER, layer, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    with (layer / "python" / "linecrm" / "jst.py").open("a") as source:
        source.write("\n# a change of the shared layer only\n")
    monkeypatch.setattr(paths, "SHARED_LAYER", layer)
    app, stack = cdk_app.build_app(
        outdir=str(tmp_path / "cdk.out"),
        context={"aws:cdk:disable-asset-staging": True, "stage": STAGE, "alarm_email": ALARM_EMAIL},
    )
    changed = Template.from_stack(stack).to_json()["Resources"]

    before, after = _webhook_version(resources), _webhook_version(changed)
    assert before[0] == before[1] and after[0] == after[1]  # the alias points at the current version
    assert after[0] != before[0]
    function = logical_id(resources, "AWS::Lambda::Function", "WebhookFunction")
    assert changed[function]["Properties"]["Code"] == resources[function]["Properties"]["Code"]


# W3005 (a DependsOn already implied by a GetAtt): CDK writes it for every function's role, on
# purpose (the role's policy must exist before the function); harmless, and not ours to change.
CFN_LINT_IGNORED = ["W3005"]


def test_cfn_lint_finds_nothing_in_the_template(template, tmp_path):
    """AWS's own linter (pinned in requirements-dev.txt) on the synthesized template: no error and
    no warning but the ignored ones above (exit code 0)."""
    path = tmp_path / "template.json"
    path.write_text(json.dumps(template.to_json()))
    cfn_lint = Path(sys.executable).with_name("cfn-lint")
    result = subprocess.run(
        [str(cfn_lint), "--regions", "ap-northeast-1", "--ignore-checks", *CFN_LINT_IGNORED, "--", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_stages_share_no_names(stage):
    assert cdk_app.stack_name(stage) == f"LineCrm-{stage}"
