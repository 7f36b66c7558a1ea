"""An answers file (assess --answers) read, its ladder loaded, and both checked, with the command line's ids applied."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from pmladder.errors import InputError

if TYPE_CHECKING:
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.answers import Answers


def read_answers(
    source: str,
    ladder_name: str | None,
    *,
    stdin: BinaryIO,
    track: str | None,
    target: str | None,
    level_hint: str | None,
) -> tuple[LoadedLadder, Answers]:
    """The ladder (``ladder_name``, else the one the file names) and the answers of ``source`` (a file,
    or ``-`` for ``stdin``), the command line's ids in place of the file's.

    Ids the ladder does not have are a NotFoundError (exit 2, the options first); answers that do not fit
    the ladder an InputError naming the first error and how many more there are.
    """
    from pmladder.io.ladders import load_ladder
    from pmladder.io.models import load_model, require
    from pmladder.io.reading import MAX_BYTES, read_bytes
    from pmladder.model import answers as answers_model
    from pmladder.rules.answers import check_answers, check_options, errors, first_of

    if source == "-":
        raw, filename = stdin.read(MAX_BYTES + 1), "<stdin>"
    else:
        raw, filename = read_bytes(Path(source)), source
    # an answers file holds a bounded number of values: reading stops at the first one past it
    loaded = load_model(answers_model.Answers, raw, filename, max_nodes=answers_model.MAX_NODES)
    answers = require(loaded)
    found = load_ladder(ladder_name if ladder_name is not None else answers.ladder)
    check_options(found.ladder, track=track, target=target, level_hint=level_hint)
    given = {"track": track, "target": target, "level_hint": level_hint}
    update = {key: value for key, value in given.items() if value is not None}
    if update:
        answers = answers.model_copy(update=update)
    refused = errors(check_answers(found.ladder, answers, loaded.document))
    if refused:
        raise InputError("answers.refused", problem=first_of(refused))
    return found, answers
