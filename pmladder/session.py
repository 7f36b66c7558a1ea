"""Unfinished interactive assessments: saved after every answer, resumed with ``pmladder assess --resume``."""

from __future__ import annotations

import contextlib
import shlex
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from pmladder import files
from pmladder.errors import BusyError, InputError, Msg, UsageError
from pmladder.model.ladder import Ladder, Lang
from pmladder.model.session import SESSION_SCHEMA as SESSION_SCHEMA  # re-exported
from pmladder.model.session import Session as Session  # re-exported: callers import it from here
from pmladder.questionnaire import State


def sessions_dir() -> Path:
    from pmladder.paths import data_dir

    return data_dir() / "sessions"


def session_path(ladder_id: str) -> Path:
    return sessions_dir() / f"{ladder_id}.json"


def lock_path(ladder_id: str) -> Path:
    """The lock file that every interactive run of ``ladder_id`` holds for as long as it runs."""
    return sessions_dir() / f".{ladder_id}.lock"


@contextlib.contextmanager
def locked(ladder_id: str) -> Iterator[Path]:
    """Hold the lock of the session of ``ladder_id`` until the block ends; yields the session's path.

    A second run of the same ladder gets a BusyError instead of silently replacing this run's answers.
    The lock is the operating system's, released by the kernel when the process ends, so a run that
    crashed never leaves it stuck. Once it is held, the temporary files of this session (left by a run
    killed while saving) and those of any other session whose writer is gone are removed.
    """
    lock = lock_path(ladder_id)
    with held(lock, session_path(ladder_id), lambda: BusyError("session.busy", ladder=ladder_id, lock=lock)) as target:
        yield target


@contextlib.contextmanager
def held(lock: Path, target: Path, busy: Callable[[], BusyError]) -> Iterator[Path]:
    """Hold ``lock`` until the block ends and yield ``target``, a session file, with the temporary files of
    dead writers beside it removed; another run holding it raises ``busy()``, a lock that cannot be taken a
    UsageError (every kind of session: an assessment's, a scorecard's)."""
    from pmladder.files import os_reason

    try:
        with files.exclusive_lock(lock):
            files.remove_stray_temps(target.parent, target=target.name)
            yield target
    except files.Busy:
        raise busy() from None
    except OSError as exc:
        raise UsageError("session.cannot-lock", lock=lock, reason=os_reason(exc)) from None


def to_session(
    state: State, *, ladder_source: str, ladder_sha256: str, answered_in: Lang, now: datetime
) -> Session:
    """The session to save: the answers so far, and the language they are being given in (a resumed run
    speaks it again unless --lang says otherwise)."""
    return Session(
        ladder=state.ladder.id,
        ladder_source=ladder_source,
        ladder_sha256=ladder_sha256,
        lang=answered_in,
        answers=state.answers,
        history=list(state.history),
        updated=now.astimezone(UTC).isoformat(timespec="seconds"),
    )


def save_session(session: Session, path: Path | None = None) -> Path:
    """Write the session atomically; a folder that cannot be written is a WriteError."""
    from pmladder.files import write_atomic

    target = path or session_path(session.ladder)
    write_atomic(target, session.model_dump_json(by_alias=True, indent=2) + "\n")
    return target


def load_session(path: Path, *, set_aside: bool = True) -> Session:
    """Read a saved session; a damaged file is an InputError at file:line:col.

    A damaged session is never lost: with ``set_aside`` it is moved to ``<name>.damaged`` (so that a
    new assessment can start without deleting its answers) and the message says where it is.
    """
    from pmladder.io.models import load_model, replace_param, require
    from pmladder.io.reading import read_bytes
    from pmladder.safetext import inert

    raw = read_bytes(path)
    try:
        return require(load_model(Session, raw, str(path)))
    except InputError as exc:
        ladder = shlex.quote(path.stem)
        try:
            if not set_aside:
                raise OSError
            kept = files.set_aside(path)
        except OSError:
            hint = InputError("session.damaged-in-place", problem=exc.msg, ladder=ladder, path=inert(path))
        else:  # the command that lists every problem names the file where it now is
            moved = f"pmladder validate {shlex.quote(str(path))}"
            problem = replace_param(exc.msg, moved, f"pmladder validate {shlex.quote(str(kept))}")
            hint = InputError("session.damaged", problem=problem, ladder=ladder, kept=inert(kept))
        raise hint from None


def find_session(ladder_id: str | None) -> Path:
    """The session of ``ladder_id``, or the most recently saved one; UsageError when there is none."""
    folder = sessions_dir()
    if ladder_id is not None:
        path = session_path(ladder_id)
        if not path.is_file():
            _names(folder)  # a folder that cannot be read says why
            raise UsageError("session.none-for", ladder=ladder_id, folder=folder)
        return path
    found = []
    for path in (folder / name for name in _names(folder) if name.endswith(".json")):
        try:  # a dangling link, a link loop or a session removed meanwhile is skipped
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and not path.name.startswith("."):
            found.append((info.st_mtime, path.name, path))
    if not found:
        raise UsageError("session.none", folder=folder)
    return max(found)[2]


def _names(folder: Path) -> list[str]:
    """The names in the sessions folder (none when there is no such folder); a UsageError that says why
    it cannot be read (no permission, a symbolic link loop, a file where a folder should be)."""
    import os

    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries)
    except FileNotFoundError:
        return []
    except OSError as exc:
        from pmladder.process import why

        raise UsageError("session.cannot-list", folder=folder, reason=why(exc)) from None


def delete_session(ladder_id: str) -> None:
    session_path(ladder_id).unlink(missing_ok=True)


def resume(session: Session, ladder: Ladder, ladder_sha256: str, path: Path) -> State:
    """The questionnaire state of a saved session, checked against ``ladder`` before any question.

    A changed ladder is fine while the answers (and the order they were given in) still fit it;
    otherwise an InputError says how to start over. The check runs on every resume, not only when the
    ladder's digest changed: a session that does not fit would otherwise fail only at the very end.
    """
    if session.ladder != ladder.id:
        raise UsageError("session.other-ladder", path=path, saved=session.ladder, ladder=ladder.id)
    problem = misfit(session, ladder)
    if problem is not None:
        code = "session.changed" if ladder_sha256 != session.ladder_sha256 else "session.unfit"
        source = shlex.quote(session.ladder_source)
        raise InputError(code, ladder=ladder.id, problem=problem, path=path, source=source)
    return State(ladder=ladder, answers=session.answers, history=tuple(session.history))


def misfit(session: Session, ladder: Ladder) -> Msg | None:
    """The first way the session's answers or history do not fit ``ladder`` (None: it fits)."""
    from pmladder.model.ladder import ContraIndicator, SituationalQuestion
    from pmladder.rules.answers import check_answers, errors

    issues = errors(check_answers(ladder, session.answers))
    if issues:
        first = Msg(issues[0].code, issues[0].params)
        return Msg("session.misfit-at", {"path": issues[0].path, "problem": first}) if issues[0].path else first
    known = {
        "indicator": set(ladder.indicators()),
        "situational": {q.id for q in ladder.questions if isinstance(q, SituationalQuestion)},
        "contra": {q.id for q in ladder.questions if isinstance(q, ContraIndicator)},
        "skip": {c.id for c in ladder.competencies},
    }
    known["evidence"] = known["indicator"]
    for index, entry in enumerate(session.history):
        kind, _, key = entry.partition(":")
        if key not in known.get(kind, ()):
            return Msg("session.history", {"index": index, "entry": entry})
    return None
