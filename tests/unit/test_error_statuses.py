"""Domain errors carry no HTTP status; the staff API maps each to its answer in one place."""

from __future__ import annotations

import inspect

import pytest

from functions.admin_api import errors as api_errors
from linecrm.domain import errors as domain_errors

DOMAIN_ERRORS = [
    kind
    for _, kind in inspect.getmembers(domain_errors, inspect.isclass)
    if issubclass(kind, domain_errors.AdminError) and kind is not domain_errors.AdminError
]


def test_no_domain_error_knows_an_http_status():
    for kind in [domain_errors.AdminError, *DOMAIN_ERRORS]:
        assert "status" not in vars(kind), kind


@pytest.mark.parametrize("kind", DOMAIN_ERRORS, ids=lambda kind: kind.__name__)
def test_every_domain_error_has_its_own_answer(kind):
    assert kind in api_errors.STATUS


def test_a_subclass_answers_as_its_nearest_mapped_ancestor_and_an_unknown_error_as_400():
    class GroupGone(domain_errors.NotFound):
        pass

    assert api_errors.status_of(GroupGone("なし")) == 404
    assert api_errors.status_of(domain_errors.AdminError("?")) == 400
    answer = api_errors.admin_error(domain_errors.Overlap("重なっています", conflicting_group={"name": "x"}))
    assert answer.status_code == 409
