"""Blocks as one Rich renderable for the terminal, at most MAX_WIDTH wide; every text a CjkText (never markup)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel

from pmladder.render import widgets
from pmladder.render.blocks import (
    Blank,
    Block,
    Bullets,
    Cell,
    CellParts,
    Field,
    Heading,
    Lines,
    Matrix,
    Para,
    Part,
    Scores,
    Summary,
    Table,
)
from pmladder.render.layout import Capped, FitTable
from pmladder.render.wrap import CjkText as RichText
from pmladder.render.wrap import PathText

#: the look of a heading of each level when the block names none
HEADING_STYLES = {1: "bold reverse", 2: "bold underline"}
#: the look of each kind of piece of a cell in full
PART_STYLES = {"carry": "italic", "none": "italic", "note": "italic", "summary": "bold", "evidence": ""}


def to_rich(blocks: Iterable[Block]) -> RenderableType:
    """The blocks one under the other (a heading leaves a line above it unless it comes first)."""
    parts: list[RenderableType] = []
    for block in blocks:
        if isinstance(block, Heading):
            parts.append(_heading(block, first=not parts))
        else:
            parts += _DRAWERS[type(block)](block)
    return Capped(Group(*parts))


def _heading(block: Heading, first: bool) -> RenderableType:
    style = block.style if block.style is not None else HEADING_STYLES.get(block.level, "bold")
    out = RichText(("" if first or not block.gap else "\n") + block.text, style=style)
    if block.aside:
        out.append("  " + block.aside, style="")
    return out


def _para(block: Para) -> list[RenderableType]:
    return [RichText(block.text, style=block.style)]


def _lines(block: Lines) -> list[RenderableType]:
    return [RichText(line) for line in block.lines]


def _blank(block: Blank) -> list[RenderableType]:
    return [RichText("")]


def _bullets(block: Bullets) -> list[RenderableType]:
    label = [RichText(block.label, style=block.label_style)] if block.label is not None else []
    return [*label, widgets.hanging(block.items, block.mark)]


def _field(block: Field) -> list[RenderableType]:
    return [RichText(block.label, style=block.label_style), widgets.hanging([block.text], "")]


def _cell(cell: str | Cell) -> RichText:
    if isinstance(cell, str):
        return RichText(cell)
    return PathText(cell.text, style=cell.style) if cell.path else RichText(cell.text, style=cell.style)


def _table(block: Table) -> list[RenderableType]:
    if not block.rows:
        return [RichText(block.empty, style="italic")]
    title = RichText(block.title, style="bold") if block.title is not None else None
    rows = [[_cell(cell) for cell in row] for row in block.rows]
    ratios, justify = block.ratios or None, block.justify
    return [FitTable(block.header, rows, ratios, title=title, labels=block.labels, justify=justify, lines=block.lines)]


def _summary(block: Summary) -> list[RenderableType]:
    body = Group(widgets.SummaryPairs(block.pairs), RichText(""), widgets.hanging(block.notes, ""))
    return [Panel(body, title=RichText(block.title, style="bold"), box=box.ROUNDED, expand=True)]


def cell_text(parts: Iterable[Part], bullet: str) -> RichText:
    """A cell in full as one text (summary bold, indicator ids dim)."""
    out = RichText()
    for i, part in enumerate(parts):
        if i:
            out.append("\n")
        if part.kind == "indicator":
            out.append(bullet + part.text)
            out.append(f" [{part.ident}]", style="dim")
        else:
            out.append(part.text, style=PART_STYLES[part.kind])
    return out


def _cell_parts(block: CellParts) -> list[RenderableType]:
    rows = [[RichText(label, style="bold"), cell_text(parts, block.bullet)] for label, parts in block.rows]
    title = RichText(block.title, style="bold") if block.title is not None else None
    return [FitTable(block.header, rows, [1, 4], title=title, labels=False)]


_DRAWERS: dict[type, Callable[..., list[RenderableType]]] = {
    Para: _para,
    Lines: _lines,
    Blank: _blank,
    Bullets: _bullets,
    Field: _field,
    Table: _table,
    Summary: _summary,
    Scores: lambda block: [widgets.ScoresView(block)],
    Matrix: lambda block: [widgets.MatrixView(block)],
    CellParts: _cell_parts,
}
