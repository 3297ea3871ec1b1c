"""A customer's アンケート answers: the map `survey` {question_id: choice} on the customer item.

Not an index key, a count or a guarded attribute (dal.customers.GUARDED): writing an answer never
conflicts with the conversation's conditional writes. Written only on a customer that exists (a
tap arriving after 退会 creates nothing)."""

from __future__ import annotations

from linecrm.dal.dynamo import condition_failed, table


def record(user_id: str, question_id: str, choice: str) -> bool:
    """Set the answer; False when the customer is gone."""
    customers = table("customers_table")
    for _ in range(3):  # the map exists (usual) or not yet (first answer): whichever holds
        try:
            customers.update_item(
                Key={"user_id": user_id},
                UpdateExpression="SET #s.#q = :c",
                ConditionExpression="attribute_exists(user_id) AND attribute_exists(#s)",
                ExpressionAttributeNames={"#s": "survey", "#q": question_id},
                ExpressionAttributeValues={":c": choice},
            )
            return True
        except condition_failed():
            pass
        try:
            customers.update_item(
                Key={"user_id": user_id},
                UpdateExpression="SET #s = :m",
                ConditionExpression="attribute_exists(user_id) AND attribute_not_exists(#s)",
                ExpressionAttributeNames={"#s": "survey"},
                ExpressionAttributeValues={":m": {question_id: choice}},
            )
            return True
        except condition_failed():
            if table("customers_table").get_item(Key={"user_id": user_id}).get("Item") is None:
                return False
    return False
