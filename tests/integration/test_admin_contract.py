"""The staff API keeps the contract it publishes (docs/openapi.json), checked by schemathesis over
real HTTP through the local stack's routes: requests generated from the document (valid ones and
deliberately invalid ones), each answer checked for a 5xx, an undocumented status, and a body that
does not match the documented schema. Bounded and derandomized, so `make test` stays quick and
repeatable."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from functions.admin_api.__main__ import DOCUMENT
from local.line_emulator import LineEmulator
from local.stack import LocalApp
from local.web import make_server, serve_in_thread
from tests.support.admin_api import AUTH, TOKEN

schema = schemathesis.openapi.from_path(DOCUMENT)
EXAMPLES = 6  # per operation (~20 operations): about half a minute in all
# No 5xx; only documented statuses and content types; bodies as documented; invalid input refused.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def api_url(moto_server, admin_token_mode):
    server = make_server(LocalApp(LineEmulator(), TOKEN))
    serve_in_thread(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_as_documented(case, api_url):
    case.call_and_validate(base_url=api_url, headers=AUTH, checks=CHECKS)
