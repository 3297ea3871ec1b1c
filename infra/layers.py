"""The two Lambda layers: `shared` (our linecrm package) and `dependencies` (third-party wheels).

The dependencies layer is built with pip's cross-platform wheel download instead of Docker
(`cdk synth` must work on a machine without a Docker engine): binary wheels only, for Lambda's
Python and CPU. pip has no "build only if stale" mode and CDK's bundling wants Docker, so the
stamp logic below is ours: the build is redone only when the requirements (or the target) change,
and kept outside the clone (cache_root) so a fresh clone on the same machine reuses it.

Choices, stated once:
- x86_64 and Python 3.13 for every function (RUNTIME / ARCHITECTURE), so the wheels fit them all.
- `--no-compile`: pip would byte-compile with the local interpreter (3.11), whose .pyc files
  Lambda's 3.13 ignores. Lambda's /opt is read-only, so 3.13 cannot cache its own bytecode either:
  each cold start compiles what it imports. The webhook pays that once per published version
  (SnapStart snapshots the initialised process); the admin API and dispatcher pay it on a cold
  start, which neither is sensitive to.
- boto3 is shipped, pinned to the version the tests use (requirements-local.txt): aws-xray-sdk (from
  Powertools' tracer extra) pulls botocore into the layer, and a layer's botocore would otherwise
  shadow the runtime's while the runtime's boto3 stays, an untested pair.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from aws_cdk import AssetHashType
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

from infra import paths

RUNTIME = lambda_.Runtime.PYTHON_3_13
ARCHITECTURE = lambda_.Architecture.X86_64
PIP_PLATFORM = "manylinux2014_x86_64"
PIP_PYTHON_VERSION = "3.13"
STAMP_NAME = ".requirements-sha256"


def boto3_pin(dev_requirements: Path = paths.LOCAL_REQUIREMENTS) -> str:
    match = re.search(r"^boto3==[\w.]+", dev_requirements.read_text(), re.MULTILINE)
    if not match:
        raise RuntimeError(f"{dev_requirements} must pin boto3 (boto3==x.y.z) for the dependencies layer")
    return match.group(0)


def requirements_digest(requirements: Path = paths.DEPENDENCIES_REQUIREMENTS) -> str:
    """Changes whenever the layer's content would: requirements, boto3 pin, platform, Python."""
    source = "\n".join([requirements.read_text(), boto3_pin(), PIP_PLATFORM, PIP_PYTHON_VERSION])
    return hashlib.sha256(source.encode()).hexdigest()


def cache_root() -> Path:
    """Where built layers are kept, outside the clone so every clone on the machine reuses them:
    $LINECRM_LAYER_CACHE, else $XDG_CACHE_HOME/linecrm-layer, else ~/.cache/linecrm-layer."""
    if override := os.environ.get("LINECRM_LAYER_CACHE"):
        return Path(override)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "linecrm-layer"


def build_dependencies(
    requirements: Path = paths.DEPENDENCIES_REQUIREMENTS, cache: Path | None = None
) -> Path:
    """The layer's folder (holding `python/`) for these requirements: `<cache>/<digest>`, built by
    pip unless it is already there.

    The build goes to a temporary folder that is renamed into place with the stamp written last,
    so an interrupted build is never mistaken for a finished one (nor a concurrent one seen half
    done: the rename is atomic, and the loser of a race keeps the winner's folder).
    """
    digest = requirements_digest(requirements)
    build_dir = (cache or cache_root()) / digest
    if (build_dir / STAMP_NAME).is_file():
        return build_dir
    build_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = build_dir.with_name(f"{digest}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    command = [
        sys.executable, "-m", "pip", "install", "--disable-pip-version-check",
        "--platform", PIP_PLATFORM, "--only-binary=:all:", "--implementation", "cp",
        "--python-version", PIP_PYTHON_VERSION, "--no-compile",
        "--target", str(staging / "python"), "-r", str(requirements), boto3_pin(),
    ]  # fmt: skip
    print(f"building the dependencies layer into {build_dir} (once per set of requirements)", file=sys.stderr)
    try:
        subprocess.run(command, check=True)
        # Console scripts carry a shebang for the local interpreter: useless on Lambda.
        shutil.rmtree(staging / "python" / "bin", ignore_errors=True)
        (staging / STAMP_NAME).write_text(digest + "\n")
        try:
            staging.rename(build_dir)
        except OSError:  # built meanwhile by another process: keep theirs
            if not (build_dir / STAMP_NAME).is_file():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return build_dir


class Layers(Construct):
    """`shared` (layers/shared, holding python/linecrm) and `dependencies` (built above)."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        build_dir = build_dependencies()
        self.dependencies = lambda_.LayerVersion(
            self,
            "Dependencies",
            code=lambda_.Code.from_asset(
                str(build_dir),
                exclude=[STAMP_NAME],
                # The digest already names the content: no need to fingerprint 70 MB on every synth.
                asset_hash_type=AssetHashType.CUSTOM,
                asset_hash=build_dir.name,  # the requirements digest
            ),
            compatible_runtimes=[RUNTIME],
            compatible_architectures=[ARCHITECTURE],
            description="Third-party packages (layers/dependencies/requirements.txt)",
        )
        self.shared = lambda_.LayerVersion(
            self,
            "Shared",
            code=lambda_.Code.from_asset(str(paths.SHARED_LAYER), exclude=paths.ASSET_EXCLUDES),
            compatible_runtimes=[RUNTIME],
            compatible_architectures=[ARCHITECTURE],
            description="The linecrm package: domain rules, data access, settings, LINE client",
        )

    @property
    def all(self) -> list[lambda_.ILayerVersion]:
        return [self.dependencies, self.shared]
