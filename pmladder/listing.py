"""The ladders pmladder knows (bundled, the user's, any given paths), each valid or with its first problem."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from pmladder.errors import Msg, PmladderError
    from pmladder.io.models import Loaded
    from pmladder.model.comparison import LadderEntry, LadderList, LadderOrigin
    from pmladder.model.issue import Issue
    from pmladder.model.ladder import Ladder


@dataclass(frozen=True)
class Problem:
    """Why an entry of the listing is not a usable ladder, as codes: its first problem (an issue of the
    file, an error reading it, or why the user folder cannot be read) and, for a file with errors, the
    refusal show and compare would give (the first error and how many more)."""

    first: Issue | PmladderError | Msg
    refusal: PmladderError | None = None


@dataclass
class Listing:
    """What ``pmladder ladders`` shows: the entries (their ``error`` left for the edge to word), and the
    problem of each entry that has one, by its index in ``ladders.ladders``."""

    ladders: LadderList
    problems: dict[int, Problem] = field(default_factory=dict)


def list_ladders(paths: list[Path]) -> Listing:
    """Every bundled ladder, every ladder of the user folder and every file given (folders are searched).

    A file found in a folder that cannot be read is listed with its problem; a file named on the command
    line that cannot be read stops the listing (NotFoundError).
    """
    from pmladder.io.ladder_files import bundled_ladder_files, iter_yaml_files
    from pmladder.model.comparison import LadderList
    from pmladder.paths import scan_user_ladders, user_ladder_dir

    files: list[tuple[Path, LadderOrigin, bool]] = [(p, "bundled", True) for p in bundled_ladder_files()]
    user_files, user_problem = scan_user_ladders()
    files += [(p, "user", True) for p in user_files]
    for given in paths:
        if _is_dir(given):
            found = iter_yaml_files(given)
            files += [(p, "path", True) for p in found if p.name != "taxonomy.yaml"]
        else:
            files.append((given, "path", False))  # read_bytes reports a missing file or a folder
    listing = Listing(LadderList(ladders=[]))
    if user_problem is not None:
        from pmladder.errors import Msg
        from pmladder.process import why

        listing.problems[0] = Problem(Msg("cli.user-folder", {"reason": why(user_problem)}))
        listing.ladders.ladders.append(_unreadable_entry(user_ladder_dir(), "user"))
    listed: set[str] = set()
    for path, origin, in_folder in files:
        key = os.path.realpath(path)  # never raises, also for a link loop
        if key not in listed:  # a bundled or user ladder given again as a path is listed once
            listed.add(key)
            _add(listing, path, origin, in_folder)
    return listing


def _add(listing: Listing, path: Path, origin: LadderOrigin, in_folder: bool) -> None:
    """One file's entry: the ladder, or the first error validate would report and how many more (bundled
    ladders are checked by CI, not on every listing)."""
    from pmladder.compare.views import ladder_entry
    from pmladder.errors import NotFoundError
    from pmladder.io.models import load_model
    from pmladder.io.reading import read_bytes
    from pmladder.model.ladder import Ladder
    from pmladder.safetext import decoded
    from pmladder.validate import ladder_errors

    entries = listing.ladders.ladders
    try:
        loaded = load_model(Ladder, read_bytes(path), str(path))
    except NotFoundError as exc:
        if not in_folder:
            raise
        listing.problems[len(entries)] = Problem(exc)
        entries.append(_unreadable_entry(path, origin))
        return
    errors = ladder_errors(loaded, semantic=origin != "bundled")
    entry = ladder_entry(loaded.value, decoded(str(path)), origin, None)
    update: dict[str, object] = {"error_count": len(errors)}
    if entry.id is None:  # the schema failed: the id as written, when it can be read
        update["id"] = _written_id(loaded)
    if errors:
        listing.problems[len(entries)] = Problem(errors[0], _refusal(errors, loaded))
    entries.append(entry.model_copy(update=update))


def _refusal(errors: list[Issue], loaded: Loaded[Ladder]) -> PmladderError | None:
    """The first error and the count of the others, as show and compare refuse the file."""
    from pmladder.errors import InputError
    from pmladder.io.models import Loaded, require

    try:
        require(Loaded(None, errors, loaded.document))
    except InputError as exc:
        return exc
    return None  # pragma: no cover - require raises when there is no value


def _written_id(loaded: Loaded[Ladder]) -> str | None:
    """The ``id:`` of a ladder file that has errors, when it can be read as text."""
    from pmladder.safetext import decoded

    data = loaded.document.data if loaded.document is not None else None
    written = data.get("id") if isinstance(data, dict) else None
    return decoded(written) if isinstance(written, str) and written.strip() else None


def _is_dir(path: Path) -> bool:
    """Whether ``path`` is a folder; False when that cannot be told (reading it then says why)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _unreadable_entry(path: Path, origin: LadderOrigin) -> LadderEntry:
    """A row of ``pmladder ladders`` for a file (or the user folder) that cannot be read."""
    from pmladder.model.comparison import LadderEntry
    from pmladder.safetext import decoded

    return LadderEntry(
        id=None, name=None, levels=0, tracks=[], source=origin, path=decoded(str(path)), error=None, error_count=1
    )
