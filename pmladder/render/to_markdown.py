"""Blocks as GitHub-flavoured Markdown, every piece of ladder or user text made inert (``--format markdown``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

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

#: Markdown punctuation that can start syntax anywhere in a line (GFM lets any of it be backslash-escaped)
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|#~])")
#: an "&" that would start a character reference such as &amp; or &#60;
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: what makes a line a list item, a quote or a heading rule when it starts the line: "1. ", "+ ", "- ", "="
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+=])")


def md(text: str) -> str:
    """Ladder or user text made inert inside a line of Markdown (a heading, list item or table cell)."""
    out = _MD_INLINE.sub(r"\\\1", text.replace("\r\n", "\n").replace("\n", " "))
    return _MD_ENTITY.sub(r"\\&", out)


def md_block(text: str) -> str:
    """Like :func:`md`, for text that starts a paragraph or a list item: "1. " or "- " there would make
    a (nested) list, and four leading spaces a code block (leading spaces mean nothing in Markdown)."""
    out = md(text).lstrip(" \t")
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", out, count=1)


def md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """A Markdown table; cells are already escaped, ``\\n`` inside a cell becomes ``<br>``."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell.replace("\n", "<br>") for cell in row) + " |" for row in rows]
    return lines


def to_markdown(blocks: Iterable[Block]) -> str:
    """The blocks one after the other, each followed by an empty line; the text ends with one newline."""
    lines: list[str] = []
    for block in blocks:
        lines += _WRITERS[type(block)](block)
    return "\n".join(lines).rstrip() + "\n"


def _heading(block: Heading) -> list[str]:
    lines = ["#" * block.level + " " + md(block.text), ""]
    return [*lines, f"*{md(block.aside)}*", ""] if block.aside else lines


def _para(block: Para) -> list[str]:
    return [f"*{md(block.text)}*" if block.emphasis else md_block(block.text), ""]


def _lines(block: Lines) -> list[str]:
    return [*(md_block(line) for line in block.lines), ""]


def _blank(block: Blank) -> list[str]:
    return []


def _bullets(block: Bullets) -> list[str]:
    # labels are the program's own words (a catalogue's), never ladder text
    lines = [f"**{block.label}**", ""] if block.label is not None else []
    lines += [f"- {md_block(item)}" if block.mark else md_block(item) for item in block.items]
    return [*lines, ""]


def _field(block: Field) -> list[str]:
    return [f"**{block.label}** {md(block.text)}", ""]


def _cell_text(cell: str | Cell) -> str:
    text = cell.text if isinstance(cell, Cell) else cell
    return "\n".join(_indented(line) for line in text.split("\n"))


def _indented(line: str) -> str:
    """A line of a table cell; its leading spaces (a nested row: a sub-section under its section) kept as
    an em space per two (Markdown trims the spaces around a cell)."""
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    return "&emsp;" * (indent // 2) + "&nbsp;" * (indent % 2) + md(text)


def _table(block: Table) -> list[str]:
    if not block.rows:
        return [f"*{md(block.empty)}*", ""]
    header = [md(cell) for cell in block.header]
    return [*md_table(header, ([_cell_text(cell) for cell in row] for row in block.rows)), ""]


def _summary(block: Summary) -> list[str]:
    lines = [f"# {md(block.title)}", ""]
    lines += [f"- **{md(label)}**: {md(value)}" for label, value in block.pairs]
    lines += ["", f"**{block.notes_title}**", ""]
    return [*lines, *(f"- {md_block(note)}" for note in block.notes), ""]


def _scores(block: Scores) -> list[str]:
    lines = [f"## {md(block.title)}", "", "| " + " | ".join(block.header) + " |", "|---|---|---|--:|---|"]
    for row in block.rows:
        name = ("★ " if row.core else "") + md(row.name)
        cells = [name, md(row.floor), f"`{row.bar}`", row.progress, md(row.flags)]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, "", md_block(block.legend), ""]


def _matrix(block: Matrix) -> list[str]:
    lines = [f"## {md(block.title)}", ""] if block.title is not None else []
    header = [md(block.corner)] + [md(f"{name} ({bands})") for name, bands in block.levels]
    rows: list[list[str]] = []
    current: str | None = None
    for row in block.rows:
        if row.group != current:
            current = row.group
            rows.append([f"**{md(row.group_name)}**", *("" for _ in block.levels)])
        rows.append([md(row.name), *(md(cell.short) for cell in row.cells)])
    return [*lines, *md_table(header, rows), ""]


def cell_markdown(parts: Sequence[Part]) -> list[str]:
    """A cell in full as Markdown blocks separated by blank lines (the indicators as one list)."""
    lines: list[str] = []
    previous = ""
    for part in parts:
        if lines and not (part.kind == previous == "indicator"):
            lines.append("")
        if part.kind == "indicator":
            lines.append(f"- {md_block(part.text)} `{part.ident}`")
        elif part.kind == "summary":
            lines.append(f"**{md(part.text)}**")
        else:
            lines.append(f"*{md(part.text)}*" if part.kind in ("carry", "none", "note") else md_block(part.text))
        previous = part.kind
    return lines


def _cell_parts(block: CellParts) -> list[str]:
    lines = [f"## {md(block.title)}", ""] if block.title is not None else []
    for label, parts in block.rows:
        lines += [f"### {md(label)}", "", *cell_markdown(parts), ""]
    return lines


_WRITERS: dict[type, Callable[..., list[str]]] = {
    Heading: _heading,
    Para: _para,
    Lines: _lines,
    Blank: _blank,
    Bullets: _bullets,
    Field: _field,
    Table: _table,
    Summary: _summary,
    Scores: _scores,
    Matrix: _matrix,
    CellParts: _cell_parts,
}
