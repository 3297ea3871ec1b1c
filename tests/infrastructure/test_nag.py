"""cdk-nag's AwsSolutions rules pass at synthesis, and every acknowledged finding (cdk-nag's or CDK's own
warnings) says why."""

from __future__ import annotations

import pytest
from aws_cdk import aws_secretsmanager as secretsmanager

import app as cdk_app

ACKNOWLEDGED = "aws:cdk:acknowledged-rules"


def test_stack_synthesizes_with_the_aws_solutions_checks(synthesized):
    app, stack, _ = synthesized
    assembly = app.synth()  # raises with cdk-nag's report on any unacknowledged finding
    assert assembly.get_stack_artifact(stack.artifact_id).template["Resources"]


def test_an_unacknowledged_finding_fails_the_synthesis(tmp_path):
    """The checks are really attached: a secret without rotation (AwsSolutions-SMG4) is refused."""
    app, stack = cdk_app.build_app(outdir=str(tmp_path), context={"aws:cdk:disable-asset-staging": True})
    secretsmanager.Secret(stack, "UnrotatedSecret")
    with pytest.raises(RuntimeError, match=r"(?s)ValidationFailed.*UnrotatedSecret.*AwsSolutions-SMG4"):
        app.synth()


def _acknowledgements(stack) -> list[tuple[str, str, str]]:
    return [
        (construct.node.path, rule, reason)
        for construct in stack.node.find_all()
        for entry in construct.node.metadata
        if entry.type == ACKNOWLEDGED
        for rule, reason in entry.data.items()
    ]


def test_every_acknowledgement_names_its_rule_and_gives_a_sentence_of_why(synthesized):
    acknowledgements = _acknowledgements(synthesized[1])
    assert acknowledgements, "expected the stack's acknowledged findings"
    for path, rule, reason in acknowledgements:
        assert "AwsSolutions-" in rule or rule.startswith("Annotation::@aws-cdk/"), (path, rule)
        assert len(reason) >= 40 and reason.rstrip().endswith("."), (path, rule, reason)
