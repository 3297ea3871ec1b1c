"""The webhook asks the chat features (logic.chat_features) before the conversation: a claimed
text is answered by the feature (then the open question again), a claimed postback by its owner,
anything else goes on to the conversation as before."""

from __future__ import annotations

import sys
import types

import pytest

from linecrm.dal import history
from linecrm.domain import bot_texts as t
from linecrm.logic import chat_features
from local.line_emulator import webhook_events as ev
from tests.support.line_webhook import Customer, texts

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def echo_feature(monkeypatch):
    """A feature that claims 「合言葉」 and the postback action `echo`, and records what it saw."""
    seen: list[tuple] = []
    module = types.ModuleType("linecrm.logic.echo_feature")

    def on_text(user_id, customer, text, at):
        if text != "合言葉":
            return None
        seen.append(("text", user_id, customer.state))
        return [{"type": "text", "text": "合言葉を受け付けました"}]

    def on_postback(user_id, customer, params, at):
        seen.append(("postback", user_id, params))
        return [{"type": "text", "text": f"echo {params['value']}"}]

    module.on_text, module.on_postback = on_text, on_postback
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(chat_features, "TEXT_FEATURES", ("echo_feature",))
    monkeypatch.setattr(chat_features, "POSTBACK_FEATURES", {"echo": "echo_feature"})
    return seen


@pytest.fixture
def hanako(line_emulator):
    return Customer(line_emulator, "U" + "b" * 32, display_name="佐藤花子")


def test_a_claimed_text_gets_the_features_answer_then_the_open_question(echo_feature, hanako):
    hanako.follow()
    replies = hanako.say("合言葉")
    assert texts(replies) == ["合言葉を受け付けました", t.ASK_GENDER]
    assert echo_feature == [("text", hanako.user_id, "awaiting_gender")]
    kinds = [e.kind for e in history.list_for(hanako.user_id)]
    assert kinds[-2:] == ["inbound", "reply"]  # the keyword and the answer are on the timeline


def test_an_unclaimed_text_goes_to_the_conversation(echo_feature, hanako):
    hanako.follow()
    assert texts(hanako.say("男性")) == [t.ASK_AGE]
    assert echo_feature == []


def test_a_postback_goes_to_the_feature_owning_its_action(echo_feature, hanako):
    hanako.follow()
    token = hanako.emulator.issue_reply_token(hanako.user_id)
    replies = hanako.send(ev.postback(hanako.user_id, "action=echo&value=こんにちは", reply_token=token))
    assert texts(replies) == ["echo こんにちは"]
    assert echo_feature == [("postback", hanako.user_id, {"action": "echo", "value": "こんにちは"})]
