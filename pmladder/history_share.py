"""Sharing saved results with a coach: export a folder of them (examples removed with redact), import one."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pmladder import files, history, storage
from pmladder.errors import Msg, NotFoundError, UsageError, WriteError

if TYPE_CHECKING:
    from pmladder.model.history import Shared

#: the keys of a scorecard result that hold what a person typed (a value's reason for "na", notes and
#: comments); ``redact`` empties them wherever they are. In an assessment only the answers hold typed text
#: (the examples, ``answers.evidence``): a plan's ``evidence`` or a resource's ``note`` is the ladder's text
TYPED_KEYS: Final = frozenset({"na_reason", "note", "notes", "comment", "comments"})
#: the keys of an assessment's ``answers`` that hold what a person typed
TYPED_ANSWERS: Final = frozenset({"evidence", "note", "notes", "comment", "comments"})
#: at most this many files of one name in a folder (``-2`` … ``-999``), as saved results
MAX_SAME_NAME: Final = 999


@dataclass
class Prepared:
    """One result ready to be written: the name it is written under (before ``-2``…) and its text."""

    name: str
    text: str


def redacted_result(kind: str, data: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """A saved result without what a person typed, and how many pieces were removed: an assessment's
    examples (:data:`TYPED_ANSWERS`), a scorecard result's :data:`TYPED_KEYS` wherever they are."""
    if kind != "assessment":
        found: tuple[dict[str, Any], int] = redacted(data)
        return found
    answers = data.get("answers")
    if not isinstance(answers, dict):
        return data, 0
    typed = {key: value for key, value in answers.items() if key in TYPED_ANSWERS and value}
    clean = {key: (type(value)() if isinstance(value, dict | list) else None) for key, value in typed.items()}
    removed = sum(len(value) if isinstance(value, dict | list) else 1 for value in typed.values())
    return {**data, "answers": {**answers, **clean}}, removed


def redacted(data: Any) -> tuple[Any, int]:
    """``data`` with every typed text emptied (:data:`TYPED_KEYS`), and how many entries were removed."""
    if isinstance(data, list):
        parts = [redacted(item) for item in data]
        return [part for part, _ in parts], sum(count for _, count in parts)
    if not isinstance(data, dict):
        return data, 0
    out: dict[str, Any] = {}
    removed = 0
    for key, value in data.items():
        if key in TYPED_KEYS and value:
            out[key] = type(value)() if isinstance(value, dict | list) else None
            removed += len(value) if isinstance(value, dict | list) else 1
        else:
            out[key], count = redacted(value)
            removed += count
    return out, removed


def _text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _checked(path: Path, raw: bytes) -> tuple[str, dict[str, Any]]:
    """The kind and data of a result file, or the InputError that says why it is not one (the loader's,
    at file:line:col, for a damaged assessment)."""
    data = history.read_data(path, raw)
    kind = history.kind_of(data, path)
    if kind == "assessment":
        storage.load_assessment(path)  # every field as pmladder reads it
    return kind, data


def _export_one(path: Path, redact: bool) -> tuple[Prepared, int]:
    from pmladder.io.reading import read_bytes

    raw = read_bytes(path)
    kind, data = _checked(path, raw)
    if not redact:
        return Prepared(path.name, raw.decode("utf-8")), 0
    clean, removed = redacted_result(kind, data)
    if kind == "assessment":
        from pmladder.model.assessment import Assessment

        result = Assessment.model_validate(clean)  # still a result pmladder reads
        return Prepared(path.name, result.model_dump_json(by_alias=True, indent=2) + "\n"), removed
    return Prepared(path.name, _text(clean)), removed


def export(folder: Path, chosen: list[str], *, redact: bool) -> Shared:
    """Write the saved results (all, or those ``chosen`` ids name) into ``folder``, with ``redact`` every
    example and other typed text removed. Every file is read and checked first: a damaged one is an
    InputError and nothing is written. A file never replaces one in ``folder``: one with the same text is
    left as it is (``already``), else the next free name is taken (``-2``…)."""
    from pmladder.model.history import Shared

    if any(_same_folder(folder, mine) for mine in history.folders()):
        raise UsageError("history.export.same-folder", folder=str(folder))
    known = history.ids()
    paths = [history.resolve(ident)[1] for ident in chosen] if chosen else list(known.values())
    if not paths:
        raise NotFoundError("history.export.nothing")
    prepared, removed = [], 0
    for path in dict.fromkeys(paths):
        item, count = _export_one(path, redact)
        prepared.append(item)
        removed += count
    written, already = _write_all(folder, prepared)
    return Shared(folder=str(folder), written=written, already=already, redacted=removed)


def import_folder(folder: Path) -> Shared:
    """Copy the results in ``folder`` into the history folder. Every file is read and checked first: one
    that is damaged, truncated, of another pmladder version or no result at all is an InputError and
    nothing is imported. A result already in the history (the same text) is skipped; a name already
    taken gets ``-2``…: nothing in the history is ever replaced."""
    from pmladder.io.reading import read_bytes
    from pmladder.model.history import Shared

    if any(_same_folder(folder, mine) for mine in history.folders()):
        raise UsageError("history.import.same-folder", folder=str(folder))
    sources = _results_in(folder)
    if not sources:
        raise NotFoundError("history.import.nothing", folder=str(folder))
    by_kind: dict[str, list[Prepared]] = {"assessment": [], "scorecard": []}
    for path in sources:
        raw = read_bytes(path)
        kind, _data = _checked(path, raw)
        name = path.name
        if kind == "assessment":
            name = storage.default_name(storage.load_assessment(path))  # its id, as if saved here
        by_kind[kind].append(Prepared(name, raw.decode("utf-8")))
    written, already = [], []
    for kind, target in (("assessment", history.folder()), ("scorecard", history.scorecard_folder())):
        if by_kind[kind]:
            done = _write_all(target, by_kind[kind])
            written += done[0]
            already += done[1]
    return Shared(folder=str(folder), written=written, already=already)


def _results_in(folder: Path) -> list[Path]:
    """The ``*.json`` files of ``folder`` (no hidden ones), sorted; a NotFoundError when it is no folder."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        raise NotFoundError("history.import.no-folder", folder=str(folder)) from None
    except OSError as exc:
        raise NotFoundError("history.import.unreadable", folder=str(folder), reason=files.os_reason(exc)) from None
    found = []
    for entry in entries:
        if entry.name.startswith(".") or not entry.name.endswith(".json"):
            continue
        try:
            if stat.S_ISREG(entry.stat().st_mode):
                found.append(folder / entry.name)
        except OSError:
            found.append(folder / entry.name)  # reading it says why it cannot be read
    return found


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve() == b.resolve()
    except OSError:
        return False


def _existing_texts(folder: Path) -> set[str]:
    """The SHA-256 of every result already in ``folder`` (to skip a result that is there already)."""
    found = set()
    for path in _results_in(folder) if folder.is_dir() else []:
        try:
            found.add(files.sha256_of(path.read_bytes()))
        except OSError:
            continue
    return found


def _write_all(folder: Path, prepared: list[Prepared]) -> tuple[list[str], list[str]]:
    """Write each result under its name or the next free one (never replacing a file); returns the names
    written, and the names of those whose text was there already."""
    existing = _existing_texts(folder)
    written, already = [], []
    files.remove_stray_temps(folder)
    for item in prepared:
        digest = files.sha256_of(item.text.encode("utf-8"))
        if digest in existing:
            already.append(item.name)
            continue
        base = item.name.removesuffix(".json")
        names = [folder / item.name, *(folder / f"{base}-{n}.json" for n in range(2, MAX_SAME_NAME + 1))]
        try:
            saved = files.create_exclusive(names, item.text)
        except OSError as exc:
            raise WriteError("storage.cannot-write", path=names[0], reason=files.os_reason(exc)) from None
        if saved is None:
            taken = Msg("history.share.all-taken", {"count": len(names)})
            raise WriteError("storage.cannot-write", path=names[-1], reason=taken)
        existing.add(digest)
        written.append(saved.name)
    return written, already


def check_target(folder: Path) -> None:
    """An export folder that is a file is refused before anything is read (exit 2)."""
    if folder.exists() and not folder.is_dir():
        raise UsageError("history.export.not-folder", folder=str(folder))
