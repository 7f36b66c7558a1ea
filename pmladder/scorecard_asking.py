"""The interactive scorecard as data: the questions of a period, typed answers read by pure functions, the state."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from pmladder.errors import PmladderError
from pmladder.model.scorecard import (
    Award,
    ByRaters,
    Entry,
    Kpi,
    NotApplicable,
    Pool,
    ProfitShare,
    Rating,
    Recognition,
    Scorecard,
    ScorecardValues,
    Section,
    Text,
)
from pmladder.scorecard_values import Reading, read_entry, read_fact, read_number

QuestionKind = Literal["kpi", "fact", "milestone"]
#: the longest reason an ``na`` may give (a values file allows more; a typed line is kept short)
MAX_REASON = 300


@dataclass(frozen=True)
class Question:
    """One thing to ask: a KPI's value, a fact an incentive rule needs, or whether a milestone was reached.

    ``key`` (``kpi:renewal``, ``fact:team-share``, ``reached:innovation-award``) is what the session's
    history records. ``path`` names the sections above a KPI; ``rule`` the rule a fact or milestone is for.
    """

    kind: QuestionKind
    id: str
    kpi: Kpi | None = None
    path: tuple[Text, ...] = ()
    rule_name: Text | None = None
    #: a fact: ``basis`` (an amount, ``of`` says of what) or ``share`` (this person's share, in percent)
    fact_role: Literal["basis", "share"] | None = None
    of: Text | None = None
    milestone: Text | None = None

    @property
    def key(self) -> str:
        return f"{'reached' if self.kind == 'milestone' else self.kind}:{self.id}"


def _kpi_questions(sections: list[Section], path: tuple[Text, ...] = ()) -> list[Question]:
    found: list[Question] = []
    for section in sections:
        here = (*path, section.name)
        found += [Question("kpi", kpi.id, kpi=kpi, path=here) for kpi in section.kpis]
        found += _kpi_questions(section.sections, here)
    return found


def questions(card: Scorecard, stage: str | None) -> list[Question]:
    """Every question of a period, in order: the KPIs scored in ``stage`` (file order), then the facts the
    pools and profit shares of that stage need, then the milestones of its awards and recognitions."""
    found = _kpi_questions(card.sections_of(stage))
    rules = [r for r in card.incentives if not r.stages or stage in r.stages]
    facts: dict[str, Question] = {}
    for rule in rules:
        if isinstance(rule, Pool | ProfitShare):
            for role, fact in (("basis", rule.basis_fact), ("share", rule.share_fact)):
                if fact is not None and fact not in facts:
                    facts[fact] = Question("fact", fact, rule_name=rule.name, fact_role=role, of=rule.of)  # type: ignore[arg-type]
    found += facts.values()
    found += [
        Question("milestone", r.id, rule_name=r.name, milestone=r.milestone)
        for r in rules
        if isinstance(r, Award | Recognition) and r.milestone is not None
    ]
    return found


# ---- reading a typed line ----------------------------------------------------------------------------

_NA = re.compile(r"^(?:na|n/a)(?:\s*[:：,，]\s*|\s+|$)(?P<reason>.*)$", re.IGNORECASE | re.DOTALL)
_RATER = re.compile(r"(?P<rater>[A-Za-z0-9][A-Za-z0-9_-]*)\s*[=:：]\s*(?P<value>[^\s,，;；]+)")


@dataclass(frozen=True)
class NeedsReason:
    """``na`` typed alone: the reason is asked next."""


def _normal(line: str) -> str:
    """A typed line with full-width digits, signs and letters made ASCII (８５％ is 85%)."""
    return unicodedata.normalize("NFKC", line).strip()


def read_typed(kpi: Kpi, line: str, reading: Reading) -> Entry | NeedsReason:
    """A typed answer for ``kpi``: a number in its unit, ``na`` with a reason, or per-rater scores.

    ``85%`` is always a percent; a bare ``85`` or ``0.85`` only as the template's ``percent_input`` says.
    ``na`` alone asks for the reason (``NeedsReason``); ``na: no customers yet`` gives it. A rating with
    raters takes one score or ``sales=4 rd=3.5``. Raises a PmladderError with a ``scorecard.value-*``
    code, the words the values file gets too.
    """
    text = _normal(line)
    # the reason is kept as typed (NFKC would turn the Chinese ，：（） into ASCII punctuation)
    na = _NA.match(line.strip()) or _NA.match(text)
    if na is not None:
        reason = na.group("reason").strip()[:MAX_REASON]
        return NotApplicable(na=reason) if reason else NeedsReason()
    if isinstance(kpi.target, Rating) and kpi.target.raters and _RATER.search(text):
        by = {m.group("rater"): m.group("value") for m in _RATER.finditer(text)}
        entry = ByRaters(by={rater: float(read_number(kpi, value, reading)) for rater, value in by.items()})
        read_entry(kpi, entry, reading)  # an unknown rater is refused here
        return entry
    value = read_number(kpi, text, reading)
    # kept as a values file would write it: a percent with its sign, so that it reads the same whatever
    # percent_input says
    return f"{value:g}%" if kpi.unit in ("percent", "change") else value


def read_reason(line: str) -> NotApplicable | None:
    """The reason typed after ``na`` (None when the line is empty)."""
    reason = line.strip()[:MAX_REASON]
    return NotApplicable(na=reason) if reason else None


def read_fact_line(line: str) -> float | None:
    """A fact as typed (an amount, or a share in percent: ``10`` or ``10%``); None: left out (Enter)."""
    text = _normal(line)
    return None if not text else read_fact(text)


_YES = frozenset({"y", "yes", "是", "是的", "达成", "1"})
_NO = frozenset({"", "n", "no", "否", "没有", "未达成", "0"})


def read_yes_no(line: str) -> bool | None:
    """Whether a milestone was reached (Enter: no); None when the line is neither."""
    text = _normal(line).lower()
    return True if text in _YES else False if text in _NO else None


# ---- the state -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answers:
    """What was entered so far, and in which order (``history``: question keys, oldest first)."""

    values: dict[str, Entry]
    facts: dict[str, float]
    milestones: dict[str, bool]
    history: tuple[str, ...] = ()

    @staticmethod
    def empty() -> Answers:
        return Answers({}, {}, {})


def next_question(asked: list[Question], answers: Answers) -> Question | None:
    """The first question not answered yet (None: every one is)."""
    done = set(answers.history)
    return next((q for q in asked if q.key not in done), None)


def answer(answers: Answers, question: Question, value: Entry | float | bool | None) -> Answers:
    """``answers`` with ``value`` for ``question`` (a fact left out is None) recorded last in the history."""
    history = (*answers.history, question.key)
    if question.kind == "kpi":
        assert value is not None and not isinstance(value, bool)
        return replace(answers, values={**answers.values, question.id: value}, history=history)
    if question.kind == "fact":
        facts = dict(answers.facts)
        if isinstance(value, float | int) and not isinstance(value, bool):
            facts[question.id] = float(value)
        else:
            facts.pop(question.id, None)
        return replace(answers, facts=facts, history=history)
    return replace(answers, milestones={**answers.milestones, question.id: bool(value)}, history=history)


def back(answers: Answers) -> tuple[Answers, str | None]:
    """The last answer undone; returns the new answers and the key undone (None: nothing to undo)."""
    if not answers.history:
        return answers, None
    last = answers.history[-1]
    kind, _, ident = last.partition(":")
    values, facts, milestones = dict(answers.values), dict(answers.facts), dict(answers.milestones)
    if kind == "kpi":
        values.pop(ident, None)
    elif kind == "fact":
        facts.pop(ident, None)
    else:
        milestones.pop(ident, None)
    return Answers(values, facts, milestones, answers.history[:-1]), last


def fits(asked: list[Question], answers: Answers, card: Scorecard) -> PmladderError | None:
    """Whether saved answers still fit the template: every key one of its questions, every value readable."""
    known = {q.key: q for q in asked}
    for key in answers.history:
        if key not in known:
            return PmladderError("scorecard.session-misfit", key=key)
    for kpi in (q.kpi for q in asked if q.kpi is not None):
        if kpi.id in answers.values:
            try:
                read_entry(kpi, answers.values[kpi.id], card.scoring.percent_input)
            except PmladderError as error:
                return PmladderError("scorecard.session-misfit-value", kpi=kpi.id, problem=error.msg)
    return None


def to_values(card: Scorecard, period: str, stage: str | None, answers: Answers) -> ScorecardValues:
    """The answers as a values file holds them (read then by the same code as ``--values FILE``)."""
    data: dict[str, object] = {
        "schema": "pmladder/scorecard-values@1",
        "scorecard": card.id,
        "period": period,
        "values": {
            kpi: value.model_dump() if isinstance(value, NotApplicable | ByRaters) else value
            for kpi, value in answers.values.items()
        },
        "facts": dict(answers.facts),
        "reached": [rule for rule, reached in answers.milestones.items() if reached],
    }
    if stage is not None:
        data["stage"] = stage
    return ScorecardValues.model_validate(data)
