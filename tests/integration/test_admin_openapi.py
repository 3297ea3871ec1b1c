"""The committed OpenAPI document (docs/openapi.json) is the one the code generates.

When this fails, run `.venv/bin/python -m functions.admin_api` and commit docs/openapi.json."""

from __future__ import annotations

import json

from functions.admin_api.__main__ import DOCUMENT, render


def test_the_committed_openapi_document_is_up_to_date():
    assert DOCUMENT.exists(), "docs/openapi.json is missing: run `python -m functions.admin_api`"
    assert json.loads(DOCUMENT.read_text(encoding="utf-8")) == json.loads(render()), (
        "docs/openapi.json is stale: run `.venv/bin/python -m functions.admin_api` and commit it"
    )


def test_the_document_describes_the_contracts_routes_and_bearer_authentication():
    document = json.loads(render())
    assert {"/api/groups", "/api/messages", "/api/messages/{message_id}", "/api/customers"} <= set(
        document["paths"]
    )
    assert document["security"] == [{"bearer": []}]
    assert "409" in document["paths"]["/api/groups"]["post"]["responses"]


def test_every_operation_documents_its_success_401_and_422():
    document = json.loads(render())
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            codes = set(operation["responses"])
            assert any(code.startswith("2") for code in codes), (method, path)
            assert {"401", "422"} <= codes, (method, path)
            error = operation["responses"]["401"]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/ErrorOut"}
    assert document["paths"]["/api/groups/{group_id}"]["delete"]["responses"]["204"].get("content") in (
        None,
        {},
    )
