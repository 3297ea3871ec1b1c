"""Items as dal reads them: `Customer`, `TimelineEntry`, `EntryRoute` and `SurveyQuestion` records
(no AWS)."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from decimal import Decimal

from linecrm.dal import customers
from linecrm.domain.customers import Customer

ITEM = {
    "user_id": "U1",
    "state": "registered",
    "gender": "female",
    "age": Decimal(33),
    "age_declared_on": "2026-11-26",
    "birth_date": "1993-11-26",
    "registered": True,
    "display_name": "花子",
    "tags": {"常連", "区分A"},
    "tags_version": Decimal(2),
    "survey": {"q00000001": "ヒレ"},
    "card_points": Decimal(12),
    "card_points#ginza": Decimal(12),
    "card_points#ebisu": Decimal(0),
    "card_rank": "silver",
    "card_reward_due": ["silver"],
    "registered_gender": "female",  # index keys and the counts' attributes stay in the item
    "friendship": "following",
    "counted": "female#1993-11-26",
}


def test_an_item_reads_as_a_record_of_plain_values():
    customer = customers.from_item(ITEM)
    assert customer == Customer(
        user_id="U1",
        state="registered",
        gender="female",
        age=33,
        age_declared_on="2026-11-26",
        birth_date="1993-11-26",
        registered=True,
        display_name="花子",
        tags=("区分A", "常連"),
        tags_version=2,
        survey={"q00000001": "ヒレ"},
        card_points=12,
        card_points_by_store={"ginza": 12},
        card_rank="silver",
        card_reward_due=("silver",),
    )
    assert type(customer.age) is int and customer.blocked is False and customer.unread is False
    assert customer.shown_name == "花子" and customer.age_on(date(2027, 11, 26)) == 34


def test_a_customer_never_asked_reads_with_nothing_declared():
    customer = customers.from_item({"user_id": "U2"})
    assert (customer.state, customer.age, customer.tags_version, customer.age_on(date(2026, 1, 1))) == (
        None,
        None,
        None,
        None,
    )


def test_a_history_item_reads_as_a_timeline_entry_with_its_payload_parsed():
    from linecrm.dal import history
    from linecrm.domain.timeline import TimelineEntry

    item = history.entry(
        "U1", "reply", "ようこそ", payload=[{"type": "text", "text": "ようこそ"}], actor="店長"
    )
    entry = history.from_item(item)
    assert entry == TimelineEntry(
        user_id="U1",
        entry_id=item["entry_id"],
        kind="reply",
        text="ようこそ",
        at=item["at"],
        actor="店長",
        payload_json=item["payload"],
    )
    assert entry.payload == [{"type": "text", "text": "ようこそ"}]
    assert history.from_item({"user_id": "U1", "entry_id": "x#y", "kind": "note"}).payload is None


def _no_decimal(record) -> bool:
    return not any(isinstance(v, Decimal) for v in astuple(record))


def test_a_route_item_reads_as_an_entry_route_with_every_stored_field_and_without_its_key():
    from linecrm.dal import entry_routes
    from linecrm.domain.entry_routes import EntryRoute

    stored = {
        "route_id": "r1",
        "name": "セミナー",
        "keyword": "セミナー 参加",
        "keyword_key": "セミナー参加",
        "tag": "セミナー経由",
        "created_by": "店長",
        "created_at": "2026-12-01T00:00:00.000000Z",
        "updated_by": "副店長",
        "updated_at": "2026-12-02T00:00:00.000000Z",
    }
    item = {"route_key": "route#r1", **stored}
    route = entry_routes.from_item(item)
    assert route == EntryRoute(**stored) and _no_decimal(route)
    assert entry_routes._item(route) == item  # and written back as it was
    assert (route.chat_url, route.qr, route.arrivals) == (None, None, 0)  # shown only, never stored


def test_a_question_item_reads_as_a_survey_question_of_plain_values():
    from linecrm.dal import survey_questions
    from linecrm.domain.surveys import SurveyQuestion

    item = {
        "question_id": "q00000001",
        "text": "好きな部位は?",
        "choices": ["ヒレ", "ロース"],
        "position": Decimal(2),
        "active": False,
        "version": Decimal(3),
        "created_by": "店長",
        "created_at": "2026-12-01T00:00:00.000000Z",
        "updated_by": "副店長",
        "updated_at": "2026-12-02T00:00:00.000000Z",
    }
    question = survey_questions.from_item(item)
    assert question == SurveyQuestion(
        question_id="q00000001",
        text="好きな部位は?",
        choices=("ヒレ", "ロース"),
        position=2,
        active=False,
        version=3,
        created_by="店長",
        created_at="2026-12-01T00:00:00.000000Z",
        updated_by="副店長",
        updated_at="2026-12-02T00:00:00.000000Z",
    )
    assert type(question.position) is int and type(question.version) is int and _no_decimal(question)
    assert survey_questions._item(question) == item  # and written back as it was
    first = survey_questions.from_item(
        {"question_id": "q2", "text": "x", "choices": ["a", "b"], "version": 1}
    )
    assert (first.position, first.active, first.created_at) == (0, True, None)
