"""What the commands share: the --lang and --format options, loading the ladder named on the command line, printing."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from pmladder.cli import complete
from pmladder.cli.params import Option

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic import BaseModel
    from rich.console import RenderableType

    from pmladder.i18n import Lang
    from pmladder.model.ladder import Ladder
    from pmladder.render.blocks import Block

#: The --lang option every command shares.
LangOption = Annotated[
    str | None,
    Option(
        "--lang",
        metavar="zh|en",
        help="Language (default: from LC_ALL/LANG). 语言。",
        show_default=False,
        autocompletion=complete.langs,
    ),
]


class Format(StrEnum):
    """What a command can print: every command takes ``--format`` as this one type, each allowing some of
    its values (:func:`format_option`); typer checks the value is one of them, any case."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    GITHUB = "github"


def format_option(*allowed: Format, help: str = "Output format (default: text). 输出格式。") -> Any:
    """The ``--format`` / ``-f`` option of a command that prints one of ``allowed``, for ``Annotated[Format, …]``
    (the default is the parameter's)."""
    return Option(
        "--format",
        "-f",
        metavar="|".join(allowed),
        case_sensitive=False,
        autocompletion=complete.formats(*allowed),
        help=help,
        show_default=False,
    )


def check_format(fmt: Format, allowed: tuple[Format, ...]) -> Format:
    """``fmt`` when this command prints it, else a UsageError naming the formats it does print."""
    if fmt not in allowed:
        from pmladder.errors import UsageError

        raise UsageError("cli.bad-format", allowed="|".join(allowed), value=fmt.value)
    return fmt


def load(name: str, lang: Lang) -> Ladder:
    """The ladder a LADDER argument names, through the one load path (``pmladder.io.ladders``)."""
    from pmladder.io.ladders import load_ladder

    return load_ladder(name).ladder


def print_renderable(renderable: RenderableType) -> None:
    """Print to stdout; width and colour follow the terminal and the environment (COLUMNS, NO_COLOR)."""
    from rich.console import Console

    Console(highlight=False, soft_wrap=False).print(renderable)


def emit(fmt: Format, model: BaseModel, blocks: Callable[[], list[Block]]) -> None:
    """Print a result as JSON (the model), or its blocks as Markdown or on the terminal; only what is
    asked for is made (JSON needs no words, Markdown no Rich)."""
    if fmt is Format.JSON:
        from pmladder.render import to_json

        echo(to_json(model), nl=False)
    elif fmt is Format.MARKDOWN:
        from pmladder.render.to_markdown import to_markdown

        echo(to_markdown(blocks()), nl=False)
    else:
        from pmladder.render.to_rich import to_rich

        print_renderable(to_rich(blocks()))


def echo(text: str, *, nl: bool = True, err: bool = False) -> None:
    """Write ``text`` (and a newline) to standard output and flush, as ``typer.echo`` does for pmladder's text
    without importing typer; to standard error as :func:`pmladder.process.say` does (a failing standard
    error is no reason for a traceback). A failing standard output is pmladder.process's to report."""
    if err:
        from pmladder.process import say

        say(text if nl else text.removesuffix("\n"))
        return
    if sys.stdout is None:
        return
    sys.stdout.write(text + "\n" if nl else text)
    sys.stdout.flush()


@contextlib.contextmanager
def in_words(lang: Callable[[], Lang]) -> Iterator[None]:
    """An error leaves the command as its sentence in the run's language (a resumed session's, when --lang is
    not given), which the one boundary (pmladder/cli/boundary.py) prints."""
    from pmladder.errors import OutputError, PmladderError

    try:
        yield
    except OutputError:
        raise  # standard output failed: worded once, by the boundary, in the command line's language
    except PmladderError as exc:
        exc.lang = lang()
        raise
