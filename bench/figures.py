"""Small helpers the benchmarks share."""

from __future__ import annotations


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` fall (nearest rank): 0.5 the median, 0.99 p99."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class EmulatorCustomers:
    """The LINE emulator's side of a benchmark's events, on a running local stack: its customers,
    and the reply token it issues for each event just before the POST, as LINE would. With a token
    the emulator never issued, every reply would be refused (400) and the failure path measured."""

    def __init__(self, base_url: str):
        self.base_url = base_url

    def _call(self, method: str, path: str, body: dict | None = None, expect: int = 200) -> dict:
        from local.web import json_request  # not at import: the other benchmarks need only percentile

        status, answer = json_request(method, f"{self.base_url}/emulator/api/customers{path}", body)
        assert status == expect, answer
        return answer

    def add(self, user_id: str) -> None:
        self._call("POST", "", {"user_id": user_id}, expect=201)

    def with_tokens(self, events: list[dict]) -> list[dict]:
        """The events, each but an unfollow (which has none) with a reply token issued now."""
        for event in events:
            if "replyToken" in event:
                path = f"/{event['source']['userId']}/token"
                event["replyToken"] = self._call("POST", path, expect=201)["reply_token"]
        return events

    def replies(self, user_id: str) -> int:
        """How many of the bot's messages the customer's chat shows (the replies that reached LINE)."""
        return len(self._call("GET", f"/{user_id}/messages")["messages"])
