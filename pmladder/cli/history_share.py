"""`history rm`, `history export` and `history import`: the history commands that change files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder.cli import complete
from pmladder.cli.common import LangOption
from pmladder.cli.groups import history_app

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.history import Shared

IdArgument = Annotated[
    str,
    typer.Argument(metavar="ID", autocompletion=complete.history_ids, help="A result's id. 结果编号。"),
]


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


@history_app.command("export")
def export_command(
    folder: Path = typer.Argument(..., metavar="DIR", help="The folder to write to (made if need be). 目标文件夹。"),  # noqa: B008
    ids: list[str] | None = typer.Argument(  # noqa: B008
        None, metavar="[ID]...", autocompletion=complete.history_ids, help="Only these results. 只导出这些结果。",
        show_default=False,
    ),
    redact: bool = typer.Option(
        False, "--redact", help="Remove your examples and other typed text first. 去掉你写的例子等文字。"
    ),
    lang: LangOption = None,
) -> None:
    """Copy saved results into a folder, to share with a coach. 导出结果，与教练分享。

    \b
    Examples / 示例:
      pmladder history export ~/for-my-coach --redact
      pmladder history export ~/for-my-coach 20261201 20260601
    """
    from pmladder.history_share import check_target, export
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    check_target(folder)
    _said(export(folder, list(ids or []), redact=redact), "export", chosen)


@history_app.command("import")
def import_command(
    folder: Path = typer.Argument(  # noqa: B008
        ..., metavar="DIR", help="A folder of results (pmladder history export). 结果文件夹。"
    ),
    lang: LangOption = None,
) -> None:
    """Copy results from a folder into your history; nothing is ever replaced. 导入结果，不覆盖任何文件。

    \b
    Examples / 示例:
      pmladder history import ~/from-my-coach
    """
    from pmladder.history_share import import_folder
    from pmladder.i18n import parse_lang

    chosen = parse_lang(lang)
    _said(import_folder(folder), "import", chosen)


def _said(done: Shared, action: str, lang: Lang) -> None:
    """What an export or an import did, on standard error: files written, files already there, examples removed."""
    from pmladder.i18n import t
    from pmladder.safetext import inert

    folder = inert(done.folder)
    typer.echo(t(f"history.{action}.done", lang, count=len(done.written), folder=folder), err=True)
    if done.already:
        typer.echo(t("history.share.already", lang, count=len(done.already), names=done.already), err=True)
    if done.redacted:
        typer.echo(t("history.export.redacted", lang, count=done.redacted), err=True)
