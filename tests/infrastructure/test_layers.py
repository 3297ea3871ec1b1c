"""The dependencies layer is built with pip for Lambda's platform, once per set of requirements, into
a cache outside the clone (so fresh clones on the same machine reuse it)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from infra import layers, paths


@pytest.fixture
def requirements(tmp_path):
    file = tmp_path / "requirements.txt"
    file.write_text("line-bot-sdk==3.27.0\n")
    return file


@pytest.fixture
def fake_pip(monkeypatch):
    """Records pip's command line and installs one placeholder package where it was told to."""
    calls: list[list[str]] = []

    def run(command, check):
        calls.append(command)
        target = command[command.index("--target") + 1]
        (Path(target) / "linebot").mkdir(parents=True)
        (Path(target) / "bin").mkdir()
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(layers.subprocess, "run", run)
    return calls


def test_builds_binary_wheels_for_lambdas_python_and_cpu_without_bytecode(tmp_path, requirements, fake_pip):
    build = layers.build_dependencies(requirements, tmp_path / "cache")
    (command,) = fake_pip
    assert command[command.index("--platform") + 1] == "manylinux2014_x86_64"
    assert command[command.index("--python-version") + 1] == "3.13"
    assert command[command.index("--implementation") + 1] == "cp"
    assert "--only-binary=:all:" in command and "--no-compile" in command
    assert command[command.index("-r") + 1] == str(requirements)
    assert layers.boto3_pin() in command  # matches the botocore that aws-xray-sdk pulls in
    assert (build / "python" / "linebot").is_dir()
    assert not (build / "python" / "bin").exists()


def test_second_build_with_the_same_requirements_does_not_run_pip(tmp_path, requirements, fake_pip):
    first = layers.build_dependencies(requirements, tmp_path / "cache")
    second = layers.build_dependencies(requirements, tmp_path / "cache")
    assert first == second == tmp_path / "cache" / layers.requirements_digest(requirements)
    assert len(fake_pip) == 1


def test_the_cache_is_outside_the_clone_and_shared_by_every_clone(tmp_path, monkeypatch):
    monkeypatch.delenv("LINECRM_LAYER_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert layers.cache_root() == tmp_path / "linecrm-layer"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert layers.cache_root() == Path.home() / ".cache" / "linecrm-layer"
    assert paths.ROOT not in layers.cache_root().parents


def test_a_fresh_clone_reuses_the_layer_another_clone_built(tmp_path, requirements, fake_pip):
    """Two clones have the same requirements file at different paths: one build."""
    other_clone = tmp_path / "other" / "requirements.txt"
    other_clone.parent.mkdir()
    other_clone.write_text(requirements.read_text())
    first = layers.build_dependencies(requirements, tmp_path / "cache")
    second = layers.build_dependencies(other_clone, tmp_path / "cache")
    assert first == second and len(fake_pip) == 1


def test_changed_requirements_rebuild_the_layer(tmp_path, requirements, fake_pip):
    first = layers.build_dependencies(requirements, tmp_path / "cache")
    requirements.write_text("line-bot-sdk==3.27.0\npydantic==2.14.4\n")
    second = layers.build_dependencies(requirements, tmp_path / "cache")
    assert first != second
    assert len(fake_pip) == 2
    assert (second / layers.STAMP_NAME).read_text().strip() == second.name


def test_failed_pip_keeps_the_previous_build_and_leaves_no_partial_one(
    tmp_path, requirements, fake_pip, monkeypatch
):
    cache = tmp_path / "cache"
    build = layers.build_dependencies(requirements, cache)

    def failing(command, check):
        raise subprocess.CalledProcessError(1, command)

    monkeypatch.setattr(layers.subprocess, "run", failing)
    requirements.write_text("no-such-package==0\n")
    with pytest.raises(subprocess.CalledProcessError):
        layers.build_dependencies(requirements, cache)
    assert (build / "python" / "linebot").is_dir()
    # No folder for the new requirements, not even a partial one: the next synth tries again.
    assert [p.name for p in cache.iterdir()] == [build.name]


def test_real_layer_holds_cp313_x86_64_binaries_and_no_local_bytecode(synthesized):
    site = layers.build_dependencies() / "python"  # built (or found in the cache) by the synthesis
    assert {"linebot", "aws_lambda_powertools", "pydantic", "boto3", "botocore"} <= {
        p.name for p in site.iterdir()
    }
    (binary,) = (site / "pydantic_core").glob("_pydantic_core*.so")
    assert binary.name.endswith("cpython-313-x86_64-linux-gnu.so")
    assert not list(site.rglob("*.pyc"))


def test_real_layer_stays_well_under_lambdas_250_mb_limit(synthesized):
    size = sum(f.stat().st_size for f in (layers.build_dependencies() / "python").rglob("*") if f.is_file())
    assert size < 150 * 1024 * 1024
