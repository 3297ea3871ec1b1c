"""Where the CDK app finds the code it packages (paths relative to the repository root)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONS = ROOT / "functions"
SHARED_LAYER = ROOT / "layers" / "shared"  # holds python/linecrm, as Lambda layers expect
DEPENDENCIES_REQUIREMENTS = ROOT / "layers" / "dependencies" / "requirements.txt"
DEPENDENCIES_BUILD = ROOT / "layers" / "dependencies" / "build"
DEV_REQUIREMENTS = ROOT / "requirements-dev.txt"
SHARED_PYTHON = SHARED_LAYER / "python"

# Local artefacts that must never be packaged: bytecode of the local Python (3.11) is useless on
# Lambda's 3.13, and tests or caches have no business in an asset.
ASSET_EXCLUDES = ["**/__pycache__", "**/*.pyc", "**/.pytest_cache", "**/tests"]
