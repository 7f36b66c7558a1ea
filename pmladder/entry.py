"""The console-script entry point: answers ``--version`` without importing typer, then hands over to the CLI."""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmladder.errors import PmladderError


def main(argv: list[str] | None = None, *, own_process: bool | None = None) -> int:
    """Run pmladder; the exit code. Nothing that happens here ends in a traceback but a bug.

    ``own_process`` (default: when ``argv`` is None, as for the console script and ``python -m``) makes
    this run the owner of the process: Ctrl-C, SIGTERM and SIGHUP end it quietly with 130, 143 and 129
    wherever they land (in imports, while loading, while writing), and a standard output that is closed,
    full or cannot encode a character never ends in a traceback (see pmladder/process.py).
    """
    if own_process is None:
        own_process = argv is None
    loaded: ModuleType | None = None
    try:
        from pmladder import process

        loaded = process

        global _ARGS
        args = _ARGS = sys.argv[1:] if argv is None else argv
        if own_process:
            process.start()
        code = _run(args)
        if own_process:
            code = process.finish(code, _words)  # flushes standard output: an OutputError when it fails
    except BaseException as exc:
        if loaded is None:  # interrupted while the process module itself was imported
            if isinstance(exc, KeyboardInterrupt):
                return 130
            raise
        if own_process:
            loaded.stop_signals()
        code = _ended(exc, own_process)
    if own_process:
        loaded.stop_signals()  # a signal that lands while Python exits leaves no traceback
        loaded.release_streams()
        if loaded.received is not None:
            # After a signal, end here: Python's own exit would run more code that a second signal could
            # interrupt, and after an interrupt inside exec() it ends `python -m` by SIGINT, not with 130.
            loaded.exit_now(code)
    return code


def _run(args: list[str]) -> int:
    if args in (["--version"], ["-V"]):
        # The fast path keeps `pmladder --version` within its speed budget (see benchmarks/).
        from pmladder import __version__

        sys.stdout.write(f"pmladder {__version__}\n")
        return 0
    # pmladder loads no pydantic plugins; skipping their discovery (an entry-point scan of every
    # installed package) saves ~50 ms on each command that validates data.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from pmladder.cli import main as cli_main

    return cli_main(args)


def _ended(exc: BaseException, own_process: bool) -> int:
    """The exit code of a run that ``exc`` ended outside the CLI's own boundary (a bug is raised again)."""
    from pmladder import process
    from pmladder.errors import PmladderError
    from pmladder.safetext import inert

    code = process.exit_code(exc)  # Ctrl-C or another signal
    if code is not None:
        return code
    if isinstance(exc, SystemExit):
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    elif isinstance(exc, PmladderError):  # standard output failed at the last flush, outside the CLI
        process.reported(exc)
        process.say(f"pmladder: {inert(_words(exc))}")
        code = exc.exit_code
    else:
        raise exc
    if own_process:
        try:
            code = process.finish(code, _words)
        except PmladderError as again:
            process.reported(again)
            process.say(f"pmladder: {inert(_words(again))}")
            code = again.exit_code
    return code


def _words(exc: PmladderError) -> str:
    """An error that ended the run outside the CLI's boundary (standard output failing at the last
    flush), in the command line's language."""
    from pmladder.i18n import lang_of, t

    return t(exc.code, lang_of(sys.argv[1:] if _ARGS is None else _ARGS), **exc.params)


#: the arguments of the current run (set by :func:`main`)
_ARGS: list[str] | None = None
