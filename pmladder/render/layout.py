"""Layout for every width: reports capped at MAX_WIDTH, tables that never break a word, stacked when narrow."""

# Rich shares a table's width by ratio without looking at the words in a column, so a narrow column
# folds "requirements" into "requiremen" + "ts", and an expanding table stretches over a 200-column
# terminal. Here a column is never narrower than its longest word (CJK text may break between
# characters, see wrap.py), a report is never wider than MAX_WIDTH, and a table whose words do not fit
# side by side is shown as one block per row instead.

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.padding import Padding
from rich.table import Table

from pmladder.render.grid import draw_table
from pmladder.render.wrap import CjkText, break_points

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, RenderableType, RenderResult
    from rich.text import Text

#: No report is wider than this, however wide the terminal: longer lines are hard to read.
MAX_WIDTH = 120
#: Below this width a table or matrix is shown as blocks, one per row (or per level).
STACKED_BELOW = 80


def min_width(text: str | Text) -> int:
    """The widest piece of ``text`` that wrapping never breaks: a word, or a few CJK characters (a name
    between two ``/`` for a file path, see ``wrap.PathText``)."""
    points = text.points if isinstance(text, CjkText) else break_points
    plain = text if isinstance(text, str) else text.plain
    return _min_width(plain, points)


@cache
def _min_width(plain: str, points: Callable[[str], list[int]]) -> int:
    """:func:`min_width` of a plain text, remembered: a layout asks for the same cells several times."""
    widest = 0
    for line in plain.splitlines():
        starts = [0, *points(line), len(line)]
        if line.isascii() and line.isprintable():  # one column a character
            widest = max([widest, *(len(line[a:b].rstrip()) for a, b in pairwise(starts))])
        else:
            widest = max([widest, *(cell_len(line[a:b].rstrip()) for a, b in pairwise(starts))])
    return widest


def share_widths(total: int, ratios: Sequence[int], minimums: Sequence[int]) -> list[int]:
    """``total`` shared by ``ratios``, no share below its minimum (the others give way).

    The minimums must fit in ``total``; the shares add up to ``total`` exactly.
    """
    fixed = [False] * len(ratios)
    while True:
        shares = _shares(total, ratios, minimums, fixed)
        short = [i for i, share in enumerate(shares) if not fixed[i] and share < minimums[i]]
        if not short:
            break
        for i in short:
            fixed[i] = True
    widths = [int(share) for share in shares]
    free = [i for i, f in enumerate(fixed) if not f] or list(range(len(widths)))
    for n in range(total - sum(widths)):
        widths[free[n % len(free)]] += 1
    return widths


def _shares(total: int, ratios: Sequence[int], minimums: Sequence[int], fixed: Sequence[bool]) -> list[float]:
    """Each column's share: its minimum when ``fixed``, else its ratio of what the fixed ones leave."""
    pool = total - sum(m for m, f in zip(minimums, fixed, strict=True) if f)
    weight = sum(r for r, f in zip(ratios, fixed, strict=True) if not f) or 1
    return [float(m) if f else pool * r / weight for r, m, f in zip(ratios, minimums, fixed, strict=True)]


class Capped:
    """A renderable drawn at most ``width`` columns wide (MAX_WIDTH by default)."""

    def __init__(self, renderable: RenderableType, width: int = MAX_WIDTH) -> None:
        self.renderable, self.width = renderable, width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from console.render(self.renderable, options.update_width(min(options.max_width, self.width)))


def table_overhead(columns: int) -> int:
    """What borders and padding take in a boxed table of ``columns`` columns."""
    return 3 * columns + 1


def indented(renderable: RenderableType, left: int) -> Padding:
    return Padding(renderable, (0, 0, 0, left))


class FitTable:
    """A boxed table whose columns never break a word, or, when they do not fit, one block per row.

    A cell breaks where its text allows (``wrap.PathText``: a file path only after a ``/``). In the
    block layout the first cell of a row is its title and every other cell follows indented, under its
    header when ``labels`` is true (see :class:`Labelled`).
    """

    def __init__(
        self,
        header: Sequence[Text | str],
        rows: Sequence[Sequence[Text]],
        ratios: Sequence[int] | None = None,
        *,
        title: Text | None = None,
        labels: bool = True,
        justify: Sequence[str] | None = None,
        lines: bool = True,
    ) -> None:
        self.header = [h if not isinstance(h, str) else CjkText(h) for h in header]
        self.rows = rows
        self.ratios = list(ratios) if ratios else [1] * len(header)
        self.title = title
        self.labels = labels
        self.justify = list(justify) if justify else ["left"] * len(header)
        self.lines = lines

    def minimums(self) -> list[int]:
        needs = []
        for i, head in enumerate(self.header):
            texts = [head, *(row[i] for row in self.rows)]
            needs.append(max(1, *(min_width(t) for t in texts)))
        return needs

    def widths(self, width: int) -> list[int] | None:
        """The content width of each column, or None when the words do not fit side by side."""
        free = width - table_overhead(len(self.header))
        needs = self.minimums()
        if width < STACKED_BELOW or sum(needs) > free:
            return None
        return share_widths(free, self.ratios, needs)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.widths(options.max_width)
        if widths is None:
            yield from self.blocks(options.max_width)
            return
        justify: list[JustifyMethod] = self.justify  # type: ignore[assignment]
        yield from draw_table(
            console, options, self.header, self.rows, widths, title=self.title, justify=justify, lines=self.lines
        )

    def blocks(self, width: int) -> list[RenderableType]:
        parts: list[RenderableType] = []
        if self.title is not None:
            parts.append(self.title)
        for row in self.rows:
            first = CjkText()
            first.append_text(row[0])
            first.stylize("bold")
            parts.append(CjkText(""))
            parts.append(first)
            rest = [(head, cell) for head, cell in zip(self.header[1:], row[1:], strict=True) if cell.plain.strip()]
            if not self.labels:
                parts += [indented(cell, 2) for _head, cell in rest]
                continue
            parts.append(indented(Labelled([(head, cell) for head, cell in rest], beside=width >= STACKED_BELOW), 2))
        return parts


#: Side by side, a label takes at most this share of the width (else the labels go on lines of their own).
LABEL_SHARE = 3


class Labelled:
    """Label/value pairs: each label on a line of its own with its value indented under it, or, with
    ``beside``, "Label  value" with the value wrapping under itself when that breaks no word and the
    labels take at most a third of the width (a long label would leave a word or two a line)."""

    def __init__(self, pairs: Sequence[tuple[Text, Text]], *, beside: bool = False, style: str = "italic") -> None:
        self.pairs, self.beside, self.style = pairs, beside, style

    def fits_beside(self, width: int) -> bool:
        label = max((cell_len(head.plain) for head, _cell in self.pairs), default=0)
        value = max((min_width(cell) for _head, cell in self.pairs), default=0)
        return label * LABEL_SHARE <= width and label + 2 + value <= width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.beside and self.fits_beside(options.max_width):
            grid = Table.grid(padding=(0, 2, 0, 0))
            grid.add_column(no_wrap=True, style=self.style)
            grid.add_column(overflow="fold")
            for head, cell in self.pairs:
                grid.add_row(CjkText(head.plain), cell)
            yield grid
            return
        for head, cell in self.pairs:
            yield CjkText(head.plain, style=self.style)
            yield indented(cell, 2)
