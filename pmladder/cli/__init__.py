"""The command line: the only place that imports typer; one boundary turns PmladderError into exit codes."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from pmladder.errors import PmladderError

from pmladder.cli import complete as _complete
from pmladder.cli.app import app
from pmladder.cli.common import LangOption  # re-exported: every command takes it

__all__ = ["LangOption", "app", "main"]


# Each command lives in its own module and keeps heavy imports (yaml, pydantic, rich) inside the
# command function, so that --version and --help stay fast.
# the order of `pmladder --help`
# isort: off
from pmladder.cli import assess as _assess  # noqa: F401
from pmladder.cli import ladders as _ladders  # noqa: F401
from pmladder.cli import show as _show  # noqa: F401
from pmladder.cli import compare as _compare  # noqa: F401
from pmladder.cli import scorecard as _scorecard  # noqa: F401
from pmladder.cli import history as _history  # noqa: F401
from pmladder.cli import history_share as _history_share  # noqa: F401
from pmladder.cli import status as _status  # noqa: F401
from pmladder.cli import validate as _validate  # noqa: F401
# isort: on


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every expected error becomes a one-line message and a documented exit code.

    Click runs outside its standalone mode, so that every way a command ends comes here: PmladderError
    (its message and exit code), click's usage errors (exit 2), ``--help`` and ``typer.Exit``, Ctrl-C
    (130). Whatever is printed here goes through :func:`pmladder.safetext.inert`: a file name with
    terminal controls in it (an escape sequence, a newline) is shown, never acted on.
    """
    from pmladder.errors import EXIT_INTERRUPTED, EXIT_USAGE, PmladderError

    global _ARGS
    args = _ARGS = sys.argv[1:] if argv is None else argv
    if sys.stdin is None:  # started with standard input closed (<&-): it reads as empty
        with contextlib.suppress(OSError):
            sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115  (open for the whole run)
    if _complete.requested():  # a completion script asks (_PMLADDER_COMPLETE): typer's shells answer
        _complete.enable()
    try:
        result = app(args=args, prog_name="pmladder", standalone_mode=False)
    except PmladderError as exc:
        from pmladder.process import reported

        reported(exc)  # a failed standard output is shown once
        _say(f"pmladder: {_words(exc, args)}")
        return exc.exit_code
    except _CLICK_ERROR as exc:
        _show_click_error(exc)
        return int(exc.exit_code)  # type: ignore[attr-defined]
    except typer.Abort:  # Ctrl-C or end of input where click itself was reading
        return EXIT_INTERRUPTED
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
    return result if isinstance(result, int) else 0


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


#: click's base of usage errors: typer's own copy of click in newer typer, click itself in older ones
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _show_click_error(exc: Exception) -> None:
    """A usage error of the option parser as one line, ``pmladder: …; try pmladder COMMAND --help``, in the
    command line's language (``--lang`` as typed, else the environment's); ``pmladder`` alone shows help."""
    import io

    from pmladder.cli.usage import usage_line
    from pmladder.i18n import lang_of
    from pmladder.process import say
    from pmladder.safetext import inert, inert_lines

    if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments at all: the help, as click shows it

        class _Terminal(io.StringIO):
            def isatty(self) -> bool:  # keeps click from stripping escape sequences: they are shown instead
                return True

        buffer = _Terminal()
        exc.show(file=buffer)  # type: ignore[attr-defined]
        say(inert_lines(buffer.getvalue().rstrip("\n")))
        return
    lang = lang_of(sys.argv[1:] if _ARGS is None else _ARGS)
    try:
        line = usage_line(exc, lang, _ARGS or [])
    except Exception:  # the words are a nicety: click's own message, never a traceback
        line = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    say(inert(f"pmladder: {line}"))


#: the arguments of the current command line (set by :func:`main`)
_ARGS: list[str] | None = None


def _os_error(exc: OSError, args: list[str]) -> str:
    """``file: reason`` for an OSError, in the command line's language."""
    from pmladder.i18n import lang_of, t
    from pmladder.process import why

    reason = why(exc)
    words = t(reason.code, lang_of(args), **reason.params)
    return f"{exc.filename}: {words}" if exc.filename is not None else words

