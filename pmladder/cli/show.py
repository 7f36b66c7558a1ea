"""The `show` command: one ladder as a level x competency matrix, track by track, or part of it in full."""

from __future__ import annotations

from typing import Annotated

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option
from pmladder.cli.params import Argument, Option

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


@app.command("show")
def show_command(
    ladder: Annotated[
        str,
        Argument(
            metavar="LADDER",
            autocompletion=complete.ladders,
            help="A bundled ladder id, the id of a ladder in your data folder, or a file. 职级体系。",
            show_default=False,
        ),
    ],
    level: Annotated[
        str | None,
        Option(
            "--level",
            "-l",
            metavar="LEVEL",
            autocompletion=complete.levels(),
            help="Show this level's cells in full, with indicators and evidence prompts. 完整显示这个级别。",
            show_default=False,
        ),
    ] = None,
    competency: Annotated[
        str | None,
        Option(
            "--competency",
            "-c",
            metavar="COMPETENCY",
            help="Show this competency across all levels in full. 完整显示这个能力在各级别的要求。",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """Show a ladder as a level x competency matrix, track by track, or part of it in full.

    按路线显示职级体系的"级别 × 能力"矩阵，或完整显示其中一部分。

    In the matrix each cell is the expectation's summary; "—" means not required yet and
    "↑ carry" that the cell to the left still holds. --level shows one level in full, --competency
    one competency across the levels, both together one cell. Levels and competencies are given
    by id or by name.

    \b
    Examples / 示例:
      pmladder show b2b-healthcare
      pmladder show b2b-healthcare --level specialist
      pmladder show b2b-healthcare --competency analysis --lang en
      pmladder show b2b-healthcare --level 产品专员 --competency analysis --format markdown
    """
    from pmladder.cli.common import emit, load
    from pmladder.compare.views import ladder_view
    from pmladder.i18n import parse_lang
    from pmladder.render.ladder import view_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    view = ladder_view(load(ladder, chosen), level, competency)
    emit(fmt, view, lambda: view_blocks(view, chosen))
