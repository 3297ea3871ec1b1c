"""The shop's configuration shipped with the code: Kuroge's stores, the shop card's ranks (each
with its reward coupon) and the visit attribution window. A deployment overrides any part of it
with the environment variable SHOP_CONFIG (JSON, same shape; keys given replace the defaults')."""

from __future__ import annotations

import json
import os
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

STORE_ID_PATTERN = r"^[a-z][a-z0-9_]{0,19}$"


class Store(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    store_id: str = Field(pattern=STORE_ID_PATTERN)
    name: str = Field(min_length=1, max_length=40)
    address: str = Field(min_length=1, max_length=100)
    hours: str = Field(min_length=1, max_length=100)
    phone: str | None = Field(None, max_length=20)


class Rank(BaseModel):
    """A rank the card reaches at `points`; its reward coupon is pushed once when it does."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rank: str = Field(pattern=r"^[a-z][a-z0-9_]{0,19}$")
    label: str = Field(min_length=1, max_length=20)
    points: int = Field(ge=1)
    reward_title: str = Field(min_length=1, max_length=40)
    reward_description: str = Field("", max_length=200)


class ShopConfig(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    stores: tuple[Store, ...] = Field(min_length=1)
    # The rank every card starts at (no reward), then the ranks reached by points, ascending.
    base_rank: str = "regular"
    base_label: str = "レギュラー"
    ranks: tuple[Rank, ...] = ()
    # A visit within this many days after a coupon use counts for the message that carried it.
    attribution_days: int = Field(14, ge=0, le=365)
    stamps_per_sheet: int = Field(10, ge=1, le=30)  # stamps drawn on the card in the chat

    @model_validator(mode="after")
    def _consistent(self) -> ShopConfig:
        ids = [s.store_id for s in self.stores]
        if len(set(ids)) != len(ids):
            raise ValueError("store_id が重複しています")
        points = [r.points for r in self.ranks]
        if points != sorted(set(points)):
            raise ValueError("ranks は points の昇順で、重複なく指定してください")
        if self.base_rank in {r.rank for r in self.ranks}:
            raise ValueError("base_rank と同じ rank は指定できません")
        return self

    def store(self, store_id: str) -> Store | None:
        return next((s for s in self.stores if s.store_id == store_id), None)


DEFAULT = {
    "stores": [
        {
            "store_id": "ginza",
            "name": "黒毛 銀座本店",
            "address": "東京都中央区銀座5-8-1 黒毛ビル3F",
            "hours": "17:00〜23:00（L.O. 22:30）／ 月曜定休",
            "phone": "03-1234-5601",
        },
        {
            "store_id": "shinjuku",
            "name": "黒毛 新宿店",
            "address": "東京都新宿区新宿3-22-7 新宿南ビル8F",
            "hours": "17:00〜24:00（L.O. 23:00）／ 無休",
            "phone": "03-1234-5602",
        },
        {
            "store_id": "ebisu",
            "name": "黒毛 恵比寿店",
            "address": "東京都渋谷区恵比寿南1-4-12 恵比寿テラス2F",
            "hours": "11:30〜14:30 ／ 17:00〜23:00 ／ 火曜定休",
            "phone": "03-1234-5603",
        },
    ],
    "ranks": [
        {
            "rank": "silver",
            "label": "シルバー",
            "points": 10,
            "reward_title": "シルバーランク特典: 特選和牛盛り合わせ 1皿サービス",
            "reward_description": "シルバーランク到達ありがとうございます。次回ご来店時にスタッフへご提示ください。",
        },
        {
            "rank": "gold",
            "label": "ゴールド",
            "points": 30,
            "reward_title": "ゴールドランク特典: お会計から20%OFF",
            "reward_description": "ゴールドランク到達ありがとうございます。次回ご来店時にスタッフへご提示ください。",
        },
    ],
    "attribution_days": 14,
}


def load(override: str | None) -> ShopConfig:
    """The defaults with the keys of `override` (JSON text) replacing theirs."""
    merged = dict(DEFAULT)
    if override:
        try:
            merged |= json.loads(override)
        except (json.JSONDecodeError, TypeError) as error:
            raise RuntimeError(f"invalid configuration in SHOP_CONFIG: not JSON ({error.msg})") from None
    return ShopConfig.model_validate(merged)


@lru_cache(maxsize=1)
def get_config() -> ShopConfig:
    return load(os.environ.get("SHOP_CONFIG"))
