"""`python -m local.play_customer` plays a customer against a running stack: it signs its own
events, and prints the bot's replies as the LINE emulator received them."""

from __future__ import annotations

import pytest

from linecrm.dal import customers
from local.stack import LocalApp
from local.web import make_server, serve_in_thread
from tests.support.line_channel import CHANNEL_SECRET

pytestmark = pytest.mark.usefixtures("aws")


@pytest.fixture
def stack_url(line_emulator):
    """The local stack's routes (local.stack.LocalApp): POST /webhook → the real handler, the LINE
    emulator's routes → the emulator."""
    server = make_server(LocalApp(line_emulator, admin_token="unused"), "127.0.0.1", 0)
    serve_in_thread(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def play(stack_url: str, capsys, *args: str) -> str:
    from local.play_customer import main

    assert main(["--url", stack_url, "--secret", CHANNEL_SECRET, "--user", "Uplayer", *args]) == 0
    return capsys.readouterr().out


def test_the_terminal_customer_registers_and_sees_the_bots_replies(stack_url, capsys):
    out = play(stack_url, capsys, "follow")
    assert "HTTP 200" in out and "性別を教えてください" in out and "[男性] [女性] [回答しない]" in out
    assert "年齢を教えてください" in play(stack_url, capsys, "say", "女性")
    assert "登録ありがとうございました" in play(stack_url, capsys, "say", "３３さい")
    assert customers.get("Uplayer").age == 33


def test_a_wrong_secret_is_reported_as_the_webhook_refuses_it(stack_url, capsys):
    from local.play_customer import main

    assert main(["--url", stack_url, "--secret", "wrong", "--user", "Uplayer", "follow"]) == 1
    assert "HTTP 401" in capsys.readouterr().out
    assert customers.get("Uplayer") is None
