"""The `show` command: one ladder as a level x competency matrix, track by track, or part of it in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option
from pmladder.cli.params import Argument, Option

if TYPE_CHECKING:
    from pmladder.i18n import Lang

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
    faq: Annotated[
        bool,
        Option("--faq", help="Show the ladder's frequently asked questions instead of the matrix. 显示常见问题。"),
    ] = False,
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """Show a ladder as a level x competency matrix, track by track, or part of it in full.

    按路线显示职级体系的"级别 × 能力"矩阵，或完整显示其中一部分。

    In the matrix each cell is the expectation's summary; "—" means not required yet and
    "↑ carry" that the cell to the left still holds; the level types follow it. --level shows one
    level in full (with its type, typical trap and duties), --competency one competency across the
    levels (with its learning resources), both together one cell; --faq the ladder's FAQ. Levels and
    competencies are given by id or by name.

    \b
    Examples / 示例:
      pmladder show b2b-healthcare
      pmladder show b2b-healthcare --level specialist
      pmladder show b2b-healthcare --competency analysis --lang en
      pmladder show b2b-healthcare --level 产品专员 --competency analysis --format markdown
      pmladder show b2b-business --faq --lang en
    """
    from pmladder.cli.common import emit, load
    from pmladder.compare.views import ladder_view
    from pmladder.i18n import parse_lang
    from pmladder.render.ladder import view_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    if faq:
        _show_faq(ladder, level, competency, chosen, fmt)
        return
    view = ladder_view(load(ladder, chosen), level, competency)
    emit(fmt, view, lambda: view_blocks(view, chosen))


def _show_faq(ladder: str, level: str | None, competency: str | None, lang: Lang, fmt: Format) -> None:
    """``--faq``: the ladder's questions and answers (alone: not with --level or --competency)."""
    from pmladder.cli.common import emit, load
    from pmladder.compare.views import ladder_faq
    from pmladder.errors import UsageError
    from pmladder.render.ladder import faq_blocks

    if level is not None or competency is not None:
        raise UsageError("show.faq-alone", option="--level" if level is not None else "--competency")
    faq = ladder_faq(load(ladder, lang))
    emit(fmt, faq, lambda: faq_blocks(faq, lang))
