"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from tests.support.admin_api import token_mode


@pytest.fixture
def admin_token_mode(monkeypatch):
    """The staff API in token mode with tests.support.admin_api's TOKEN (what `call` sends)."""
    token_mode(monkeypatch)
