"""/api/test-friends and /api/messages/test: the console's 「テスト送信」 (a draft pushed now to the
customers staff keep as test friends; nothing is scheduled)."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayRouter

from functions.admin_api.auth import current_staff
from functions.admin_api.models import TestFriendList, TestFriendOut, TestSendIn, TestSendOut
from functions.admin_api.responses import NOT_FOUND, documented
from linecrm.logic import test_friends

router = APIGatewayRouter()

UserId = Annotated[str, Path(min_length=1, max_length=64)]


@router.get("/test-friends", summary="The customers who receive test sends", responses=documented())
def list_test_friends() -> TestFriendList:
    return TestFriendList.model_validate({"test_friends": test_friends.list_all()})


@router.put(
    "/test-friends/<user_id>", summary="Keep a customer as a test friend", responses=documented(NOT_FOUND)
)
def add_test_friend(user_id: UserId) -> TestFriendOut:
    return TestFriendOut.model_validate(test_friends.add(user_id, current_staff(router)))


@router.delete(
    "/test-friends/<user_id>",
    summary="No longer send tests to a customer",
    responses=documented(ok=204, description="removed"),
)
def remove_test_friend(user_id: UserId) -> Response[None]:
    test_friends.remove(user_id)
    return Response(204, None, None)  # no body, so no content type


@router.post(
    "/messages/test",
    summary="Test send: push a draft to the test friends now (nothing is scheduled)",
    responses=documented({502: {"description": "LINE refused the push"}}),
)
def test_send(request: TestSendIn) -> TestSendOut:
    return TestSendOut.model_validate(test_friends.send(request.messages, current_staff(router)))
