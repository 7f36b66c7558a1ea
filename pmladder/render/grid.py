"""A table drawn line by line as Rich draws one (a heavy head, a line between rows), for columns of known width."""

# A Rich Table measures, pads, crops and aligns every cell through several layers of renderables; the
# tables of pmladder have their column widths worked out already (layout.share_widths), so drawing the
# lines directly gives the same text for a fraction of the work (a third of `pmladder show` was the matrix).

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.segment import Segment
from rich.style import Style

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod
    from rich.text import Text

#: a cell as drawn: its lines, each a list of segments
CellLines = list[list[Segment]]


def draw_table(
    console: Console,
    options: ConsoleOptions,
    header: Sequence[Text],
    rows: Sequence[Sequence[Text]],
    widths: Sequence[int],
    *,
    title: Text | None = None,
    justify: Sequence[JustifyMethod] | None = None,
    lines: bool = True,
) -> Iterator[Segment]:
    """``header`` and ``rows`` in columns of ``widths`` (content, without padding): the header bold and at the
    bottom of its row, every other cell at the top; ``title`` centred above; a line between rows if ``lines``."""
    padded = [w + 2 for w in widths]
    frame = box.HEAVY_HEAD.substitute(options, safe=console.safe_box)
    aligns: Sequence[JustifyMethod] = justify or ["left"] * len(widths)
    if title is not None:
        yield from console.render(title, options.update(width=sum(padded) + len(padded) + 1, justify="center"))
    styled = [(header, console.get_style("table.header")), *((row, Style()) for row in rows)]
    line = Segment.line()
    yield from (Segment(frame.get_top(padded)), line)
    for index, (texts, style) in enumerate(styled):
        first, last = index == 0, index == len(styled) - 1
        drawn = [_cell_lines(console, t, w, a, style) for t, w, a in zip(texts, widths, aligns, strict=True)]
        cells = _aligned(drawn, padded, style, bottom=first)
        left, right, divider = _edges(frame, first, last)
        for n in range(len(cells[0])):
            yield Segment(left)
            for i, cell in enumerate(cells):
                if i:
                    yield Segment(divider)
                yield from cell[n]
            yield from (Segment(right), line)
        if first:
            yield from (Segment(frame.get_row(padded, "head", edge=True)), line)
        elif lines and not last:
            yield from (Segment(frame.get_row(padded, "row", edge=True)), line)
    yield from (Segment(frame.get_bottom(padded)), line)


def _edges(frame: box.Box, first: bool, last: bool) -> tuple[str, str, str]:
    """The left edge, right edge and divider of the header row, the last row or another row."""
    if first:
        return frame.head_left, frame.head_right, frame.head_vertical
    if last:
        return frame.foot_left, frame.foot_right, frame.foot_vertical
    return frame.mid_left, frame.mid_right, frame.mid_vertical


def _aligned(cells: list[CellLines], widths: list[int], style: Style, *, bottom: bool) -> list[CellLines]:
    """The cells of a row as tall as its tallest: blank lines below them, or above (the header)."""
    height = max(len(cell) for cell in cells)
    out = []
    for cell, width in zip(cells, widths, strict=True):
        missing = [[Segment(" " * width, style)] for _ in range(height - len(cell))]
        out.append([*missing, *cell] if bottom else [*cell, *missing])
    return out


def _cell_lines(console: Console, text: Text, width: int, justify: JustifyMethod, style: Style) -> CellLines:
    """A cell's lines as Rich draws them in a table (the same segments): wrapped at ``width``, joined and
    rendered as one text, padded to the width, a space on each side, the cell's style under all of it."""
    wrapped = text.wrap(console, width, justify=text.justify or justify, overflow=text.overflow or "fold")
    segments = text.blank_copy("\n").join(wrapped).render(console, end="\n")
    out = []
    for line in Segment.split_and_crop_lines(segments, width, include_new_lines=False, pad=True):
        padded = [Segment(" "), *line, Segment(" ")]
        out.append(list(Segment.apply_style(padded, style)) if style else padded)
    return out
