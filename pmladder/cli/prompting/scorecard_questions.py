"""The scorecard asked KPI by KPI on a terminal: target and unit shown, typed values read, saved after each answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from rich.console import Console

from pmladder.cli.prompting.prompter import Prompter, _numbered, _Quit, key
from pmladder.errors import InterruptedSession, Msg, PmladderError
from pmladder.i18n import param_text, t
from pmladder.model.ladder import Lang
from pmladder.model.scorecard import Kpi, Rating, Scorecard
from pmladder.render.wrap import CjkText
from pmladder.safetext import inert
from pmladder.scorecard_asking import (
    Answers,
    NeedsReason,
    Question,
    answer,
    back,
    next_question,
    read_fact_line,
    read_reason,
    read_typed,
    read_yes_no,
)

#: Called after every change with the answers so far; returns where they were saved.
Save = Callable[[Answers], Path]
BAR_WIDTH = 12


def _words(value: object, lang: Lang) -> str:
    """A bilingual name (``{zh, en}``), a message or a plain value in the run's language, made inert."""
    return inert(str(param_text(value, lang)))


def answered(count: int) -> Msg:
    return Msg("scorecard.ask.answers-one" if count == 1 else "scorecard.ask.answers", {"count": count})


def run(
    card: Scorecard,
    asked: list[Question],
    answers: Answers,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    save: Save,
    again: str,
) -> Answers:
    """Ask every question not answered yet and return the answers; ``save`` runs after every change.

    ``q``, Ctrl-C and end of input save what was entered and raise InterruptedSession naming ``again``
    (the command that continues); ``b`` undoes the last answer, ``?`` explains.
    """
    prompter = Prompter(console, stream, lang)
    if answers.history:
        count = answered(len(answers.history))
        prompter.show(t("scorecard.ask.resumed", lang, name=card.name.model_dump(), answers=count), "bold")
    prompter.show(t("scorecard.ask.keys", lang), "dim")
    try:
        while (question := next_question(asked, answers)) is not None:
            _header(prompter, asked, answers, question)
            answers, changed = _ask(prompter, card, question, answers)
            if changed:
                save(answers)
    except (_Quit, KeyboardInterrupt):
        console.print()
        if not answers.history:
            raise InterruptedSession("scorecard.ask.stopped-early") from None
        path = save(answers)
        raise InterruptedSession("scorecard.ask.saved-quit", path=path, answers=answered(len(answers.history)),
                                 command=again) from None
    prompter.show(t("scorecard.ask.done", lang, answers=answered(len(answers.history))), "bold")
    return answers


def _header(prompter: Prompter, asked: list[Question], answers: Answers, question: Question) -> None:
    lang = prompter.lang
    index = asked.index(question) + 1
    done = round(len(answers.history) / len(asked) * BAR_WIDTH)
    bar = "[" + "#" * done + "-" * (BAR_WIDTH - done) + "]"
    prompter.console.print()
    where = " › ".join(_words(name.model_dump(), lang) for name in question.path)
    prompter.show(t(f"scorecard.ask.header-{question.kind}", lang, index=index, total=len(asked), bar=bar,
                    where=where), "dim")


def _show(prompter: Prompter, card: Scorecard, question: Question) -> None:
    from pmladder.scorecard import describe_target

    lang = prompter.lang
    if question.kpi is not None:
        kpi = question.kpi
        prompter.show(_words(kpi.name.model_dump(), lang), "bold")
        if kpi.description is not None:
            prompter.show(_words(kpi.description.model_dump(), lang), "italic")
        target = _words(describe_target(kpi, card.currency), lang)
        prompter.show(t("scorecard.ask.target", lang, target=target, weight=kpi.weight))
    elif question.kind == "fact":
        rule = _words(question.rule_name.model_dump() if question.rule_name else "", lang)
        of = _words(question.of.model_dump() if question.of else "", lang)
        code = f"scorecard.ask.fact-{question.fact_role}"
        prompter.show(t(code, lang, rule=rule, of=of, currency=card.currency), "bold")
    else:
        rule = _words(question.rule_name.model_dump() if question.rule_name else "", lang)
        milestone = _words(question.milestone.model_dump() if question.milestone else "", lang)
        prompter.show(t("scorecard.ask.milestone", lang, rule=rule, milestone=milestone), "bold")


def _prompt(card: Scorecard, question: Question, lang: Lang) -> str:
    """The words before ``>``: what to type, the way the template reads it."""
    kpi = question.kpi
    if kpi is None:
        return t(f"scorecard.ask.prompt-{question.fact_role or question.kind}", lang)
    return t(f"scorecard.ask.prompt-{_kind_of_input(kpi, card)}", lang, **_scale(kpi))


def _kind_of_input(kpi: Kpi, card: Scorecard) -> str:
    if isinstance(kpi.target, Rating):
        return "rating-by" if kpi.target.raters else "rating"
    if kpi.unit in ("percent", "change"):
        reading = card.scoring.percent_input or "sign"
        return f"{kpi.unit}-{reading}"
    return "count" if kpi.unit == "count" else "number"


def _scale(kpi: Kpi) -> dict[str, object]:
    target = kpi.target
    if not isinstance(target, Rating):
        return {}
    raters = " ".join(f"{r.id}=…" for r in target.raters)
    return {"min": target.scale.min, "max": target.scale.max, "raters": raters}


def _ask(prompter: Prompter, card: Scorecard, question: Question, answers: Answers) -> tuple[Answers, bool]:
    """Show ``question`` and read until it gets a valid answer or a command; returns (answers, changed)."""
    _show(prompter, card, question)
    lang = prompter.lang
    while True:
        line = prompter.ask(_prompt(card, question, lang))
        command = key(line)
        if command == "q":
            raise _Quit
        if command == "?":
            prompter.show(t("scorecard.ask.help", lang))
            continue
        if command == "b":
            undone_answers, undone = back(answers)
            if undone is None:
                prompter.show(t("scorecard.ask.nothing-to-undo", lang), "yellow")
                continue
            prompter.show(t("scorecard.ask.undid", lang, what=_words(asked_name(card, undone), lang)), "dim")
            return undone_answers, True
        value = _read(prompter, card, question, line)
        if value is not _AGAIN:
            return answer(answers, question, value), True  # type: ignore[arg-type]


_AGAIN = object()


def _read(prompter: Prompter, card: Scorecard, question: Question, line: str) -> object:
    """The answer ``line`` gives (``_AGAIN`` after a one-line hint: asked again)."""
    lang = prompter.lang
    try:
        if question.kind == "fact":
            return read_fact_line(line)
        if question.kind == "milestone":
            reached = read_yes_no(line)
            if reached is None:
                prompter.show(t("scorecard.ask.hint-yes-no", lang), "yellow")
                return _AGAIN
            return reached
        assert question.kpi is not None
        if not line.strip():
            prompter.show(t("scorecard.ask.hint-empty", lang), "yellow")
            return _AGAIN
        value = read_typed(question.kpi, line, card.scoring.percent_input)
    except PmladderError as error:
        prompter.show(t(error.code, lang, **error.params), "yellow")
        return _AGAIN
    if isinstance(value, NeedsReason):
        return _reason(prompter)
    return value


def _reason(prompter: Prompter) -> object:
    """The reason a KPI does not apply (asked after ``na`` until one is given); b goes back to the value."""
    while True:
        line = prompter.ask(t("scorecard.ask.prompt-reason", prompter.lang))
        if key(line) == "q":
            raise _Quit
        if key(line) == "b":
            return _AGAIN
        reason = read_reason(line)
        if reason is not None:
            return reason
        prompter.show(t("scorecard.ask.hint-reason", prompter.lang), "yellow")


def asked_name(card: Scorecard, undone: str) -> object:
    """What an undone key was about: a KPI's or a rule's name (``{zh, en}``), else the fact's id."""
    kind, _, ident = undone.partition(":")
    if kind == "kpi":
        kpi = next((k for k in card.every_kpi() if k.id == ident), None)
        return kpi.name.model_dump() if kpi is not None else ident
    if kind == "reached":
        rule = next((r for r in card.incentives if r.id == ident), None)
        return rule.name.model_dump() if rule is not None else ident
    return ident


def pick_stage(card: Scorecard, *, console: Console, stream: TextIO, lang: Lang) -> str:
    """Which lifecycle stage the period is scored in (a template with stages, no --stage)."""
    prompter = Prompter(console, stream, lang)
    prompter.show(t("scorecard.ask.pick-stage", lang), "bold")
    for number, stage in enumerate(card.stages, 1):
        line = CjkText(_words(stage.name.model_dump(), lang), style="bold")
        if stage.description is not None:
            line.append("  " + _words(stage.description.model_dump(), lang), style="dim")
        _numbered(console, number, line)
    last = len(card.stages)
    try:
        while True:
            typed = key(prompter.ask(t("scorecard.ask.prompt-stage", lang, last=last)))
            if typed == "q":
                raise _Quit
            if typed.isdigit() and 1 <= int(typed) <= last:
                return card.stages[int(typed) - 1].id
            prompter.show(t("scorecard.ask.hint-stage", lang, last=last), "yellow")
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession("scorecard.ask.stopped-early") from None


def ask_continue(question: str, hint: str, *, console: Console, stream: TextIO, lang: Lang) -> bool:
    """Continue the unfinished period (Enter or c: True) or start over (r: False); q stops, keeping it."""
    prompter = Prompter(console, stream, lang)
    try:
        while True:
            typed = key(prompter.ask(question))
            if typed == "q":
                raise _Quit
            if typed in ("", "c"):
                return True
            if typed == "r":
                return False
            prompter.show(hint, "yellow")
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession("scorecard.ask.stopped-kept") from None
