"""Tag members through the tag's partition: each tag item carries the customer's friendship and
registration, kept right on follow, unfollow, registration and withdrawal; the tags' counters."""

from __future__ import annotations

import pytest
from boto3.dynamodb.conditions import Key

from linecrm.dal import customer_tags, customers, recipients
from linecrm.dal.dynamo import table
from linecrm.domain.customers import CustomerTag
from tests.integration.dispatch_support import NOW, TODAY, customer, seed_customers

AT = "2026-11-26T00:00:00Z"


def tag_item(tag_name: str, user_id: str) -> dict:
    return table("customer_tags_table").get_item(Key={"tag": tag_name, "user_id": user_id}).get("Item")


def members(tag_name: str) -> list[str]:
    return sorted(recipients.user_ids({"type": "tag", "tag": tag_name}, TODAY))


def counters(tag_name: str) -> tuple[int, int]:
    item = table("member_counts_table").get_item(Key={"key": customer_tags.counter_key(tag_name)})["Item"]
    return int(item["members"]), int(item["following"])


def save(user_id: str, **changes) -> customers.Customer:
    return customers.save(user_id, customers.get(user_id), changes, NOW)


def test_members_and_reach_follow_unfollow_and_refollow(aws):
    seed_customers([customer("Ua"), customer("Ub", registered=False), customer("Uc", blocked=True)])
    for user_id in ("Ua", "Ub", "Uc"):
        assert customer_tags.tag("vip", user_id, "staff", AT)
    assert not customer_tags.tag("vip", "Unever_seen", "staff", AT)  # unknown customers are not tagged
    assert customer_tags.tag("vip", "Ua", "staff", AT)  # twice: one item

    assert members("vip") == ["Ua", "Ub"] and counters("vip") == (3, 2) and customer_tags.reach("vip") == 2
    assert tag_item("vip", "Ub")["registered"] is False

    save("Ua", blocked=True)
    save("Uc", blocked=False)
    assert members("vip") == ["Ub", "Uc"] and counters("vip") == (3, 2)
    assert "friendship" not in tag_item("vip", "Ua")


def test_registration_is_copied_onto_the_tag_items(aws):
    seed_customers([customer("Ub", registered=False)])
    customer_tags.tag("vip", "Ub", "staff", AT)

    save("Ub", registered=True, state="registered", gender="male", age=30, birth_date="1996-11-26")

    assert tag_item("vip", "Ub")["registered"] is True


def test_a_customer_write_that_raced_with_a_tag_is_refused_rather_than_leaving_a_stale_copy(aws):
    seed_customers([customer("Ua")])
    as_read = customers.get("Ua")
    customer_tags.tag("vip", "Ua", "staff", AT)  # tagged after the webhook read the customer

    try:
        customers.save("Ua", as_read, {"blocked": True}, NOW)
        raised = False
    except customers.Conflict:
        raised = True

    assert raised
    save("Ua", blocked=True)  # read again and redone, as the webhook does
    assert members("vip") == [] and counters("vip") == (1, 0)


def test_untag_and_withdrawal_keep_the_counters(aws):
    seed_customers([customer("Ua"), customer("Ub")])
    for user_id in ("Ua", "Ub"):
        customer_tags.tag("vip", user_id, "staff", AT)
        customer_tags.tag("常連", user_id, "staff", AT)

    assert customer_tags.untag("vip", "Ua") and not customer_tags.untag("vip", "Ua")
    assert customer_tags.delete_all_for("Ub") == 2

    assert counters("vip") == (0, 0) and counters("常連") == (1, 1)
    assert customer_tags.tags_of("Ua") == ["常連"] and customer_tags.tags_of("Ub") == []
    left = table("customer_tags_table").query(KeyConditionExpression=Key("tag").eq("常連"))["Items"]
    assert [i["user_id"] for i in left] == ["Ua"]


def test_a_rename_moves_items_copies_and_counters_customer_by_customer(aws, monkeypatch):
    seed_customers([customer("Ua"), customer("Ub", blocked=True), customer("Uc")])
    for user_id in ("Ua", "Ub"):
        customer_tags.tag("vip", user_id, "staff", AT)
    customer_tags.tag("常連", "Ua", "staff", AT)  # already has the new name: keeps their own item

    monkeypatch.setattr(customer_tags, "RENAME_BATCH", 1)  # one transaction a customer
    stale = customer_tags.members("vip")
    assert stale == [CustomerTag("vip", "Ua", "staff", AT), CustomerTag("vip", "Ub", "staff", AT)]
    customer_tags.rename("vip", "常連", stale, also=lambda member: [])
    customer_tags.rename("vip", "常連", stale, also=lambda member: [])  # run again: nothing left to do

    assert counters("vip") == (0, 0) and counters("常連") == (2, 1) and members("常連") == ["Ua"]
    assert customer_tags.tags_of("Ua") == ["常連"] and customer_tags.tags_of("Ub") == ["常連"]
    assert "friendship" not in tag_item("常連", "Ub") and tag_item("vip", "Ua") is None
    assert customer_tags.members("常連") == [CustomerTag("常連", u, "staff", AT) for u in ("Ua", "Ub")]
    assert customer_tags.catalogue() == {"常連": 2}


def test_a_tag_change_computed_from_a_stale_read_is_redone_on_a_fresh_one(aws, monkeypatch):
    """The customer's whole tag set is written, guarded by tags_version: a tag added between the
    read and the write cancels it, and the change is read again instead of dropping that tag."""
    seed_customers([customer("Ua")])
    customer_tags.tag("vip", "Ua", "staff", AT)
    stale = customers.get_item("Ua")
    customer_tags.tag("常連", "Ua", "staff", AT)  # added after the read
    reads, fresh = iter([stale]), customer_tags._read_customer
    monkeypatch.setattr(customer_tags, "_read_customer", lambda user_id: next(reads, None) or fresh(user_id))

    assert customer_tags.untag("vip", "Ua")

    assert (
        customer_tags.tags_of("Ua") == ["常連"] and counters("常連") == (1, 1) and counters("vip") == (0, 0)
    )


@pytest.mark.parametrize("tagged_before", [False, True])
def test_a_deletion_that_raced_with_a_tag_takes_the_tag_off_first(aws, monkeypatch, tagged_before):
    """The customer was read without tags (never tagged, or untagged since), then tagged: the
    deletion (guarded by tags_version) is refused, and the next round untags, counters included,
    before deleting."""
    seed_customers([customer("Ua")])
    if tagged_before:
        customer_tags.tag("vip", "Ua", "staff", AT)
        customer_tags.untag("vip", "Ua")
    stale = customers.get_item("Ua")
    assert (stale.get("tags_version") is not None) is tagged_before
    customer_tags.tag("vip", "Ua", "staff", AT)
    reads, fresh = iter([stale]), customers.get_item
    monkeypatch.setattr(customers, "get_item", lambda user_id: next(reads, None) or fresh(user_id))

    customers.delete("Ua")

    assert fresh("Ua") is None and tag_item("vip", "Ua") is None and counters("vip") == (0, 0)


def test_a_rename_batch_read_before_a_tag_was_added_is_read_again(aws, monkeypatch):
    seed_customers([customer("Ua"), customer("Ub")])
    for user_id in ("Ua", "Ub"):
        customer_tags.tag("vip", user_id, "staff", AT)
    stale = [customers.get_item("Ua"), customers.get_item("Ub")]
    customer_tags.tag("常連", "Ua", "staff", AT)  # after the batch was read
    reads, fresh = iter([stale]), customer_tags.batch_get_all
    monkeypatch.setattr(customer_tags, "batch_get_all", lambda *a, **k: next(reads, None) or fresh(*a, **k))

    customer_tags.rename("vip", "VIP", customer_tags.members("vip"), also=lambda member: [])

    assert customer_tags.tags_of("Ua") == ["VIP", "常連"] and customer_tags.tags_of("Ub") == ["VIP"]
    assert counters("VIP") == (2, 2) and counters("vip") == (0, 0) and counters("常連") == (1, 1)
