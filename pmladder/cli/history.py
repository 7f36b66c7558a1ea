"""The `history` command group's reading commands: the list, show one again, diff two, the trend."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli import complete
from pmladder.cli.common import Format, LangOption, check_format, format_option
from pmladder.cli.groups import history_app

if TYPE_CHECKING:
    from pmladder.errors import PmladderError
    from pmladder.i18n import Lang

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


IdArgument = Annotated[
    str,
    typer.Argument(
        metavar="ID", autocompletion=complete.history_ids, help="A result's id, or a unique start of it. 结果编号。"
    ),
]
LadderOption = Annotated[
    str | None,
    typer.Option(
        "--ladder",
        metavar="LADDER",
        help="The ladder's file, when it is not installed (any version of it). 职级体系文件（未安装时）。",
        show_default=False,
    ),
]



@history_app.callback()
def history_command(ctx: typer.Context, lang: LangOption = None, fmt: FormatOption = Format.TEXT) -> None:
    """Your saved results: list them, show one again, compare two, see the trend, remove, share.

    已保存的结果：列出、重新显示、比较两次、查看趋势、删除、导出给教练。

    Without a command: the list, oldest first, with the id to type (a unique start of it is enough).
    Results stay in your data folder (the "folder" of --format json); docs/history.md says more.

    \b
    Examples / 示例:
      pmladder history
      pmladder history show 20261122 --lang zh --format markdown
      pmladder history diff 20260822 20261122
      pmladder history trend pm-generic
      pmladder history rm 20260822-0930 --yes
      pmladder history export ~/for-my-coach --redact
      pmladder history import ~/from-my-coach
    """
    if ctx.invoked_subcommand is None:
        list_command(lang, fmt)


@history_app.command("list")
def list_command(lang: LangOption = None, fmt: FormatOption = Format.TEXT) -> None:
    """List saved results, oldest first. 列出已保存的结果。

    \b
    Examples / 示例:
      pmladder history list --format json
    """
    from pmladder import history
    from pmladder.cli.common import emit
    from pmladder.i18n import parse_lang
    from pmladder.render.history import list_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    found = history.listing()
    _problems(found.problems, chosen)
    emit(fmt, found.model, lambda: list_blocks(found.model, found.ladders, chosen))


def _problems(problems: list[PmladderError], lang: Lang) -> None:
    """One line on standard error per file that could not be read (the list goes on without it)."""
    from pmladder.i18n import error_text, t
    from pmladder.safetext import inert

    for problem in problems:
        typer.echo(inert(t("history.list.unreadable", lang, problem=error_text(problem, lang))), err=True)


@history_app.command("show")
def show_command(
    ident: IdArgument, ladder: LadderOption = None, lang: LangOption = None, fmt: FormatOption = Format.TEXT
) -> None:
    """Show a saved result again, in any format and language. 重新显示一个已保存的结果。

    \b
    Examples / 示例:
      pmladder history show 20261122-093015
      pmladder history show 20261122 --lang en --format markdown > result.md
      pmladder history show 20261122 --ladder my-ladder.yaml
    """
    from pmladder import history
    from pmladder.cli.common import emit
    from pmladder.i18n import parse_lang
    from pmladder.render.history import show_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    opened = history.open_result(ident, ladder)
    if opened.scorecard is not None:
        if fmt is Format.JSON:
            import json

            typer.echo(json.dumps(opened.scorecard, ensure_ascii=False, indent=2))
            return
        result, card = history.scorecard_parts(opened)
        emit(fmt, result, lambda: show_blocks(opened, chosen, (result, card)))
        return
    assert opened.assessment is not None
    if fmt is not Format.JSON:
        history.need_ladder(opened)
    elif opened.entry.ladder_changed:
        from pmladder.i18n import t

        typer.echo(t("history.show.changed", chosen, id=opened.entry.id), err=True)
    emit(fmt, opened.assessment, lambda: show_blocks(opened, chosen))


@history_app.command("diff")
def diff_command(
    first: IdArgument, second: IdArgument, ladder: LadderOption = None, lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """Compare two saved results competency by competency. 逐项比较两次结果。

    \b
    Examples / 示例:
      pmladder history diff 20260302 20261201
      pmladder history diff 20260601 20261201 --lang zh --format markdown
    """
    from pmladder.cli.common import emit
    from pmladder.history_trend import diff
    from pmladder.i18n import parse_lang
    from pmladder.render.history_trend import diff_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    found = diff(first, second, ladder)
    named = found.ladder.ladder if found.ladder is not None else None
    emit(fmt, found.model, lambda: diff_blocks(found.model, named, chosen))


@history_app.command("trend")
def trend_command(
    ladder: str | None = typer.Argument(
        None, metavar="LADDER", help="A ladder id (default: that of your latest result). 职级体系。",
        show_default=False,
    ),
    lang: LangOption = None,
    fmt: FormatOption = Format.TEXT,
) -> None:
    """Your self-assessments of one ladder over time, competency by competency. 自评的趋势。

    \b
    Examples / 示例:
      pmladder history trend
      pmladder history trend pm-generic --lang zh
    """
    from pmladder.cli.common import emit
    from pmladder.history_trend import trend
    from pmladder.i18n import parse_lang
    from pmladder.render.history_trend import trend_blocks

    chosen = parse_lang(lang)
    fmt = check_format(fmt, FORMATS)
    found = trend(ladder)
    named = found.ladder.ladder if found.ladder is not None else None
    emit(fmt, found.model, lambda: trend_blocks(found.model, named, chosen))
