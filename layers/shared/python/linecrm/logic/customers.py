"""Customers for staff: search with filters and pages, one customer with tags and history, the
customer's record (氏名, フリガナ, …), tags and the tag catalogue, the CSV export.

Every change staff make to a customer is one TransactWriteItems: the change, its audit entry
(subject `customer#<user id>`) and the customer's history entry (their timeline), all or none.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from linecrm import line_api
from linecrm.dal import audit, customer_list, customer_tags, history
from linecrm.dal import customers as dal
from linecrm.dal import groups as groups_dal
from linecrm.dal import messages as messages_dal
from linecrm.dal.dynamo import Cancelled, transact
from linecrm.domain.customer_filter import CustomerFilter
from linecrm.domain.customer_record import RECORD_LABELS, RecordPatch, record_changes
from linecrm.domain.customers import Customer
from linecrm.domain.delivery import content_summary
from linecrm.domain.errors import Busy, Invalid, NotFound
from linecrm.domain.surveys import SurveyQuestion
from linecrm.domain.timeline import TimelineEntry
from linecrm.jst import iso_utc, now_utc, parse_utc, today_jst
from linecrm.observability import logger, user_ref
from linecrm.settings import get_settings

MAX_PAGE = 200
EXPORT_PAGE = 1000
PROFILE_STALE = timedelta(hours=24)  # the LINE display name and picture are refreshed after this
PROFILE_TIMEOUT = (0.5, 1.5)
ATTEMPTS = 5


def shown(customer: Customer) -> Customer:
    """The customer as staff see them: with their age today (`age_today`, never stored)."""
    return replace(customer, age_today=customer.age_on(today_jst()))


def criteria_for(criteria: CustomerFilter, group_id: str | None, tag: str | None) -> CustomerFilter:
    """The list's filters with a group and a tag resolved to criteria (also used by the export)."""
    if group_id:
        group = groups_dal.get(group_id)
        if group is None:
            raise Invalid(f"グループ {group_id} は存在しません", field="group_id")
        criteria = criteria.narrowed(CustomerFilter.for_group(group))
    if tag:
        criteria = criteria.narrowed(CustomerFilter(user_ids=frozenset(customer_tags.user_ids_with(tag))))
    return criteria


def page(criteria: CustomerFilter, limit: int, cursor: str | None) -> tuple[list[Customer], str | None]:
    try:
        return customer_list.page(criteria, today_jst(), min(limit, MAX_PAGE), cursor)
    except customer_list.BadCursor as error:
        raise Invalid(str(error), field="cursor") from None


def search(
    criteria: CustomerFilter, group_id: str | None, tag: str | None, limit: int, cursor: str | None
) -> tuple[list[Customer], str | None]:
    found, next_cursor = page(criteria_for(criteria, group_id, tag), limit, cursor)
    return [shown(c) for c in found], next_cursor


def customer(user_id: str) -> Customer:
    found = dal.get(user_id)
    if found is None:
        raise NotFound(f"顧客 {user_id} が見つかりません")
    return found


def received(user_id: str, followed_at: str | None = None) -> list[TimelineEntry]:
    """Broadcasts (target `all`) LINE accepted while the customer was a friend, as timeline entries
    (kind "delivery"). A broadcast goes to every friend of LINE's without ids, so it has no entry
    per recipient; a multicast's recipients each have theirs in their history partition (written
    by the dispatcher: logic.dispatch.received). Reads the messages table only (a shop's few
    messages a week); `accepted_at` is kept on the message when its broadcast is accepted."""
    entries = []
    for message in messages_dal.list_all():
        if message.status not in ("sent", "partially_failed") or not message.batch_count:
            continue
        if message.target.get("type") != "all":
            continue
        at = message.accepted_at or message.started_at or message.send_at
        if followed_at is not None and followed_at <= at:
            entries.append(
                TimelineEntry(
                    user_id=user_id,
                    entry_id=history.delivery_entry_id(message.message_id, at),
                    kind=history.DELIVERY,
                    text=content_summary(message.messages_json),
                    at=at,
                    message_id=message.message_id,
                )
            )
    return entries


def detail(
    user_id: str, history_limit: int | None = None
) -> tuple[Customer, list[TimelineEntry], dict[str, Any]]:
    """One customer as a staff member opens them: (the customer, their timeline, their shop card).
    Their messages count as read from now on, and the LINE display name and picture are refreshed
    when older than a day."""
    found = refresh_profile(customer(user_id))
    if found.unread:
        dal.set_plain(user_id, {"unread": None})
    entries = history.list_for(user_id, limit=history_limit, newest_first=history_limit is not None)
    entries = sorted([*entries, *received(user_id, found.followed_at)], key=lambda e: e.entry_id)
    if history_limit is not None:
        entries = entries[-history_limit:]
    from linecrm.logic.shop_card import card

    return shown(found), entries, card(found)


def refresh_profile(found: Customer, now: datetime | None = None) -> Customer:
    """The customer with their LINE display name and picture asked again when stale. LINE answers
    404 for a user who is not (or no longer) a friend: what we have is kept. Best effort: any
    failure keeps the stored profile and is retried after the next stale period only when it was
    a 404 (a transient failure is retried at the next opening)."""
    now = now or now_utc()
    checked = found.profile_checked_at
    if checked and now - parse_utc(checked) < PROFILE_STALE:
        return found
    from linebot.v3.messaging import ApiException

    changes: dict[str, Any] = {"profile_checked_at": iso_utc(now)}
    try:
        profile = line_api.messaging_api().get_profile(found.user_id, _request_timeout=PROFILE_TIMEOUT)
        changes |= {"display_name": profile.display_name, "picture_url": profile.picture_url}
    except ApiException as error:
        if error.status != 404:
            logger.info(
                "profile not refreshed", extra={"user": user_ref(found.user_id), "status": error.status}
            )
            return found
    except Exception as error:  # LINE unreachable: keep what we have
        logger.info(
            "profile not refreshed", extra={"user": user_ref(found.user_id), "error": type(error).__name__}
        )
        return found
    changes = {k: v for k, v in changes.items() if v is not None or k == "picture_url"}
    if dal.set_plain(found.user_id, changes):
        found = replace(found, **changes)
    return found


# --- the record ----------------------------------------------------------------------------


def _commit(
    user_id: str,
    operations: list[dict[str, Any]],
    actor: str,
    action: str,
    changes: Any,
    text: str,
    at: datetime,
    kind: str,
) -> None:
    """The change's operations, its audit entry and its history entry, in one transaction, on
    condition that the customer still exists (NotFound otherwise; a write of the customer item
    carries that condition itself: one transaction may not touch an item twice)."""
    audit_item = audit.entry(audit.subject("customer", user_id), action, actor, at, changes)
    entry = history.entry(user_id, kind, text, changes, at, actor=actor)
    operations = [*operations, audit.put_operation(audit_item), history.put_operation(entry)]
    writes_customer = any(
        o.get("Update", {}).get("TableName") == get_settings().customers_table for o in operations
    )
    try:
        transact(operations if writes_customer else [*operations, dal.exists_check(user_id)])
    except Cancelled as error:
        if error.reasons[-1:] == ["ConditionalCheckFailed"]:
            raise NotFound(f"顧客 {user_id} が見つかりません") from None
        raise


def update_record(user_id: str, patch: RecordPatch, actor: str) -> Customer:
    """Apply a record patch (audited, in the timeline). A birthday moves the customer's birth date,
    so it goes through `customers.save_operation`, which flags the member counts for a recount."""
    for _ in range(ATTEMPTS):
        current = customer(user_id)
        changes = record_changes(current, patch)
        if not changes:
            return shown(current)
        now = now_utc()
        stored, operations = dal.save_operations(user_id, current, changes, now)
        given = {k: v for k, v in changes.items() if k in patch.model_fields_set}
        labels = "・".join(RECORD_LABELS[k] for k in given)
        try:
            _commit(user_id, operations, actor, "updated", given, f"{labels}を変更", now, "record")
        except Cancelled as error:
            if error.reasons and error.reasons[0] == "ConditionalCheckFailed":
                continue  # changed (or deleted) since read: read again
            raise Busy("同時に更新されました。もう一度お試しください") from None
        return shown(stored)
    raise Busy("同時に更新されました。もう一度お試しください")


# --- tags ----------------------------------------------------------------------------------


def _change_tags(user_id: str, **change: Any) -> str:
    """dal.customer_tags.change, its refusals as the API's errors."""
    try:
        return customer_tags.change(user_id, **change)
    except customer_tags.TooManyTags as error:
        raise Invalid(str(error), field="tag") from None
    except customer_tags.KeptChanging:
        raise Busy("同時に更新されました。もう一度お試しください") from None


def tag(user_id: str, tag_name: str, actor: str) -> list[str]:
    now = now_utc()
    audit_item = audit.entry(audit.subject("customer", user_id), "tagged", actor, now, {"tag": tag_name})
    entry = history.entry(user_id, "tag", f"タグ「{tag_name}」を追加", {"tag": tag_name}, now, actor=actor)
    outcome = _change_tags(
        user_id,
        add=tag_name,
        tagged=(actor, iso_utc(now)),
        also=[audit.put_operation(audit_item), history.put_operation(entry)],
    )
    if outcome == customer_tags.GONE:
        raise NotFound(f"顧客 {user_id} が見つかりません")
    # UNCHANGED: already tagged, nothing changes, nothing to audit
    return customer_tags.tags_of(user_id)


def untag(user_id: str, tag_name: str, actor: str) -> list[str]:
    now = now_utc()
    audit_item = audit.entry(audit.subject("customer", user_id), "untagged", actor, now, {"tag": tag_name})
    entry = history.entry(user_id, "tag", f"タグ「{tag_name}」を削除", {"tag": tag_name}, now, actor=actor)
    outcome = _change_tags(
        user_id, remove=tag_name, also=[audit.put_operation(audit_item), history.put_operation(entry)]
    )
    if outcome == customer_tags.GONE:
        raise NotFound(f"顧客 {user_id} が見つかりません")
    if outcome == customer_tags.UNCHANGED:
        raise NotFound(f"顧客 {user_id} にタグ「{tag_name}」はありません")
    return customer_tags.tags_of(user_id)


def tag_catalogue() -> list[dict[str, Any]]:
    return [{"tag": name, "count": count} for name, count in customer_tags.catalogue().items()]


def rename_tag(old: str, new: str | None, actor: str) -> dict[str, Any]:
    """Rename a tag for every customer who has it (`new` None: delete it from everyone). Audited on
    the tag (counts only, no user id) and recorded in each customer's timeline."""
    members = customer_tags.members(old)
    if not members:
        raise NotFound(f"タグ「{old}」はどの顧客にもありません")
    if new == old:
        return {"tag": old, "count": len(members)}
    now = now_utc()
    action, text = (
        ("renamed", f"タグ「{old}」を「{new}」に変更") if new else ("deleted", f"タグ「{old}」を削除")
    )
    # Customers a batch per transaction (dal.customer_tags.rename): each exactly right at every
    # moment, and a run stopped halfway is finished by running it again (the customers still
    # under the old name are the tag's members).
    try:
        customer_tags.rename(
            old,
            new,
            members,
            lambda member: [
                history.put_operation(
                    history.entry(
                        member.user_id, "tag", text, {"tag": old, "renamed_to": new}, now, actor=actor
                    )
                )
            ],
        )
    except customer_tags.KeptChanging:
        raise Busy("同時に更新されました。もう一度お試しください") from None
    subject_item = audit.entry(
        audit.subject("tag", old), action, actor, now, {"renamed_to": new, "customers": len(members)}
    )
    transact([audit.put_operation(subject_item)])
    return {"tag": new or old, "count": len(members)}


# --- CSV export ----------------------------------------------------------------------------

CSV_COLUMNS = (
    ("user_id", "ユーザーID"),
    ("name", "氏名"),
    ("name_kana", "フリガナ"),
    ("display_name", "LINE表示名"),
    ("phone", "電話番号"),
    ("email", "メールアドレス"),
    ("birthday", "誕生日"),
    ("gender", "性別"),
    ("age", "年齢"),
    ("tags", "タグ"),
    ("memo", "好み・メモ"),
    ("blocked", "ブロック"),
    ("followed_at", "友だち追加日時"),
)
_GENDERS = {"male": "男性", "female": "女性", "unknown": "回答しない"}


def _survey_columns() -> list[SurveyQuestion]:
    """The アンケート's questions, one CSV column each (after the record's columns)."""
    from linecrm.dal import survey_questions
    from linecrm.domain import surveys

    return surveys.ordered(survey_questions.list_all())


def export_csv(criteria: CustomerFilter) -> str:
    """Every customer the list's filters match, as CSV text (the caller adds the BOM): one row per
    customer, the record fields and tags ("、"-separated). Pages through the list; the tags are
    on each customer item (dal.customer_tags keeps them there)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    questions = _survey_columns()
    writer.writerow([label for _, label in CSV_COLUMNS] + [f"アンケート: {q.text}" for q in questions])
    cursor: str | None = None
    while True:  # the export's own pages are larger than the list's: fewer Scan calls
        found, cursor = customer_list.page(criteria, today_jst(), EXPORT_PAGE, cursor)
        for customer in map(shown, found):
            row = {k: getattr(customer, k) for k, _ in CSV_COLUMNS}
            row["age"] = customer.age_today
            row["tags"] = "、".join(customer.tags)
            row["gender"] = _GENDERS.get(customer.gender or "", "")
            row["blocked"] = "はい" if customer.blocked else ""
            writer.writerow(
                ["" if row[k] is None else str(row[k]) for k, _ in CSV_COLUMNS]
                + [customer.survey.get(q.question_id, "") for q in questions]
            )
        if not cursor:
            return out.getvalue()
