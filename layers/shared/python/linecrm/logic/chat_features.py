"""Chat features beyond the registration conversation: shop card, stores, entry routes, surveys…

Each feature is a module of `linecrm.logic` listed below; it claims the texts or postbacks it
answers and stores what it changes itself (with conditional writes: an event may be redelivered).
The webhook's turn (`linecrm.logic.conversation`) asks the features first: a text a feature claims
is recorded on the timeline and answered with the feature's replies (and, for a customer still
registering, the open question asked again); any other text goes to the conversation.

Modules are imported on first use only, so that the webhook starts fast.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from linecrm.domain.customers import Customer

# Modules with `on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict] | None`
# (None: not theirs), asked in this order.
TEXT_FEATURES: tuple[str, ...] = ("coupons", "stores", "shop_card", "surveys", "entry_routes")

# Postback `action` -> module with
# `on_postback(user_id: str, customer: Customer | None, params: dict[str, str], at: datetime) -> list[dict]`.
POSTBACK_FEATURES: dict[str, str] = {"use_reward": "shop_card", "survey": "surveys"}


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict[str, Any]] | None:
    """The replies of the first feature that claims the text, or None when none does."""
    for name in TEXT_FEATURES:
        replies = _module(name).on_text(user_id, customer, text, at)
        if replies is not None:
            return replies
    return None


def postback_params(data: str) -> dict[str, str]:
    """A postback's data (`action=points&store=ginza`) as a dict; empty when it is not a query."""
    return dict(parse_qsl(data, keep_blank_values=True))


def on_postback(
    user_id: str, customer: Customer | None, data: str, at: datetime
) -> list[dict[str, Any]] | None:
    """The replies of the feature that owns the postback's `action`, or None when none does."""
    params = postback_params(data)
    name = POSTBACK_FEATURES.get(params.get("action", ""))
    if name is None:
        return None
    return _module(name).on_postback(user_id, customer, params, at)


def _module(name: str) -> Any:
    return importlib.import_module(f"linecrm.logic.{name}")
