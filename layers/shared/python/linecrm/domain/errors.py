"""Errors of the staff API's logic, each meaning one HTTP answer (mapped in functions/admin_api)."""

from __future__ import annotations


class AdminError(Exception):
    status = 400

    def __init__(self, message: str, **details):
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(AdminError):
    status = 404


class Overlap(AdminError):
    """A group would overlap an existing one; `details["conflicting_group"]` names it."""

    status = 409


class NotEditable(AdminError):
    """The message has started sending (or ended, or was cancelled): it can no longer change."""

    status = 409


class Busy(AdminError):
    """Too many concurrent writers kept winning the race; the client may simply try again."""

    status = 503


class Invalid(AdminError):
    """Input that is well-formed but refers to something unusable (e.g. a group that does not exist).

    `details["field"]` names the field, like pydantic's own 422s."""

    status = 422


class Refused(AdminError):
    """The request is well-formed but cannot be done in the customer's state (e.g. a 1:1 message to
    a customer who blocked the account)."""

    status = 409


class LineRefused(AdminError):
    """LINE's Messaging API refused (or did not answer) a request the staff asked for directly (the
    test send, a 1:1 message); nothing is recorded as sent."""

    status = 502
