"""The composer's estimate: whom a target reaches now, and what it costs against the
month's LINE quota (asked through the real line-bot-sdk client, here of the LINE emulator)."""

from __future__ import annotations

import pytest

from linecrm import line_api
from linecrm.jst import today_jst
from linecrm.settings import get_settings
from tests.integration.admin_support import put_customer
from tests.support.admin_api import call, group


@pytest.fixture(autouse=True)
def _customers(aws, admin_token_mode):
    today = today_jst()
    put_customer("U1", "male", 30, declared_on=today)
    put_customer("U2", "male", 40, declared_on=today)
    put_customer("U3", "female", 40, declared_on=today)


def estimate(target: dict) -> tuple[int, dict]:
    return call("POST", "/api/messages/estimate", {"target": target})


def test_the_estimate_shows_recipients_and_whether_they_fit_in_the_remaining_quota(line_emulator):
    line_emulator.set_quota(1000)
    _, men = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))

    status, answer = estimate({"type": "group", "group_id": men["group_id"]})
    assert status == 200
    assert answer["recipient_count"] == 2
    quota = answer["quota"]
    assert (quota["type"], quota["limit"], quota["remaining"]) == ("limited", 1000, 1000 - quota["used"])
    assert quota["fits"] is True

    line_emulator.set_quota(0)
    line_emulator.add_customer("U1")
    assert estimate({"type": "all"})[1]["quota"]["fits"] is False


def test_all_shows_lines_friend_count_including_friends_the_database_does_not_know(line_emulator):
    for user_id in ("U1", "U2", "Ubefore_webhook", "Ublocked"):  # U3 is in the database only
        line_emulator.add_customer(user_id)
    line_emulator.block("Ublocked")

    status, answer = estimate({"type": "all"})

    assert status == 200 and answer["recipient_count"] == 3  # friends who do not block the account


def test_when_line_cannot_be_asked_the_estimate_still_answers_with_the_reason(monkeypatch):
    monkeypatch.setenv("LINE_API_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("LINE_CHANNEL_ACCESS_TOKEN", "token")
    monkeypatch.setenv("LINE_CONNECT_TIMEOUT_SECONDS", "0.5")
    get_settings.cache_clear()
    line_api.reset()

    status, answer = estimate({"type": "all"})
    assert status == 200
    assert answer["recipient_count"] == 3
    assert answer["quota"]["unavailable"] and answer["quota"]["fits"] is None
    line_api.reset()


def test_an_estimate_for_a_missing_group_is_422():
    status, answer = estimate({"type": "group", "group_id": "nope"})
    assert status == 422 and answer["errors"][0]["field"] == "target.group_id"


def test_a_tag_shows_its_tagged_followers_from_the_tags_counter(line_emulator):
    for user_id in ("U1", "U3"):
        assert call("PUT", f"/api/customers/{user_id}/tags/常連")[0] == 200

    status, answer = estimate({"type": "tag", "tag": "常連"})

    assert status == 200 and answer["recipient_count"] == 2
    assert estimate({"type": "tag", "tag": "未使用"})[1]["recipient_count"] == 0
