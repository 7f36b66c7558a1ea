"""The one boundary of a command: a PmladderError (or a file that fails under it) becomes one line and an exit code."""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pmladder.errors import PmladderError


def guarded(call: Callable[[], Any], args: list[str]) -> int:
    """Run a command (``call``) and give its exit code: PmladderError says its sentence (its message and exit
    code), an OSError or a symlink loop its file and reason (exit 2), SystemExit its code; a command that
    returns an int exits with it, one that returns normally with 0. Whatever is printed here goes through
    :func:`pmladder.safetext.inert`: a file name with terminal controls in it is shown, never acted on.
    The typer path and the plain path (pmladder.cli.plain) both run their command through this."""
    from pmladder.errors import EXIT_USAGE, PmladderError

    try:
        result = call()
    except PmladderError as exc:
        from pmladder.process import reported

        reported(exc)  # a failed standard output is shown once
        _say(f"pmladder: {_words(exc, args)}")
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except OSError as exc:  # a file that changed under a command's feet: still one line, no traceback
        _say(f"pmladder: {_os_error(exc, args)}")
        return EXIT_USAGE
    except RuntimeError as exc:
        if not str(exc).startswith("Symlink loop from "):  # pathlib's Path.resolve() before Python 3.13
            raise
        looping = OSError(errno.ELOOP, "symbolic link loop", str(exc).removeprefix("Symlink loop from "))
        _say(f"pmladder: {_os_error(looping, args)}")
        return EXIT_USAGE
    # typer.Exit(n) (and click's ctx.exit) come back as n; a command that returns normally gives None
    return result if isinstance(result, int) and not isinstance(result, bool) else 0


def _words(exc: PmladderError, args: list[str]) -> str:
    """An error's sentence in the command line's language (--lang as typed, else the environment's),
    after its location when it has one."""
    from pmladder.i18n import error_text, lang_of

    return error_text(exc, "zh" if exc.lang == "zh" else "en" if exc.lang == "en" else lang_of(args))


def _say(line: str) -> None:
    """One line on standard error, made inert (no terminal control in it can act)."""
    from pmladder.process import say
    from pmladder.safetext import inert

    say(inert(line))


def _os_error(exc: OSError, args: list[str]) -> str:
    """``file: reason`` for an OSError, in the command line's language."""
    from pmladder.i18n import lang_of, t
    from pmladder.process import why

    reason = why(exc)
    words = t(reason.code, lang_of(args), **reason.params)
    return f"{exc.filename}: {words}" if exc.filename is not None else words
