"""Finding ladder files: the bundled folder, a ladder argument (a path, a ladder id), the YAML files below a folder."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pmladder.errors import Msg, NotFoundError
from pmladder.io.reading import os_reason, read_bytes, unreadable

if TYPE_CHECKING:
    from pmladder.io.models import Loaded
    from pmladder.model.ladder import Ladder, Taxonomy


def bundled_dir() -> Path:
    """The folder of bundled ladders (the top-level ladders/ folder, shipped as pmladder.ladders)."""
    from pmladder.paths import bundled_ladder_dir

    return bundled_ladder_dir()


def is_bundled(path: Path) -> bool:
    """Whether ``path`` is one of the bundled ladder files (CI validates those)."""
    try:
        return path.resolve().parent == bundled_dir().resolve()
    except OSError:
        return False


def bundled_ladder_files() -> list[Path]:
    return sorted(p for p in bundled_dir().glob("*.yaml") if p.name != "taxonomy.yaml")


def load_ladder_file(path: Path, display: str | None = None) -> Loaded[Ladder]:
    """A ladder file read and checked against the schema (not the semantic checks: see :func:`load_ladder`)."""
    from pmladder.io.models import load_model
    from pmladder.model.ladder import Ladder

    return load_model(Ladder, read_bytes(path), display or str(path))


@cache
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy (from its kept data when it loaded clean before: :mod:`pmladder.io.recall`)."""
    from pmladder.files import sha256_of
    from pmladder.io.models import load_model, require
    from pmladder.io.recall import keep, recalled
    from pmladder.model.ladder import Taxonomy

    path = bundled_dir() / "taxonomy.yaml"
    raw = read_bytes(path)
    key = sha256_of(raw)
    known = recalled(Taxonomy, key)
    if known is not None:
        return known
    loaded = load_model(Taxonomy, raw, str(path))
    taxonomy = require(loaded)
    keep(key, loaded)
    return taxonomy


def iter_yaml_files(folder: Path) -> Iterator[Path]:
    """Every *.yaml / *.yml below ``folder``, recursively, in a stable order; hidden folders are skipped.

    A folder inside that cannot be listed is a NotFoundError (never silently skipped).
    """
    found: list[Path] = []
    failed: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=failed.append):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")]
        found += [Path(root) / name for name in files if name.endswith((".yaml", ".yml"))]
    if failed:  # a folder that cannot be listed is not silently empty
        where = failed[0].filename if failed[0].filename is not None else folder
        raise NotFoundError("file.cannot-read-folder", path=str(where), reason=os_reason(failed[0]))
    for path in sorted(found):
        # a broken link (dangling, or a loop) is yielded too: reading it says what is wrong with it
        if path.is_file() or (path.is_symlink() and not path.exists()):
            yield path


def _ladder_path(name: str, candidate: Path) -> Path:
    """A ladder argument that looks like a path: the file it names (or why it cannot be one)."""
    try:
        mode = candidate.stat().st_mode
    except FileNotFoundError:
        if os.path.islink(candidate):  # a dangling link
            raise unreadable(candidate, FileNotFoundError()) from None
        raise NotFoundError("ladder.no-ladder-file", path=name) from None
    except OSError as exc:  # a link loop, a folder without permission on the way...
        raise unreadable(candidate, exc) from None
    if stat.S_ISDIR(mode):
        raise NotFoundError("ladder.folder-ladder", path=name)
    return candidate  # a file, or a special one (a pipe): reading it says what it is


def _unknown_ladder(name: str) -> NotFoundError:
    """The error for a name that is no ladder: the bundled ladders and the user's listed."""
    from pmladder.paths import scan_user_ladders, user_ladder_dir

    user_files, problem = scan_user_ladders()
    user: object
    if problem is not None:
        user = Msg("ladder.cannot-read-list", {"reason": os_reason(problem)})
    else:
        user = ", ".join(p.stem for p in user_files) or Msg("ladder.nothing")
    bundled = ", ".join(p.stem for p in bundled_ladder_files()) or Msg("ladder.nothing")
    return NotFoundError("ladder.unknown", name=name, bundled=bundled, folder=str(user_ladder_dir()), user=user)


def resolve_ladder(name: str) -> Path:
    """A ladder argument to a file: a file path, else the id of a bundled ladder, else of a user ladder.

    A name that looks like a path (``.yaml``/``.yml``, a ``/``) must be a file. A folder in the working
    directory that happens to bear a ladder's id does not hide that ladder.
    """
    from pmladder.paths import user_ladder_dir

    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or "/" in name or os.sep in name or _is_file(candidate):
        return _ladder_path(name, candidate)
    if name and name != "taxonomy":
        for folder in (bundled_dir(), user_ladder_dir()):
            file = folder / f"{name}.yaml"
            if _is_file(file):
                return file
            if os.path.islink(file):  # a broken link bearing the ladder's name: say what is wrong with it
                try:
                    file.stat()
                except OSError as exc:
                    raise unreadable(file, exc) from None
    raise _unknown_ladder(name)


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; False also when that cannot be told (no permission to look)."""
    try:
        return path.is_file()
    except OSError:
        return False
