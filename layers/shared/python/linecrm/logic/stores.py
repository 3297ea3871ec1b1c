"""店舗情報: Kuroge's stores (domain.shop_config), listed for staff and answered in the chat."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from linecrm.domain import shop_card as rules
from linecrm.domain.customers import Customer
from linecrm.domain.shop_config import get_config


def list_all() -> list[dict[str, Any]]:
    return [s.model_dump() for s in get_config().stores]


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict[str, Any]] | None:
    if rules.normalized(text) != rules.STORES_KEYWORD:
        return None
    return [rules.stores_message(get_config())]
