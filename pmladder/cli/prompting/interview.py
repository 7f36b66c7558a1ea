"""The interactive assess run: which ladder, resume or start over, the questions, saving after each answer."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pmladder.errors import PmladderError
from pmladder.feedback import SELF, Who, session_key
from pmladder.i18n import param_text, t
from pmladder.process import is_tty
from pmladder.safetext import inert

if TYPE_CHECKING:
    from contextlib import ExitStack

    from rich.console import Console

    from pmladder import session
    from pmladder.cli.prompting import Saver
    from pmladder.i18n import Lang
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.answers import Answers
    from pmladder.model.ladder import Ladder
    from pmladder.questionnaire import State


@dataclass
class Words:
    """The language of this run's words: ``--lang``, else (once a session is resumed) the session's."""

    lang: Lang
    #: whether --lang was given (then a resumed session's language does not replace it)
    given: bool = False


@dataclass(frozen=True)
class Asked:
    """What to ask about, as the command line gives it."""

    ladder: str | None
    resume: bool = False
    restart: bool = False
    track: str | None = None
    target: str | None = None
    level_hint: str | None = None
    #: who answers about whom (--about, --as, --name); a resumed session's own when it names someone
    rated: Who = SELF


@dataclass(frozen=True)
class Interviewed:
    """A finished questionnaire: the ladder, the answers (with --target), the console it was asked on,
    and who answered about whom."""

    found: LoadedLadder
    answers: Answers
    console: Console
    rated: Who = SELF


def make_console(*, ui: bool = False) -> Console:
    """A console on stdout; for the questions (``ui``), on stderr when only stderr is the terminal.

    ``pmladder assess LADDER --format json > result.json`` asks its questions on the terminal and
    leaves nothing but the report in the file.
    """
    from rich.console import Console

    stderr = ui and not is_tty(sys.stdout) and is_tty(sys.stderr)
    return Console(highlight=False, soft_wrap=False, stderr=stderr)


def interview(asked: Asked, words: Words, *, stream: TextIO, held: ExitStack) -> Interviewed:
    """Ask until the questionnaire is complete; the session's lock is held in ``held`` until the run ends.

    ``words.lang`` becomes the resumed session's language unless --lang was given.
    """
    from pmladder import questionnaire, session
    from pmladder.cli import prompting
    from pmladder.model.answers import Answers
    from pmladder.rules.answers import check_options

    console = make_console(ui=True)
    session_file: Path | None
    resumed: session.Session | None
    if asked.resume:
        found, session_file, resumed = _resumed(asked, words, held)
    else:
        found, session_file, resumed = _fresh(asked, words, console, stream, held)
    ladder, lang = found.ladder, words.lang
    rated = feedback_of(resumed) if resumed is not None else asked.rated
    frame = prompting.frame_of(rated)
    check_options(ladder, track=asked.track, target=asked.target, level_hint=asked.level_hint)
    if resumed is not None and session_file is not None:
        state = session.resume(resumed, ladder, found.sha256, session_file)
    else:
        answers = Answers(ladder=ladder.id, track=asked.track, target=asked.target, level_hint=asked.level_hint)
        state = questionnaire.start(ladder, answers)
        if asked.level_hint is None:
            state = prompting.choose_start(
                state, console=console, stream=stream, lang=lang, track=asked.track, frame=frame
            )
    # --resume without LADDER took the most recent session: say which others there are
    note = None
    if asked.resume and asked.ladder is None and session_file is not None:
        note = _other_sessions(session_file, lang)
    # b at the first question goes back to the start-level picker, limited to --track when given
    save = _saver(found, lang, rated)
    state = prompting.run(
        state, console=console, stream=stream, lang=lang, save=save, track=asked.track, note=note, frame=frame
    )
    final = state.answers
    if asked.target is not None:
        final = final.model_copy(update={"target": asked.target})
    return Interviewed(found, final, console, rated)


def feedback_of(saved: session.Session) -> Who:
    """Who a saved session is about (a session saved before the fields existed: an unnamed self-assessment)."""
    return Who(saved.role, saved.subject, saved.rater)


def _resumed(asked: Asked, words: Words, held: ExitStack) -> tuple[LoadedLadder, Path, session.Session]:
    """--resume: the session of LADDER, else the most recent one, locked, and its ladder."""
    from pmladder import session
    from pmladder.io.ladders import load_ladder
    from pmladder.rules.answers import check_resume

    check_resume(track=asked.track, level_hint=asked.level_hint)
    named = load_ladder(asked.ladder) if asked.ladder is not None else None
    session_file = session.find_session(session_key(named.ladder.id, asked.rated) if named is not None else None)
    # a second run of the same ladder is refused (exit 3); the session is looked up again once the
    # lock is ours, since the run that held it may have finished it
    held.enter_context(session.locked(session_file.stem))
    session_file = session.find_session(session_file.stem)
    resumed = session.load_session(session_file)
    if not words.given:
        words.lang = resumed.lang
    found = named if named is not None else _ladder_of(resumed, session_file)
    return found, session_file, resumed


def _fresh(
    asked: Asked, words: Words, console: Console, stream: TextIO, held: ExitStack
) -> tuple[LoadedLadder, Path | None, session.Session | None]:
    """A new run: the ladder (picked when not named), locked; an unfinished session of it is offered."""
    from pmladder import session
    from pmladder.io.ladders import load_ladder

    lang = words.lang
    name = asked.ladder if asked.ladder is not None else pick_ladder(console, stream, lang)
    found = load_ladder(name)
    key = session_key(found.ladder.id, asked.rated)  # one session per ladder, person rated and role
    held.enter_context(session.locked(key))  # a second run of the same ladder and person: exit 3
    if asked.restart:
        session.delete_session(key)
    existing = session.session_path(key)
    if existing.is_file() and _continue_existing(console, stream, lang, existing, found.ladder):
        return found, existing, session.load_session(existing)
    return found, None, None


def _saver(found: LoadedLadder, lang: Lang, rated: Who) -> Saver:
    """What runs after every answer: the session saved atomically (removed once every answer is undone)."""
    from datetime import UTC, datetime

    from pmladder import session

    key = session_key(found.ladder.id, rated)

    def save(current: State) -> Path:
        if not current.history:  # every answer undone (b): nothing to resume, so no session is kept
            session.delete_session(key)
            return session.session_path(key)
        record = session.to_session(
            current, ladder_source=found.source, ladder_sha256=found.sha256, answered_in=lang, now=datetime.now(UTC)
        )
        who = {"subject": rated.subject, "role": rated.role, "rater": rated.rater}
        return session.save_session(record.model_copy(update=who), session.session_path(key))

    return save


def finished(ladder: Ladder, rated: Who = SELF) -> None:
    """The session of a finished questionnaire is removed (its result is saved instead)."""
    from pmladder import session

    session.delete_session(session_key(ladder.id, rated))


def _other_sessions(current: Path, lang: Lang) -> str | None:
    """One line naming the other unfinished assessments, most recent first, each with the command that
    continues it (``--resume`` without LADDER takes the most recent one); None when there are none."""
    from pmladder import session

    try:
        found = [p for p in session.sessions_dir().glob("*.json") if p.is_file() and p.name != current.name]
        found.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    except OSError:
        return None
    items = [_other_session(path, lang) for path in found]
    if not items:
        return None
    code = "assess.other-sessions-one" if len(items) == 1 else "assess.other-sessions"
    return t(code, lang, count=len(items), items=t("assess.and", lang).join(items))


def _other_session(path: Path, lang: Lang) -> str:
    """An unfinished assessment by its ladder's name, with the command that continues it."""
    import shlex

    from pmladder import session
    from pmladder.io.ladders import load_ladder
    from pmladder.paths import user_ladder_dir

    name, ladder = path.stem, path.stem
    try:
        saved = session.load_session(path, set_aside=False)
        source = saved.ladder_source
        if "/" in source or source.endswith((".yaml", ".yml")):
            file = Path(source)
            ladder = file.stem if file.parent == user_ladder_dir() else shlex.quote(source)
        else:
            ladder = source
        if saved.subject is not None:  # a rating of someone: the command names whom and in what role
            ladder += f" --about {shlex.quote(saved.subject)} --as {saved.role}"
        name = load_ladder(source).ladder.name.get(lang)
        if saved.subject is not None:
            name = t("feedback.session-about", lang, ladder=name, person=saved.subject)
    except PmladderError:
        pass  # a damaged session or a ladder that is gone: named by its id, resuming it says why
    return t("assess.other-session", lang, name=inert(name), ladder=inert(ladder))


def _ladder_of(saved: session.Session, path: Path) -> LoadedLadder:
    """The ladder a resumed session was saved with; when it is gone, say how to go on."""
    from pmladder.io.ladders import load_ladder

    try:
        return load_ladder(saved.ladder_source)
    except PmladderError as exc:
        exc.code, exc.params = "session.no-ladder", {"path": path, "problem": exc.msg}
        raise


def _continue_existing(console: Console, stream: TextIO, lang: Lang, path: Path, ladder: Ladder) -> bool:
    """Ask whether to continue an unfinished session of the same ladder (True) or start over."""
    from pmladder import session
    from pmladder.cli import prompting

    saved = session.load_session(path)
    answered = sum(1 for entry in saved.history if not entry.startswith(("skip:", "evidence:")))
    count = prompting.answers_count(answered)
    when = _local_time(saved.updated)
    name = inert(ladder.name.get(lang))
    console.print(t("assess.unfinished", lang, ladder=name, when=when, answers=count), markup=False)
    return prompting.ask_yes(
        t("assess.ask-continue", lang),
        console=console,
        stream=stream,
        lang=lang,
        yes="c",
        no="r",
        hint=t("assess.hint-continue", lang),
        stopped="stopped-kept",
    )


def _local_time(stamp: str) -> str:
    """A saved UTC timestamp as local ``YYYY-MM-DD HH:MM`` (as written when it cannot be read)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 moved into the local zone
        return stamp


def pick_ladder(console: Console, stream: TextIO, lang: Lang) -> str:
    """The picker of bundled and user ladders; a user ladder that validate rejects is marked, and
    picking it shows its first problem and asks again. Returns what to load."""
    from pmladder.cli import prompting
    from pmladder.ladder_menu import entries

    found = entries()
    choices: list[tuple[str, str]] = []
    refusals: list[str | None] = []
    for entry in found:
        detail, refusal = entry.detail, None
        if entry.invalid is not None:
            file = inert(entry.invalid)
            detail = f"{detail}  {t('assess.invalid-ladder', lang, file=file)}"
            problem = inert(param_text(entry.problem, lang) if entry.problem is not None else "")
            refusal = t("assess.invalid-picked", lang, problem=problem, file=file)
        choices.append((inert(param_text(entry.label, lang)), inert(detail)))
        refusals.append(refusal)
    picked = prompting.pick_ladder(choices, console=console, stream=stream, lang=lang, refusals=refusals)
    return found[picked].source
