"""A plain command line, read without typer: the command's own function is called with the values it names."""

from __future__ import annotations

import enum
import importlib
import os
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmladder.cli.app import COMMAND_MODULES, app
from pmladder.cli.params import Argument, Option, Param

#: settings of an option that change nothing but its help or completion: any other (a callback, a check of
#: the path, a prompt…) is typer's to apply, so a command that has one is left to typer
INERT_SETTINGS = frozenset({"metavar", "help", "autocompletion", "show_default", "case_sensitive", "rich_help_panel"})
#: the value types read here (``X | None`` too); any other leaves the command to typer
SCALARS: tuple[type, ...] = (str, bool, int, float, Path)
HELP = frozenset({"-h", "--help"})
#: what a whole-number or decimal value looks like when it is read here (anything else goes to typer)
INTEGER = re.compile(r"-?[0-9]+")
DECIMAL = re.compile(r"-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")


class Spec:
    """One parameter of a command: its name, the type of its value, how it is given, and its default."""

    __slots__ = ("default", "kind", "name", "param", "required")

    def __init__(self, name: str, kind: type, param: Param, default: Any, required: bool) -> None:
        self.name, self.kind, self.param, self.default, self.required = name, kind, param, default, required


def run_plain(args: list[str]) -> int | None:
    """Run ``pmladder ARGS`` without typer when the command line is plain (see :func:`parse`), through the
    same boundary as the typer path; None when it is not (typer then reads it and says what is wrong)."""
    function = command_function(args[0]) if args and not os.environ.get("_PMLADDER_COMPLETE") else None
    specs = specs_of(function) if function is not None else None
    values = parse(specs, args[1:]) if specs is not None else None
    if function is None or values is None:
        return None
    from pmladder.cli.boundary import guarded

    return guarded(lambda: _interruptible(function, values), args)


def _interruptible(function: Callable[..., Any], values: dict[str, Any]) -> Any:
    """Call a command as typer does: Ctrl-C ends it with 130; so does the end of input, after a new line on
    standard error (click's Abort)."""
    from pmladder.errors import EXIT_INTERRUPTED

    try:
        return function(**values)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except EOFError:
        from pmladder.process import say

        say("")
        return EXIT_INTERRUPTED


def command_function(name: str) -> Callable[..., Any] | None:
    """The function of the command ``name`` (its module, ``pmladder.cli.<name>``, imported), or None when
    there is no such command module (a group, or a command declared elsewhere: typer's to find)."""
    module = f"pmladder.cli.{name.replace('-', '_')}"
    if module not in COMMAND_MODULES:
        return None
    importlib.import_module(module)
    return app.functions.get(name)


def specs_of(function: Callable[..., Any]) -> list[Spec] | None:
    """Each parameter of a command function, or None when one of them is not declared with
    :mod:`pmladder.cli.params`, has a setting or a type this module does not read (typer's then)."""
    hints = typing.get_type_hints(function, include_extras=True)
    code = function.__code__
    names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
    positional_defaults = function.__defaults__ or ()
    with_defaults = names[code.co_argcount - len(positional_defaults) : code.co_argcount]
    defaults = dict(zip(with_defaults, positional_defaults, strict=True))
    defaults.update(function.__kwdefaults__ or {})
    specs = []
    for name in names:
        spec = _spec(name, hints.get(name), defaults.get(name, ...))
        if spec is None:
            return None
        specs.append(spec)
    return specs


def _spec(name: str, hint: Any, default: Any) -> Spec | None:
    if typing.get_origin(hint) is not typing.Annotated:
        return None
    base, *extras = typing.get_args(hint)
    params = [extra for extra in extras if isinstance(extra, Param)]
    kind = _value_type(base)
    if len(params) != 1 or kind is None or not _plain_param(params[0], kind, default):
        return None
    return Spec(name, kind, params[0], None if default is ... else default, required=default is ...)


def _plain_param(param: Param, kind: type, default: Any) -> bool:
    """Whether the plain path reads this parameter as typer would: only settings that change the help,
    options named ``--name`` or ``-n`` (no ``--on/--off`` pairs), flags that are off by default."""
    if not INERT_SETTINGS.issuperset(param.settings):
        return False
    if isinstance(param, Option) and (not param.decls or any("/" in d or not d.startswith("-") for d in param.decls)):
        return False
    return kind is not bool or (isinstance(param, Option) and default is False)


def _value_type(base: Any) -> type | None:
    """``str`` for ``str`` and ``str | None``, …; None for a type this module does not read."""
    if isinstance(base, types.UnionType) or typing.get_origin(base) is typing.Union:
        others = [arg for arg in typing.get_args(base) if arg is not type(None)]
        base = others[0] if len(others) == 1 else None
    if isinstance(base, type) and (base in SCALARS or issubclass(base, enum.StrEnum)):
        return base
    return None


def parse(specs: list[Spec], tokens: list[str]) -> dict[str, Any] | None:
    """The value of every parameter for ``tokens``, or None unless the command line is plain: options by
    their full name (``--level X``, ``--level=X``, ``-l X``, a flag alone), each at most once, values that
    convert without doubt, and as many positional arguments as the command takes, with every required one.
    Anything else (``--help``, ``--``, ``-lX``, an unknown option, a value that looks like an option but
    ``-``) is left to typer, which reads it as click does and says what is wrong."""
    arguments = [spec for spec in specs if isinstance(spec.param, Argument)]
    read = _read_tokens(specs, tokens)
    if read is None:
        return None
    values, given = read
    if len(given) > len(arguments) or not _read_arguments(arguments, given, values):
        return None
    if any(spec.required and spec.name not in values for spec in specs):
        return None
    return {spec.name: values.get(spec.name, spec.default) for spec in specs}


def _read_tokens(specs: list[Spec], tokens: list[str]) -> tuple[dict[str, Any], list[str]] | None:
    """The options' values and the positional arguments as given, or None when a token is not plain."""
    options = {decl: spec for spec in specs if isinstance(spec.param, Option) for decl in spec.param.decls}
    values: dict[str, Any] = {}
    given: list[str] = []
    pending = list(tokens)
    while pending:
        token = pending.pop(0)
        if token in HELP or token == "--":
            return None
        if not token.startswith("-") or token == "-":
            given.append(token)
        elif not _read_option(options, token, pending, values):
            return None
    return values, given


def _read_option(options: dict[str, Spec], token: str, pending: list[str], values: dict[str, Any]) -> bool:
    """Read the option ``token`` (and its value, from ``pending`` when it is not attached) into ``values``;
    False when that is not plain."""
    name, equals, attached = token.partition("=") if token.startswith("--") else (token, "", "")
    spec = options.get(name)
    if spec is None or spec.name in values:
        return False
    if spec.kind is bool:
        values[spec.name] = True
        return not equals
    if equals:
        raw: str | None = attached
    else:
        raw = pending.pop(0) if pending else None
        if raw is not None and raw != "-" and raw.startswith("-"):
            return False  # a value that looks like an option: click's reading of it is its own
    value = _converted(spec, raw) if raw is not None else None
    values[spec.name] = value
    return value is not None


def _read_arguments(arguments: list[Spec], given: list[str], values: dict[str, Any]) -> bool:
    """The positional arguments ``given``, in order, into ``values``; False when one does not convert."""
    for spec, raw in zip(arguments, given, strict=False):
        value = _converted(spec, raw)
        if value is None:
            return False
        values[spec.name] = value
    return True


def _converted(spec: Spec, raw: str) -> Any:
    """``raw`` as the parameter's type, or None when it does not convert without doubt."""
    kind = spec.kind
    if kind is str:
        return raw
    if kind is Path:
        return Path(raw) if raw else None
    if kind is int:
        return int(raw) if INTEGER.fullmatch(raw) else None
    if kind is float:
        return float(raw) if DECIMAL.fullmatch(raw) else None
    assert issubclass(kind, enum.StrEnum)
    any_case = not spec.param.settings.get("case_sensitive", True)
    for member in kind:
        if raw == member.value or (any_case and raw.lower() == member.value.lower()):
            return member
    return None
