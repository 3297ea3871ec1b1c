"""Play a LINE customer against a running local stack, from the terminal.

    python -m local.play_customer --user U123 follow
    python -m local.play_customer --user U123 say 男性
    python -m local.play_customer --user U123 say 33
    python -m local.play_customer --user U123 sticker | unfollow | postback 'action=use_coupon&coupon_id=…'

Each command builds the webhook event as LINE would, signs it with the channel secret
(LINE_CHANNEL_SECRET, default: the local stack's), POSTs it to /webhook and prints the HTTP status.
When the stack serves the LINE emulator (no LINE_API_BASE_URL of your own), the reply token comes
from the emulator and the bot's replies are read back from
`GET /emulator/api/customers/{user_id}/messages` and printed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from local.line_emulator import webhook_events as ev
from local.stack import DEFAULT_CHANNEL_SECRET
from local.web import json_request


class Emulator:
    """The local stack's LINE emulator, if it is there."""

    def __init__(self, base: str, user_id: str):
        self.base, self.user_id = base, user_id
        self.available = False
        try:
            status, _ = json_request("POST", f"{base}/emulator/api/customers", {"user_id": user_id})
            self.available = status == 201
        except OSError:
            pass

    def _customer(self, what: str) -> str:
        return f"{self.base}/emulator/api/customers/{self.user_id}/{what}"

    def last_seq(self) -> int:
        status, body = json_request("GET", self._customer("messages"))
        return body["last_seq"] if status == 200 else 0

    def reply_token(self) -> str | None:
        status, body = json_request("POST", self._customer("token"))
        return body["reply_token"] if status == 201 else None

    def messages_since(self, seq: int) -> list[dict]:
        status, body = json_request("GET", self._customer(f"messages?since={seq}"))
        return body["messages"] if status == 200 else []


def build_event(action: str, args: list[str], user_id: str, token: str | None) -> dict:
    if action == "follow":
        return ev.follow(user_id, reply_token=token)
    if action == "unfollow":
        return ev.unfollow(user_id)
    if action == "say":
        if not args:
            raise SystemExit("say needs the text, e.g. `say 男性`")
        return ev.text(user_id, " ".join(args), reply_token=token)
    if action == "sticker":
        return ev.sticker(user_id, reply_token=token)
    if action == "postback":
        if not args:
            raise SystemExit("postback needs the data")
        return ev.postback(user_id, args[0], reply_token=token)
    raise SystemExit(f"unknown action {action!r}: follow | unfollow | say TEXT | sticker | postback DATA")


def show(message: dict) -> str:
    if message.get("type") == "text":
        out = message["text"]
        buttons = [i["action"].get("label", "") for i in (message.get("quickReply") or {}).get("items", [])]
        return out + (f"\n   [{'] ['.join(buttons)}]" if buttons else "")
    return f"[{message.get('type')}] {message.get('altText', '')}".rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--user", required=True, help="the LINE user id to play, e.g. U123")
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('PORT', '3000')}")
    parser.add_argument("--secret", default=os.environ.get("LINE_CHANNEL_SECRET", DEFAULT_CHANNEL_SECRET))
    parser.add_argument("action")
    parser.add_argument("args", nargs="*")
    opts = parser.parse_args(argv)
    base = opts.url.rstrip("/")

    emulator = Emulator(base, opts.user)
    seq = emulator.last_seq() if emulator.available else 0
    token = emulator.reply_token() if emulator.available and opts.action != "unfollow" else None
    event = build_event(opts.action, opts.args, opts.user, token)
    body, headers = ev.signed_request([event], opts.secret)
    try:
        status, answer = json_request("POST", f"{base}/webhook", body, headers)
    except OSError as error:
        print(f"cannot reach {base}/webhook: {error} (is `make run` running?)", file=sys.stderr)
        return 2
    print(f"→ {opts.action} {' '.join(opts.args)} ({event['webhookEventId']}): HTTP {status}")
    if status != 200:
        print(f"   {answer}")
    if not emulator.available:
        print("   (no LINE emulator at this address: the bot's replies cannot be shown here)")
        return 0 if status == 200 else 1
    replies = []
    for _ in range(10):  # the reply is sent before /webhook answers; allow a moment for stragglers
        replies = emulator.messages_since(seq)
        if replies or opts.action == "unfollow":
            break
        time.sleep(0.1)
    for message in replies:
        print("← " + show(message).replace("\n", "\n   "))
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
