"""The commands as declared, without typer: the full command line is built from them, the plain path calls one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Command = TypeVar("Command", bound=Callable[..., Any])

#: the modules that declare commands, in the order ``pmladder --help`` lists them; a new command module goes here
#: (``pmladder.cli.typer_app`` imports them all; the plain path imports only ``pmladder.cli.<command>``)
COMMAND_MODULES: tuple[str, ...] = (
    "pmladder.cli.assess",
    "pmladder.cli.ladders",
    "pmladder.cli.show",
    "pmladder.cli.compare",
    "pmladder.cli.scorecard",
    "pmladder.cli.review",
    "pmladder.cli.feedback",
    "pmladder.cli.history",
    "pmladder.cli.history_share",
    "pmladder.cli.status",
    "pmladder.cli.validate",
)


class Commands:
    """What the command modules declare, in the order they declare it: ``@app.command("show")`` records a
    command function (its parameters ``Annotated`` with :mod:`pmladder.cli.params`, or with typer's own
    options), ``app.add_typer(group, name=…)`` a typer group of subcommands. Recording imports nothing;
    ``pmladder.cli.typer_app`` registers every record with typer, in order."""

    def __init__(self) -> None:
        self.records: list[tuple[str, Any, dict[str, Any]]] = []
        self.functions: dict[str, Callable[..., Any]] = {}

    def command(self, name: str | None = None, **settings: Any) -> Callable[[Command], Command]:
        """Declare the function it decorates as the command ``name`` (by default its name, as typer makes
        it: ``schema_command`` is ``schema-command``); settings as for typer's ``command``."""

        def record(function: Command) -> Command:
            self.records.append(("command", function, {"name": name, **settings}))
            self.functions[name or function.__name__.lower().replace("_", "-")] = function
            return function

        return record

    def names(self) -> set[str]:
        """The name of every command and group declared so far."""
        groups = {settings.get("name") for kind, _, settings in self.records if kind == "group"}
        return set(self.functions) | {name for name in groups if isinstance(name, str)}

    def add_typer(self, group: Any, **settings: Any) -> None:
        """Declare a typer group of subcommands (``name=…`` and the rest as for typer's ``add_typer``)."""
        self.records.append(("group", group, settings))


#: every command module declares its commands here
app = Commands()
