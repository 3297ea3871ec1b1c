"""Where the CDK app finds the code it packages (paths relative to the repository root)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONS = ROOT / "functions"
SHARED_LAYER = ROOT / "layers" / "shared"  # holds python/linecrm, as Lambda layers expect
DEPENDENCIES_REQUIREMENTS = ROOT / "layers" / "dependencies" / "requirements.txt"
LOCAL_REQUIREMENTS = ROOT / "requirements-local.txt"  # pins boto3 (also shipped in the layer)
SHARED_PYTHON = SHARED_LAYER / "python"

# Local artefacts that must never be packaged: bytecode of the local Python (3.11) is useless on
# Lambda's 3.13, and tests or caches have no business in an asset.
ASSET_EXCLUDES = ["**/__pycache__", "**/*.pyc", "**/.pytest_cache", "**/tests"]
