"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from tests.support.admin_api import token_mode
from tests.support.logs import json_logs  # noqa: F401 (a fixture: every line the logger writes)


@pytest.fixture
def admin_token_mode(monkeypatch):
    """The staff API in token mode with tests.support.admin_api's TOKEN (what `call` sends)."""
    token_mode(monkeypatch)
