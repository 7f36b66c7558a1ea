"""The command line: the only place that imports typer; one boundary turns PmladderError into exit codes."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from pmladder import __version__

app = typer.Typer(
    name="pmladder",
    help="Find where you stand on a product-manager career ladder, and what to do next. "
    "找到你在产品经理职级体系中的位置，以及下一步该做什么。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


from pmladder.cli import complete as _complete  # noqa: E402  (stdlib and typer only)

#: The --lang option every command shares.
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="zh|en",
        help="Language (default: from LC_ALL/LANG). 语言。",
        show_default=False,
        autocompletion=_complete.langs,
    ),
]


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"pmladder {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", help="Print the version and exit.", callback=_version_callback, is_eager=True
    ),
    install_completion: bool = typer.Option(
        False,
        "--install-completion",
        help="Install shell completion for the current shell (bash, zsh, fish, PowerShell). "
        "为当前 shell 安装命令补全。",
        callback=_complete.install_callback,
        is_eager=True,
        expose_value=False,
    ),
    show_completion: bool = typer.Option(
        False,
        "--show-completion",
        help="Print the completion script of the current shell, to install it by hand. 显示当前 shell 的补全脚本。",
        callback=_complete.show_callback,
        is_eager=True,
        expose_value=False,
    ),
) -> None:
    """Find where you stand on a product-manager career ladder, and what to do next.

    Examples:

      pmladder assess                       # guided self-assessment (picks a ladder)

      pmladder validate ladders/            # check ladder files, file:line:col errors

      pmladder compare b2b-healthcare pm-generic
    """


# Each command lives in its own module and keeps heavy imports (yaml, pydantic, rich) inside the
# command function, so that --version and --help stay fast.
from pmladder.cli import assess as _assess  # noqa: E402,F401
from pmladder.cli import browse as _browse  # noqa: E402,F401
from pmladder.cli import compare as _compare  # noqa: E402,F401
from pmladder.cli import validate as _validate  # noqa: E402,F401


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every expected error becomes a one-line message and a documented exit code.

    Click's standalone mode handles usage errors (exit 2), ``--help`` and ``typer.Exit``;
    PmladderError is not a click exception, so it reaches this one boundary.
    """
    from pmladder.errors import PmladderError

    args = sys.argv[1:] if argv is None else argv
    if _complete.requested():  # a completion script asks (_PMLADDER_COMPLETE): typer's shells answer
        _complete.enable()
    try:
        app(args=args, prog_name="pmladder")
    except PmladderError as exc:
        typer.echo(f"pmladder: {exc.message}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
