"""Entry routes under concurrency, against moto's server: one route per keyword when staff create
routes with the same keyword at once (separate Lambda processes), and one count per customer when
the same customer's keyword events are handled at once (threads)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from linecrm.dal import entry_routes as dal
from linecrm.dal.dynamo import table
from linecrm.domain.entry_routes import EntryRoute

RACERS = 8


pytestmark = [
    pytest.mark.usefixtures("moto_server", "admin_token_mode"),
    pytest.mark.xdist_group("lambda_pool"),  # one worker starts the shared pool
]


def test_of_concurrent_creates_with_one_keyword_exactly_one_succeeds(lambdas):
    bodies = [
        {"name": f"セミナー{i}", "keyword": "セミナー参加" if i % 2 else "ｾﾐﾅｰ参加", "tag": "x"}
        for i in range(RACERS)
    ]
    results = lambdas.race([("POST", "/api/routes", body) for body in bodies])
    assert sorted(status for status, _ in results) == [201] + [409] * (RACERS - 1), results
    (winner,) = [body for status, body in results if status == 201]
    assert [r.route_id for r in dal.list_all()] == [winner["route_id"]]
    assert dal.claim_of("セミナー参加").route_id == winner["route_id"]


def test_concurrent_arrivals_of_one_customer_count_once():
    table("customers_table").put_item(Item={"user_id": "Uracer", "state": "registered"})
    route = EntryRoute("r1", name="セミナー", keyword="セミナー参加", keyword_key="セミナー参加", tag="x")
    dal.create(
        route,
        {
            "ConditionCheck": {
                "TableName": "customers",
                "Key": {"user_id": "Uracer"},
                "ConditionExpression": "attribute_exists(user_id)",
            }
        },
    )
    with ThreadPoolExecutor(RACERS) as pool:
        counted = list(pool.map(lambda _: dal.arrive("Uracer", "r1"), range(RACERS)))
    assert counted.count(True) == 1
    assert dal.arrivals(["r1"]) == {"r1": 1}
    assert table("customers_table").get_item(Key={"user_id": "Uracer"})["Item"]["arrived_by"] == {"r1"}
