"""The command line: a plain command line runs without typer (cli.plain), any other through typer (cli.typer_app)."""

from __future__ import annotations

import contextlib
import os
import sys

from pmladder.cli.common import LangOption  # re-exported: every command takes it

__all__ = ["LangOption", "main"]


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every expected error becomes a one-line message and a documented exit code.

    A command line that :mod:`pmladder.cli.plain` understands whole (options and values it can read
    without doubt) calls its command directly, without importing typer (~40 ms); any other (``--help``,
    completion, a usage error, an option form it does not read) goes through typer, which says what is
    wrong. Both run the command through the one boundary, :func:`pmladder.cli.boundary.guarded`.
    """
    args = sys.argv[1:] if argv is None else argv
    if sys.stdin is None:  # started with standard input closed (<&-): it reads as empty
        with contextlib.suppress(OSError):
            sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115  (open for the whole run)
    from pmladder.cli.plain import run_plain

    answered = run_plain(args)
    if answered is not None:
        return answered
    from pmladder.cli.typer_app import run

    return run(args)
