"""Saved assessments in the user data folder (platformdirs, or $PMLADDER_HOME): kept, listed, the previous one found."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pmladder import files
from pmladder.errors import Msg, PmladderError, WriteError
from pmladder.files import os_reason as os_reason  # re-exported
from pmladder.files import write_atomic as write_atomic  # re-exported
from pmladder.model.assessment import Assessment
from pmladder.paths import HOME_ENV as HOME_ENV  # re-exported
from pmladder.paths import data_dir as data_dir  # re-exported: callers import it from here


def assessments_dir() -> Path:
    return data_dir() / "assessments"


def default_name(assessment: Assessment) -> str:
    """``<ladder>-<timestamp>.json`` with the timestamp made safe for file names (``20250301T093000``)."""
    stamp = re.sub(r"[^0-9T]", "", assessment.created[:19])  # the local date and time, without the offset
    return f"{assessment.ladder}-{stamp}.json"


#: at most this many saved assessments of one ladder in one second (``-2`` … ``-999``)
MAX_SAME_SECOND = 999


def save_assessment(assessment: Assessment, path: Path | None = None) -> Path:
    """Save as JSON (by alias, versioned schema) to ``path`` or to the data folder; returns the path.

    In the data folder the file is created exclusively: two assessments of the same ladder in the same
    second get ``-2``, ``-3``… rather than overwriting each other, also when two runs save at once.
    Temporary files left there by a run that was killed while saving are removed first.
    """
    text = assessment.model_dump_json(by_alias=True, indent=2) + "\n"
    if path is not None:
        write_atomic(path, text)
        return path
    folder = assessments_dir()
    files.remove_stray_temps(folder)
    base = default_name(assessment).removesuffix(".json")
    names = [folder / f"{base}.json", *(folder / f"{base}-{n}.json" for n in range(2, MAX_SAME_SECOND + 1))]
    try:
        saved = files.create_exclusive(names, text)
    except OSError as exc:  # named as the file it was writing, never a saved one that was there already
        where = next((name for name in names if not os.path.lexists(name)), names[0])
        raise WriteError("storage.cannot-write", path=where, reason=os_reason(exc)) from None
    if saved is None:
        taken = Msg("storage.all-taken", {"count": len(names)})
        raise WriteError("storage.cannot-write", path=names[-1], reason=taken)
    return saved


def load_assessment(path: Path) -> Assessment:
    """Load a saved assessment; a damaged file is an InputError at ``file:line:col``."""
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import read_bytes

    raw = read_bytes(path)
    fast = _as_written(raw)
    if fast is not None:
        return fast
    return require(load_model(Assessment, raw, str(path)))


#: JSON escapes that decode to a character the loader refuses in text (a control, a bidi override...)
_RISKY_ESCAPE = re.compile(r'\\[^"\\/nt]')


def _as_written(raw: bytes) -> Assessment | None:
    """A saved assessment read the quick way (JSON, ~0.5 ms instead of the loader's ~6 ms), when it is
    as pmladder writes it; None when the loader must read it (and say what is wrong with it).

    Only what the loader would accept is accepted here: UTF-8 without a control character or an escape
    that decodes to one, no key twice, within the loader's size, valid as the loader validates (strict).
    """
    import json

    from pydantic import ValidationError

    from pmladder.io.reading import CONTROL, MAX_BYTES

    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        found = dict(pairs)
        if len(found) != len(pairs):
            raise ValueError("a key twice")
        return found

    try:
        text = raw.decode("utf-8")
        if len(raw) > MAX_BYTES or CONTROL.search(text) or _RISKY_ESCAPE.search(text):
            return None
        data = json.loads(text, object_pairs_hook=unique)
        if not isinstance(data, dict):
            return None
        return Assessment.model_validate(data, strict=True)
    except (ValueError, RecursionError, ValidationError):  # UnicodeDecodeError and JSON errors are ValueErrors
        return None


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
            saved = load_assessment(path)
        except PmladderError as exc:
            found.damaged.append(exc)
            continue
        if progress.is_candidate(saved, current) and (best is None or progress.newer((saved, key), best)):
            best, found.path = (saved, key), path
    found.assessment = best[0] if best is not None else None
    return found
