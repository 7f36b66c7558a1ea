"""Rich renderables that lay themselves out for the width they get: a ladder's matrix, an assessment's table."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.table import Table

from pmladder.render.grid import draw_table
from pmladder.render.layout import STACKED_BELOW, indented, min_width, share_widths, table_overhead
from pmladder.render.wrap import CjkText as RichText

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.segment import Segment

    from pmladder.render.blocks import Matrix, Scores

#: how the matrix shares its width: the competency column, and each level column
COMPETENCY_RATIO, LEVEL_RATIO = 4, 3
#: a matrix column is at least this wide (more when a word in it is longer), or the levels are split
MIN_LEVEL_COLUMN = 14


def hanging(lines: Sequence[str], mark: str = "• ") -> Table:
    """Lines as a list with a hanging indent, so wrapped text lines up under its first line."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for line in lines:
        grid.add_row(RichText("  " + mark), RichText(line))
    return grid


def underlined(text: str, mark: str, width: int) -> RichText:
    """A heading underlined with ``mark`` as long as it is (setext style: clear without colour)."""
    out = RichText(text, style="bold")
    out.append("\n" + mark * min(cell_len(text), width))
    return out


class MatrixView:
    """One track's matrix, laid out for the width it gets: one table when every level fits with no word
    broken, else the levels split over several tables, and below STACKED_BELOW (or when not even two
    levels fit) one block per level. Levels in ``skip`` were shown on an earlier track (the trunk)."""

    def __init__(self, matrix: Matrix) -> None:
        self.matrix = matrix
        self._widths: tuple[int, list[int]] | None = None

    def _needs(self) -> tuple[int, list[int]]:
        """The narrowest the competency column and each level column can be (computed once)."""
        if self._widths is None:
            rows = self.matrix.rows
            names = [row.name for row in rows] + [row.group_name for row in rows]
            competency = max(MIN_LEVEL_COLUMN, *(min_width(n) for n in names))
            levels = []
            for j, (name, bands) in enumerate(self.matrix.levels):
                texts = [name, f"({bands})", *(row.cells[j].short for row in rows)]
                levels.append(max(MIN_LEVEL_COLUMN, *(min_width(t) for t in texts)))
            self._widths = competency, levels
        return self._widths

    def _chunks(self, width: int) -> list[list[int]] | None:
        """The level indexes of each table, or None for the stacked layout."""
        n = len(self.matrix.levels)
        if width < STACKED_BELOW or n == 0:
            return None
        competency, levels = self._needs()
        for k in range(n, 1, -1):
            count = -(-n // k)
            sizes = [n // count + (1 if i < n % count else 0) for i in range(count)]
            starts = [sum(sizes[:i]) for i in range(count)]
            chunks = [list(range(a, a + size)) for a, size in zip(starts, sizes, strict=True)]
            if all(competency + sum(levels[j] for j in c) + table_overhead(len(c) + 1) <= width for c in chunks):
                return chunks
        return None

    def _drawn(
        self, levels: list[int], width: int, title: RichText | None, console: Console, options: ConsoleOptions
    ) -> Iterator[Segment]:
        """One table of the matrix: the levels ``levels`` beside the competencies, grouped."""
        matrix = self.matrix
        competency, needs = self._needs()
        free = width - table_overhead(len(levels) + 1)
        ratios = [COMPETENCY_RATIO, *(LEVEL_RATIO for _ in levels)]
        widths = share_widths(free, ratios, [competency, *(needs[j] for j in levels)])
        names = [f"{matrix.levels[j][0]}\n({matrix.levels[j][1]})" for j in levels]
        header = [RichText(matrix.corner), *(RichText(n) for n in names)]
        rows: list[list[RichText]] = []
        current: str | None = None
        for row in matrix.rows:
            if row.group != current:
                current = row.group
                rows.append([RichText(row.group_name, style="bold underline"), *(RichText() for _ in levels)])
            cells = [row.cells[j] for j in levels]
            rows.append([RichText(row.name), *(RichText(c.short, style="dim" if c.short_dim else "") for c in cells)])
        yield from draw_table(console, options, header, rows, widths, title=title)

    def _stacked(self, width: int) -> list[RenderableType]:
        """One block per level: the level (underlined with "-", readable without colour), then each
        group and competency with its cell."""
        matrix = self.matrix
        parts: list[RenderableType] = []
        if matrix.as_above is not None:
            parts.append(RichText(matrix.as_above, style="dim"))
        for j, (name, bands) in enumerate(matrix.levels):
            if j in matrix.skip:
                continue
            parts += [RichText(""), underlined(f"{name} ({bands})", "-", width)]
            current: str | None = None
            for row in matrix.rows:
                if row.group != current:
                    current = row.group
                    parts.append(RichText(row.group_name, style="underline"))
                cell = row.cells[j]
                parts.append(indented(RichText(row.name, style="bold"), 2))
                parts.append(indented(RichText(cell.full, style="dim" if cell.full_dim else ""), 4))
        return parts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        title_text = self.matrix.title
        title = RichText(title_text, style="bold") if title_text is not None else None
        chunks = self._chunks(width)
        if chunks is None:
            if title_text is not None:
                yield RichText("")
                yield underlined(title_text, "=", width)
            yield from self._stacked(width)
            return
        for i, levels in enumerate(chunks):
            yield from self._drawn(levels, width, title if i == 0 else None, console, options)


#: Below this width the headers of the bar and progress columns wrap, leaving room for the names.
NARROW = 100


class ScoresView:
    """An assessment's competency table, laid out for the width it is rendered at."""

    def __init__(self, scores: Scores) -> None:
        self.scores = scores

    def table(self, width: int) -> Table:
        scores = self.scores
        competency, floor, bar, progress, flags = scores.header
        table = Table(
            title=RichText(scores.title, style="bold"),
            box=box.SIMPLE_HEAD,
            expand=True,
            caption=RichText(scores.legend),
            caption_justify="left",
        )
        # On a narrow terminal the headers of the bar and progress columns wrap ("Against / target"),
        # their cells never do; a Flags column with nothing in it is left out.
        narrow = width < NARROW
        bar_width = max((len(row.bar) for row in scores.rows), default=1)
        flagged = any(row.flags for row in scores.rows)
        # the core mark has a column of its own, so a wrapped competency name keeps its indent
        table.add_column("", width=1, no_wrap=True)
        table.add_column(competency, ratio=4, overflow="fold")
        table.add_column(floor, ratio=3, overflow="fold")
        table.add_column(bar, overflow="fold", max_width=max(bar_width, 8) if narrow else None)
        table.add_column(progress, justify="right", overflow="fold", max_width=6 if narrow else None)
        if flagged:
            table.add_column(flags, ratio=3, overflow="fold")
        for row in scores.rows:
            cells = [
                RichText("★" if row.core else ""),
                RichText(row.name),
                RichText(row.floor),
                RichText(row.bar, no_wrap=True),
                RichText(row.progress, no_wrap=True),
            ]
            table.add_row(*cells, *([RichText(row.flags)] if flagged else []))
        return table

    def blocks(self) -> list[RenderableType]:
        """Below STACKED_BELOW columns: one block per competency, its values under their headers."""
        scores = self.scores
        _competency, floor, bar, progress, flags = scores.header
        parts: list[RenderableType] = [RichText(scores.title, style="bold")]
        for row in scores.rows:
            parts.append(RichText(("★ " if row.core else "") + row.name, style="bold"))
            grid = Table.grid(padding=(0, 2, 0, 0))
            grid.add_column(no_wrap=True, style="italic")
            grid.add_column(overflow="fold")
            grid.add_row(RichText(floor), RichText(row.floor))
            grid.add_row(RichText(bar), RichText(row.bar, no_wrap=True))
            grid.add_row(RichText(progress), RichText(row.progress))
            if row.flags:
                grid.add_row(RichText(flags), RichText(row.flags))
            parts.append(indented(grid, 2))
        parts.append(RichText(scores.legend))
        return parts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < STACKED_BELOW:
            yield from self.blocks()
        else:
            yield self.table(options.max_width)


class SummaryPairs:
    """A summary's label/value pairs: side by side, or below STACKED_BELOW each value under its label."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < STACKED_BELOW - 4:  # the panel's borders and padding take 4
            for label, value in self.pairs:
                yield RichText(label, style="bold")
                yield indented(RichText(value), 2)
            return
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in self.pairs:
            grid.add_row(RichText(label), RichText(value))
        yield grid
