"""The `ladders` command: list the ladders pmladder knows, each valid or with its first problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.listing import Listing
    from pmladder.model.comparison import LadderList

FORMATS = (Format.TEXT, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


@app.command("ladders")
def ladders_command(
    paths: list[Path] = typer.Argument(  # noqa: B008
        None,
        metavar="PATH",
        help="More ladder files or folders to list. 额外列出的职级体系文件或文件夹。",
        show_default=False,
    ),
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """List the ladders pmladder knows: bundled, in your data folder, and any given paths.

    列出 pmladder 知道的职级体系：内置的、数据目录中的，以及参数给出的文件。

    Your own ladders go in the ladders/ folder of the pmladder data folder ($PMLADDER_HOME when
    set); every command then accepts their file name (without .yaml) as the ladder. A file that is
    not a valid ladder is listed with its first problem, and the exit code is 1.

    \b
    Examples / 示例:
      pmladder ladders
      pmladder ladders my-ladders/ --format json
      pmladder ladders --lang zh
    """
    from pmladder.cli.common import print_renderable
    from pmladder.i18n import parse_lang
    from pmladder.listing import list_ladders
    from pmladder.render import to_json
    from pmladder.render.ladder import render_list
    from pmladder.safetext import inert_json

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    listing = list_ladders(paths or [])
    ladders, refusals = _worded(listing, chosen)
    if fmt is Format.JSON:
        typer.echo(inert_json(to_json(ladders)), nl=False)
    else:
        print_renderable(render_list(_shown(ladders, refusals), chosen))
    if listing.problems:
        raise typer.Exit(1)


def _worded(listing: Listing, lang: Lang) -> tuple[LadderList, dict[int, str]]:
    """The listing with each entry's first problem in words, and the words of each refusal (the first
    error of a ladder with several and how many more, as show and compare say it)."""
    from pmladder.errors import PmladderError
    from pmladder.i18n import error_text, issue_line, t
    from pmladder.model.issue import Issue
    from pmladder.safetext import decoded

    entries = list(listing.ladders.ladders)
    refusals: dict[int, str] = {}
    for i, problem in listing.problems.items():
        first = problem.first
        if isinstance(first, Issue):
            words = issue_line(first, lang)
        elif isinstance(first, PmladderError):
            words = error_text(first, lang)
        else:
            words = t(first.code, lang, **first.params)
        entries[i] = entries[i].model_copy(update={"error": decoded(words)})
        if problem.refusal is not None:
            refusals[i] = decoded(error_text(problem.refusal, lang))
    return listing.ladders.model_copy(update={"ladders": entries}), refusals


def _shown(ladders: LadderList, refusals: dict[int, str]) -> LadderList:
    """The listing for the table: file names (in paths and in problems) made inert, and the first error of
    a ladder with several followed by how many more."""
    from pmladder.safetext import inert

    shown = []
    for i, e in enumerate(ladders.ladders):
        error = refusals.get(i, e.error)
        update = {"path": inert(e.path), "error": inert(error) if error is not None else None}
        if e.id is not None and e.error is not None:  # an id read from a file with errors: any text
            update["id"] = inert(e.id)
        shown.append(e.model_copy(update=update))
    return ladders.model_copy(update={"ladders": shown})
