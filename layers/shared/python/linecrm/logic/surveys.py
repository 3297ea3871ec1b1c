"""アンケート: staff define questions (admin API), the bot asks them one at a time with quick
replies (chat feature: the keyword 「アンケート」, and after registration), answers are stored on
the customer (`survey` map). Rules: domain.surveys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from linecrm.dal import audit as audit_dal
from linecrm.dal import survey_answers, survey_questions
from linecrm.domain import surveys
from linecrm.domain.conversation import normalize
from linecrm.domain.conversation import text as text_message
from linecrm.domain.customers import Customer
from linecrm.domain.errors import Busy, Invalid, found
from linecrm.domain.surveys import SurveyQuestion
from linecrm.jst import iso_utc, now_utc
from linecrm.observability import logger, user_ref

# --- the chat (logic.chat_features) ---------------------------------------------------------

_KEYWORDS = frozenset(normalize(k) for k in surveys.KEYWORDS)


def on_text(user_id: str, customer: Customer, text: str, at: datetime) -> list[dict] | None:
    """「アンケート」: the customer's next unanswered question (registered customers only)."""
    if normalize(text) not in _KEYWORDS:
        return None
    if not customer.registered:
        return [text_message(surveys.NOT_REGISTERED)]
    questions = survey_questions.list_all()
    asked = surveys.asked(questions)
    if not asked:
        return [text_message(surveys.NONE_OPEN)]
    question = surveys.next_question(questions, customer.survey)
    if question is None:
        return [text_message(surveys.ALL_ANSWERED)]
    return [surveys.ask(question, surveys.INTRO.format(count=len(asked)))]


def on_postback(user_id: str, customer: Customer | None, params: dict[str, str], at: datetime) -> list[dict]:
    """A tapped choice: stored, then the next unanswered question (or thanks)."""
    if customer is None:  # withdrew (or never followed): nothing to store
        return []
    questions = survey_questions.list_all()
    answer = surveys.answer_of(questions, params)
    if answer is None:
        following = surveys.next_question(questions, customer.survey)
        return [surveys.ask(following, surveys.STALE)] if following else [text_message(surveys.STALE)]
    question_id, choice = answer
    if not survey_answers.record(user_id, question_id, choice):
        return []
    logger.info("survey answered", extra={"user": user_ref(user_id), "question_id": question_id})
    answers = {**customer.survey, question_id: choice}
    following = surveys.next_question(questions, answers)
    return [surveys.ask(following)] if following else [text_message(surveys.THANKS)]


def after_registration(
    customer: Customer, read_questions: Callable[[], list[SurveyQuestion]] | None = None
) -> list[dict]:
    """Appended to the registration's thanks: the first unanswered question, if any.
    `read_questions`: the questions' reader (logic.webhook_post reads them once for a POST)."""
    try:
        question = surveys.next_question((read_questions or survey_questions.list_all)(), customer.survey)
    except Exception as error:  # the thanks must go out whatever happens to the survey
        logger.warning("survey not asked", extra={"error": type(error).__name__})
        return []
    return [surveys.ask(question, surveys.AFTER_REGISTRATION)] if question else []


# --- staff (functions/admin_api/routes/surveys.py) --------------------------------------------


def list_questions() -> list[SurveyQuestion]:
    return surveys.ordered(survey_questions.list_all())


def _current(question_id: str) -> SurveyQuestion:
    return found(survey_questions.get(question_id), f"質問 {question_id} は存在しません")


def get(question_id: str) -> SurveyQuestion:
    return _current(question_id)


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    """What staff submit (text, choices, position, active) as the record holds it."""
    return {**data, "choices": tuple(data["choices"])}


def create(data: dict[str, Any], actor: str) -> SurveyQuestion:
    if len(survey_questions.list_all()) >= surveys.MAX_QUESTIONS:
        raise Invalid(f"質問は{surveys.MAX_QUESTIONS}問までです", field="text")
    question = SurveyQuestion(
        question_id=surveys.new_question_id(),
        **_fields(data),
        version=1,
        created_by=actor,
        created_at=iso_utc(now_utc()),
    )
    entry = audit_dal.entry(
        audit_dal.subject("survey", question.question_id), "created", actor, now_utc(), data
    )
    survey_questions.create(question, entry)
    return question


def update(question_id: str, data: dict[str, Any], actor: str) -> SurveyQuestion:
    current = _current(question_id)
    question = replace(
        current,
        **_fields(data),
        version=current.version + 1,
        updated_by=actor,
        updated_at=iso_utc(now_utc()),
    )
    changes = {k: v for k, v in data.items() if getattr(current, k) != getattr(question, k)}
    entry = audit_dal.entry(audit_dal.subject("survey", question_id), "updated", actor, now_utc(), changes)
    try:
        survey_questions.replace(question, current.version, entry)
    except survey_questions.Stale:
        raise Busy("ほかの人が同時に変更しました。もう一度お試しください") from None
    return question


def delete(question_id: str, actor: str) -> None:
    current = _current(question_id)
    entry = audit_dal.entry(audit_dal.subject("survey", question_id), "deleted", actor, now_utc())
    try:
        survey_questions.delete(question_id, current.version, entry)
    except survey_questions.Stale:
        raise Busy("ほかの人が同時に変更しました。もう一度お試しください") from None
