"""The webhook against a corpus: 1,000 signed events mutated at random get no 5xx (nothing a
retry could fix here: throttling is not injected), and 1,000 requests not signed by the channel
write nothing at all (every table scanned before and after). The bulk runs in-process through the
real handler; a share goes over real HTTP through the local stack's server."""

from __future__ import annotations

import pytest

from linecrm import tables
from linecrm.dal import dynamo
from local.apigw import proxy_event
from local.stack import LocalApp
from local.web import http_request, make_server, serve_in_thread
from tests.support.line_webhook import SECRET, invoke
from tests.support.webhook_corpus import signed_posts, unsigned_requests

SIGNED, UNSIGNED = 1000, 1000
OVER_HTTP = 150  # unsigned requests over HTTP (and every third signed POST)


def everything() -> dict[str, list]:
    client = dynamo.client()
    return {
        t.name: sorted(map(repr, client.scan(TableName=t.name, ConsistentRead=True)["Items"]))
        for t in tables.TABLES
    }


@pytest.fixture
def http_webhook(aws, line_emulator):
    server = make_server(LocalApp(line_emulator, "unused-token"))
    serve_in_thread(server)
    yield f"http://127.0.0.1:{server.server_address[1]}/webhook"
    server.shutdown()
    server.server_close()


def test_1000_signed_mutated_events_get_no_5xx(http_webhook):
    statuses, events = [], 0
    for n, (body, headers, size) in enumerate(signed_posts(SIGNED, SECRET)):
        if n % 3 == 0:
            statuses.append(("http", http_request("POST", http_webhook, body, headers)[0], body))
        else:
            statuses.append(("call", invoke(proxy_event("POST", "/webhook", headers, body))[0], body))
        events += size
    assert events >= SIGNED
    assert [(how, status, body[:300]) for how, status, body in statuses if status >= 500] == []
    assert sum(1 for how, *_ in statuses if how == "http") >= 50
    assert {status for _, status, _ in statuses} <= {200, 400}


def test_1000_requests_not_signed_by_the_channel_write_nothing(http_webhook):
    from local.line_emulator import webhook_events as ev
    from tests.support.line_webhook import post

    assert post([ev.follow("U" + "a" * 32)])[0] == 200  # something stored that a forgery could change
    before = everything()
    assert before["customers"] and before["history"]
    statuses = []
    for n, (body, headers) in enumerate(unsigned_requests(UNSIGNED, SECRET)):
        if n < OVER_HTTP:
            statuses.append(http_request("POST", http_webhook, body, headers)[0])
        else:
            statuses.append(invoke(proxy_event("POST", "/webhook", headers, body))[0])
    assert len(statuses) == UNSIGNED
    assert set(statuses) <= {400, 401}, sorted(set(statuses))
    assert everything() == before
