"""The `status` command: when each ladder's latest plan asks for a check-in or a re-assessment, and its focus."""

from __future__ import annotations

from typing import Annotated

import typer

from pmladder.cli import complete
from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


@app.command("status")
def status_command(
    ladder: str | None = typer.Argument(
        None,
        metavar="LADDER",
        autocompletion=complete.ladders,
        help="Only this ladder's plan (default: every ladder you assessed). 只看这个职级体系。",
        show_default=False,
    ),
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """What your plans ask for now: check-ins and re-assessments that are due, and the focus areas.

    计划的进度：到期的中期回顾与重新评估，以及重点能力。

    Every assessment's plan sets a check-in (about half-way) and a re-assessment date. For the
    latest self-assessment of each ladder, status says which of them has come, and what the plan's
    focus areas were. See docs/history.md.

    \b
    Examples / 示例:
      pmladder status
      pmladder status pm-generic --lang zh --format markdown
    """
    from datetime import date

    from pmladder.cli.common import emit
    from pmladder.i18n import parse_lang
    from pmladder.reassess import status
    from pmladder.render.reassess import status_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    model, ladders = status(date.today(), ladder)
    emit(fmt, model, lambda: status_blocks(model, ladders, chosen))
