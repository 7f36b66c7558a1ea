"""The typer app every command registers with, and its root options (--version, shell completion)."""

from __future__ import annotations

import os

import typer

from pmladder import __version__
from pmladder.cli import complete as _complete

# pydantic looks for plugins among the entry points of every installed distribution when it builds the first
# model: 10-45 ms of a run (more the more is installed) for plugins pmladder never uses. A user who sets the
# variable keeps their choice.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

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


#: the `history` command group: cli/history.py (reading) and cli/history_share.py (rm, export, import)
#: register its commands
history_app = typer.Typer(no_args_is_help=False, invoke_without_command=True, rich_markup_mode=None)
app.add_typer(history_app, name="history")
