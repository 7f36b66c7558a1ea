"""A command's options and arguments as declared without typer: the plain path parses them, typer gets its own."""

from __future__ import annotations

from typing import Any


class Param:
    """How one parameter of a command appears on the command line, for ``Annotated[type, Option(…)]``.

    It holds what :func:`typer.Option` / :func:`typer.Argument` would be given (the names, then keyword
    settings: ``metavar``, ``help``, ``autocompletion``, ``case_sensitive``…), so that a command module
    imports no typer: ``pmladder.cli.typer_app`` makes typer's own from it when the full command line is
    built, and ``pmladder.cli.plain`` reads the names to parse a plain command line itself.
    """

    __slots__ = ("decls", "settings")

    def __init__(self, *decls: str, **settings: Any) -> None:
        self.decls = decls
        self.settings = settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.decls!r}"


class Option(Param):
    """An option: ``Option("--level", "-l", metavar="LEVEL", help=…)``."""

    __slots__ = ()


class Argument(Param):
    """A positional argument: ``Argument(metavar="LADDER", help=…)``."""

    __slots__ = ()
