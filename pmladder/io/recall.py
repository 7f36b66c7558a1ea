"""The data of a file that loaded clean, kept by content hash, so that the next run need not parse its YAML again."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any, TypeVar

from pmladder.cache import cache_folder, content_key, package_folder, read_taxonomy, stamps

if TYPE_CHECKING:
    from pydantic import BaseModel

    from pmladder.io.models import Loaded

M = TypeVar("M", bound="BaseModel")

# A ladder named on the command line (and the taxonomy) is read on every run of show, compare and assess,
# and parsing its YAML costs a run ~15-20 ms (importing the YAML reader, then reading 100-150 KB), while
# the same data as JSON takes ~2 ms. So the data of a file that loaded with no problem at all is kept
# under the SHA-256 of its bytes, and handed to pydantic again on the next run: the model is validated
# every time, only the parsing is spared. An entry is used only under the same fingerprint: pmladder's
# version, the code that reads and checks files (io/, rules/, model/), PyYAML's files, Python's version and
# the bundled taxonomy's bytes (the links a ladder's checks follow). A cache that cannot be read or written
# is no cache: every run then parses, as before.

#: bump to ignore every existing entry
FORMAT = 1
#: at most this many files' data are kept (the least recently written go first)
MAX_ENTRIES = 64
FOLDER = "data"
#: pmladder's folders whose code decides what a file's data is and whether it is accepted
READERS = ("io", "rules", "model")


def _folder() -> str:
    return os.path.join(cache_folder(), FOLDER)


def fingerprint(taxonomy_key: str) -> str:
    """What a kept file's data (and its acceptance) depends on besides the file's bytes."""
    import pmladder

    here = os.path.dirname(pmladder.__file__)
    parts = [f"format={FORMAT}", f"pmladder={pmladder.__version__}", f"python={sys.version_info[:3]}"]
    for name in READERS:
        parts += stamps(os.path.join(here, name), recursive=False)
    folder = package_folder("yaml")
    parts += [f"yaml={folder}", *(stamps(folder, recursive=False) if folder else [])]
    parts.append(f"taxonomy={taxonomy_key}")
    return content_key("\n".join(parts).encode("utf-8"))


def recalled(cls: type[M], key: str) -> M | None:
    """The model of the file whose bytes hash to ``key``, from its kept data (validated as a fresh read would
    be), or None: nothing kept, or kept under another fingerprint, or no longer valid."""
    data = recall(key, current_stamp())
    if data is None:
        return None
    from pydantic import ValidationError

    try:
        return cls.model_validate(data, strict=True)  # as pmladder.io.models.load_document does
    except ValidationError:
        return None


def keep(key: str, loaded: Loaded[Any]) -> None:
    """Keep the data of a file that loaded with no problem at all (and that its caller accepted)."""
    if loaded.value is not None and loaded.document is not None and not loaded.issues:
        remember(key, current_stamp(), loaded.document.data)


_STAMP: str | None = None


def current_stamp() -> str:
    """This run's :func:`fingerprint` (worked out once)."""
    global _STAMP
    if _STAMP is None:
        try:
            taxonomy = content_key(read_taxonomy())
        except OSError:
            taxonomy = "none"
        _STAMP = fingerprint(taxonomy)
    return _STAMP


def recall(key: str, stamp: str) -> Any | None:
    """The data kept for the file whose bytes hash to ``key``, or None (none kept, or under another stamp)."""
    try:
        with open(os.path.join(_folder(), f"{key}.json"), encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("stamp") != stamp or "data" not in entry:
        return None
    return entry["data"]


def remember(key: str, stamp: str, data: Any) -> None:
    """Keep ``data`` (a file's, parsed) for its content hash ``key``; data JSON does not hold as it is (a
    key that is not text, a date) is not kept. Failing to write is no failure: the next run parses."""
    if not _json_exact(data):
        return
    from pathlib import Path

    from pmladder.files import replace_atomic

    folder = _folder()
    try:
        replace_atomic(Path(folder, f"{key}.json"), json.dumps({"stamp": stamp, "data": data}, ensure_ascii=False))
        _prune(folder)
    except OSError:
        return


def _prune(folder: str) -> None:
    """Keep the :data:`MAX_ENTRIES` most recently written entries."""
    entries = [e for e in os.scandir(folder) if e.name.endswith(".json")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime_ns)
    for entry in entries[: len(entries) - MAX_ENTRIES]:
        try:
            os.unlink(entry.path)
        except OSError:
            continue


def _json_exact(data: Any) -> bool:
    """Whether ``data`` comes back from JSON as it is: dicts with text keys, lists, text, numbers, booleans, null."""
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            if not all(type(k) is str for k in value):
                return False
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif value is not None and type(value) not in (str, int, float, bool):
            return False
    return True



