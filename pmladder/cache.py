"""validate's cache: each file's report (its issues as codes and parameters) by content hash; stdlib only."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pmladder import files
from pmladder.model.report import FileReport, Found, IssueView, as_data, from_data

if TYPE_CHECKING:
    from pathlib import Path

#: the key of a file's content: its SHA-256
content_key = files.sha256_of
#: pmladder.paths.HOME_ENV (a test keeps them equal): that module imports pathlib, ~10 ms a cached run spares
HOME_ENV = "PMLADDER_HOME"

# A report is remembered by the SHA-256 of the file's bytes, under a fingerprint of everything else it
# depends on: pmladder's version and the size and modification time of its modules (an edited checkout
# is a different validator), the files of the installed pydantic and PyYAML packages (their versions,
# and whether libyaml is there), Python's version, and the bytes of the taxonomy the links are checked
# against. A cache written under another fingerprint is discarded whole. Issues are kept as codes and
# parameters, without the file name (the report is the same whatever the file is called, in either
# language and with or without --strict: those are the renderer's). Computing the fingerprint imports
# nothing but the stdlib: a cached `validate` answers before pydantic.

#: the cache file's format; bump it to discard every existing cache
FORMAT = 3
#: at most this many files are remembered (the most recently checked ones)
MAX_ENTRIES = 20_000
#: a cache file larger than this is ignored (and replaced); the oldest entries go first to stay below it
MAX_BYTES = 16 * 1024 * 1024
FILE_NAME = "validate-cache.json"
#: the packages besides pmladder whose code decides a report (their files are stamped)
DEPENDENCIES = ("pydantic", "yaml")


def cache_dir() -> Path:
    """``$PMLADDER_HOME/cache`` when that is set, else platformdirs' user cache folder for pmladder."""
    from pathlib import Path

    return Path(cache_folder())


def cache_folder() -> str:
    override = os.environ.get(HOME_ENV)
    if override:
        return os.path.join(os.path.expanduser(override), "cache")
    if sys.platform.startswith("linux"):
        # what platformdirs says on Linux (a test checks it), without importing it (and pathlib)
        base = os.environ.get("XDG_CACHE_HOME", "")
        return os.path.join(base if base.strip() else os.path.expanduser("~/.cache"), "pmladder")
    from platformdirs import user_cache_dir

    return user_cache_dir("pmladder", appauthor=False)


def stamps(folder: str, *, recursive: bool) -> list[str]:
    """``name:size:mtime`` of every file in ``folder`` (below it too when ``recursive``), sorted."""
    found: list[str] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.name.endswith((".py", ".so", ".pyd")):
                    stat = entry.stat()
                    found.append(f"{entry.path[len(folder):]}:{stat.st_size}:{stat.st_mtime_ns}")
                elif recursive and entry.name != "__pycache__" and entry.is_dir():
                    pending.append(entry.path)
            except OSError:
                continue
    return sorted(found)


def package_folder(name: str) -> str | None:
    """Where the package ``name`` would be imported from, found without importing it."""
    for entry in sys.path:
        candidate = os.path.join(entry or ".", name)
        if os.path.isfile(os.path.join(candidate, "__init__.py")):
            return candidate
    return None


def fingerprint(taxonomy_raw: bytes) -> str:
    """What a report depends on besides the file's content (see the comment at the top)."""
    import pmladder

    parts = [
        f"format={FORMAT}",
        f"pmladder={pmladder.__version__}",
        f"python={sys.version_info[:3]}",
        *stamps(os.path.dirname(pmladder.__file__), recursive=True),
    ]
    for name in DEPENDENCIES:
        folder = package_folder(name)
        parts += [f"{name}={folder}", *(stamps(folder, recursive=False) if folder else [])]
    parts.append(f"taxonomy={content_key(taxonomy_raw)}")
    return content_key("\n".join(parts).encode("utf-8"))


def bundled_taxonomy() -> str:
    """The bundled taxonomy file: found beside the package in a regular install, else by pmladder.paths."""
    import pmladder

    installed = os.path.join(os.path.dirname(pmladder.__file__), "ladders", "taxonomy.yaml")
    if os.path.isfile(installed):
        return installed
    from pmladder.paths import bundled_ladder_dir

    return str(bundled_ladder_dir() / "taxonomy.yaml")


def read_taxonomy() -> bytes:
    with open(bundled_taxonomy(), "rb") as handle:
        return handle.read()


# ---- one report as cache data ---------------------------------------------------------------------------

def encode(report: FileReport) -> list[Any]:
    """``[kind, stopped, issues]`` for a report: every issue is a code and parameters, so every report is kept."""
    issues = [[i.line, i.col, i.severity, i.code, as_data(i.params), i.path] for i in report.issues]
    stopped = next((i for i, issue in enumerate(report.issues) if issue is report.stopped), None)
    return [report.kind, stopped, issues]


def decode(entry: Any, name: str) -> FileReport | None:
    """The report of the file ``name`` from a cache entry, or None when the entry is damaged."""
    try:
        kind, stopped, rows = entry
        issues: list[IssueView] = [
            Found(name, int(line), int(col), str(severity), str(code), _params(params), str(path))
            for line, col, severity, code, params, path in rows
        ]
        return FileReport(name, str(kind), issues, issues[stopped] if stopped is not None else None)
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def _params(data: Any) -> dict[str, Any]:
    params = from_data(data)
    if not isinstance(params, dict):
        raise TypeError("params")
    return params


class ReportCache:
    """Reports by content key, under one fingerprint; loaded once, saved once.

    A cache is an optimisation only: a missing, unreadable, corrupt or foreign cache file is treated as
    empty, and a cache that cannot be written is left alone, silently.
    """

    def __init__(self, path: str | Path, fingerprint: str) -> None:
        self.path = path
        self.fingerprint = fingerprint
        self.entries: dict[str, Any] = {}
        self._changed = False
        self.entries = self._read() or {}

    def _read(self) -> dict[str, Any] | None:
        """The entries of the cache file under this fingerprint (None: none, or another version's)."""
        try:
            with open(self.path, "rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
            data = json.loads(raw) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            self._changed = self._changed or bool(data)  # another version's cache: replace it on save
            return None
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else None

    def report(self, key: str, name: str) -> FileReport | None:
        """The report of a file with this content, named ``name``, or None."""
        entry = self.entries.get(key)
        return None if entry is None else decode(entry, name)

    def add(self, key: str, report: FileReport) -> None:
        entry = encode(report)
        if self.entries.get(key) == entry:
            return
        self.entries.pop(key, None)  # re-insert at the end: the oldest entries are dropped first
        self.entries[key] = entry
        self._changed = True

    def save(self) -> None:
        """Write the cache if it changed, atomically, merged with what another run saved meanwhile.

        Two validate runs at once each read the cache, check files and save: the file is read again
        just before writing and its entries kept, so one run's entries do not push out the other's; a
        reader always sees a whole cache file. Temporary files of a run killed while saving are removed
        first.
        """
        if not self._changed:
            return
        saved = self._read() or {}
        merged = {k: v for k, v in saved.items() if k not in self.entries}
        merged.update(self.entries)  # this run's entries are the most recent: they stay at the end
        text = _dumps(self.fingerprint, list(merged.items())[-MAX_ENTRIES:])
        from pathlib import Path

        path = Path(self.path)
        files.remove_stray_temps(path.parent)
        try:
            files.replace_atomic(path, text)
            self._changed = False
        except OSError:
            pass  # a read-only home or a full disk must not fail validate


def _dumps(fingerprint: str, entries: list[tuple[str, Any]]) -> str:
    """The cache file's text, without its oldest entries when it would be larger than MAX_BYTES."""
    while True:
        text = json.dumps({"fingerprint": fingerprint, "entries": dict(entries)}, separators=(",", ":"),
                          ensure_ascii=False)
        if len(text.encode("utf-8")) <= MAX_BYTES or not entries:
            return text
        entries = entries[len(entries) // 4 + 1 :]


def open_cache(taxonomy_raw: bytes) -> ReportCache:
    """The report cache for the current validator and a taxonomy (the bytes of its file)."""
    return ReportCache(os.path.join(cache_folder(), FILE_NAME), fingerprint(taxonomy_raw))


# ---- a cached run, before anything but the stdlib is imported ---------------------------------------------

def cached_reports(named: Iterable[tuple[str, str]]) -> list[FileReport] | None:
    """The report of every file (display name, path) from the cache, or None unless every one is there:
    the cached path of `validate` (see entry.py), with the bundled taxonomy."""
    try:
        cache = open_cache(read_taxonomy())
    except OSError:
        return None
    if not cache.entries:
        return None
    reports: list[FileReport] = []
    for name, path in named:
        raw = _read_regular(path)
        found = None if raw is None else cache.report(content_key(raw), name)
        if found is None:
            return None
        reports.append(found)
    return reports


def _read_regular(path: str) -> bytes | None:
    """The bytes of a regular file no larger than the loader reads whole, else None (the full path says why)."""
    try:
        if not os.path.isfile(path):  # a pipe can be read once only: that read is the full path's
            return None
        with open(path, "rb") as handle:
            raw = handle.read(READ_LIMIT + 1)
    except OSError:
        return None
    return raw if len(raw) <= READ_LIMIT else None


#: the loader reads at most this many bytes of a file (loader.MAX_BYTES; a test keeps them equal)
READ_LIMIT = 1024 * 1024

