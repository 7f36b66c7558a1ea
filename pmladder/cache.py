"""A cache of files validate found clean, keyed by content hash, so unchanged files are not checked again."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from pmladder import files
from pmladder.paths import HOME_ENV

#: the key of a file's content: its SHA-256
content_key = files.sha256_of

# Only files with no issue at all (no error, no warning) are remembered: their report is the same
# whatever the file's name, the language or --strict, so a content hash is a complete key. Files with
# issues are checked every time; they are the ones being edited, and their messages depend on the name
# and the language. Everything else a result depends on goes into the fingerprint: pmladder's version
# and the size and modification time of its modules (an edited checkout is a different validator), the
# versions of pydantic and PyYAML, and the taxonomy the links are checked against. A cache written
# under another fingerprint is discarded whole.

#: the cache file's format; bump it to discard every existing cache
FORMAT = 1
#: at most this many clean files are remembered (the most recently checked ones)
MAX_ENTRIES = 20_000
#: a cache file larger than this is ignored (and replaced): it was not written by pmladder
MAX_BYTES = 4 * 1024 * 1024
FILE_NAME = "validate-cache.json"


def cache_dir() -> Path:
    """``$PMLADDER_HOME/cache`` when that is set, else platformdirs' user cache folder for pmladder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("pmladder", appauthor=False))


def fingerprint(taxonomy_json: str) -> str:
    """What a clean result depends on besides the file's content (see the comment at the top)."""
    import pydantic

    import pmladder
    from pmladder.io.yamldoc import PARSER_VERSION

    package = Path(pmladder.__file__).parent
    stamps = []
    for module in sorted(package.rglob("*.py")):
        try:
            stat = module.stat()
        except OSError:
            continue
        stamps.append(f"{module.relative_to(package).as_posix()}:{stat.st_size}:{stat.st_mtime_ns}")
    parts = [
        f"format={FORMAT}",
        f"pmladder={pmladder.__version__}",
        f"python={sys.version_info[:2]}",
        f"pydantic={pydantic.VERSION}",
        f"parser={PARSER_VERSION}",
        *stamps,
        taxonomy_json,
    ]
    return content_key("\n".join(parts).encode("utf-8"))


class CleanCache:
    """The content keys of files found clean, under one fingerprint; loaded once, saved once.

    A cache is an optimisation only: a missing, unreadable, corrupt or foreign cache file is treated as
    empty, and a cache that cannot be written is left alone, silently.
    """

    def __init__(self, path: Path, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.clean: dict[str, str] = {}
        self._changed = False
        self._load()

    def _load(self) -> None:
        clean = self._read()
        if clean is None:
            return
        self.clean = clean

    def _read(self) -> dict[str, str] | None:
        """The entries of the cache file under this fingerprint (None: none, or another version's)."""
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
            data = json.loads(raw) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            self._changed = self._changed or bool(data)  # another version's cache: replace it on save
            return None
        clean = data.get("clean")
        if not isinstance(clean, dict):
            return None
        return {k: v for k, v in clean.items() if isinstance(k, str) and isinstance(v, str)}

    def kind(self, key: str) -> str | None:
        """What a clean file with this content was checked as (ladder, taxonomy, answers), or None."""
        return self.clean.get(key)

    def add(self, key: str, kind: str) -> None:
        if self.clean.get(key) != kind:
            self.clean.pop(key, None)  # re-insert at the end: the oldest entries are dropped first
            self.clean[key] = kind
            self._changed = True

    def save(self) -> None:
        """Write the cache if it changed, atomically, merged with what another run saved meanwhile.

        Two validate runs at once each read the cache, check files and save: the file is read again
        just before writing and its entries kept, so one run's clean files do not push out the
        other's; a reader always sees a whole cache file. Temporary files of a run killed while
        saving are removed first.
        """
        if not self._changed:
            return
        saved = self._read() or {}
        merged = {k: v for k, v in saved.items() if k not in self.clean}
        merged.update(self.clean)  # this run's entries are the most recent: they stay at the end
        entries = list(merged.items())[-MAX_ENTRIES:]
        text = json.dumps({"fingerprint": self.fingerprint, "clean": dict(entries)}, separators=(",", ":"))
        files.remove_stray_temps(self.path.parent)
        try:
            files.replace_atomic(self.path, text)
            self._changed = False
        except OSError:
            pass  # a read-only home or a full disk must not fail validate


def open_cache(taxonomy_json: str) -> CleanCache:
    """The clean-file cache for the current validator and taxonomy."""
    return CleanCache(cache_dir() / FILE_NAME, fingerprint(taxonomy_json))
