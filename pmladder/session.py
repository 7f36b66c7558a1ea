"""Unfinished interactive assessments: saved after every answer, resumed with ``pmladder assess --resume``."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Literal

from pydantic import Field

from pmladder.errors import InputError, UsageError
from pmladder.i18n import Catalogue, message
from pmladder.model.answers import Answers
from pmladder.model.ladder import Frozen, Id, Ladder, Lang
from pmladder.questionnaire import State, check_answers

SESSION_SCHEMA: Final = "pmladder/session@1"

MESSAGES: Catalogue = {
    "none": {
        "zh": "没有可以继续的未完成自评（查找位置：{folder}）；开始一次新的自评：pmladder assess",
        "en": "no unfinished assessment to resume (looked in {folder}); start one with: pmladder assess",
    },
    "none-for": {
        "zh": "职级体系 {ladder!r} 没有未完成的自评（查找位置：{folder}）；"
        "开始一次新的自评：pmladder assess {ladder}",
        "en": "no unfinished assessment of {ladder!r} to resume (looked in {folder}); "
        "start one with: pmladder assess {ladder}",
    },
    "changed": {
        "zh": "职级体系 {ladder!r} 在保存进度后已改变，已有的答案不再适用（{problem}）；"
        "删除 {path} 后重新开始：pmladder assess {ladder}",
        "en": "ladder {ladder!r} changed since the session was saved "
        "and the answers no longer fit ({problem}); delete {path} and start again: pmladder assess {ladder}",
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
    history: list[str] = Field(default_factory=list)
    updated: str


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def sessions_dir() -> Path:
    from pmladder.storage import data_dir

    return data_dir() / "sessions"


def session_path(ladder_id: str) -> Path:
    return sessions_dir() / f"{ladder_id}.json"


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


def load_session(path: Path, lang: Lang = "en") -> Session:
    """Read a saved session; a damaged file is an InputError at file:line:col (message in ``lang``)."""
    from pmladder.loader import load_model, read_bytes, require

    return require(load_model(Session, read_bytes(path, lang), str(path), lang), lang)


def find_session(ladder_id: str | None, lang: Lang) -> Path:
    """The session of ``ladder_id``, or the most recently saved one; UsageError when there is none."""
    folder = sessions_dir()
    if ladder_id is not None:
        path = session_path(ladder_id)
        if not path.is_file():
            raise UsageError(message(MESSAGES, "none-for", lang, ladder=ladder_id, folder=folder))
        return path
    found = (
        sorted(folder.glob("*.json"), key=lambda p: (p.stat().st_mtime, p.name)) if folder.is_dir() else []
    )
    if not found:
        raise UsageError(message(MESSAGES, "none", lang, folder=folder))
    return found[-1]


def delete_session(ladder_id: str) -> None:
    session_path(ladder_id).unlink(missing_ok=True)


def resume(session: Session, ladder: Ladder, ladder_sha256: str, path: Path, lang: Lang) -> State:
    """The questionnaire state of a saved session.

    A changed ladder is fine while the answers still fit it; otherwise an InputError says how to start over.
    """
    if session.ladder != ladder.id:
        raise UsageError(
            message(MESSAGES, "other-ladder", lang, path=path, saved=session.ladder, ladder=ladder.id)
        )
    if ladder_sha256 != session.ladder_sha256:
        issues = check_answers(ladder, session.answers, None, lang=lang)
        if issues:
            problem = f"{issues[0].path}: {issues[0].message}" if issues[0].path else issues[0].message
            raise InputError(message(MESSAGES, "changed", lang, ladder=ladder.id, problem=problem, path=path))
    return State(ladder=ladder, answers=session.answers, history=tuple(session.history))
