"""A webhook POST's claims (linecrm.logic.webhook_post.Claims): the in-progress records put ahead
for its events. Each is taken once: a second event with the same key (LINE's redelivery inside the
same POST) puts its own record, finds the first one's, and is not handled twice."""

from linecrm.logic.webhook_post import Claims


def test_a_claim_is_taken_once():
    claims = Claims()
    claims.add(["f#1", "f#2"])
    assert claims.take("f#1") is True
    assert claims.take("f#1") is False
    assert claims.take("f#3") is False
    assert claims.take("f#2") is True
