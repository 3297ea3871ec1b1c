"""A coupon is used only by a customer its message was sent to, and 「クーポン」 (the rich menu's
button) answers with the coupons a customer can still use: through the real webhook handler, after
a real dispatch through the LINE emulator."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from linecrm.dal import history
from linecrm.domain.delivery import Delivery
from linecrm.jst import JST, now_utc, today_jst
from linecrm.logic import dispatch
from linecrm.logic.coupons import was_sent_to
from local.line_emulator import webhook_events as ev
from tests.integration.admin_support import put_customer
from tests.support.admin_api import call, group
from tests.support.line_webhook import Customer, texts

pytestmark = pytest.mark.usefixtures("aws", "line_emulator", "admin_token_mode")


def coupon_message(group_id: str, send_at, title: str, expires_at: str = "2099-12-31") -> str:
    body = {
        "target": {"type": "group", "group_id": group_id},
        "send_at": send_at.isoformat(),
        "messages": [{"type": "coupon_card", "title": title, "code": "C", "expires_at": expires_at}],
    }
    status, created = call("POST", "/api/messages", body)
    assert status == 201, created
    return created["message_id"]


@pytest.fixture
def sent(line_emulator):
    """Two men (recipients) and a woman (not one) of a coupon sent to the men's group."""
    today = today_jst()
    people = {}
    for user_id, gender in (("Uman1", "male"), ("Uman2", "male"), ("Uwoman", "female")):
        put_customer(user_id, gender, 30, declared_on=today)
        people[user_id] = Customer(line_emulator, user_id)
    _, men = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    send_at = (now_utc() + timedelta(hours=1)).astimezone(JST).replace(microsecond=0)
    first = coupon_message(men["group_id"], send_at, "カルビ10%オフ")
    second = coupon_message(men["group_id"], send_at + timedelta(minutes=5), "ドリンク1杯無料")
    dispatch.run(clock=lambda: send_at + timedelta(minutes=10))
    return people, men["group_id"], first, second


def tap(customer: Customer, message_id: str) -> list[dict]:
    token = customer.emulator.issue_reply_token(customer.user_id)
    return customer.send(
        ev.postback(customer.user_id, f"action=use_coupon&coupon_id={message_id}-0", reply_token=token)
    )


def uses(message_id: str) -> int:
    return call("GET", f"/api/messages/{message_id}")[1]["coupons"][0]["uses"]


def test_a_recipient_uses_the_coupon_and_someone_else_with_its_postback_is_refused(sent):
    people, _, first, _ = sent
    assert tap(people["Uman1"], first)[0]["type"] == "flex"  # the used stamp
    (refusal,) = tap(people["Uwoman"], first)  # same postback data, never sent to her
    assert "お客様宛てにお送りしたものではない" in refusal["text"]
    assert uses(first) == 1
    assert [e.kind for e in history.list_for("Uwoman") if e.kind == "coupon_use"] == []


def test_while_a_message_is_unsettled_its_target_decides(sent):
    """Until its batches are settled (after its outcome, as a backlog) a recipient may have no
    delivery entry yet: the target decides while the marker is on the message, whatever its status."""
    from linecrm.dal import message_dispatch

    _, group_id, first, _ = sent
    target = {"type": "group", "group_id": group_id}
    message = replace(message_dispatch.get(first), status="sent", target=target, unsettled=False)
    unsettled = replace(message, unsettled=True)
    # no delivery entry yet for a customer who joined the group: the target decides while unsettled
    put_customer("Unew", "male", 35, declared_on=today_jst())
    assert was_sent_to("Unew", unsettled) is True
    assert was_sent_to("Uwoman", unsettled) is False
    assert was_sent_to("Unew", replace(unsettled, status="sending")) is True
    assert was_sent_to("Unew", message) is False  # settled: the delivery entries decide
    assert was_sent_to("Unew", replace(message, status="sending")) is False  # not yet planned


def test_a_recipient_can_use_the_coupon_before_their_delivery_entry_is_written(line_emulator):
    """The message has its outcome but its batches are not settled yet (the run ran out of time):
    the recipient's tap is accepted, a stranger's is not; once settled, the entry decides."""
    from linecrm.dal import deliveries, message_dispatch

    today = today_jst()
    people = {}
    for user_id, gender in (("Uman1", "male"), ("Uwoman", "female")):
        put_customer(user_id, gender, 30, declared_on=today)
        people[user_id] = Customer(line_emulator, user_id)
    _, men = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    send_at = (now_utc() + timedelta(hours=1)).astimezone(JST).replace(microsecond=0)
    first = coupon_message(men["group_id"], send_at, "カルビ10%オフ")
    clock = {"settling": False}

    def time_left() -> float:  # plenty until the outcome is written, none to settle
        return 0.0 if clock["settling"] else 900.0

    def checkpoint(step: str) -> None:
        clock["settling"] = clock["settling"] or step == "finished"

    summary = dispatch.run(
        clock=lambda: send_at + timedelta(minutes=10), checkpoint=checkpoint, time_left=time_left
    )

    assert summary["settle"] == {"settled": [], "left": [first]}
    assert call("GET", f"/api/messages/{first}")[1]["status"] == "sent"
    assert [e for e in history.list_for("Uman1") if e.kind == "delivery"] == []
    assert message_dispatch.get(first).unsettled
    assert deliveries.plan(first, 1)[0].user_ids is not None
    assert tap(people["Uman1"], first)[0]["type"] == "flex"  # the used stamp
    assert "お客様宛てにお送りしたものではない" in tap(people["Uwoman"], first)[0]["text"]

    later = dispatch.run(clock=lambda: send_at + timedelta(minutes=15))

    assert later["settle"] == {"settled": [first], "left": []}
    assert not message_dispatch.get(first).unsettled
    assert [e.message_id for e in history.list_for("Uman1") if e.kind == "delivery"] == [first]


def test_a_broadcast_counts_friends_who_followed_before_line_accepted_it():
    message = Delivery(
        message_id="mb",
        status="sent",
        target={"type": "all"},
        send_at="2026-11-20T00:00:00.000000Z",
        send_at_input="2026-11-20T09:00:00+09:00",
        accepted_at="2026-11-20T00:00:00.000000Z",
    )
    put_customer("Uold", "male", 30, declared_on=today_jst())
    put_customer("Ulate", "male", 30, declared_on=today_jst())
    from linecrm.dal.dynamo import table

    for user_id, followed in (
        ("Uold", "2026-11-01T00:00:00.000000Z"),
        ("Ulate", "2026-11-21T00:00:00.000000Z"),
    ):
        table("customers_table").update_item(
            Key={"user_id": user_id},
            UpdateExpression="SET followed_at = :f",
            ExpressionAttributeValues={":f": followed},
        )
    assert was_sent_to("Uold", message) is True
    assert was_sent_to("Ulate", message) is False
    assert was_sent_to("Unknown", message) is True  # a friend from before the webhook was connected


def test_the_coupon_keyword_lists_what_the_customer_can_still_use(sent):
    people, _, first, second = sent
    (answer,) = people["Uman1"].say("クーポン")
    titles = [b["body"]["contents"][0]["text"] for b in answer["contents"]["contents"]]
    assert answer["altText"] == "ご利用いただけるクーポン（2件）"
    assert titles == ["ドリンク1杯無料", "カルビ10%オフ"]  # newest first, each with its 「使う」 button
    tap(people["Uman1"], first)
    (answer,) = people["Uman1"].say("クーポン")
    assert [b["body"]["contents"][0]["text"] for b in answer["contents"]["contents"]] == ["ドリンク1杯無料"]
    assert texts(people["Uwoman"].say("クーポン")) == [
        "現在ご利用いただけるクーポンはありません。新しいクーポンが届くまでお待ちください。"
    ]
