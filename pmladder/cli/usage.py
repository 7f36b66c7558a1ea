"""Usage errors of the option parser (click's) in pmladder's words: one line, with the help to look at."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pmladder.i18n import t

if TYPE_CHECKING:
    from pmladder.i18n import Lang


def usage_line(exc: Exception, lang: Lang, args: list[str]) -> str:
    """What is wrong with the command line ``args``, and the help to look at, in ``lang``."""
    param = getattr(exc, "param", None)
    if _kind(exc, "BadParameter") and "--format" in (getattr(param, "opts", None) or []):
        # the one wording of a --format a command does not print (see cli.common.check_format)
        return t("cli.bad-format", lang, allowed=getattr(param, "metavar", ""), value=_format_given(args))
    return t("cli.try", lang, problem=_problem(exc, lang), command=_command(exc, args))


def _kind(exc: Exception, name: str) -> bool:
    """Whether ``exc`` is a click error of the class ``name`` (typer's copy of click or click itself)."""
    return any(c.__name__ == name for c in type(exc).__mro__)


def _text(exc: Exception) -> str:
    return exc.format_message() if hasattr(exc, "format_message") else str(exc)


def _no_option(exc: Exception, lang: Lang) -> str | None:
    problem = t("cli.no-option", lang, name=getattr(exc, "option_name", ""))
    possible = sorted(getattr(exc, "possibilities", None) or [])
    return t("cli.did-you-mean", lang, problem=problem, names=", ".join(possible)) if possible else problem


def _option_usage(exc: Exception, lang: Lang) -> str | None:
    text, name = _text(exc), getattr(exc, "option_name", "")
    if "requires an argument" in text:
        return t("cli.needs-value", lang, name=name)
    if "does not take a value" in text:
        return t("cli.takes-no-value", lang, name=name)
    return None


def _missing(exc: Exception, lang: Lang) -> str | None:
    param = getattr(exc, "param", None)
    if param is None:
        return None
    if getattr(param, "param_type_name", "") == "argument":
        return t("cli.missing-argument", lang, name=_argument_name(param))
    return t("cli.missing-option", lang, name=" / ".join(getattr(param, "opts", None) or [param.name]))


def _invalid(exc: Exception, lang: Lang) -> str | None:
    param = getattr(exc, "param", None)
    if param is None:
        return None
    name = " / ".join(param.opts) if getattr(param, "opts", None) else _argument_name(param)
    return t("cli.invalid", lang, name=name, detail=str(getattr(exc, "message", _text(exc))).rstrip("."))


def _no_command(exc: Exception, lang: Lang) -> str | None:
    found = re.fullmatch(r"No such command (.+)\.", _text(exc))
    return t("cli.no-command", lang, name=found.group(1)) if found else None


def _extra(exc: Exception, lang: Lang) -> str | None:
    found = re.fullmatch(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", _text(exc))
    return t("cli.extra", lang, args=found.group(1)) if found else None


#: click's error classes and how each is said, tried in order (None: not this one); "" matches any error
_DESCRIBE: list[tuple[str, Callable[[Exception, Lang], str | None]]] = [
    ("NoSuchOption", _no_option),
    ("BadOptionUsage", _option_usage),
    ("MissingParameter", _missing),
    ("BadParameter", _invalid),
    ("", _no_command),
    ("", _extra),
]


def _problem(exc: Exception, lang: Lang) -> str:
    """The problem in ``lang``; a usage error these words do not cover in click's own words."""
    for kind, describe in _DESCRIBE:
        if not kind or _kind(exc, kind):
            words = describe(exc, lang)
            if words is not None:
                return words
    problem = _text(exc).rstrip(".")
    return problem[:1].lower() + problem[1:]


def _command(exc: Exception, args: list[str]) -> str:
    """The command whose help to look at: the error's, else the command as typed (before its context)."""
    command = getattr(getattr(exc, "ctx", None), "command_path", None) or "pmladder"
    if command == "pmladder":
        words = [arg for arg in args if not arg.startswith("-")][:1]
        if words and words[0] in _command_names():
            command = f"pmladder {words[0]}"
    return str(command)


def _argument_name(param: object) -> str:
    """An argument as the usage line shows it: ``LADDER``."""
    name = getattr(param, "metavar", None) or str(getattr(param, "name", "") or "").upper()
    return str(name).strip("{}[]. ")


def _command_names() -> set[str]:
    """The names of pmladder's commands."""
    from pmladder.cli.app import app

    return app.names()


def _format_given(args: list[str]) -> str:
    """The last value given to ``--format`` / ``-f`` on the command line, as typed."""
    given = ""
    for i, arg in enumerate(args):
        if arg in ("--format", "-f") and i + 1 < len(args):
            given = args[i + 1]
        elif arg.startswith("--format="):
            given = arg.removeprefix("--format=")
        elif arg.startswith("-f") and len(arg) > 2 and not arg.startswith("--"):
            given = arg[2:]
    return given
