"""The LINE emulator answers as LINE's Messaging API does, for the cases the product relies on.

Driven with the real line-bot-sdk client (pointed at the emulator by the `line_emulator` fixture),
and with raw HTTP where the SDK itself would refuse to send the request.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
import uuid

import pytest
from linebot.v3.messaging import (
    ApiException,
    BroadcastRequest,
    MulticastRequest,
    PushMessageRequest,
    ReplyMessageRequest,
    TextMessage,
)

from linecrm.line_api import messaging_api, request_timeout
from tests.support.line_channel import CHANNEL_ACCESS_TOKEN as TOKEN


def hello(text: str = "こんにちは") -> list[TextMessage]:
    return [TextMessage(text=text)]


def raw(emulator, method: str, path: str, body=None, token: str = TOKEN, headers=None):
    """(status, headers, json body) of a request sent without the SDK's own checks."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(emulator.url + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, json.loads(error.read())


def test_push_delivers_to_the_customer_and_answers_with_a_request_id(line_emulator):
    line_emulator.add_customer("Ualice", "アリス")
    response = messaging_api().push_message_with_http_info(
        PushMessageRequest(to="Ualice", messages=hello()), _request_timeout=request_timeout()
    )
    assert response.status_code == 200
    assert response.headers["x-line-request-id"]
    assert len(response.data.sent_messages) == 1
    assert line_emulator.sent_to("Ualice") == [{"type": "text", "text": "こんにちは"}]
    assert line_emulator.received[-1].path == "/v2/bot/message/push"
    assert line_emulator.received[-1].headers["authorization"] == f"Bearer {TOKEN}"


def test_a_wrong_access_token_is_refused_with_401_in_lines_shape(line_emulator):
    status, headers, body = raw(
        line_emulator,
        "POST",
        "/v2/bot/message/push",
        {"to": "U1", "messages": [{"type": "text", "text": "x"}]},
        token="wrong",
    )
    assert status == 401
    assert "access token" in body["message"]
    assert line_emulator.sent_to("U1") == []


def test_a_repeated_retry_key_that_was_accepted_answers_409_with_the_accepted_request_id(line_emulator):
    api, key = messaging_api(), str(uuid.uuid4())
    request = MulticastRequest(to=["U1", "U2"], messages=hello())
    first = api.multicast_with_http_info(request, x_line_retry_key=key, _request_timeout=request_timeout())
    with pytest.raises(ApiException) as repeat:
        api.multicast(request, x_line_retry_key=key, _request_timeout=request_timeout())
    assert repeat.value.status == 409
    assert repeat.value.headers["x-line-accepted-request-id"] == first.headers["x-line-request-id"]
    assert len(line_emulator.sent_to("U1")) == 1, "the repeat delivered nothing"


def test_a_retry_key_whose_request_failed_can_be_used_again(line_emulator):
    line_emulator.set_faults(1.0, statuses=(500,))
    key = str(uuid.uuid4())
    request = MulticastRequest(to=["U1"], messages=hello())
    with pytest.raises(ApiException) as failed:
        messaging_api().multicast(request, x_line_retry_key=key, _request_timeout=request_timeout())
    assert failed.value.status == 500
    line_emulator.set_faults(0.0)
    messaging_api().multicast(request, x_line_retry_key=key, _request_timeout=request_timeout())
    assert len(line_emulator.sent_to("U1")) == 1


def test_racing_requests_with_one_retry_key_deliver_once(line_emulator):
    key, statuses = str(uuid.uuid4()), []
    body = {"to": ["U1"], "messages": [{"type": "text", "text": "x"}]}

    def send():
        statuses.append(
            raw(line_emulator, "POST", "/v2/bot/message/multicast", body, headers={"X-Line-Retry-Key": key})[
                0
            ]
        )

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [200] + [409] * 7
    assert len(line_emulator.sent_to("U1")) == 1


def test_multicast_accepts_500_ids_and_refuses_501_with_400(line_emulator):
    message = [{"type": "text", "text": "x"}]
    ok = raw(
        line_emulator,
        "POST",
        "/v2/bot/message/multicast",
        {"to": [f"U{i}" for i in range(500)], "messages": message},
    )
    too_many = raw(
        line_emulator,
        "POST",
        "/v2/bot/message/multicast",
        {"to": [f"U{i}" for i in range(501)], "messages": message},
    )
    assert ok[0] == 200
    assert too_many[0] == 400
    assert too_many[2]["details"][0]["property"] == "to"
    assert line_emulator.sent_to("U500") == []


def test_more_than_five_messages_are_refused_with_400(line_emulator):
    status, _, body = raw(
        line_emulator,
        "POST",
        "/v2/bot/message/multicast",
        {"to": ["U1"], "messages": [{"type": "text", "text": "x"}] * 6},
    )
    assert status == 400
    assert body["details"][0]["property"] == "messages"


def test_a_malformed_message_object_is_refused_with_400_naming_the_field(line_emulator):
    status, _, body = raw(
        line_emulator, "POST", "/v2/bot/message/push", {"to": "U1", "messages": [{"type": "text"}]}
    )
    assert status == 400
    assert body["details"][0]["property"] == "text"


def test_multicast_beyond_the_rate_limit_answers_429(line_emulator):
    line_emulator.set_multicast_rate(3)
    api, statuses = messaging_api(), []
    for _ in range(5):
        try:
            api.multicast(MulticastRequest(to=["U1"], messages=hello()), _request_timeout=request_timeout())
            statuses.append(200)
        except ApiException as error:
            statuses.append(error.status)
    assert statuses == [200, 200, 200, 429, 429]
    assert len(line_emulator.sent_to("U1")) == 3


def test_blocked_customers_receive_nothing_but_multicast_still_answers_200(line_emulator):
    line_emulator.add_customer("Ukeep", "残る人")
    line_emulator.add_customer("Ugone", "ブロックした人")
    line_emulator.block("Ugone")
    response = messaging_api().multicast_with_http_info(
        MulticastRequest(to=["Ukeep", "Ugone"], messages=hello()), _request_timeout=request_timeout()
    )
    assert response.status_code == 200
    assert line_emulator.sent_to("Ukeep") == [{"type": "text", "text": "こんにちは"}]
    assert line_emulator.sent_to("Ugone") == []
    line_emulator.unblock("Ugone")
    messaging_api().multicast(
        MulticastRequest(to=["Ugone"], messages=hello("また")), _request_timeout=request_timeout()
    )
    assert line_emulator.sent_to("Ugone") == [{"type": "text", "text": "また"}]


def test_a_reply_token_works_once(line_emulator):
    token = line_emulator.issue_reply_token("Ualice")
    api = messaging_api()
    api.reply_message(
        ReplyMessageRequest(reply_token=token, messages=hello()), _request_timeout=request_timeout()
    )
    with pytest.raises(ApiException) as again:
        api.reply_message(
            ReplyMessageRequest(reply_token=token, messages=hello("二度目")),
            _request_timeout=request_timeout(),
        )
    assert again.value.status == 400
    assert json.loads(again.value.body)["message"] == "Invalid reply token"
    assert line_emulator.sent_to("Ualice") == [{"type": "text", "text": "こんにちは"}]


def test_a_reply_token_older_than_a_minute_is_refused(line_emulator):
    token = line_emulator.issue_reply_token("Ualice")
    line_emulator.channel.expire_reply_tokens()
    with pytest.raises(ApiException) as expired:
        messaging_api().reply_message(
            ReplyMessageRequest(reply_token=token, messages=hello()), _request_timeout=request_timeout()
        )
    assert expired.value.status == 400
    assert line_emulator.sent_to("Ualice") == []


def test_quota_consumption_counts_delivered_messages_but_not_replies(line_emulator):
    api = messaging_api()
    line_emulator.set_quota(1000)
    api.reply_message(
        ReplyMessageRequest(reply_token=line_emulator.issue_reply_token("U1"), messages=hello()),
        _request_timeout=request_timeout(),
    )
    api.multicast(
        MulticastRequest(to=["U1", "U2", "U3"], messages=hello()), _request_timeout=request_timeout()
    )
    api.push_message(PushMessageRequest(to="U4", messages=hello()), _request_timeout=request_timeout())
    quota = api.get_message_quota(_request_timeout=request_timeout())
    assert (quota.type, quota.value) == ("limited", 1000)
    assert api.get_message_quota_consumption(_request_timeout=request_timeout()).total_usage == 4


def test_sending_beyond_the_monthly_quota_is_refused_whole(line_emulator):
    line_emulator.set_quota(2)
    with pytest.raises(ApiException) as refused:
        messaging_api().multicast(
            MulticastRequest(to=["U1", "U2", "U3"], messages=hello()), _request_timeout=request_timeout()
        )
    assert refused.value.status == 429
    assert [line_emulator.sent_to(u) for u in ("U1", "U2", "U3")] == [[], [], []]
    assert line_emulator.consumption == 0


def test_no_quota_limit_reads_as_none(line_emulator):
    assert messaging_api().get_message_quota(_request_timeout=request_timeout()).type == "none"


def test_broadcast_reaches_every_following_customer_except_the_blocked(line_emulator):
    for user_id in ("Ua", "Ub", "Uc"):
        line_emulator.add_customer(user_id)
    line_emulator.block("Uc")
    messaging_api().broadcast(BroadcastRequest(messages=hello("全員へ")), _request_timeout=request_timeout())
    assert [len(line_emulator.sent_to(u)) for u in ("Ua", "Ub", "Uc")] == [1, 1, 0]


def test_profile_gives_the_display_name_and_404_when_blocked_or_unknown(line_emulator):
    line_emulator.add_customer("Ualice", "アリス")
    api = messaging_api()
    assert api.get_profile("Ualice", _request_timeout=request_timeout()).display_name == "アリス"
    line_emulator.block("Ualice")
    for user_id in ("Ualice", "Unobody"):
        with pytest.raises(ApiException) as missing:
            api.get_profile(user_id, _request_timeout=request_timeout())
        assert missing.value.status == 404


def test_fault_drills_fail_the_configured_share_of_calls(line_emulator):
    line_emulator.set_faults(0.5, statuses=(429, 500), seed=7)
    statuses = [raw(line_emulator, "GET", "/v2/bot/message/quota")[0] for _ in range(200)]
    failures = [s for s in statuses if s != 200]
    assert 70 <= len(failures) <= 130
    assert set(failures) == {429, 500}


def test_every_answer_carries_a_request_id_and_errors_have_lines_shape(line_emulator):
    status, headers, body = raw(line_emulator, "GET", "/v2/bot/no/such/thing")
    assert status == 404
    assert headers["x-line-request-id"]
    assert set(body) == {"message"}


def test_a_push_to_a_customer_who_blocked_answers_200_and_delivers_nothing(line_emulator):
    line_emulator.add_customer("Ugone", "ブロックした人")
    line_emulator.block("Ugone")
    response = messaging_api().push_message_with_http_info(
        PushMessageRequest(to="Ugone", messages=hello()), _request_timeout=request_timeout()
    )
    assert response.status_code == 200
    assert line_emulator.sent_to("Ugone") == []
    assert line_emulator.consumption == 0
