"""Customers through the real staff API handler: filters, pages, detail with history, tags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from linecrm.dal import history
from linecrm.jst import today_jst
from tests.integration.admin_support import a_year_before, put_customer
from tests.support.admin_api import call, group

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")


@pytest.fixture
def people():
    today = today_jst()
    put_customer("U01", "male", 30, declared_on=today)
    put_customer("U02", "male", 49, declared_on=a_year_before(today))  # 50 now
    put_customer("U03", "female", 25, declared_on=today)
    put_customer("U04", "female", 60, declared_on=today, blocked=True)
    put_customer("U05", declared_on=today, registered=False)
    put_customer("U06", "unknown", 40, declared_on=today)


def ids(query: str = "") -> list[str]:
    status, answer = call("GET", "/api/customers", query=query)
    assert status == 200, answer
    return sorted(c["user_id"] for c in answer["customers"])


def test_the_list_shows_each_customers_attributes_with_todays_age(people):
    _, answer = call("GET", "/api/customers")
    shown = {c["user_id"]: c for c in answer["customers"]}
    assert set(shown) == {"U01", "U02", "U03", "U04", "U05", "U06"}
    assert (shown["U02"]["gender"], shown["U02"]["age"], shown["U02"]["blocked"]) == ("male", 50, False)
    assert (shown["U04"]["blocked"], shown["U05"]["registered"], shown["U05"]["age"]) == (True, False, None)
    assert answer["next_cursor"] is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gender=male", ["U01", "U02"]),
        ("gender=unknown", ["U06"]),
        ("age_min=40", ["U02", "U04", "U06"]),
        ("age_min=20&age_max=49", ["U01", "U03", "U06"]),
        ("blocked=true", ["U04"]),
        ("registered=false", ["U05"]),
        ("gender=female&blocked=false", ["U03"]),
    ],
)
def test_filters_combine(people, query, expected):
    assert ids(query) == expected


def test_a_group_filter_shows_its_members_today(people):
    _, twenties = call("POST", "/api/groups", group("男性 20〜49歳", "male", 20, 49))
    _, older = call("POST", "/api/groups", group("全員 50歳以上", "any", 50, None))
    assert ids(f"group_id={twenties['group_id']}") == ["U01"]
    assert ids(f"group_id={older['group_id']}") == ["U02"]  # U04 is 60 but blocked
    assert call("GET", "/api/customers", query="group_id=nope")[0] == 422


def test_tags_are_set_listed_filtered_and_removed(people):
    status, tagged = call("PUT", "/api/customers/U01/tags/区分A")
    assert (status, tagged) == (200, {"user_id": "U01", "tags": ["区分A"]})
    call("PUT", "/api/customers/U01/tags/セミナー経由")
    call("PUT", "/api/customers/U03/tags/区分A")

    assert ids("tag=区分A") == ["U01", "U03"]
    assert ids("tag=区分A&gender=female") == ["U03"]
    assert call("GET", "/api/customers/U01")[1]["tags"] == ["セミナー経由", "区分A"]

    assert call("DELETE", "/api/customers/U01/tags/区分A")[1]["tags"] == ["セミナー経由"]
    assert call("DELETE", "/api/customers/U01/tags/区分A")[0] == 404
    assert call("PUT", "/api/customers/nobody/tags/区分A")[0] == 404


def test_pages_follow_the_cursor_until_every_match_is_seen_once():
    today = today_jst()
    for i in range(23):
        put_customer(f"U{i:03d}", "male" if i % 2 else "female", 20 + i, declared_on=today)

    seen, cursor, pages = [], None, 0
    while True:
        query = "gender=male&limit=5" + (f"&cursor={cursor}" if cursor else "")
        status, answer = call("GET", "/api/customers", query=query)
        assert status == 200 and len(answer["customers"]) <= 5
        seen += [c["user_id"] for c in answer["customers"]]
        pages += 1
        cursor = answer["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == [f"U{i:03d}" for i in range(23) if i % 2]
    assert len(seen) == len(set(seen)) and pages == 3


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("gender=men", "gender"),
        ("age_min=-1", "age_min"),
        ("age_max=abc", "age_max"),
        ("blocked=maybe", "blocked"),
        ("limit=0", "limit"),
        ("cursor=not-a-cursor", "cursor"),
    ],
)
def test_bad_filters_are_422_naming_the_field(query, field):
    status, answer = call("GET", "/api/customers", query=query)
    assert status == 422, answer
    assert field in [e["field"] for e in answer["errors"]]


def test_one_customer_comes_with_their_history_in_order(people):
    history.append("U01", "follow", "友だち追加")
    history.append("U01", "inbound", "30")
    history.append(
        "U01",
        "reply",
        "登録ありがとうございました",
        payload=[{"type": "text", "text": "登録ありがとうございました"}],
    )

    status, customer = call("GET", "/api/customers/U01")
    assert status == 200
    assert (customer["user_id"], customer["age"], customer["gender"]) == ("U01", 30, "male")
    assert [e["kind"] for e in customer["history"]] == ["follow", "inbound", "reply"]
    assert customer["history"][2]["payload"] == [{"type": "text", "text": "登録ありがとうございました"}]

    _, latest = call("GET", "/api/customers/U01", query="history_limit=1")
    assert [e["kind"] for e in latest["history"]] == ["reply"]
    assert call("GET", "/api/customers/nobody")[0] == 404


def all_pages(query: str, limit: int) -> list[str]:
    seen, cursor = [], None
    while True:
        status, answer = call(
            "GET", "/api/customers", query=f"{query}&limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        )
        assert status == 200, answer
        seen += [c["user_id"] for c in answer["customers"]]
        cursor = answer["next_cursor"]
        if not cursor:
            assert len(seen) == len(set(seen)), query
            return sorted(seen)


def test_every_filter_pages_through_exactly_its_customers_across_scan_pages(monkeypatch):
    """Criteria travel to DynamoDB as a FilterExpression (and a tag as a list of ids): with Scan
    pages of 7 customers and result pages of 4, each query still sees each match once."""
    import random

    from linecrm.dal import customer_list
    from linecrm.domain.ages import age_on

    monkeypatch.setattr(customer_list, "SCAN_PAGE", 7)
    rng, today, people = random.Random(3), today_jst(), {}
    for i in range(60):
        registered = rng.random() < 0.8
        gender = rng.choice(["male", "female", "unknown"])
        item = put_customer(
            f"U{i:03d}",
            gender,
            rng.randrange(10, 80) if registered else None,
            declared_on=today - timedelta(days=rng.randrange(0, 900)),
            registered=registered,
            blocked=rng.random() < 0.2,
        )
        item["age_now"] = age_on(date.fromisoformat(item["birth_date"]), today) if registered else None
        people[item["user_id"]] = item
        if rng.random() < 0.4:
            call("PUT", f"/api/customers/{item['user_id']}/tags/区分A")
    tagged = set(ids("tag=区分A&limit=200"))
    _, group_body = call("POST", "/api/groups", group("女性 20〜49歳", "female", 20, 49))

    def expect(keep) -> list[str]:
        return sorted(u for u, p in people.items() if keep(p))

    def aged(p, lo, hi):
        return p["age_now"] is not None and lo <= p["age_now"] <= hi

    cases = {
        "gender=female": lambda p: p.get("gender") == "female" and p["registered"],
        "age_min=30&age_max=39": lambda p: aged(p, 30, 39),
        "blocked=true&registered=true": lambda p: p["blocked"] and p["registered"],
        "registered=false": lambda p: not p["registered"],
        "blocked=false&age_max=25": lambda p: not p["blocked"] and aged(p, 0, 25),
        "tag=区分A&blocked=false": lambda p: p["user_id"] in tagged and not p["blocked"],
        f"group_id={group_body['group_id']}": lambda p: (
            p.get("gender") == "female" and aged(p, 20, 49) and not p["blocked"] and p["registered"]
        ),
        f"group_id={group_body['group_id']}&gender=male": lambda p: False,  # contradictory: nobody
    }
    for query, keep in cases.items():
        assert all_pages(query, 4) == expect(keep), query
    assert len(tagged) > 4 and all_pages("tag=区分A", 3) == sorted(tagged)
