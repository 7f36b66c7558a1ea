"""Line breaking that reads naturally in Chinese: a Rich Text whose wrapping follows CJK rules."""

# Rich breaks lines only at spaces and folds a longer run of Chinese wherever the width ends. So a
# line could start with "，" or "。", and a sentence with one ASCII space in it ("评 2 或 3 的，…")
# broke at that space, leaving half a line empty. CjkText may break between any two characters when
# one of them is wide (CJK), never before closing punctuation nor after opening punctuation (the
# usual 禁则 rules), and never at a no-break space (U+00A0), which the UI uses to keep short phrases
# such as "n 没有机会" together. Text without wide characters wraps exactly as Rich wraps it.

from __future__ import annotations

import os
import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.cells import cell_len, chop_cells
from rich.containers import Lines
from rich.measure import Measurement
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod, RenderResult

#: Keeps the words on both sides on one line; rendered as a normal space.
NBSP = "\u00a0"

#: Never at the start of a line: closing brackets and quotes, sentence and clause punctuation.
NO_START = frozenset("，。、；：！？）》」』】〕〉”’…—～·,.;:!?)]}%")
#: Never at the end of a line: opening brackets and quotes, list bullets.
NO_END = frozenset("（《「『【〔〈“‘([{•")


def _wide(char: str) -> bool:
    return cell_len(char) == 2


#: A space-separated word up to this wide is kept on one line ("第1条", "的要求"), as Rich would.
KEEP_WORD = 8


def _space(char: str) -> bool:
    return char.isspace() and char != NBSP


#: where a word starts after spaces (ASCII text only: there every space is a break)
_WORD_START = re.compile(r"(?<=\s)(?=\S)")


def break_points(text: str) -> list[int]:
    """The indexes where a line of ``text`` may start (besides 0).

    After a run of spaces, as Rich does; and inside a space-separated word wider than KEEP_WORD,
    between two characters when one of them is wide, unless the second is closing punctuation or the
    first opening punctuation. Never at a no-break space.
    """
    leading = len(text) - len(text.lstrip())  # leading spaces belong to the first word, as in Rich
    if text.isascii():  # no wide character, no no-break space: a line may start at each word (most texts)
        return [m.start() for m in _WORD_START.finditer(text) if m.start() > leading]
    starts = [i for i in range(leading + 1, len(text)) if _space(text[i - 1]) and not _space(text[i])]
    points: list[int] = []
    for start, end in zip([leading, *starts], [*starts, len(text)], strict=True):
        word = text[start:end].rstrip()
        if cell_len(word) > KEEP_WORD:
            points += [start + j for j in _inner_points(word)]
        if end < len(text):
            points.append(end)
    return points


def _inner_points(word: str) -> list[int]:
    """Break points inside one word (no spaces in it, except no-break spaces)."""
    points = []
    for j in range(1, len(word)):
        before, after = word[j - 1], word[j]
        if before == NBSP or after == NBSP:
            continue
        if (_wide(before) or _wide(after)) and after not in NO_START and before not in NO_END:
            points.append(j)
    return points


#: where a file path may break: after a /, or the platform's own separator (a backslash on Windows); never after the
#: backslash of an escape such as \x1b in a shown file name on POSIX
PATH_SEPARATORS = frozenset({"/", os.sep})


def path_points(text: str) -> list[int]:
    """The indexes where a line of a file path may start: after a separator, never inside a name, so
    ``ladders/b2b-business.yaml`` never shows as ``ladders/b2b-bu`` + ``siness.yaml``."""
    return [i for i in range(1, len(text)) if text[i - 1] in PATH_SEPARATORS and text[i] not in PATH_SEPARATORS]


def divide_line(
    text: str, width: int, fold: bool = True, points: Callable[[str], list[int]] = break_points
) -> list[int]:
    """Like ``rich._wrap.divide_line``: the offsets to split ``text`` at so each line fits ``width``.

    A unit is the text between two break points (``points``), with its trailing spaces; a unit wider
    than a whole line starts a new line and is folded (or cropped), as Rich does with a long word.
    """
    starts = [0, *points(text), len(text)]
    breaks: list[int] = []
    offset = 0
    for start, end in pairwise(starts):
        unit = text[start:end]
        length = cell_len(unit.rstrip())
        if offset + length <= width:
            offset += cell_len(unit)
        elif length > width:
            if not fold:
                if start:
                    breaks.append(start)
                offset = cell_len(unit)
                continue
            pieces = chop_cells(unit, width)
            for piece in pieces:
                if start:
                    breaks.append(start)
                start += len(piece)
                offset = cell_len(piece)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(unit)
    return breaks


class CjkText(Text):
    """A Rich ``Text`` that wraps with :func:`divide_line` (otherwise the same)."""

    #: where a line may start: between words, and inside CJK text
    points: Callable[[str], list[int]] = staticmethod(break_points)

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        wrap_justify = justify or self.justify or "default"
        wrap_overflow = overflow or self.overflow or "fold"
        if no_wrap or self.no_wrap or overflow == "ignore":
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        lines = Lines()
        for line in self.split(allow_blank=True):
            if "\t" in line:
                line.expand_tabs(tab_size)
            new_lines = line.divide(divide_line(line.plain, width, wrap_overflow == "fold", self.points))
            for part in new_lines:
                if NBSP in part.plain:  # same length, so the styles stay where they are
                    part.plain = part.plain.replace(NBSP, " ")
                part.rstrip_end(width)
            if wrap_justify:
                new_lines.justify(console, width, justify=wrap_justify, overflow=wrap_overflow)
            for part in new_lines:
                part.truncate(width, overflow=wrap_overflow)
            lines.extend(new_lines)
        return lines


class PathText(CjkText):
    """A file path that wraps only after a ``/``; a single name wider than the line is still folded."""

    points: Callable[[str], list[int]] = staticmethod(path_points)


class Block:
    """A CjkText to pass to ``Console.print`` on its own.

    ``Console.print`` joins the Text objects it is given into one plain ``Text`` (losing the class and
    so the wrapping); inside a Table, Group or Panel a CjkText needs no wrapper.
    """

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)
