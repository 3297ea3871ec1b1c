"""Errors of the staff API's logic. They say what went wrong in the business's terms and carry no
HTTP status: functions/admin_api/errors.py maps each to its answer, in one place."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


class AdminError(Exception):
    """A request the staff API's logic refuses; `details` go into the answer (e.g. `field`)."""

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(AdminError):
    """The group, message, customer or note named does not exist."""


def found(item: T | None, message: str) -> T:
    """`item`, read by its ID; NotFound(`message`) when nothing was read."""
    if item is None:
        raise NotFound(message)
    return item


class Overlap(AdminError):
    """A group would overlap an existing one; `details["conflicting_group"]` names it."""


class NotEditable(AdminError):
    """The message has started sending (or ended, or was cancelled): it can no longer change."""


class Busy(AdminError):
    """Too many concurrent writers kept winning the race; the client may simply try again."""


class Invalid(AdminError):
    """Input that is well-formed but refers to something unusable (e.g. a group that does not exist).

    `details["field"]` names the field, like pydantic's own 422s."""


class Refused(AdminError):
    """The request is well-formed but cannot be done in the customer's state (e.g. a 1:1 message to
    a customer who blocked the account)."""


class LineRefused(AdminError):
    """LINE's Messaging API refused (or did not answer) a request the staff asked for directly (the
    test send, a 1:1 message); nothing is recorded as sent."""


class WrongToken(AdminError):
    """Signing in with a token that is not the ADMIN_TOKEN (local stack)."""
