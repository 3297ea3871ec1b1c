"""/api/stores and the shop card: the stores, each register's QR code of the day, points awarded
by staff (audited)."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import PointsIn, PointsOut, RegisterQrOut, StoreList
from functions.admin_api.responses import NOT_FOUND, REFUSED, documented
from linecrm.logic import shop_card, stores

router = APIGatewayRouter()

UserId = Annotated[str, Path(min_length=1, max_length=64)]
StoreId = Annotated[str, Path(min_length=1, max_length=20)]


@router.get("/stores", summary="The stores (id, name, address, hours)", responses=documented())
def list_stores() -> StoreList:
    return StoreList.model_validate({"stores": stores.list_all()})


@router.get(
    "/stores/<store_id>/qr",
    summary="Today's register QR code of a store (changes at midnight JST; print it each day)",
    responses=documented(NOT_FOUND, REFUSED),
)
def register_qr(store_id: StoreId) -> RegisterQrOut:
    return RegisterQrOut.model_validate(shop_card.register_qr(store_id))


@router.post(
    "/customers/<user_id>/points",
    summary="Award shop card points at a store (audited; a rank-up pushes its reward coupon once)",
    responses=documented(NOT_FOUND, ok=201, description="awarded"),
)
def award_points(user_id: UserId, request: PointsIn) -> Response[PointsOut]:
    result = shop_card.award(
        user_id,
        request.store_id,
        request.points,
        source=shop_card.STAFF,
        actor=current_staff(router),
        reason=request.reason,
    )
    body = PointsOut.model_validate(
        {
            "user_id": user_id,
            "shop_card": result["shop_card"],
            "visit": result["visit"],
            "rank_up": result["rank_up"],
        }
    )
    return Response(201, "application/json", body)
