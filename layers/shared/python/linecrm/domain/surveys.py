"""アンケート (surveys), as pure rules: the questions staff define, the order the bot asks them in,
the LINE messages that ask them, and what a tapped answer means.

A question has 2–13 choices (LINE shows at most 13 quick-reply buttons), each at most 20
characters (a quick-reply label's limit). The bot asks one question at a time, the customer's
first unanswered one in `position` order; each choice is a postback button
(`action=survey&q=<question_id>&c=<choice number>`) that shows the choice as the customer's message:
an answer needs no conversation state, so a survey left half-way never blocks registration,
「退会」 or anything else the customer writes. Answers live on the customer item as the map
`survey` {question_id: choice text}; answering again replaces the answer.

dal.survey_questions reads and writes `SurveyQuestion` records (the stored item stays inside dal/).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

ACTION = "survey"
KEYWORDS = frozenset({"アンケート", "あんけーと", "アンケートに答える"})
MAX_CHOICES = 13  # LINE: quick-reply items per message
MAX_CHOICE_LENGTH = 20  # LINE: a quick-reply action's label
MAX_QUESTIONS = 20
QUESTION_ID_PATTERN = r"^q[0-9a-f]{8}$"

INTRO = "アンケートにご協力ください（全{count}問）。"
ALL_ANSWERED = "アンケートにはすべてご回答いただいています。ありがとうございます!"
NONE_OPEN = "現在お願いしているアンケートはありません。"
THANKS = "アンケートへのご回答ありがとうございました!"
AFTER_REGISTRATION = "よろしければ、アンケートにもご協力ください。"
NOT_REGISTERED = "アンケートはご登録のあとにお願いしています。"
STALE = "このアンケートの質問は変更されました。最新の質問にお答えください。"


@dataclass(frozen=True)
class SurveyQuestion:
    """A question as stored: asked in `position` order (then by creation) while `active`; `version`
    is what an edit or a deletion is conditioned on."""

    question_id: str
    text: str
    choices: tuple[str, ...]
    position: int = 0
    active: bool = True
    version: int = 1
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None


def new_question_id() -> str:
    return "q" + secrets.token_hex(4)


def ordered(questions: Iterable[SurveyQuestion]) -> list[SurveyQuestion]:
    return sorted(questions, key=lambda q: (q.position, q.created_at or "", q.question_id))


def asked(questions: Iterable[SurveyQuestion]) -> list[SurveyQuestion]:
    """The questions the bot asks, in order (inactive ones are kept but not asked)."""
    return [q for q in ordered(questions) if q.active]


def next_question(
    questions: Iterable[SurveyQuestion], answers: Mapping[str, Any] | None
) -> SurveyQuestion | None:
    """The first asked question the customer has not answered, or None."""
    answers = answers or {}
    return next((q for q in asked(questions) if q.question_id not in answers), None)


def ask(question: SurveyQuestion, prefix: str | None = None) -> dict[str, Any]:
    """The LINE text message asking `question`, its choices as postback quick replies."""
    text = f"{prefix}\n{question.text}" if prefix else question.text
    return {
        "type": "text",
        "text": text,
        "quickReply": {
            "items": [
                {
                    "type": "action",
                    "action": {
                        "type": "postback",
                        "label": choice,
                        "data": f"action={ACTION}&q={question.question_id}&c={n}",
                        "displayText": choice,
                    },
                }
                for n, choice in enumerate(question.choices)
            ]
        },
    }


def answer_of(questions: Iterable[SurveyQuestion], params: Mapping[str, str]) -> tuple[str, str] | None:
    """(question id, choice text) a postback names, or None when the question is gone or inactive
    or the choice number is not one of its choices (a button from an older version)."""
    by_id = {q.question_id: q for q in asked(questions)}
    question = by_id.get(params.get("q", ""))
    number = params.get("c", "")
    if question is None or not number.isdigit() or int(number) >= len(question.choices):
        return None
    return question.question_id, question.choices[int(number)]
