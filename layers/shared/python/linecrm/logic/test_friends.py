"""Test friends and the test send: the draft of a message pushed now to the customers staff keep
as test friends, without scheduling anything (no message item, no coupon that can be used: the
coupon ids of a test send belong to no message, so 「使う」 answers that the coupon is unknown)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from linecrm import line_api
from linecrm.dal import customers, history
from linecrm.dal import test_friends as dal
from linecrm.domain import messages as domain
from linecrm.domain.customers import Customer
from linecrm.domain.errors import Invalid, NotFound
from linecrm.domain.messages import TestFriend
from linecrm.jst import iso_utc, now_utc
from linecrm.logic.send_now import send_now

TEST_MESSAGE_ID = "test"  # coupon ids "test-<index>": no message has this id
MAX_TEST_FRIENDS = 20


def list_all() -> list[TestFriend]:
    """The test friends, named as staff know them now (氏名 when recorded, else the LINE name)."""
    friends = dal.list_all()
    now = customers.get_many([f.user_id for f in friends])
    return [replace(f, display_name=_name_of(now.get(f.user_id), f)) for f in friends]


def _name_of(customer: Customer | None, friend: TestFriend) -> str:
    return (customer and customer.shown_name) or friend.display_name or friend.user_id


def add(user_id: str, actor: str) -> TestFriend:
    customer = customers.get(user_id)
    if customer is None:
        raise NotFound(f"お客様 {user_id} が見つかりません")
    current = dal.list_all()
    if user_id not in {f.user_id for f in current} and len(current) >= MAX_TEST_FRIENDS:
        raise Invalid(f"テスト送信先は{MAX_TEST_FRIENDS}人までです", field="user_id")
    friend = TestFriend(user_id, customer.display_name or user_id, actor, iso_utc(now_utc()))
    dal.put(friend)
    return friend


def remove(user_id: str) -> None:
    dal.delete(user_id)


def send(messages: list[Any], actor: str) -> dict[str, Any]:
    """Multicast the draft to every test friend now; LINE's error is the staff's error (502)."""
    from linebot.v3.messaging import MulticastRequest

    friends = list_all()
    if not friends:
        raise Invalid(
            "テスト送信先がいません。顧客の詳細画面で「テスト送信先に追加」してください", field="test_friends"
        )
    line_messages, _ = domain.to_line(TEST_MESSAGE_ID, messages)
    request = MulticastRequest.from_dict({"to": [f.user_id for f in friends], "messages": line_messages})
    api = line_api.messaging_api()
    request_id = send_now(
        lambda key, timeout: api.multicast_with_http_info(
            request, x_line_retry_key=key, _request_timeout=timeout
        ),
        "test send",
    )
    now = now_utc()
    for friend in friends:
        history.append(friend.user_id, "test_push", f"テスト送信（{actor}）", line_messages, now)
    return {"sent_to": friends, "request_id": request_id}
