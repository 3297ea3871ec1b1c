"""Entry routes over real HTTP through the local stack (`python -m local` in a subprocess): a route
made through the staff API, a friend in the LINE emulator sending its keyword through the signed
webhook, the emulator redelivering the event; the QR code served as an SVG image."""

from __future__ import annotations

import urllib.request
from urllib.parse import unquote

import segno

from local.stack import LOCAL_BASIC_ID
from tests.support.local_stack import emulator, ok

SEMINAR = {"name": "セミナー", "keyword": "セミナー参加", "tag": "セミナー経由"}


def arrivals(stack, route_id: str) -> int:
    listed = ok(stack.admin("GET", "/api/routes"))["routes"]
    return next(r["arrivals"] for r in listed if r["route_id"] == route_id)


def tag_count(stack, tag: str) -> int:
    return {t["tag"]: t["count"] for t in ok(stack.admin("GET", "/api/tags"))["tags"]}.get(tag, 0)


def test_a_route_keyword_tags_the_sender_and_counts_them_once_after_a_redelivery(stack):
    route = ok(stack.admin("POST", "/api/routes", SEMINAR), 201)
    assert route["chat_url"].startswith(f"https://line.me/R/oaMessage/{LOCAL_BASIC_ID}/?")
    assert unquote(route["chat_url"].split("/?", 1)[1]) == "セミナー参加"

    user_id = emulator(stack, "POST", "/customers", {"display_name": "流入花子", "follow": True})[
        "customers"
    ][0]["user_id"]
    emulator(stack, "POST", f"/customers/{user_id}/text", {"text": "セミナー参加"})
    replies = [m.get("text") for m in emulator(stack, "GET", f"/customers/{user_id}/messages")["messages"]]
    assert "「セミナー参加」を受け付けました。" in " ".join(r or "" for r in replies)
    assert replies[-1] == "性別を教えてください"  # still registering: asked again

    redelivered = emulator(stack, "POST", "/redeliver")
    assert redelivered["webhook"]["redelivery"] is True
    emulator(stack, "POST", f"/customers/{user_id}/text", {"text": "セミナー参加"})  # sent again

    assert arrivals(stack, route["route_id"]) == 1
    assert tag_count(stack, "セミナー経由") == 1
    assert ok(stack.admin("GET", f"/api/customers/{user_id}"))["tags"] == ["セミナー経由"]

    # a second friend counts too
    other = emulator(stack, "POST", "/customers", {"display_name": "流入太郎", "follow": True})["customers"][
        0
    ]["user_id"]
    emulator(stack, "POST", f"/customers/{other}/text", {"text": "セミナー参加"})
    assert arrivals(stack, route["route_id"]) == 2 and tag_count(stack, "セミナー経由") == 2


def test_the_qr_code_is_served_as_svg_and_holds_the_chat_url(stack):
    route = ok(
        stack.admin("POST", "/api/routes", {"name": "銀座店", "keyword": "銀座店", "tag": "銀座店経由"}), 201
    )
    request = urllib.request.Request(
        f"{stack.url}/api/routes/{route['route_id']}/qr",
        headers={"Authorization": f"Bearer {stack.admin_token}"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers["Content-Type"].startswith("image/svg+xml")
        svg = response.read().decode("utf-8")
    path = svg.split(' d="', 1)[1].split('"', 1)[0]

    def path_of(url: str) -> str:
        drawn = segno.make(url, error="m", boost_error=False).svg_inline(scale=8, border=4)
        return drawn.split(' d="', 1)[1].split('"', 1)[0]

    assert path == path_of(f"https://line.me/R/oaMessage/{LOCAL_BASIC_ID}/?%E9%8A%80%E5%BA%A7%E5%BA%97")
    assert path != path_of(f"https://line.me/R/oaMessage/{LOCAL_BASIC_ID}/?%E9%8A%80%E5%BA%A7")

    listed = ok(stack.admin("GET", "/api/routes"))
    assert listed["account"]["friend_url"] == f"https://line.me/R/ti/p/{LOCAL_BASIC_ID}"


def test_a_bad_keyword_is_refused_in_japanese_over_http(stack):
    status, refused = stack.admin("POST", "/api/routes", {"name": "退会", "keyword": "退会", "tag": "x"})
    assert status == 422
    assert refused["errors"][0]["field"] == "keyword"
    assert "キーワード: 「退会」「プロフィール変更」など" in refused["message"]
