"""The one block structure every report is built from (show, ladders, compare, assess), drawn by a backend."""

# A renderer (render/ladder.py, render/compare.py, render/assessment.py) turns a result into words and these
# blocks, and nothing else: no Rich, no Markdown syntax. A backend draws them: to_rich.py for the terminal,
# to_markdown.py for --format markdown; an HTML backend is a third module with one function per block type.
# Styles are Rich style names, read by the terminal; the other backends use the block types and their flags.

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

#: The kind of one piece of a ladder cell shown in full (see :class:`CellParts`).
PartKind = Literal["carry", "summary", "indicator", "evidence", "none", "note"]


@dataclass(frozen=True)
class Part:
    """One piece of a ladder cell shown in full: its kind, its text, and an indicator's id."""

    kind: PartKind
    text: str
    ident: str = ""


@dataclass
class Heading:
    """A heading: level 1 is a report's title. ``gap`` leaves a line above it (not at the top); ``aside`` is a
    short text beside it (Markdown: an emphasised line under it)."""

    text: str
    level: int = 2
    #: the Rich style; None for the level's own (1: reversed, 2: underlined)
    style: str | None = None
    gap: bool = True
    aside: str | None = None


@dataclass
class Para:
    """A paragraph. ``emphasis`` marks it in Markdown too (``*…*``); the style alone is for the terminal."""

    text: str
    style: str = ""
    emphasis: bool = False


@dataclass
class Lines:
    """Lines of one paragraph, each on a line of its own."""

    lines: list[str]


@dataclass
class Blank:
    """An empty line on the terminal (Markdown separates every block by one anyway)."""


@dataclass
class Bullets:
    """A list, its wrapped lines hanging under their first; ``mark`` "" for items without a bullet. ``label``
    goes above it (the terminal in ``label_style``, Markdown in bold)."""

    items: list[str]
    mark: str = "• "
    label: str | None = None
    label_style: str = "italic"


@dataclass
class Field:
    """A label with its text: under the label on the terminal, beside it in Markdown."""

    label: str
    text: str
    label_style: str = "italic"


@dataclass(frozen=True)
class Cell:
    """A table cell with a style of its own; ``path`` for a file path (it breaks only after a ``/``)."""

    text: str
    style: str = ""
    path: bool = False


@dataclass
class Table:
    """Rows under a header; ``ratios`` share the width; ``empty`` is shown instead of a table without rows.
    On a narrow terminal each row becomes a block (its first cell the title, the others under their header
    when ``labels``)."""

    header: list[str]
    rows: Sequence[Sequence[str | Cell]]
    ratios: list[int] = field(default_factory=list)
    empty: str = "—"
    title: str | None = None
    justify: list[str] | None = None
    lines: bool = True
    labels: bool = True


@dataclass
class Summary:
    """A report's title with label/value pairs and notes under them, framed on the terminal."""

    title: str
    pairs: list[tuple[str, str]]
    notes: list[str]
    #: the heading of the notes in Markdown (the frame groups them on the terminal)
    notes_title: str


@dataclass
class ScoreRow:
    """One competency of an assessment: its name, whether it is core, floor, bar, progress and flags."""

    name: str
    core: bool
    floor: str
    bar: str
    progress: str
    flags: str


@dataclass
class Scores:
    """The competency table of an assessment; ``header``: competency, floor, bar, progress, flags."""

    title: str
    header: list[str]
    rows: list[ScoreRow]
    legend: str


@dataclass(frozen=True)
class MatrixCell:
    """A cell of the matrix: its text in the table, and on its own line (carry and none spelled out);
    each dim or not."""

    short: str
    full: str
    short_dim: bool
    full_dim: bool


@dataclass
class MatrixRow:
    """A competency across the levels, under its group (an id, and the name shown)."""

    group: str
    group_name: str
    name: str
    cells: list[MatrixCell]


@dataclass
class Matrix:
    """One track of a ladder: levels x competencies, grouped; ``levels`` are (name, bands). Levels in ``skip``
    (indexes) were shown on an earlier track: the stacked layout says so with ``as_above`` instead."""

    title: str | None
    corner: str
    levels: list[tuple[str, str]]
    rows: list[MatrixRow]
    skip: list[int] = field(default_factory=list)
    as_above: str | None = None


@dataclass
class CellParts:
    """Cells in full under one track: rows of (label, the cell's parts), two header words."""

    title: str | None
    header: list[str]
    rows: list[tuple[str, list[Part]]]
    #: what goes before an indicator on the terminal ("• ", or "•" in Chinese, which wraps without spaces)
    bullet: str = "• "


Block = Heading | Para | Lines | Blank | Bullets | Field | Table | Summary | Scores | Matrix | CellParts
