"""The command groups (typer apps of subcommands), made here so that the modules that fill one share it."""

from __future__ import annotations

import typer

from pmladder.cli.app import app

#: the `history` command group: cli/history.py (reading) and cli/history_share.py (rm, export, import)
#: register its commands
history_app = typer.Typer(no_args_is_help=False, invoke_without_command=True, rich_markup_mode=None)
app.add_typer(history_app, name="history")
