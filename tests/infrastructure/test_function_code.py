"""Each function's zip holds `functions/<name>/` at its repository path, and nothing else of the repo."""

from __future__ import annotations

import aws_cdk as cdk
import pytest

from infra import paths
from infra.function import function_code


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    """name -> the set of files CDK packages for that function (staged into a cloud assembly)."""
    outdir = tmp_path_factory.mktemp("assembly")
    app = cdk.App(outdir=str(outdir))
    packaged = {}
    for name in ("webhook", "admin_api", "dispatcher"):
        stack = cdk.Stack(app, f"Code{name.replace('_', '')}")
        location = function_code(name).bind(stack).s3_location
        asset_hash = stack.resolve(location.object_key).split(".")[0]
        folder = outdir / f"asset.{asset_hash}"
        packaged[name] = {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
    return packaged


@pytest.mark.parametrize("name", ["webhook", "admin_api", "dispatcher"])
def test_zip_holds_the_functions_package_with_this_function_only(staged, name):
    files = staged[name]
    assert "functions/__init__.py" in files
    assert f"functions/{name}/handler.py" in files
    assert all(f == "functions/__init__.py" or f.startswith(f"functions/{name}/") for f in files), files
    assert not any("__pycache__" in f or f.endswith(".pyc") for f in files)


@pytest.mark.parametrize("name", ["webhook", "admin_api", "dispatcher"])
def test_every_module_of_the_function_is_packaged(staged, name):
    """Siblings the handler imports (functions.admin_api.auth, .routes…) travel with it."""
    modules = {
        str(p.relative_to(paths.ROOT))
        for p in (paths.FUNCTIONS / name).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert modules <= staged[name]
