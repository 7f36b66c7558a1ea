"""The full command line: the typer app built from the declared commands (help, completion, every option form)."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable
from typing import Annotated, Any, get_args, get_origin, get_type_hints

import typer

# pydantic looks for plugins when it builds the first model or option adapter: 10-50 ms of a run for plugins
# pmladder never uses (importing pmladder.model turns that off: skip_plugin_discovery)
import pmladder.model  # noqa: F401
from pmladder import __version__
from pmladder.cli import complete as _complete
from pmladder.cli.app import COMMAND_MODULES
from pmladder.cli.app import app as declared
from pmladder.cli.params import Argument, Param

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


def for_typer(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` as typer reads it: each :class:`~pmladder.cli.params.Param` in its annotations made into
    typer's own option or argument (typer's options in its defaults are left as they are)."""
    hints = get_type_hints(function, include_extras=True)
    signature = inspect.signature(function)
    parameters = []
    for parameter in signature.parameters.values():
        hint = hints.get(parameter.name, parameter.annotation)
        if get_origin(hint) is Annotated:
            base, *extras = get_args(hint)
            made = [_typer_param(extra) if isinstance(extra, Param) else extra for extra in extras]
            hint = Annotated[(base, *made)]
        parameters.append(parameter.replace(annotation=hint))

    @functools.wraps(function)
    def command(*args: Any, **kwargs: Any) -> Any:
        return function(*args, **kwargs)

    command.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {p.name: p.annotation for p in parameters}
    del command.__wrapped__  # typer reads the signature above, not the function's own
    return command


def _typer_param(param: Param) -> Any:
    make = typer.Argument if isinstance(param, Argument) else typer.Option
    return make(*param.decls, **param.settings)


def _build() -> None:
    """Import every command module (they declare their commands) and register what they declared."""
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    for kind, target, settings in declared.records:
        if kind == "group":
            _group_for_typer(target)
            app.add_typer(target, **settings)
        else:
            app.command(**settings)(for_typer(target))


def _group_for_typer(group: typer.Typer) -> None:
    """A group's commands (and its own callback, and its groups') as typer reads them: see :func:`for_typer`."""
    for command in group.registered_commands:
        if command.callback is not None:
            command.callback = for_typer(command.callback)
    if group.registered_callback is not None and group.registered_callback.callback is not None:
        group.registered_callback.callback = for_typer(group.registered_callback.callback)
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _group_for_typer(sub.typer_instance)


_build()


def run(args: list[str]) -> int:
    """Run ``args`` through typer; click's own endings (usage errors, ``--help``, Abort) become exit codes,
    the rest is the boundary's (:func:`pmladder.cli.boundary.guarded`)."""
    from pmladder.cli.boundary import guarded
    from pmladder.errors import EXIT_INTERRUPTED

    if _complete.requested():  # a completion script asks (_PMLADDER_COMPLETE): typer's shells answer
        _complete.enable()
    try:
        result = guarded(lambda: app(args=args, prog_name="pmladder", standalone_mode=False), args)
    except _CLICK_ERROR as exc:
        _show_click_error(exc, args)
        return int(exc.exit_code)  # type: ignore[attr-defined]
    except typer.Abort:  # Ctrl-C or end of input where click itself was reading
        return EXIT_INTERRUPTED
    return result


#: click's base of usage errors: typer's own copy of click in newer typer, click itself in older ones
_CLICK_ERROR: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _show_click_error(exc: Exception, args: list[str]) -> None:
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
    lang = lang_of(args)
    try:
        line = usage_line(exc, lang, args)
    except Exception:  # the words are a nicety: click's own message, never a traceback
        line = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    say(inert(f"pmladder: {line}"))

