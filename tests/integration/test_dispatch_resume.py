"""Resumable runs: planning saves its progress page by page; a run stopped by its time budget or
dying mid-planning is continued by the next one, with no duplicate and no miss (emulator ledger)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from linecrm.dal import deliveries
from linecrm.logic import dispatch
from tests.integration import dispatch_support as ds

OPTIONS = dispatch.DispatchOptions(batch_size=5, page_size=4, concurrency=2)
IDS = [f"U{i:02d}" for i in range(23)]  # 6 pages of <= 4 ids, 5 batches of <= 5


class PagesThenNoTime:
    """The Lambda's remaining time: plenty for `pages` questions (the run asks before its claim and after each page), then none."""

    def __init__(self, pages: int):
        self.pages, self.seen = pages, 0

    def __call__(self) -> float:
        self.seen += 1  # asked once before the claim, then after each page while planning
        return 900.0 if self.seen <= self.pages else 0.0


def retry_keys(count: int) -> list[str]:
    return [b.retry_key for b in deliveries.plan("m1", count)]


def test_a_run_out_of_time_mid_planning_is_continued_by_the_next_and_sends_once(aws, line_emulator):
    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "計画の続き")

    first = dispatch.run(clock=lambda: ds.NOW, options=OPTIONS, time_left=PagesThenNoTime(4))

    assert first["messages"][0]["result"] == "deferred" and ds.multicasts(line_emulator) == []
    progress = ds.message("m1")["plan_progress"]
    assert (progress["batches"], progress["recipients"]) == (2, 10)  # 12 ids read, 10 in full batches
    kept = retry_keys(2)
    dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=OPTIONS)

    stored = ds.message("m1")
    assert (stored["status"], stored["batch_count"], stored["recipient_count"]) == ("sent", 5, 23)
    assert retry_keys(2) == kept  # the batches written by the first run were not planned again
    assert set(ds.deliveries_of(line_emulator, IDS, "計画の続き").values()) == {1}
    assert len(ds.multicasts(line_emulator)) == 5


def test_a_customer_who_moved_in_the_index_between_two_runs_is_planned_once(aws, line_emulator):
    ds.seed_customers([ds.customer(u, age=30 + i % 3) for i, u in enumerate(IDS)])
    ds.put_message("m1", ds.everyone(), "一度だけ")
    dispatch.run(clock=lambda: ds.NOW, options=OPTIONS, time_left=PagesThenNoTime(4))
    planned = deliveries.planned_ids("m1", ds.message("m1")["plan_progress"]["batches"])
    mover = sorted(planned)[0]
    ds.seed_customers([ds.customer(mover, age=20)])  # younger: later in by_profile, past the saved cursor

    dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=OPTIONS)

    assert ds.deliveries_of(line_emulator, [mover], "一度だけ")[mover] == 1
    assert set(ds.deliveries_of(line_emulator, IDS, "一度だけ").values()) == {1}


@pytest.mark.parametrize("occurrence", [1, 2, 3, 4])
def test_dying_after_some_batches_were_written_then_a_normal_run_sends_once(aws, line_emulator, occurrence):
    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "途中で停止")
    seen = {"n": 0}

    def die(step):
        if step == "plan_chunk_written":
            seen["n"] += 1
            if seen["n"] == occurrence:
                raise ds.Crash(step)

    with pytest.raises(ds.Crash):
        dispatch.run(clock=lambda: ds.NOW, checkpoint=die, options=OPTIONS)
    dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=10), options=OPTIONS)

    assert ds.message("m1")["status"] == "sent" and ds.message("m1")["recipient_count"] == 23
    assert set(ds.deliveries_of(line_emulator, IDS, "途中で停止").values()) == {1}


# --- the recipients' timeline entries (logic.dispatch.received) ------------------------------


def delivery_entries(message_id: str) -> dict[str, list[str]]:
    """Each customer's `delivery` entries of the message (entry ids): one each, or a duplicate."""
    from linecrm.dal import history

    return {u: [e.entry_id for e in history.list_for(u) if e.message_id == message_id] for u in IDS}


class SettledThenNoTime:
    """Plenty of time until `batches` batches had their timeline entries written, then none."""

    def __init__(self, batches: int):
        self.batches, self.written = batches, 0

    def checkpoint(self, step: str) -> None:
        if step == "history_written":
            self.written += 1

    def __call__(self) -> float:
        return 0.0 if self.written >= self.batches else 900.0


def test_the_outcome_comes_first_and_entries_stopped_by_the_time_budget_are_finished_by_the_next_run_once(
    aws, line_emulator, monkeypatch
):
    from linecrm.dal import message_dispatch
    from linecrm.logic.dispatch import received

    monkeypatch.setattr(received, "RECORD_WRITERS", 1)  # one batch after the other: stops after two
    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "記録の続き")
    budget = SettledThenNoTime(2)

    first = dispatch.run(
        clock=lambda: ds.NOW, checkpoint=budget.checkpoint, options=OPTIONS, time_left=budget
    )

    # The outcome is written before any timeline entry: staff see it sent, counts and all.
    assert first["messages"][0]["result"] == "sent" and first["settle"] == {"settled": [], "left": ["m1"]}
    stored = ds.message("m1")
    assert (stored["status"], stored["sent_count"], len(ds.multicasts(line_emulator))) == ("sent", 23, 5)
    assert stored["unsettled"] == message_dispatch.settle_marker("m1")
    assert [m.message_id for m in message_dispatch.unsettled()] == ["m1"]
    written = {u: ids for u, ids in delivery_entries("m1").items() if ids}
    assert len(written) == 10  # two batches of five: the rest is left for the next run
    batches = deliveries.plan("m1", 5)
    assert [b.recorded for b in batches] == [True, True, False, False, False]
    assert [b.user_ids is not None for b in batches] == [False, False, True, True, True]

    second = dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=OPTIONS)

    assert (second["due"], second["settle"]) == (0, {"settled": ["m1"], "left": []})
    assert len(ds.multicasts(line_emulator)) == 5
    entries = delivery_entries("m1")
    assert {u: len(ids) for u, ids in entries.items()} == dict.fromkeys(IDS, 1)
    assert {u: ids for u, ids in entries.items() if u in written} == written  # not rewritten elsewhere
    assert [(b.user_ids, b.recorded) for b in deliveries.plan("m1", 5)] == [(None, True)] * 5
    assert "unsettled" not in ds.message("m1") and message_dispatch.unsettled() == []
    assert ds.message("m1")["sent_count"] == 23
    assert dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=10), options=OPTIONS)["settle"] == {
        "settled": [],
        "left": [],
    }


def test_a_plan_is_unsettled_from_its_commit_and_a_broadcast_never(aws, line_emulator):
    """The marker is on the message from the commit of its plan (its ids may reach LINE from then
    on), before the outcome; a broadcast has no ids to settle and never carries it."""
    from linecrm.dal import message_dispatch

    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "計画済み")
    ds.put_message("m2", {"type": "all"}, "全員")
    for user_id in IDS[:2]:
        line_emulator.add_customer(user_id)  # friends LINE counts: the broadcast goes out
    seen = {}

    def look(step: str) -> None:
        if step == "planned":
            seen.setdefault(len(seen), {m: ds.message(m).get("unsettled") for m in ("m1", "m2")})

    dispatch.run(clock=lambda: ds.NOW, checkpoint=look, options=OPTIONS)

    marker = message_dispatch.settle_marker("m1")
    assert seen == {0: {"m1": marker, "m2": None}, 1: {"m1": marker, "m2": None}}
    assert "unsettled" not in ds.message("m1") and "unsettled" not in ds.message("m2")
    assert (ds.message("m2")["status"], ds.message("m2")["sent_count"]) == ("sent", 2)
    assert ds.message("m2")["accepted_at"] == deliveries.plan("m2", 1)[0].accepted_at


def test_a_plan_committed_without_the_marker_gets_it_with_its_outcome_and_is_settled(aws, line_emulator):
    """A message whose plan was committed before markers existed (in flight at the deploy): its
    outcome sets the marker, so its batches are settled all the same."""
    from linecrm.dal.dynamo import table

    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "デプロイ中")
    with pytest.raises(ds.Crash):
        dispatch.run(clock=lambda: ds.NOW, checkpoint=ds.crash_at("planned"), options=OPTIONS)
    table("messages_table").update_item(Key={"message_id": "m1"}, UpdateExpression="REMOVE unsettled")

    later = dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=10), options=OPTIONS)

    assert later["settle"] == {"settled": ["m1"], "left": []} and ds.message("m1")["status"] == "sent"
    assert {u: len(ids) for u, ids in delivery_entries("m1").items()} == dict.fromkeys(IDS, 1)
    assert [(b.user_ids, b.recorded) for b in deliveries.plan("m1", 5)] == [(None, True)] * 5


def test_a_message_whose_settling_fails_stays_in_the_backlog_and_the_others_are_settled(
    aws, line_emulator, monkeypatch
):
    from linecrm.dal import history

    ds.seed_customers([ds.customer(u) for u in IDS[:3]])
    ds.put_message("m1", ds.everyone(), "失敗する")
    ds.put_message("m2", ds.everyone(), "成功する")
    put = history.put_deliveries

    def failing(ids, message_id, text, at):
        if message_id == "m1":
            raise RuntimeError("DynamoDB said no")
        put(ids, message_id, text, at)

    monkeypatch.setattr(history, "put_deliveries", failing)
    first = dispatch.run(clock=lambda: ds.NOW, options=OPTIONS)
    monkeypatch.setattr(history, "put_deliveries", put)

    assert [m["result"] for m in first["messages"]] == ["sent", "sent"]
    assert first["settle"] == {"settled": ["m2"], "left": ["m1"]}
    second = dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=OPTIONS)
    assert second["settle"] == {"settled": ["m1"], "left": []}


def test_a_backlog_that_cannot_be_read_leaves_the_outcomes_and_waits_for_the_next_run(
    aws, line_emulator, monkeypatch
):
    from linecrm.dal import message_dispatch

    ds.seed_customers([ds.customer(u) for u in IDS[:3]])
    ds.put_message("m1", ds.everyone(), "読めない")
    unsettled = message_dispatch.unsettled

    def unreadable():
        raise RuntimeError("DynamoDB said no")

    monkeypatch.setattr(message_dispatch, "unsettled", unreadable)
    first = dispatch.run(clock=lambda: ds.NOW, options=OPTIONS)
    monkeypatch.setattr(message_dispatch, "unsettled", unsettled)

    assert first["messages"][0]["result"] == "sent" and "RuntimeError" in first["settle"]["error"]
    assert ds.message("m1")["unsettled"]
    later = dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=5), options=OPTIONS)
    assert later["settle"] == {"settled": ["m1"], "left": []}


def test_settling_does_not_write_back_a_message_item_that_is_gone(aws, line_emulator):
    """The backlog's last step (the marker removed) is conditional on the message item: an
    UpdateItem would otherwise create a message of just its key."""
    from linecrm.dal.dynamo import table

    ds.seed_customers([ds.customer(u) for u in IDS[:3]])
    ds.put_message("m1", ds.everyone(), "消えた")
    with pytest.raises(ds.Crash):
        dispatch.run(clock=lambda: ds.NOW, checkpoint=ds.crash_at("finished"), options=OPTIONS)
    assert ds.message("m1")["status"] == "sent"

    def remove_the_message(step: str) -> None:  # after the backlog read it, before its marker goes
        if step == "history_written":
            table("messages_table").delete_item(Key={"message_id": "m1"})

    later = dispatch.run(
        clock=lambda: ds.NOW + timedelta(minutes=5), checkpoint=remove_the_message, options=OPTIONS
    )

    assert later["settle"] == {"settled": [], "left": ["m1"]}
    assert table("messages_table").get_item(Key={"message_id": "m1"}).get("Item") is None


def test_a_receipt_written_again_later_does_not_move_entries_already_written(aws, line_emulator):
    """A dispatcher died after writing a batch's entries (before removing its ids); a late receipt
    of that batch (a stalled dispatcher's, LINE's 409) then carries a later accepted_at. The next
    run writes the batch's entries again at the pinned time: overwritten, not duplicated."""
    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "二重にしない")

    with pytest.raises(ds.Crash):
        dispatch.run(clock=lambda: ds.NOW, checkpoint=ds.crash_at("history_written"), options=OPTIONS)
    table = deliveries._table()
    receipts = table.scan()["Items"]
    for receipt in receipts:
        if receipt["delivery_key"].endswith("/accepted"):
            table.put_item(Item={**receipt, "accepted_at": "2026-11-26T05:30:00.000000Z"})
    dispatch.run(clock=lambda: ds.NOW + timedelta(minutes=10), options=OPTIONS)

    assert ds.message("m1")["status"] == "sent"
    assert {u: len(ids) for u, ids in delivery_entries("m1").items()} == dict.fromkeys(IDS, 1)


def test_messages_finished_before_batches_were_settled_are_settled_by_the_backfill(aws, line_emulator):
    """As the dispatcher left them before it wrote timeline entries: batches with their ids, no
    `recorded`, no entries. The one-off backfill writes each recipient's entry once and removes
    the ids; run again, it changes nothing."""
    from linecrm.dal import history
    from linecrm.logic.dispatch import received

    ds.seed_customers([ds.customer(u) for u in IDS])
    ds.put_message("m1", ds.everyone(), "以前の配信")
    dispatch.run(clock=lambda: ds.NOW, options=OPTIONS)
    table = deliveries._table()
    for number, chunk in enumerate([IDS[i : i + 5] for i in range(0, 23, 5)]):
        table.update_item(
            Key={"delivery_key": deliveries.batch_key("m1", f"{number:05d}")},
            UpdateExpression="SET user_ids = :ids REMOVE recorded, history_at",
            ExpressionAttributeValues={":ids": deliveries.pack(chunk)},
        )
    for user in IDS:
        history.delete_all(user)

    assert received.settle_finished() == 1
    assert received.settle_finished() == 1

    assert {u: len(ids) for u, ids in delivery_entries("m1").items()} == dict.fromkeys(IDS, 1)
    assert [(b.user_ids, b.recorded) for b in deliveries.plan("m1", 5)] == [(None, True)] * 5
