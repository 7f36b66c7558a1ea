"""The interactive scorecard run: the session locked, continued or started (stage, period), asked, saved often."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, TextIO

from pmladder.errors import InputError, UsageError
from pmladder.i18n import t

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import ExitStack
    from pathlib import Path

    from rich.console import Console

    from pmladder.cli.prompting.interview import Words
    from pmladder.model.scorecard_saved import ScorecardSession
    from pmladder.scorecard_asking import Answers
    from pmladder.scorecard_run import Overrides, Template


@dataclass(frozen=True)
class Period:
    """What the run scores: the period, the stage, the base pay (the command line's or the session's)."""

    period: str
    stage: str | None
    base_pay: float | None


@dataclass(frozen=True)
class Entered:
    """A finished interview: what was scored and the answers, and the console they were asked on."""

    period: Period
    answers: Answers
    console: Console


def again_command(found: Template) -> str:
    """The command that continues an unfinished period of this template."""
    return f"pmladder scorecard {shlex.quote(found.source)}"


def interview(found: Template, given: Overrides, words: Words, *, stream: TextIO, held: ExitStack,
              restart: bool, today: date) -> Entered:
    """Ask the period's values; the session's lock is held in ``held`` until the run ends. An unfinished
    period of the same template is offered first (continue or start over); a resumed run speaks the
    session's language unless --lang was given."""
    from pmladder import scorecard_store
    from pmladder.cli.prompting.interview import make_console
    from pmladder.cli.prompting.scorecard_questions import pick_stage, run
    from pmladder.scorecard_asking import Answers, fits, questions

    card = found.card
    console = make_console(ui=True)
    held.enter_context(scorecard_store.locked(card.id))  # a second run of the same scorecard: exit 3
    if restart:
        scorecard_store.delete_session(card.id)
    saved = _saved_session(found, given, words, console, stream)
    if saved is not None:
        period = Period(saved.period, saved.stage, given.base_pay if given.base_pay is not None else saved.base_pay)
        answers = Answers(dict(saved.values), dict(saved.facts), dict(saved.milestones), tuple(saved.history))
    else:
        stage = given.stage
        if stage is None and card.stages:
            stage = pick_stage(card, console=console, stream=stream, lang=words.lang)
        period = Period(given.period or scorecard_store.default_period(today), stage, given.base_pay)
        answers = Answers.empty()
    asked = questions(card, period.stage)
    problem = fits(asked, answers, card)
    if problem is not None:
        raise InputError("scorecard.session-unfit", problem=problem.msg, path=scorecard_store.session_path(card.id),
                         command=again_command(found) + " --restart")
    console.print(t("scorecard.ask.intro", words.lang, name=card.name.model_dump(), period=period.period), markup=False)
    save = _saver(found, period, words)
    answers = run(card, asked, answers, console=console, stream=stream, lang=words.lang, save=save,
                  again=again_command(found))
    return Entered(period, answers, console)


def _saved_session(
    found: Template, given: Overrides, words: Words, console: Console, stream: TextIO
) -> ScorecardSession | None:
    """The unfinished session of this template, when there is one and the user continues it."""
    from pmladder import scorecard_store
    from pmladder.cli.prompting.scorecard_questions import answered, ask_continue

    path = scorecard_store.session_path(found.card.id)
    if not path.is_file():
        return None
    saved = scorecard_store.load_session(path)
    lang = words.lang if words.given else saved.lang
    when = _local_time(saved.updated)
    note = t("scorecard.ask.unfinished", lang, name=found.card.name.model_dump(), period=saved.period, when=when,
             answers=answered(len(saved.history)))
    console.print(note, markup=False)
    keep = ask_continue(t("scorecard.ask.continue", lang), t("scorecard.ask.hint-continue", lang), console=console,
                        stream=stream, lang=lang)
    if not keep:
        scorecard_store.delete_session(found.card.id)
        return None
    if not words.given:
        words.lang = saved.lang
    for option, mine, theirs in (("--stage", given.stage, saved.stage), ("--period", given.period, saved.period)):
        if mine is not None and mine != theirs:
            command = f"{again_command(found)} --restart {option} {shlex.quote(mine)}"
            raise UsageError("scorecard.cli.session-differs", option=option, value=mine, saved=theirs or "—",
                             command=command)
    return saved


def _saver(found: Template, period: Period, words: Words) -> Callable[[Answers], Path]:
    """What runs after every answer: the session saved atomically (removed once every answer is undone)."""
    from pmladder import scorecard_store
    from pmladder.model.scorecard_saved import ScorecardSession

    def save(answers: Answers) -> Path:
        if not answers.history:
            scorecard_store.delete_session(found.card.id)
            return scorecard_store.session_path(found.card.id)
        session = ScorecardSession(
            scorecard=found.card.id, template_source=found.source, template_sha256=found.sha256,
            period=period.period, stage=period.stage, base_pay=period.base_pay, lang=words.lang,
            values=answers.values, facts=answers.facts, milestones=answers.milestones, history=list(answers.history),
            updated=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        return scorecard_store.save_session(session)

    return save


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):
        return stamp
