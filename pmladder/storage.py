"""Saved assessments in the user data folder (platformdirs, or $PMLADDER_HOME); atomic writes."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pmladder import files
from pmladder.errors import PmladderError, WriteError
from pmladder.i18n import Catalogue, message
from pmladder.io.models import load_model, require
from pmladder.io.reading import read_bytes
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Lang
from pmladder.paths import HOME_ENV as HOME_ENV  # re-exported
from pmladder.paths import data_dir as data_dir  # re-exported: callers import it from here

MESSAGES: Catalogue = {
    "cannot-write": {"en": "{path}: cannot write ({reason})", "zh": "{path}：无法写入（{reason}）"},
    "is-folder": {"zh": "这是一个文件夹，请给出文件名", "en": "it is a folder; give a file name"},
    "no-permission": {"zh": "没有写入权限", "en": "permission denied"},
    "all-taken": {
        "zh": "同一秒内的 {count} 个文件名都已被占用",
        "en": "all {count} names for the same second are taken",
    },
}


def os_reason(exc: OSError, lang: Lang) -> str:
    """Why a file cannot be written, in ``lang``: pmladder.process.reason, with words of its own where
    writing needs them (a folder where a file is wanted; no permission to write)."""
    import errno

    from pmladder import process

    if exc.errno == errno.EEXIST:  # mkdir of a folder where a file is
        return message(process.MESSAGES, "not-folder", lang)
    keys = {errno.EISDIR: "is-folder", errno.EACCES: "no-permission", errno.EPERM: "no-permission"}
    if exc.errno in keys:
        return message(MESSAGES, keys[exc.errno], lang)
    return process.reason(exc, lang)


def assessments_dir() -> Path:
    return data_dir() / "assessments"


def default_name(assessment: Assessment) -> str:
    """``<ladder>-<timestamp>.json`` with the timestamp made safe for file names (``20250301T093000``)."""
    stamp = re.sub(r"[^0-9T]", "", assessment.created[:19])  # the local date and time, without the offset
    return f"{assessment.ladder}-{stamp}.json"


def write_atomic(path: Path, text: str, lang: Lang = "en") -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half of it."""
    try:
        files.replace_atomic(path, text)
    except OSError as exc:
        raise WriteError(message(MESSAGES, "cannot-write", lang, path=path, reason=os_reason(exc, lang))) from None


#: at most this many saved assessments of one ladder in one second (``-2`` … ``-999``)
MAX_SAME_SECOND = 999


def save_assessment(assessment: Assessment, path: Path | None = None, lang: Lang = "en") -> Path:
    """Save as JSON (by alias, versioned schema) to ``path`` or to the data folder; returns the path.

    In the data folder the file is created exclusively: two assessments of the same ladder in the same
    second get ``-2``, ``-3``… rather than overwriting each other, also when two runs save at once.
    Temporary files left there by a run that was killed while saving are removed first.
    """
    text = assessment.model_dump_json(by_alias=True, indent=2) + "\n"
    if path is not None:
        write_atomic(path, text, lang)
        return path
    folder = assessments_dir()
    files.remove_stray_temps(folder)
    base = default_name(assessment).removesuffix(".json")
    names = [folder / f"{base}.json", *(folder / f"{base}-{n}.json" for n in range(2, MAX_SAME_SECOND + 1))]
    try:
        saved = files.create_exclusive(names, text)
    except OSError as exc:  # named as the file it was writing, never a saved one that was there already
        where = next((name for name in names if not os.path.lexists(name)), names[0])
        raise WriteError(message(MESSAGES, "cannot-write", lang, path=where, reason=os_reason(exc, lang))) from None
    if saved is None:
        taken = message(MESSAGES, "all-taken", lang, count=len(names))
        raise WriteError(message(MESSAGES, "cannot-write", lang, path=names[-1], reason=taken))
    return saved


def load_assessment(path: Path, lang: Lang = "en") -> Assessment:
    """Load a saved assessment; a damaged file is an InputError at ``file:line:col``."""
    return require(load_model(Assessment, read_bytes(path), str(path)))


def list_assessments() -> list[Path]:
    """Saved assessments in the data folder, oldest first (by modification time, then file name)."""
    folder = assessments_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.json"):
        if path.name.startswith("."):
            continue
        try:  # a dangling link, a link loop or a file removed meanwhile is not a saved assessment
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append((info.st_mtime_ns, path.name, path))
    return [path for _time, _name, path in sorted(found)]


@dataclass
class Previous:
    """The saved assessment that came before, and the damaged files skipped while looking for it."""

    assessment: Assessment | None = None
    path: Path | None = None
    #: one error per saved file that could not be read (its message starts with file:line:col)
    damaged: list[PmladderError] = field(default_factory=list)


def find_previous(
    current: Assessment,
    paths: Iterable[Path] | None = None,
    *,
    exclude: Path | None = None,
    lang: Lang = "en",
) -> Previous:
    """The most recent saved assessment of ``current.ladder`` created no later than ``current``.

    ``paths`` defaults to the saved assessments in the data folder; only files named the way
    ``save_assessment`` names them for this ladder are looked at, ``exclude`` (the file of ``current``
    itself, when it is already saved) never. Files are read newest first by the time in their name and
    reading stops once no older name can hold a later assessment (names are local time; creation
    times carry their offset). A damaged file is skipped and reported in ``damaged``, never raised.
    """
    from pmladder import progress

    named = []
    for path in list_assessments() if paths is None else paths:
        key = progress.saved_name(path.name, current.ladder)
        if key is not None and (exclude is None or path.resolve() != exclude.resolve()):
            named.append((key, path))
    named.sort(reverse=True)
    found = Previous()
    best: tuple[Assessment, progress.SavedName] | None = None
    for key, path in named:
        if best is not None and key.stamp < best[1].stamp - progress.OFFSET_SPREAD:
            break
        try:
            saved = load_assessment(path, lang)
        except PmladderError as exc:
            found.damaged.append(exc)
            continue
        if progress.is_candidate(saved, current) and (best is None or progress.newer((saved, key), best)):
            best, found.path = (saved, key), path
    found.assessment = best[0] if best is not None else None
    return found
