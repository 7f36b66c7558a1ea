"""Scorecard files in the user data folder: unfinished sessions (locked, saved atomically) and saved results."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from pmladder import files
from pmladder.errors import BusyError, InputError, Msg, WriteError
from pmladder.model.scorecard_saved import SavedScorecard, ScorecardSession

#: how long after a period ends an assessment still counts as made for it (a review season)
REVIEW_DAYS = 92
#: at most this many saved results of one scorecard and period in one second (``-2`` … ``-999``)
MAX_SAME_SECOND = 999


def default_period(today: date) -> str:
    """The period a run scores when none is given: the half-year of ``today`` (``2026-H2`` from July)."""
    return f"{today.year}-H{1 if today.month <= 6 else 2}"


_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>0[1-9]|1[0-2])))?$")


def period_dates(period: str) -> tuple[date, date] | None:
    """The first and last day of a period label pmladder knows (``2026``, ``2026-H2``, ``2026-Q3``,
    ``2026-07``); None for any other label."""
    found = _PERIOD.match(period)
    if found is None:
        return None
    year = int(found["year"])
    first, months = 1, 12
    if found["half"]:
        first, months = (int(found["half"]) - 1) * 6 + 1, 6
    elif found["quarter"]:
        first, months = (int(found["quarter"]) - 1) * 3 + 1, 3
    elif found["month"]:
        first, months = int(found["month"]), 1
    end_month = first + months
    end = date(year + 1, 1, 1) if end_month > 12 else date(year, end_month, 1)
    return date(year, first, 1), end - timedelta(days=1)


def made_for(period: str, when: date) -> bool | None:
    """Whether something made on ``when`` belongs to ``period``: within it, or up to REVIEW_DAYS after it
    ends (None when the label has no dates pmladder knows)."""
    span = period_dates(period)
    if span is None:
        return None
    return span[0] <= when <= span[1] + timedelta(days=REVIEW_DAYS)


# ---- unfinished sessions ----------------------------------------------------------------------------


def sessions_dir() -> Path:
    """``<data>/sessions/scorecards``: apart from assess's sessions, which ``assess --resume`` lists."""
    from pmladder.paths import data_dir

    return data_dir() / "sessions" / "scorecards"


def session_path(scorecard: str) -> Path:
    return sessions_dir() / f"{scorecard}.json"


@contextlib.contextmanager
def locked(scorecard: str) -> Iterator[Path]:
    """Hold the lock of the unfinished session of ``scorecard`` until the block ends (a second run of the
    same scorecard: BusyError, exit 3); yields the session's path."""
    from pmladder.session import held

    lock = sessions_dir() / f".{scorecard}.lock"
    busy = lambda: BusyError("scorecard.session-busy", scorecard=scorecard, lock=lock)  # noqa: E731
    with held(lock, session_path(scorecard), busy) as target:
        yield target


def save_session(session: ScorecardSession) -> Path:
    """Write the session atomically (a reader sees the old one or the new one); WriteError when it cannot."""
    target = session_path(session.scorecard)
    files.write_atomic(target, session.model_dump_json(by_alias=True, indent=2) + "\n")
    return target


def load_session(path: Path) -> ScorecardSession:
    """A saved session; a damaged one is moved aside to ``<name>.damaged`` (never lost) and an InputError
    says where it went and what is wrong with it."""
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes

    try:
        return require(load_model(ScorecardSession, read_bytes(path), str(path)))
    except InputError as exc:
        try:
            kept = files.set_aside(path)
        except OSError:
            raise InputError("scorecard.session-damaged-in-place", problem=exc.msg, path=path) from None
        raise InputError("scorecard.session-damaged", problem=exc.msg, kept=kept) from None


def delete_session(scorecard: str) -> None:
    session_path(scorecard).unlink(missing_ok=True)


# ---- saved results ---------------------------------------------------------------------------------


def results_dir() -> Path:
    """``<data>/scorecard-results``, beside ``<data>/assessments`` (``pmladder history`` lists both)."""
    from pmladder.paths import data_dir

    return data_dir() / "scorecard-results"


def result_name(saved: SavedScorecard) -> str:
    """``<scorecard>-<period>-<local timestamp>`` (``industrial-value-2026-H2-20261202T181500``)."""
    stamp = re.sub(r"[^0-9T]", "", saved.created[:19])
    return f"{saved.scorecard}-{saved.period}-{stamp}"


def save_result(saved: SavedScorecard) -> Path:
    """Keep a scored period as JSON in the results folder; the name is created exclusively (a second
    result in the same second gets ``-2``…), so nothing saved is ever replaced."""
    text = saved.model_dump_json(by_alias=True, indent=2) + "\n"
    folder = results_dir()
    files.remove_stray_temps(folder)
    base = result_name(saved)
    names = [folder / f"{base}.json", *(folder / f"{base}-{n}.json" for n in range(2, MAX_SAME_SECOND + 1))]
    try:
        made = files.create_exclusive(names, text)
    except OSError as exc:
        where = next((name for name in names if not os.path.lexists(name)), names[0])
        raise WriteError("storage.cannot-write", path=where, reason=files.os_reason(exc)) from None
    if made is None:
        raise WriteError("storage.cannot-write", path=names[-1], reason=Msg("storage.all-taken", {"count": len(names)}))
    return made


def load_result(path: Path) -> SavedScorecard:
    """A saved scorecard result; a damaged file (or one of another kind) is an InputError at file:line:col."""
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes

    return require(load_model(SavedScorecard, read_bytes(path), str(path)))


def now() -> datetime:
    """The local time to the second (a saved result's ``created``)."""
    return datetime.now().astimezone().replace(microsecond=0)
