"""What every Lambda of the product has in common: runtime, layers, tracing, logs, environment."""

from __future__ import annotations

from dataclasses import dataclass

from aws_cdk import Duration, IgnoreMode, RemovalPolicy
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import paths
from infra.config import Config
from infra.data import Data
from infra.layers import ARCHITECTURE, RUNTIME
from infra.nag import LAMBDA_BASIC_EXECUTION, acknowledge
from linecrm.observability import METRICS_NAMESPACE, SERVICE

MEMORY_MB = 1024


@dataclass(frozen=True)
class FunctionBasis:
    """What the stack gives each function construct: its configuration, the tables (to grant
    access to), the layers and the environment every function gets (secret name, table names)."""

    config: Config
    data: Data
    layers: list[lambda_.ILayerVersion]
    environment: dict[str, str]


def function_code(name: str) -> lambda_.Code:
    """`functions/<name>/` packaged as the package `functions.<name>`, as the code imports itself.

    Handlers import their siblings by package path (`from functions.admin_api import auth`), the
    same way the tests and the local stack import them, so the zip keeps `functions/__init__.py`
    and `functions/<name>/` at their repository paths, and nothing else of the repository.
    """
    # Anchored gitignore patterns: a bare "app.py" would also drop functions/<name>/app.py.
    outside = [f"/{entry.name}" for entry in paths.ROOT.iterdir() if entry.name != paths.FUNCTIONS.name]
    other_functions = [
        f"/{paths.FUNCTIONS.name}/{entry.name}"
        for entry in paths.FUNCTIONS.iterdir()
        if entry.name not in (name, "__init__.py")
    ]
    return lambda_.Code.from_asset(
        str(paths.ROOT),
        exclude=[*outside, *other_functions, *paths.ASSET_EXCLUDES],
        ignore_mode=IgnoreMode.GIT,
    )


def product_function(
    scope: Construct,
    construct_id: str,
    *,
    name: str,
    basis: FunctionBasis,
    timeout: Duration,
    environment: dict[str, str] | None = None,
    snap_start: bool = False,
    **options,
) -> lambda_.Function:
    """`functions/<name>/handler.py`'s `handler(event, context)` as a Lambda function (handler
    `functions.<name>.handler.handler`: see function_code).

    Memory is 1 GB (MEMORY_MB): Lambda's CPU share grows with it, and importing pydantic and
    line-bot-sdk on a cold start is CPU-bound. `environment` adds the function's own variables to
    the basis's; `options` are passed to lambda_.Function as they are.
    """
    config = basis.config
    log_group = logs.LogGroup(
        scope,
        f"{construct_id}Logs",
        retention=config.log_retention,
        removal_policy=RemovalPolicy.DESTROY,
    )
    function = lambda_.Function(
        scope,
        construct_id,
        runtime=RUNTIME,
        architecture=ARCHITECTURE,
        handler=f"functions.{name}.handler.handler",
        code=function_code(name),
        layers=basis.layers,
        memory_size=MEMORY_MB,
        timeout=timeout,
        tracing=lambda_.Tracing.ACTIVE,
        log_group=log_group,
        snap_start=lambda_.SnapStartConf.ON_PUBLISHED_VERSIONS if snap_start else None,
        environment={
            "POWERTOOLS_SERVICE_NAME": SERVICE,
            "POWERTOOLS_METRICS_NAMESPACE": METRICS_NAMESPACE,
            "LOG_LEVEL": config.log_level,
            "STAGE": config.stage,  # a dimension of every metric (linecrm.observability)
            **(environment or {}),
            **basis.environment,
        },
        description=f"LINE CRM {name} (functions/{name}/handler.py)",
        **options,
    )
    acknowledge(
        function,
        "AwsSolutions-L1",
        "Python 3.13 on purpose: the dependencies layer is built for it and the product is "
        "tested against it; moving to a newer runtime is a deliberate upgrade, not a drift.",
    )
    role = function.role
    acknowledge(
        role,
        f"AwsSolutions-IAM4[{LAMBDA_BASIC_EXECUTION}]",
        "AWS's basic execution policy only lets the function write its own CloudWatch logs.",
    )
    acknowledge(
        role,
        "AwsSolutions-IAM5[Resource::*]",
        "X-Ray's PutTraceSegments/PutTelemetryRecords (active tracing) have no resource-level "
        "permissions; CDK's tracing grant is the only use of Resource::*.",
    )
    return function
