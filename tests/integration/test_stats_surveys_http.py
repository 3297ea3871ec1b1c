"""The statistics and survey routes over real HTTP through the local stack (`python -m local` in a
subprocess): customers follow, register and answer a survey in the LINE emulator, block, receive a
message; the staff API's answers as API Gateway passes them (query strings, percent-encoded
Japanese, CSV)."""

from __future__ import annotations

import json
from urllib.parse import quote

from linecrm.jst import today_jst
from tests.integration.test_customer_book_http import bot_messages, new_customer, send_now
from tests.support.local_stack import emulator, ok


def answer(stack, user_id: str, label: str) -> None:
    """Tap the quick reply `label` of the last question the bot asked (as the emulator's page does)."""
    question = [m for m in bot_messages(stack, user_id) if m.get("quickReply")][-1]
    action = next(i["action"] for i in question["quickReply"]["items"] if i["action"]["label"] == label)
    emulator(
        stack,
        "POST",
        f"/customers/{user_id}/postback",
        {"data": action["data"], "label": action["displayText"]},
    )


def test_surveys_and_statistics_over_http(stack):
    created = ok(
        stack.admin("POST", "/api/surveys", {"text": "好きな部位は?", "choices": ["サーロイン", "ヒレ"]}), 201
    )
    qid = created["question_id"]
    status, body = stack.admin("POST", "/api/surveys", {"text": "x", "choices": ["a"]})
    assert status == 422 and body["errors"][0]["field"] == "choices"

    fillet, sirloin, quitter = (
        new_customer(stack, name) for name in ("ヒレ太郎", "サーロイン次郎", "退会三郎")
    )
    answer(stack, fillet, "ヒレ")
    answer(stack, sirloin, "サーロイン")
    emulator(stack, "POST", f"/customers/{quitter}/block")
    assert ok(stack.admin("GET", f"/api/customers/{fillet}"))["survey"] == {qid: "ヒレ"}

    listed = ok(stack.admin("GET", f"/api/customers?survey={quote(f'{qid}:ヒレ')}"))["customers"]
    assert [c["user_id"] for c in listed] == [fillet]
    status, raw = stack.call(
        "GET",
        f"/api/customers/export?survey={quote(f'{qid}:サーロイン')}",
        headers={"Authorization": f"Bearer {stack.admin_token}"},
    )
    lines = raw.decode("utf-8-sig").splitlines()
    assert (
        status == 200 and lines[0].endswith("アンケート: 好きな部位は?") and lines[1].endswith(",サーロイン")
    )

    message_id = send_now(
        stack,
        {"type": "survey", "question_id": qid, "choice": "ヒレ"},
        [{"type": "text", "text": "ヒレの日"}],
    )
    assert "ヒレの日" in [m.get("text") for m in bot_messages(stack, fillet)]
    assert "ヒレの日" not in [m.get("text") for m in bot_messages(stack, sirloin)]

    assert ok(stack.admin("GET", "/api/stats/funnel")) == {
        "followed": 3,
        "answered_gender": 3,
        "registered": 3,
    }
    friends = ok(stack.admin("GET", f"/api/stats/friends?from={today_jst().isoformat()}"))
    assert (friends["days"][-1]["followed"], friends["days"][-1]["blocked"]) == (3, 1)
    months = ok(stack.admin("GET", "/api/stats/messages?months=1"))["months"]
    assert months == [{"month": today_jst().strftime("%Y-%m"), "messages": 1}]
    (row,) = ok(stack.admin("GET", "/api/stats/message_results"))["messages"]
    assert (row["message_id"], row["recipients"], row["use_rate"]) == (message_id, 1, 0.0)
    assert ok(stack.admin("GET", "/api/stats/groups")) == {"groups": []}
    assert ok(stack.admin("GET", "/api/stats/visits?months=1"))["repeat_rate"] is None
    status, body = stack.admin("GET", "/api/stats/friends?from=2026-13-01")
    assert status == 422 and body["errors"][0]["field"] == "from"

    assert stack.admin("DELETE", f"/api/surveys/{qid}")[0] == 204
    trail = ok(stack.admin("GET", f"/api/surveys/{qid}/audit"))["entries"]
    assert [e["action"] for e in trail] == ["created", "deleted"]
    assert json.dumps(trail, ensure_ascii=False).count("local-admin") == 2
