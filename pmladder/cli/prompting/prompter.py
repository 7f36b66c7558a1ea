"""Asking one line at a time on an injected Console and input stream: the Prompter, typed keys, a numbered line."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pmladder.errors import Msg
from pmladder.feedback import Who
from pmladder.i18n import t
from pmladder.i18n.feedback import MESSAGES as FEEDBACK_WORDS
from pmladder.model.ladder import Lang
from pmladder.process import is_tty
from pmladder.questionnaire import State
from pmladder.render.wrap import Block, CjkText
from pmladder.safetext import inert, typed

#: Called after every change with the new state; returns where the progress was saved.
Saver = Callable[[State], Path]


@dataclass(frozen=True)
class Frame:
    """The "about NAME" frame of a run in which a manager or a peer rates someone else: the questions,
    written in the first person, are introduced and asked about ``person`` (``feedback.about.*`` words)."""

    #: the name of the person rated, as given (escaped where it is printed)
    person: str
    role: str


def frame_of(rated: Who) -> Frame | None:
    """The frame of a run (None: a self-assessment, asked in the first person as always)."""
    if not rated.someone_else or rated.subject is None:
        return None
    return Frame(rated.subject, rated.role)


def answers_count(count: int) -> Msg:
    """The count with its noun ("1 answer", "2 answers", "2 个回答")."""
    return Msg("prompting.answers-one" if count == 1 else "prompting.answers", {"count": count})


class _Quit(Exception):
    """The user asked to stop (q, Ctrl-C or end of input)."""


class _BackToStart(Exception):
    """``b`` at the first question: choose the start level again."""


class Prompter:
    """Reads one line per answer from ``stream``, writes to ``console``; a key is a character then Enter."""

    def __init__(self, console: Console, stream: TextIO, lang: Lang, frame: Frame | None = None) -> None:
        self.console = console
        self.stream = stream
        self.lang = lang
        self.frame = frame

    def words(self, key: str, **values: object) -> str:
        """The words of ``prompting.<key>``; about someone else, ``feedback.about.<key>`` where the
        words change (third person: "How much is this Alice?"), with the person's name escaped."""
        code = f"feedback.about.{key}"
        if self.frame is not None and code in FEEDBACK_WORDS:
            person = inert(self.frame.person)
            role = Msg(f"feedback.role-as.{self.frame.role}")
            return t(code, self.lang, person=person, role=role, **values)
        return t(f"prompting.{key}", self.lang, **values)

    def say(self, key: str, style: str | None = None, **values: object) -> None:
        self.show(self.words(key, **values), style)

    def show(self, text: str | Text, style: str | None = None) -> None:
        """Print a paragraph, wrapped the way Chinese is wrapped (pmladder/render/wrap.py)."""
        shown = CjkText(text, style=style or "") if isinstance(text, str) else CjkText.assemble(text)
        self.console.print(Block(shown))

    def ask(self, prompt: str, prefill: str = "") -> str:
        """Show ``prompt`` and read a line; raises _Quit on end of input or Ctrl-C.

        When stdin and the console are both the terminal, the line is read with ``input()`` (with
        readline's line editing where available, starting from ``prefill`` when ``can_prefill``);
        otherwise the prompt goes to the console (stderr when stdout is redirected) and the line is
        read from the injected stream. Escape sequences and control characters (arrow keys pressed
        without line editing) are dropped; the text is returned as typed (see ``key`` for reading it
        as a key).
        """
        while True:
            line = self._read(prompt, prefill)
            if line is not None:
                return strip_controls(line)
            # bytes that are not UTF-8 (a terminal in another encoding): nothing is lost, ask again
            self.say("hint-not-utf8", "yellow")

    def _read(self, prompt: str, prefill: str) -> str | None:
        """One line as read (None: it held bytes that are not UTF-8); raises _Quit like ``ask``."""
        text = f"{prompt} > "
        try:
            if self._line_editing():
                readline = _enable_line_editing()
                self.console.file.flush()
                if readline is not None and prefill:
                    readline.set_startup_hook(lambda: readline.insert_text(prefill))
                try:
                    line = input(text)
                except EOFError:
                    line = ""
                else:
                    line += "\n"
                finally:
                    if readline is not None and prefill:
                        readline.set_startup_hook()
            else:
                self.console.print(Text(text), end="")
                self.console.file.flush()
                line = self.stream.readline()
        except KeyboardInterrupt:
            self.console.print()
            raise _Quit from None
        except UnicodeDecodeError:  # a stream that decodes strictly
            self.console.print()
            return None
        if not line:
            self.console.print()
            raise _Quit
        if _SURROGATES.search(line):  # a stream that decodes with surrogateescape: \udcff for 0xff
            return None
        return line

    def can_prefill(self) -> bool:
        """Whether ``ask`` can put text on the input line for the user to edit (readline on a terminal)."""
        return self._line_editing() and _enable_line_editing() is not None

    def _line_editing(self) -> bool:
        """input() prints its prompt on stdout, so it is used only when that is the console's terminal."""
        return (
            self.stream is sys.stdin and is_tty(self.stream) and self.console.file is sys.stdout and is_tty(sys.stdout)
        )


_SURROGATES = re.compile("[\ud800-\udfff]")
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?")


def strip_controls(line: str) -> str:
    """One typed line as text, as typed: no line end, escape sequences, controls or outer spaces.

    What is removed is what ``inert`` escapes (pmladder/safetext.py ``TERMINAL_CONTROLS``): every control
    and bidirectional character, a superset of what a saved file may not hold, so that a typed example
    is always saved in a session or result that loads again. Undecodable bytes become U+FFFD.
    """
    return typed(_ESCAPES.sub("", line.rstrip("\r\n"))).strip()


def clean(line: str) -> str:
    """One typed line as text: NFKC (full-width digits and ？ become ASCII), no escapes or controls."""
    return unicodedata.normalize("NFKC", strip_controls(line)).strip()


def key(line: str) -> str:
    """A typed line read as a key or number: NFKC (３ is 3, ？ is ?) and lower case."""
    return clean(line).lower()


def _enable_line_editing() -> ModuleType | None:
    """readline, imported (which gives input() line editing and history), or None where there is none."""
    try:
        import readline
    except ImportError:
        return None
    return readline


def _numbered(console: Console, number: int, text: Text) -> None:
    """``  3) text``, with wrapped lines indented under the text."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(f"  {number}) "), text)
    console.print(grid)
