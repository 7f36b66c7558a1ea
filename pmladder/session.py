"""Unfinished interactive assessments: saved after every answer, resumed with ``pmladder assess --resume``."""

from __future__ import annotations

import contextlib
import shlex
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints

from pmladder import files
from pmladder.errors import BusyError, InputError, UsageError
from pmladder.files import sha256_of as sha256_of  # re-exported: callers import it from here
from pmladder.i18n import Catalogue, message
from pmladder.model.answers import MAX_ENTRIES, Answers
from pmladder.model.ladder import Frozen, Id, Ladder, Lang
from pmladder.questionnaire import State, check_answers

SESSION_SCHEMA: Final = "pmladder/session@1"

MESSAGES: Catalogue = {
    "none": {
        "zh": "没有可以继续的未完成自评（查找位置：{folder}）；开始一次新的自评：pmladder assess",
        "en": "no unfinished assessment to resume (looked in {folder}); start one with: pmladder assess",
    },
    "cannot-list": {
        "zh": "无法读取 {folder} 中的未完成自评（{reason}）",
        "en": "cannot read the unfinished assessments in {folder} ({reason})",
    },
    "none-for": {
        "zh": "职级体系 {ladder!r} 没有未完成的自评（查找位置：{folder}）；"
        "开始一次新的自评：pmladder assess {ladder}",
        "en": "no unfinished assessment of {ladder!r} to resume (looked in {folder}); "
        "start one with: pmladder assess {ladder}",
    },
    "changed": {
        "zh": "职级体系 {ladder!r} 在保存进度后已改变，未完成自评的答案不再适用（{problem}）；"
        "重新开始（丢弃这些答案）：pmladder assess {source} --restart，或删除 {path}",
        "en": "ladder {ladder!r} changed since the session was saved and its answers no longer fit "
        "({problem}); start again (the answers are discarded): pmladder assess {source} --restart, "
        "or delete {path}",
    },
    "unfit": {
        "zh": "未完成的自评 {path} 与职级体系 {ladder!r} 不符（{problem}）；"
        "重新开始（丢弃这些答案）：pmladder assess {source} --restart，或删除 {path}",
        "en": "the unfinished assessment {path} does not fit ladder {ladder!r} ({problem}); "
        "start again (the answers are discarded): pmladder assess {source} --restart, or delete {path}",
    },
    "damaged": {
        "zh": "{problem}；这次未完成的自评已另存为 {kept}（没有删除）；重新开始：pmladder assess {ladder}",
        "en": "{problem}; the unfinished assessment was kept as {kept} (nothing was deleted); "
        "start again with: pmladder assess {ladder}",
    },
    "damaged-in-place": {
        "zh": "{problem}；文件没有改动：{path}；重新开始：pmladder assess {ladder} --restart（会丢弃它）",
        "en": "{problem}; the file was left as it is: {path}; start again (it is discarded): "
        "pmladder assess {ladder} --restart",
    },
    "no-ladder": {
        "zh": "无法载入未完成自评 {path} 所用的职级体系（{problem}）；"
        "指明职级体系继续：pmladder assess LADDER --resume，或删除 {path}",
        "en": "the ladder of the unfinished assessment {path} cannot be loaded ({problem}); "
        "name the ladder to continue: pmladder assess LADDER --resume, or delete {path}",
    },
    "history": {
        "zh": "history[{index}]：{entry!r} 不是这个职级体系中的题目",
        "en": "history[{index}]: {entry!r} is not a question of this ladder",
    },
    "busy": {
        "zh": "职级体系 {ladder!r} 的未完成自评正被另一个 pmladder 使用（锁：{lock}）；"
        "请先在那边完成自评或按 q 退出，然后再试",
        "en": "the unfinished assessment of {ladder!r} is in use by another pmladder run (lock: {lock}); "
        "finish or quit (q) that run first, then try again",
    },
    "cannot-lock": {
        "zh": "无法锁定未完成的自评：{lock}：{reason}",
        "en": "cannot lock the unfinished assessment: {lock}: {reason}",
    },
    "other-ladder": {
        "zh": "{path} 保存的是职级体系 {saved!r} 的进度，不是 {ladder!r}",
        "en": "{path} holds a session of ladder {saved!r}, not {ladder!r}",
    },
}


class Session(Frozen):
    """An unfinished assessment: the answers so far and the order they were given in."""

    schema_: Literal["pmladder/session@1"] = Field(default=SESSION_SCHEMA, alias="schema")
    ladder: Id
    #: where the ladder was loaded from (a bundled ladder's id, or a file path)
    ladder_source: str
    ladder_sha256: str
    lang: Lang
    answers: Answers
    #: ``kind:id`` entries, oldest first (see questionnaire.State)
    history: list[Annotated[str, StringConstraints(max_length=200)]] = Field(
        default_factory=list, max_length=5 * MAX_ENTRIES
    )
    updated: str


def sessions_dir() -> Path:
    from pmladder.storage import data_dir

    return data_dir() / "sessions"


def session_path(ladder_id: str) -> Path:
    return sessions_dir() / f"{ladder_id}.json"


def lock_path(ladder_id: str) -> Path:
    """The lock file that every interactive run of ``ladder_id`` holds for as long as it runs."""
    return sessions_dir() / f".{ladder_id}.lock"


@contextlib.contextmanager
def locked(ladder_id: str, lang: Lang = "en") -> Iterator[Path]:
    """Hold the lock of the session of ``ladder_id`` until the block ends; yields the session's path.

    A second run of the same ladder gets a BusyError instead of silently replacing this run's answers.
    The lock is the operating system's, released by the kernel when the process ends, so a run that
    crashed never leaves it stuck. Once it is held, the temporary files of this session (left by a run
    killed while saving) and those of any other session whose writer is gone are removed.
    """
    from pmladder.storage import os_reason

    lock = lock_path(ladder_id)
    try:
        with files.exclusive_lock(lock):
            target = session_path(ladder_id)
            files.remove_stray_temps(target.parent, target=target.name)
            yield target
    except files.Busy:
        raise BusyError(message(MESSAGES, "busy", lang, ladder=ladder_id, lock=lock)) from None
    except OSError as exc:
        reason = os_reason(exc, lang)
        raise UsageError(message(MESSAGES, "cannot-lock", lang, lock=lock, reason=reason)) from None


def to_session(state: State, *, ladder_source: str, ladder_sha256: str, lang: Lang, now: datetime) -> Session:
    return Session(
        ladder=state.ladder.id,
        ladder_source=ladder_source,
        ladder_sha256=ladder_sha256,
        lang=lang,
        answers=state.answers,
        history=list(state.history),
        updated=now.astimezone(UTC).isoformat(timespec="seconds"),
    )


def save_session(session: Session, path: Path | None = None, lang: Lang = "en") -> Path:
    """Write the session atomically; a folder that cannot be written is a UsageError."""
    from pmladder.storage import write_atomic

    target = path or session_path(session.ladder)
    write_atomic(target, session.model_dump_json(by_alias=True, indent=2) + "\n", lang)
    return target


def load_session(path: Path, lang: Lang = "en", *, set_aside: bool = True) -> Session:
    """Read a saved session; a damaged file is an InputError at file:line:col (message in ``lang``).

    A damaged session is never lost: with ``set_aside`` it is moved to ``<name>.damaged`` (so that a
    new assessment can start without deleting its answers) and the message says where it is.
    """
    from pmladder.io.models import load_model, require
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
            hint = message(MESSAGES, "damaged-in-place", lang, problem=exc.text(lang), ladder=ladder, path=inert(path))
        else:  # the command that lists every problem names the file where it now is
            moved = f"pmladder validate {shlex.quote(str(path))}"
            problem = exc.text(lang).replace(moved, f"pmladder validate {shlex.quote(str(kept))}")
            hint = message(MESSAGES, "damaged", lang, problem=problem, ladder=ladder, kept=inert(kept))
        raise InputError(hint) from None


def find_session(ladder_id: str | None, lang: Lang) -> Path:
    """The session of ``ladder_id``, or the most recently saved one; UsageError when there is none."""
    folder = sessions_dir()
    if ladder_id is not None:
        path = session_path(ladder_id)
        if not path.is_file():
            _names(folder, lang)  # a folder that cannot be read says why
            raise UsageError(message(MESSAGES, "none-for", lang, ladder=ladder_id, folder=folder))
        return path
    found = []
    for path in (folder / name for name in _names(folder, lang) if name.endswith(".json")):
        try:  # a dangling link, a link loop or a session removed meanwhile is skipped
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and not path.name.startswith("."):
            found.append((info.st_mtime, path.name, path))
    if not found:
        raise UsageError(message(MESSAGES, "none", lang, folder=folder))
    return max(found)[2]


def _names(folder: Path, lang: Lang) -> list[str]:
    """The names in the sessions folder (none when there is no such folder); a UsageError that says why
    it cannot be read (no permission, a symbolic link loop, a file where a folder should be)."""
    import os

    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries)
    except FileNotFoundError:
        return []
    except OSError as exc:
        from pmladder.process import reason

        words = reason(exc, lang)
        raise UsageError(message(MESSAGES, "cannot-list", lang, folder=folder, reason=words)) from None


def delete_session(ladder_id: str) -> None:
    session_path(ladder_id).unlink(missing_ok=True)


def resume(session: Session, ladder: Ladder, ladder_sha256: str, path: Path, lang: Lang) -> State:
    """The questionnaire state of a saved session, checked against ``ladder`` before any question.

    A changed ladder is fine while the answers (and the order they were given in) still fit it;
    otherwise an InputError says how to start over. The check runs on every resume, not only when the
    ladder's digest changed: a session that does not fit would otherwise fail only at the very end.
    """
    if session.ladder != ladder.id:
        raise UsageError(
            message(MESSAGES, "other-ladder", lang, path=path, saved=session.ladder, ladder=ladder.id)
        )
    problem = misfit(session, ladder, lang)
    if problem is not None:
        key = "changed" if ladder_sha256 != session.ladder_sha256 else "unfit"
        source = shlex.quote(session.ladder_source)
        raise InputError(message(MESSAGES, key, lang, ladder=ladder.id, problem=problem, path=path, source=source))
    return State(ladder=ladder, answers=session.answers, history=tuple(session.history))


def misfit(session: Session, ladder: Ladder, lang: Lang) -> str | None:
    """The first way the session's answers or history do not fit ``ladder`` (None: it fits)."""
    from pmladder.model.ladder import ContraIndicator, SituationalQuestion

    issues = [i for i in check_answers(ladder, session.answers, None, lang=lang) if i.severity == "error"]
    if issues:
        return f"{issues[0].path}: {issues[0].message}" if issues[0].path else issues[0].message
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
            return message(MESSAGES, "history", lang, index=index, entry=entry)
    return None
