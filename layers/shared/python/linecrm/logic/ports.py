"""The adapters the use cases reach DynamoDB and LINE through, passed in as an argument (`ports=`)
with the real ones as the default, as `dispatch.run(clock=, api=, sleep=)` takes time and LINE.

A port is duck-typed: the real adapter is the dal module itself (or `linecrm.line_api`, or a logic
module that reads the tables, such as `logic.member_counts`); an in-memory one (tests/support/
memory.py) implements the same functions with the same conditional-write semantics: a condition
that fails raises the real module's own exception (`dal.groups.StaleCatalog`, `dal.groups.Missing`,
`dal.messages.NotScheduled`, `dal.customers.Conflict`, `dal.recipients.TargetError`), which logic
turns into a domain error (or, for the dispatcher, a failed message).

Logic for groups, messages, the conversation and the dispatcher (`dispatch.run(ports=)`) takes
`ports`; the unit tests run it against in-memory ports without moto (tests/support/memory.py,
memory_dispatch.py), and the integration tests run the real adapters against moto.
Modules are imported on first use, so the webhook's cold start imports no more than before.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

ADAPTERS = {
    "customers": "linecrm.dal.customers",
    "customer_tags": "linecrm.dal.customer_tags",
    "deliveries": "linecrm.dal.deliveries",
    "coupon_uses": "linecrm.dal.coupon_uses",
    "groups": "linecrm.dal.groups",
    "history": "linecrm.dal.history",
    "messages": "linecrm.dal.messages",
    "message_dispatch": "linecrm.dal.message_dispatch",
    "recipients": "linecrm.dal.recipients",
    "stats": "linecrm.dal.stats",
    "survey_questions": "linecrm.dal.survey_questions",
    "member_counts": "linecrm.logic.member_counts",
    "statistics": "linecrm.logic.statistics",
    "features": "linecrm.logic.chat_features",
    "surveys": "linecrm.logic.surveys",
    "line": "linecrm.line_api",
}


class Ports:
    """`Ports(customers=..., line=...)`: the adapters given, the real ones for the rest."""

    customers: Any
    customer_tags: Any
    deliveries: Any
    coupon_uses: Any
    groups: Any
    history: Any
    messages: Any
    message_dispatch: Any
    recipients: Any
    stats: Any
    survey_questions: Any
    member_counts: Any
    statistics: Any
    features: Any
    surveys: Any
    line: Any

    def __init__(self, **adapters: Any) -> None:
        unknown = sorted(set(adapters) - set(ADAPTERS))
        if unknown:
            raise TypeError(f"unknown ports: {', '.join(unknown)}")
        self.__dict__.update(adapters)

    def __getattr__(self, name: str) -> Any:  # only for a port not given: the real adapter
        if name not in ADAPTERS:
            raise AttributeError(name)
        adapter = import_module(ADAPTERS[name])
        self.__dict__[name] = adapter
        return adapter


REAL = Ports()
