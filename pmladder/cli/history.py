"""The `history` command group: list saved results, show one again, diff, trend, remove, export and import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli.app import app
from pmladder.cli.common import Format, LangOption, check_format, format_option

if TYPE_CHECKING:
    from pmladder.errors import PmladderError
    from pmladder.i18n import Lang

FORMATS = (Format.TEXT, Format.MARKDOWN, Format.JSON)
FormatOption = Annotated[Format, format_option(*FORMATS)]


def _ids(incomplete: str) -> list[str]:
    """Shell completion of a result's id: the saved results' ids (a folder listing, nothing read)."""
    from pmladder.history import ids

    return [ident for ident in ids() if ident.startswith(incomplete)]


IdArgument = Annotated[
    str,
    typer.Argument(metavar="ID", autocompletion=_ids, help="A result's id, or a unique start of it. 结果编号。"),
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

history_app = typer.Typer(
    no_args_is_help=False,
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.add_typer(history_app, name="history")


@history_app.callback()
def history_command(ctx: typer.Context, lang: LangOption = None, fmt: FormatOption = Format.TEXT) -> None:
    """Your saved results: list them, show one again, compare two, see the trend, remove, share.

    已保存的结果：列出、重新显示、比较两次、查看趋势、删除、导出给教练。

    Without a command: the list, oldest first, with the id to type (a unique start of it is enough).
    Results stay in your data folder (pmladder history shows where); docs/history.md says more.

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


@history_app.command("rm")
def rm_command(
    ident: IdArgument,
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask (for scripts). 不询问，直接删除。"),
    lang: LangOption = None,
) -> None:
    """Remove a saved result, after asking. 删除一个已保存的结果（会先确认）。

    \b
    Examples / 示例:
      pmladder history rm 20260822-093015
      pmladder history rm 20260822 --yes
    """
    import sys

    from pmladder import history
    from pmladder.errors import PmladderError, UsageError
    from pmladder.i18n import parse_lang, t
    from pmladder.process import is_tty
    from pmladder.render.history import describe
    from pmladder.safetext import inert

    chosen = parse_lang(lang)
    ident, path = history.resolve(ident)
    if not yes:
        if not is_tty(sys.stdin):
            raise UsageError("history.rm.no-tty", id=ident)
        try:
            what = describe(history.read(path, ident).entry, chosen)
        except PmladderError:  # a damaged file is named by its file name; it can still be removed
            what = path.name
        if not typer.confirm(inert(t("history.rm.ask", chosen, what=what)), default=False):
            typer.echo(t("history.rm.kept", chosen), err=True)
            return
    history.remove(path)
    typer.echo(t("history.rm.done", chosen, id=ident, file=inert(path.name)), err=True)
