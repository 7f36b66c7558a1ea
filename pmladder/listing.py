"""The ladders pmladder knows (bundled, the user's, any given paths), each valid or with its first problem."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from pmladder.i18n import Lang
    from pmladder.io.models import Loaded
    from pmladder.model.comparison import LadderEntry, LadderList, LadderOrigin
    from pmladder.model.issue import Issue
    from pmladder.model.ladder import Ladder


@dataclass
class Listing:
    """What ``pmladder ladders`` shows: the entries, and for the table the words of each refusal."""

    ladders: LadderList
    #: index in ``ladders.ladders`` -> the first error and how many more, as show and compare refuse the file
    refusals: dict[int, str] = field(default_factory=dict)


def list_ladders(paths: list[Path], lang: Lang) -> Listing:
    """Every bundled ladder, every ladder of the user folder and every file given (folders are searched).

    A file found in a folder that cannot be read is listed with its problem; a file named on the command
    line that cannot be read stops the listing (NotFoundError). ``lang`` is transitional: the loader and the
    checks still speak in words.
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
        from pmladder.i18n import t
        from pmladder.process import why

        cause = why(user_problem)
        words = t("cli.user-folder", lang, reason=t(cause.code, lang, **cause.params))
        listing.ladders.ladders.append(_unreadable_entry(user_ladder_dir(), "user", words))
    listed: set[str] = set()
    for path, origin, in_folder in files:
        key = os.path.realpath(path)  # never raises, also for a link loop
        if key not in listed:  # a bundled or user ladder given again as a path is listed once
            listed.add(key)
            _add(listing, path, origin, in_folder, lang)
    return listing


def _add(listing: Listing, path: Path, origin: LadderOrigin, in_folder: bool, lang: Lang) -> None:
    """One file's entry: the ladder, or the first error validate would report and how many more (bundled
    ladders are checked by CI, not on every listing)."""
    from pmladder.compare import ladder_entry
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
        entries.append(_unreadable_entry(path, origin, decoded(exc.text(lang))))
        return
    errors = ladder_errors(loaded, semantic=origin != "bundled")
    error = decoded(errors[0].format(lang)) if errors else None
    entry = ladder_entry(loaded.value, decoded(str(path)), origin, error)
    update: dict[str, object] = {"error_count": len(errors)}
    if entry.id is None:  # the schema failed: the id as written, when it can be read
        update["id"] = _written_id(loaded)
    if errors:
        listing.refusals[len(entries)] = _refusal(errors, loaded, lang)
    entries.append(entry.model_copy(update=update))


def _refusal(errors: list[Issue], loaded: Loaded[Ladder], lang: Lang) -> str:
    """The first error and the count of the others, in the words of the refusal of show and compare."""
    from pmladder.errors import InputError
    from pmladder.io.models import Loaded, require
    from pmladder.safetext import decoded

    try:
        require(Loaded(None, errors, loaded.document))
    except InputError as exc:
        return decoded(exc.text(lang))
    return decoded(errors[0].format(lang))  # pragma: no cover - require raises when there is no value


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


def _unreadable_entry(path: Path, origin: LadderOrigin, error: str) -> LadderEntry:
    """A row of ``pmladder ladders`` for a file (or the user folder) that cannot be read."""
    from pmladder.model.comparison import LadderEntry
    from pmladder.safetext import decoded

    return LadderEntry(
        id=None, name=None, levels=0, tracks=[], source=origin, path=decoded(str(path)), error=error, error_count=1
    )
