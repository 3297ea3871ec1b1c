"""The dispatcher's multicast request body: built without pydantic walking the ids, the same body."""

import pytest
from linebot.v3.messaging import MulticastRequest

from linecrm.dal import deliveries
from linecrm.domain.delivery import PLANNED, Batch
from linecrm.logic.dispatch.send import Requests, batch_multicast_request

MESSAGES = [
    {"type": "text", "text": "ご来店ありがとうございます"},
    {"type": "sticker", "packageId": "446", "stickerId": "1988"},
]


@pytest.mark.parametrize(
    "extra",
    [{}, {"notificationDisabled": True}, {"customAggregationUnits": ["spring"]}],
)
def test_a_batch_request_has_the_sdks_body(extra):
    ids = [f"U{i:032x}" for i in range(500)]
    sdk = MulticastRequest.from_dict({"to": ids, "messages": MESSAGES, **extra})
    ours = batch_multicast_request().construct(sdk.__fields_set__, **dict(sdk))

    assert isinstance(ours, MulticastRequest)
    assert ours.to_dict() == sdk.to_dict()
    other = ids[:3]
    assert ours.copy(update={"to": other}).to_dict() == sdk.copy(update={"to": other}).to_dict()


def batch_of(ids: list[str]) -> Batch:
    return Batch("m1", "00000", PLANNED, len(ids), retry_key="k", user_ids=deliveries.pack(ids))


def test_each_batch_request_carries_its_own_ids():
    first, second = [f"U{i:032x}" for i in range(3)], [f"U{i:032x}" for i in range(3, 5)]
    requests = Requests(MESSAGES, batch_of(first))
    sent = []

    class Api:
        def multicast_with_http_info(self, request, **kwargs):
            sent.append(request.to_dict())

    for ids in (first, second):
        requests.call(Api(), batch_of(ids), None)

    expected = MulticastRequest.from_dict({"to": first, "messages": MESSAGES}).to_dict()
    assert sent == [expected, {**expected, "to": sorted(second)}]
