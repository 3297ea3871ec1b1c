"""`no_aws`: for the unit tests of logic on in-memory ports (tests/support/memory.py). While such a
test runs, importing moto fails, and any DynamoDB resource, client or table the code asks for
raises; afterwards, no moto module may have been imported by it."""

from __future__ import annotations

import sys
from typing import Any

import pytest


def _moto_modules() -> set[str]:
    return {
        m
        for m, module in sys.modules.items()
        if module is not None and (m == "moto" or m.startswith("moto."))
    }


@pytest.fixture
def no_aws():
    from linecrm.dal import dynamo

    before = _moto_modules()
    hidden = sys.modules.get("moto")
    sys.modules["moto"] = None  # `import moto` (and moto.*) raises ImportError

    def refuse(*_: Any, **__: Any) -> Any:
        raise AssertionError("a unit test on in-memory ports reached DynamoDB")

    real = {name: getattr(dynamo, name) for name in ("resource", "client", "table")}
    for name in real:
        setattr(dynamo, name, refuse)
    try:
        yield
    finally:  # restored here, before the environment fixture resets dynamo's caches
        for name, function in real.items():
            setattr(dynamo, name, function)
        if hidden is None:
            del sys.modules["moto"]
        else:
            sys.modules["moto"] = hidden
    assert _moto_modules() == before, "the test imported moto"
