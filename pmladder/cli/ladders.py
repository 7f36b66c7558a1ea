"""The `ladders` command: list the ladders pmladder knows, each valid or with its first problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
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
    listing = list_ladders(paths or [], chosen)
    if fmt is Format.JSON:
        typer.echo(inert_json(to_json(listing.ladders)), nl=False)
    else:
        print_renderable(render_list(_shown(listing), chosen))
    if any(e.error is not None for e in listing.ladders.ladders):
        raise typer.Exit(1)


def _shown(listing: Listing) -> LadderList:
    """The listing for the table: file names (in paths and in problems) made inert, and the first error of
    a ladder with several followed by how many more."""
    from pmladder.safetext import inert

    shown = []
    for i, e in enumerate(listing.ladders.ladders):
        error = listing.refusals.get(i, e.error)
        update = {"path": inert(e.path), "error": inert(error) if error is not None else None}
        if e.id is not None and e.error is not None:  # an id read from a file with errors: any text
            update["id"] = inert(e.id)
        shown.append(e.model_copy(update=update))
    return listing.ladders.model_copy(update={"ladders": shown})
