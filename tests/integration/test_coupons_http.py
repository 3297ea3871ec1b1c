"""Coupons over real HTTP through the local stack (`python -m local` in a subprocess): a coupon that
would arrive expired is refused when scheduled, only a recipient can use a coupon, and 「クーポン」
lists what a customer can still use; test friends are listed by their recorded 氏名."""

from __future__ import annotations

from datetime import timedelta

from linecrm.jst import JST, now_utc
from tests.integration.test_customer_book_http import bot_messages, new_customer, say, send_now
from tests.support.local_stack import emulator, ok


def tap(stack, user_id: str, data: str) -> None:
    emulator(stack, "POST", f"/customers/{user_id}/postback", {"data": data, "label": "使う"})


def test_coupons_are_refused_expired_and_used_only_by_their_recipients_over_http(stack):
    tomorrow = (now_utc() + timedelta(days=1)).astimezone(JST).replace(microsecond=0)
    late = {
        "type": "coupon_card",
        "title": "期限切れ",
        "expires_at": now_utc().astimezone(JST).date().isoformat(),
    }
    status, body = stack.admin(
        "POST",
        "/api/messages",
        {"target": {"type": "tag", "tag": "常連"}, "send_at": tomorrow.isoformat(), "messages": [late]},
    )
    assert status == 422 and body["errors"][0]["field"] == "messages[0].expires_at", body

    regular, stranger = new_customer(stack, "常連太郎"), new_customer(stack, "通りすがり花子", "女性")
    ok(stack.admin("PUT", f"/api/customers/{regular}/tags/%E5%B8%B8%E9%80%A3"))  # 常連
    card = {"type": "coupon_card", "title": "和牛カルビ半額", "code": "W50", "expires_at": "2999-12-31"}
    message_id = send_now(stack, {"type": "tag", "tag": "常連"}, [card])
    use = f"action=use_coupon&coupon_id={message_id}-0"

    tap(stack, stranger, use)  # the postback data copied by someone it was never sent to
    assert "お客様宛てにお送りしたものではない" in bot_messages(stack, stranger)[-1]["text"]
    say(stack, regular, "クーポン")
    listed = bot_messages(stack, regular)[-1]
    assert listed["altText"] == "ご利用いただけるクーポン（1件）"
    tap(stack, regular, use)
    assert bot_messages(stack, regular)[-1]["altText"].startswith("「和牛カルビ半額」を使用しました")
    assert [c["uses"] for c in ok(stack.admin("GET", f"/api/messages/{message_id}"))["coupons"]] == [1]

    ok(stack.admin("PATCH", f"/api/customers/{regular}", {"name": "田中 大介"}))
    ok(stack.admin("PUT", f"/api/test-friends/{regular}"))
    (friend,) = ok(stack.admin("GET", "/api/test-friends"))["test_friends"]
    assert friend["display_name"] == "田中 大介"
