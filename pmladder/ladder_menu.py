"""The ladders an interactive assess offers to pick from, each with what keeps it from being used."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pmladder.errors import Msg, NotFoundError, UsageError

if TYPE_CHECKING:
    from pathlib import Path



@dataclass(frozen=True)
class Entry:
    """One ladder of the picker."""

    #: the ladder's name in both languages, or its file's stem when it cannot be read as a ladder
    label: dict[str, str] | str
    #: a bundled ladder's id, or a user ladder's path
    detail: str
    #: what to load once it is picked: a bundled id or a path
    source: str
    #: the file to validate (shell-quoted) when the ladder cannot be used; None when it can
    invalid: str | None = None
    #: why it cannot be used: the first problem (and how many more)
    problem: Msg | None = None


def entries() -> list[Entry]:
    """The bundled ladders, then the user's; a user ladder that validate rejects is marked with its first
    problem (bundled ladders are validated by CI). UsageError when there is none at all.
    """
    import shlex

    from pmladder.io.ladder_files import bundled_ladder_files
    from pmladder.io.reading import read_bytes
    from pmladder.paths import scan_user_ladders

    found: list[Entry] = []
    for path in [*bundled_ladder_files(), *scan_user_ladders()[0]]:
        try:
            data = read_bytes(path)
        except NotFoundError as exc:  # a link loop, a link to nothing, no permission: listed, marked invalid
            file = shlex.quote(str(path))
            found.append(Entry(path.stem, str(path), str(path), invalid=file, problem=exc.msg))
            continue
        found.append(_entry(path, data))
    if not found:
        raise UsageError("assess.no-ladders")
    return found


def _entry(path: Path, data: bytes) -> Entry:
    import shlex

    from pmladder.io.ladder_files import bundled_dir
    from pmladder.io.models import load_model
    from pmladder.model.ladder import Ladder
    from pmladder.rules.answers import first_of
    from pmladder.validate import ladder_errors

    loaded = load_model(Ladder, data, str(path))
    label: dict[str, str] | str = path.stem
    if loaded.value is not None:
        label = {"zh": loaded.value.name.zh, "en": loaded.value.name.en}
    bundled = path.parent == bundled_dir()
    detail = path.stem if bundled else str(path)
    source = path.stem if bundled else str(path)
    errors = ladder_errors(loaded, semantic=not bundled)
    if not errors:
        return Entry(label, detail, source)
    return Entry(label, detail, source, invalid=shlex.quote(str(path)), problem=first_of(errors))
