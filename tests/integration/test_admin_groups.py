"""Groups through the real staff API handler: no overlaps, live member counts, audit."""

from __future__ import annotations

import pytest

from linecrm.dal.dynamo import table
from linecrm.jst import today_jst
from tests.integration.admin_support import a_year_before, put_customer
from tests.support.admin_api import SEED_GROUPS, call, group, session_of

pytestmark = pytest.mark.usefixtures("aws", "admin_token_mode")


def create(body) -> tuple[int, dict]:
    return call("POST", "/api/groups", body)


def test_the_six_groups_of_the_seed_are_created_and_listed():
    for body in SEED_GROUPS:
        status, created = create(body)
        assert status == 201, created
        assert created["group_id"] and created["member_count"] == 0

    status, listed = call("GET", "/api/groups")
    assert status == 200
    shown = {(g["gender"], g["age_min"], g["age_max"]) for g in listed["groups"]}
    assert shown == {(b["gender"], b["age_min"], b["age_max"]) for b in SEED_GROUPS}
    assert set(listed["groups"][0]) >= {"group_id", "name", "gender", "age_min", "age_max", "member_count"}


def test_the_seeds_refusal_male_15_50_and_any_30_35_collide_with_male_20_45_female_15_50_does_not():
    status, male = create(group("男性 20〜45歳", "male", 20, 45))
    assert status == 201

    status, refused = create(group("男性 15〜50歳", "male", 15, 50))
    assert status == 409
    assert refused["conflicting_group"] == {"group_id": male["group_id"], "name": "男性 20〜45歳"}
    assert "男性 20〜45歳" in refused["message"]

    assert create(group("女性 15〜50歳", "female", 15, 50))[0] == 201
    status, refused = create(group("全員 30〜35歳", "any", 30, 35))
    assert status == 409
    assert refused["conflicting_group"]["group_id"] in {male["group_id"]} | {
        g["group_id"] for g in call("GET", "/api/groups")[1]["groups"] if g["gender"] == "female"
    }


def test_an_open_ended_range_collides_with_every_older_range_of_the_same_gender():
    assert create(group("男性 50歳以上", "male", 50, None))[0] == 201
    assert create(group("男性 100〜110歳", "male", 100, 110))[0] == 409
    assert create(group("男性 40〜49歳", "male", 40, 49))[0] == 201
    assert create(group("女性 100歳以上", "female", 100, None))[0] == 201


def test_an_edit_that_would_create_an_overlap_is_refused_and_changes_nothing():
    _, young = create(group("男性 20〜49歳", "male", 20, 49))
    _, old = create(group("男性 50歳以上", "male", 50, None))

    status, refused = call("PUT", f"/api/groups/{old['group_id']}", group("男性 45歳以上", "male", 45, None))
    assert status == 409
    assert refused["conflicting_group"]["group_id"] == young["group_id"]
    assert call("GET", f"/api/groups/{old['group_id']}")[1]["age_min"] == 50

    # an edit may overlap its own old range
    status, edited = call("PUT", f"/api/groups/{old['group_id']}", group("男性 55歳以上", "male", 55, None))
    assert status == 200 and edited["age_min"] == 55


def test_editing_or_deleting_a_missing_group_is_404():
    assert call("PUT", "/api/groups/nope", group("x", "male", 1, 2))[0] == 404
    assert call("DELETE", "/api/groups/nope")[0] == 404


def test_a_deleted_group_frees_its_range():
    _, first = create(group("男性 20〜49歳", "male", 20, 49))
    assert call("DELETE", f"/api/groups/{first['group_id']}")[0] == 204
    assert create(group("男性 30〜39歳", "male", 30, 39))[0] == 201


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"gender": "male", "age_min": 1, "age_max": 2}, "name"),
        (group("", "male", 1, 2), "name"),
        (group("x", "men", 1, 2), "gender"),
        (group("x", "male", -1, 2), "age_min"),
        (group("x", "male", "twenty", 30), "age_min"),
        (group("x", "male", 30, 20), "age_max"),
        (group("x", "male", 30, 121), "age_max"),
        ({**group("x", "male", 1, 2), "colour": "red"}, "colour"),
    ],
)
def test_bad_group_payloads_are_422_naming_the_field(body, field):
    status, answer = create(body)
    assert status == 422, answer
    assert field in [e["field"] for e in answer["errors"]]
    assert all(e["reason"] for e in answer["errors"])
    assert table("groups_table").scan()["Count"] == 0  # nothing half-written


def test_a_body_that_is_not_json_is_422():
    status, answer = call("POST", "/api/groups", "{not json")
    assert status == 422 and answer["errors"]


def test_member_counts_follow_registration_blocking_and_ageing():
    today = today_jst()
    _, middle = create(group("男性 20〜49歳", "male", 20, 49))
    _, older = create(group("男性 50歳以上", "male", 50, None))
    _, anyone = create(group("女性 20〜49歳", "female", 20, 49))

    def counts():
        return {g["group_id"]: g["member_count"] for g in call("GET", "/api/groups")[1]["groups"]}

    put_customer("U1", "male", 30, declared_on=today)
    put_customer("U2", "male", 35, declared_on=today)
    put_customer("U3", "female", 25, declared_on=today)
    put_customer("U4", declared_on=today, registered=False)  # still answering: in no group
    assert counts() == {middle["group_id"]: 2, older["group_id"]: 0, anyone["group_id"]: 1}

    put_customer("U2", "male", 35, declared_on=today, blocked=True)  # blocked the account
    assert counts()[middle["group_id"]] == 1

    put_customer("U5", "male", 49, declared_on=a_year_before(today))  # said 49 a year ago: 50 now
    assert counts() == {middle["group_id"]: 1, older["group_id"]: 1, anyone["group_id"]: 1}


def test_the_audit_trail_names_who_created_edited_and_deleted_a_group():
    _, created = create(group("男性 20〜49歳", "male", 20, 49))
    gid = created["group_id"]
    call("PUT", f"/api/groups/{gid}", group("男性 20〜39歳", "male", 20, 39), headers=session_of("佐藤"))
    call("DELETE", f"/api/groups/{gid}")

    status, trail = call("GET", "/api/audit", query=f"subject=group%23{gid}")
    assert status == 200
    assert [(e["action"], e["actor"]) for e in trail["entries"]] == [
        ("created", "local-admin"),
        ("updated", "佐藤"),
        ("deleted", "local-admin"),
    ]
    assert trail["entries"][1]["changes"]["age_max"] == {"from": 49, "to": 39}
    assert call("GET", f"/api/groups/{gid}/audit")[1] == trail


def test_member_counts_through_the_webhook_with_the_dispatchers_folds_in_between(line_emulator):
    """Customers register, block, come back, change profile and withdraw through the real webhook;
    the dispatcher's run folds them into the member counts at every step; the API's counts follow."""
    from functions.dispatcher.handler import handler as dispatcher
    from linecrm.dal import member_counts
    from local.apigw import LambdaContext
    from tests.support.line_webhook import Customer

    _, men = create(group("男性 20〜49歳", "male", 20, 49))
    _, women = create(group("女性 20〜49歳", "female", 20, 49))

    def counts() -> tuple[int, int]:
        shown = {g["group_id"]: g["member_count"] for g in call("GET", "/api/groups")[1]["groups"]}
        return shown[men["group_id"]], shown[women["group_id"]]

    def fold() -> None:
        dispatcher({}, LambdaContext("dispatcher"))
        assert member_counts.pending_customers() == []

    taro, hanako, jiro = (Customer(line_emulator, f"U{name:0>32}") for name in ("taro", "hanako", "jiro"))
    for customer, gender, age in ((taro, "男性", "30"), (hanako, "女性", "25"), (jiro, "男性", "60")):
        customer.follow()
        customer.say(gender)
        customer.say(age)
    assert counts() == (1, 1)
    fold()
    assert counts() == (1, 1)

    taro.unfollow()
    assert counts() == (0, 1)
    fold()
    assert counts() == (0, 1)
    taro.follow()  # back, with his answers
    assert counts() == (1, 1)

    hanako.say("プロフィール変更")
    hanako.say("男性")
    hanako.say("40")
    assert counts() == (2, 0)
    fold()
    assert counts() == (2, 0)

    taro.say("退会")
    taro.say("はい")
    assert counts() == (1, 0)
    fold()
    assert counts() == (1, 0)
    assert member_counts.read(["years#male"])["years#male"] == {"y1986": 1, "y1996": 0, "y1966": 1}
