"""The one way every command loads a ladder named on the command line (a bundled id, a path, a user ladder id)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pmladder.io.ladder_files import bundled_dir, is_bundled, resolve_ladder
from pmladder.io.reading import read_bytes

if TYPE_CHECKING:
    from pmladder.model.ladder import Ladder


@dataclass(frozen=True)
class LoadedLadder:
    """A valid ladder and where it came from."""

    ladder: Ladder
    #: SHA-256 of the file's bytes (a saved session or result names the exact ladder it was made with)
    sha256: str
    #: how to find it again (when resuming): the bundled id, or the file's absolute path
    source: str
    #: the file as messages name it: ``ladders/<id>.yaml`` for a bundled ladder named by id, else as given
    display: str
    path: Path


def resolve(name: str) -> tuple[Path, str]:
    """A LADDER argument to (file, source); bundled ids first, then the user folder's ladders/<id>.yaml."""
    path = resolve_ladder(name)
    bundled = path.parent == bundled_dir() and path.stem == name
    return path, name if bundled else str(path.resolve())


def load_ladder(name: str) -> LoadedLadder:
    """The ladder ``name`` names; one with an error validate would report (schema, or semantic for a
    ladder that is not bundled: CI checks those) is refused with that error. A file that loaded clean
    before is validated from its kept data, without parsing its YAML again (:mod:`pmladder.io.recall`)."""
    from pmladder.files import sha256_of
    from pmladder.io.recall import recalled
    from pmladder.model.ladder import Ladder

    path, source = resolve(name)
    raw = read_bytes(path)
    key = sha256_of(raw)
    display = str(path) if source != name or "/" in name else f"ladders/{path.name}"
    ladder = recalled(Ladder, key) or _checked(path, raw, key, display)
    return LoadedLadder(ladder, key, source, display, path)


def _checked(path: Path, raw: bytes, key: str, display: str) -> Ladder:
    """The ladder in ``raw``, read and checked; its data is kept for the next run when it loaded clean."""
    from pmladder.io.models import load_model
    from pmladder.io.recall import keep
    from pmladder.model.ladder import Ladder

    loaded = load_model(Ladder, raw, display)
    if loaded.value is not None and is_bundled(path):
        # a valid bundled ladder: the semantic checks are not run for it (CI runs them), so the rules
        # and the validate service need not be imported (~8 ms)
        ladder = loaded.value
    else:
        from pmladder.validate import require_valid_ladder

        ladder = require_valid_ladder(loaded, semantic=not is_bundled(path))
    keep(key, loaded)
    return ladder


def ladder_named(name: str) -> Ladder:
    """Just the ladder of :func:`load_ladder` (for callers that need nothing else)."""
    return load_ladder(name).ladder
