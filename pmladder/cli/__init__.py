"""The command line: the only place that imports typer; one boundary turns PmladderError into exit codes."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from pmladder import __version__

if TYPE_CHECKING:
    from pmladder.errors import PmladderError
    from pmladder.i18n import Catalogue, Lang

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
    from pmladder.i18n import lang_of, t

    where = f"{exc.location.file}:{exc.location.line}:{exc.location.col}: " if exc.location is not None else ""
    return where + t(exc.code, lang_of(args), **exc.params)


def _say(line: str) -> None:
    """One line on standard error, made inert (no terminal control in it can act)."""
    from pmladder.process import say
    from pmladder.safetext import inert

    say(inert(line))


#: click's base of usage errors: typer's own copy of click in newer typer, click itself in older ones
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


#: click's usage errors, in pmladder's words and languages: one line, with the help to look at
USAGE_MESSAGES: Catalogue = {
    "no-option": {"en": "unknown option {name}", "zh": "没有这个选项：{name}"},
    "did-you-mean": {"en": "{problem} (did you mean {names}?)", "zh": "{problem}（是不是 {names}？）"},
    "needs-value": {"en": "option {name} needs a value", "zh": "选项 {name} 需要一个值"},
    "takes-no-value": {"en": "option {name} takes no value", "zh": "选项 {name} 不接受值"},
    "missing-argument": {"en": "missing argument {name}", "zh": "缺少参数 {name}"},
    "missing-option": {"en": "missing option {name}", "zh": "缺少选项 {name}"},
    "no-command": {"en": "unknown command {name}", "zh": "没有这个命令：{name}"},
    "extra": {"en": "unexpected argument {args}", "zh": "多余的参数：{args}"},
    "invalid": {"en": "invalid value for {name}: {detail}", "zh": "{name} 的值无效：{detail}"},
    "try": {"en": "{problem}; try {command} --help", "zh": "{problem}；查看帮助：{command} --help"},
}


def _show_click_error(exc: Exception) -> None:
    """A usage error of the option parser as one line, ``pmladder: …; try pmladder COMMAND --help``, in the
    command line's language (``--lang`` as typed, else the environment's); ``pmladder`` alone shows help."""
    import io

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
        line = _usage_line(exc, lang)
    except Exception:  # the words are a nicety: click's own message, never a traceback
        line = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    say(inert(f"pmladder: {line}"))


#: the arguments of the current command line (set by :func:`main`)
_ARGS: list[str] | None = None


def _usage_line(exc: Exception, lang: Lang) -> str:
    """What is wrong with the command line, and the help to look at, in ``lang``."""
    import re

    from pmladder.i18n import message

    def say(key: str, **fields: object) -> str:
        return message(USAGE_MESSAGES, key, lang, **fields)

    kinds = {c.__name__ for c in type(exc).__mro__}
    ctx = getattr(exc, "ctx", None)
    param = getattr(exc, "param", None)
    text = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    if "NoSuchOption" in kinds:
        problem = say("no-option", name=exc.option_name)  # type: ignore[attr-defined]
        possible = sorted(getattr(exc, "possibilities", None) or [])
        if possible:
            problem = say("did-you-mean", problem=problem, names=", ".join(possible))
    elif "BadOptionUsage" in kinds and "requires an argument" in text:
        problem = say("needs-value", name=exc.option_name)  # type: ignore[attr-defined]
    elif "BadOptionUsage" in kinds and "does not take a value" in text:
        problem = say("takes-no-value", name=exc.option_name)  # type: ignore[attr-defined]
    elif "MissingParameter" in kinds and param is not None:
        if getattr(param, "param_type_name", "") == "argument":
            problem = say("missing-argument", name=_argument_name(param))
        else:
            problem = say("missing-option", name=" / ".join(getattr(param, "opts", None) or [param.name]))
    elif "BadParameter" in kinds and param is not None:
        name = " / ".join(param.opts) if getattr(param, "opts", None) else _argument_name(param)
        problem = say("invalid", name=name, detail=str(getattr(exc, "message", text)).rstrip("."))
    elif (found := re.fullmatch(r"No such command (.+)\.", text)) is not None:
        problem = say("no-command", name=found.group(1))
    elif (found := re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", text)) is not None:
        problem = say("extra", args=found.group(1))
    else:  # a usage error these words do not cover: click's own words
        problem = text.rstrip(".")
        problem = problem[:1].lower() + problem[1:]
    command = getattr(ctx, "command_path", None) or "pmladder"
    if command == "pmladder":  # the error came before the command's own context: the command as typed
        words = [arg for arg in (_ARGS or []) if not arg.startswith("-")][:1]
        if words and words[0] in _command_names():
            command = f"pmladder {words[0]}"
    return say("try", problem=problem, command=command)


def _argument_name(param: object) -> str:
    """An argument as the usage line shows it: ``LADDER``."""
    name = getattr(param, "metavar", None) or str(getattr(param, "name", "") or "").upper()
    return str(name).strip("{}[]. ")


def _command_names() -> set[str]:
    """The names of pmladder's commands."""
    return {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}


def _os_error(exc: OSError, args: list[str]) -> str:
    """``file: reason`` for an OSError, in the command line's language."""
    from pmladder.i18n import lang_of, t
    from pmladder.process import why

    reason = why(exc)
    words = t(reason.code, lang_of(args), **reason.params)
    return f"{exc.filename}: {words}" if exc.filename is not None else words
