"""Renders one ladder (`pmladder show`) and the list of ladders (`pmladder ladders`); shared cell helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table

from pmladder.i18n import t
from pmladder.model.comparison import CellView, LadderEntry, LadderList, LadderRef, LadderView, LevelRef, ShowTrack
from pmladder.model.ladder import Lang, Text
from pmladder.render.layout import (
    STACKED_BELOW,
    Capped,
    FitTable,
    indented,
    min_width,
    share_widths,
    table_overhead,
)
from pmladder.render.wrap import CjkText as RichText
from pmladder.render.wrap import PathText


def _m(key: str, lang: Lang, **values: object) -> str:
    return t(f"render.ladder.{key}", lang, **values)


# ---- shared helpers (also used by render/compare.py) ----------------------------------------------


def bands(ref: LevelRef) -> str:
    """``3`` or ``5–6``."""
    return str(ref.band) if ref.band == ref.band_to else f"{ref.band}–{ref.band_to}"


def level_label(ref: LevelRef, lang: Lang) -> str:
    """A level's name and its bands, such as ``产品总监 (5–6)``."""
    return f"{ref.name.get(lang)} ({bands(ref)})"


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


def cell_short(cell: CellView, lang: Lang) -> str:
    """A matrix cell: the summary, ``—`` when nothing is required, ``↑ carry`` for carry."""
    if cell.state == "carry":
        return _m("carry", lang)
    if cell.state == "none" or cell.summary is None:
        return _m("none", lang)
    return cell.summary.get(lang)


def cell_parts(cell: CellView, lang: Lang) -> list[tuple[str, str, str]]:
    """A cell in full as (kind, text, indicator id); kind: carry, summary, indicator, evidence, none, note."""
    parts: list[tuple[str, str, str]] = []
    if cell.state == "carry" and cell.carried_from is not None:
        name = cell.carried_from.name.get(lang)
        parts.append(("carry", _m("carried-from", lang, level=name), ""))
    if cell.summary is None:
        parts.append(("none", _m("not-required", lang), ""))
    else:
        parts.append(("summary", cell.summary.get(lang), ""))
        parts += [("indicator", ind.text.get(lang), ind.id) for ind in cell.indicators]
        if cell.evidence is not None:
            parts.append(("evidence", _m("evidence", lang, text=cell.evidence.get(lang)), ""))
    if cell.note is not None:
        parts.append(("note", cell.note.get(lang), ""))
    return parts


def cell_markdown(cell: CellView, lang: Lang) -> list[str]:
    """A cell in full as Markdown blocks separated by blank lines (the indicators as one list)."""
    lines: list[str] = []
    previous = ""
    for kind, text, ident in cell_parts(cell, lang):
        if lines and not (kind == previous == "indicator"):
            lines.append("")
        if kind == "indicator":
            lines.append(f"- {md_block(text)} `{ident}`")
        elif kind == "summary":
            lines.append(f"**{md(text)}**")
        else:
            lines.append(f"*{md(text)}*" if kind in ("carry", "none", "note") else md_block(text))
        previous = kind
    return lines


_STYLES = {
    "carry": "italic",
    "none": "italic",
    "note": "italic",
    "summary": "bold",
    "evidence": "",
    "indicator": "",
}


def cell_text(cell: CellView, lang: Lang, with_ids: bool = True) -> RichText:
    """A cell in full as Rich Text (summary bold, indicator ids dim)."""
    out = RichText()
    for i, (kind, text, ident) in enumerate(cell_parts(cell, lang)):
        if i:
            out.append("\n")
        if kind == "indicator":
            out.append(bullet("•", text, lang))
            if with_ids:
                out.append(f" [{ident}]", style="dim")
        else:
            out.append(text, style=_STYLES[kind])
    return out


def bullet(mark: str, text: str, lang: Lang) -> str:
    """``• text``; in Chinese without the space, so the line wraps instead of breaking after the mark."""
    return f"{mark}{text}" if lang == "zh" else f"{mark} {text}"


def name_of(text: Text | None, lang: Lang, fallback: str = "") -> str:
    return text.get(lang) if text is not None else fallback


# ---- pmladder show --------------------------------------------------------------------------------


def track_text(name: Text | None, track: str, lang: Lang) -> str:
    """A track's display name: its declared ``name``, else its id ("main" translated)."""
    if name is not None:
        return name.get(lang)
    if track == "main":
        return _m("main-track", lang)
    return _m("track-id", lang, track=track)


def track_label(ladder: LadderRef, track: str, lang: Lang) -> str:
    """The display name of a track of the ladder ``ladder`` refers to."""
    return track_text(ladder.track_names.get(track), track, lang)


def _track_title(view: LadderView, track: ShowTrack, lang: Lang) -> str | None:
    """The title over a track's table; none for the one unnamed track of a ladder without branches."""
    if one_track(view.ladder.track_names, track.track):
        return None
    return _m("track", lang, track=track_label(view.ladder, track.track, lang))


def _group_names(view: LadderView, lang: Lang) -> dict[str, str]:
    return {g.id: g.name.get(lang) for g in view.groups}


#: how the matrix shares its width: the competency column, and each level column
COMPETENCY_RATIO, LEVEL_RATIO = 4, 3
#: a matrix column is at least this wide (more when a word in it is longer), or the levels are split
MIN_LEVEL_COLUMN = 14


class _Matrix:
    """One track's matrix, laid out for the width it gets: one table when every level fits with no word
    broken, else the levels split over several tables, and below STACKED_BELOW (or when not even two
    levels fit) one block per level. Levels in ``skip`` were shown on an earlier track (the trunk)."""

    def __init__(self, track: ShowTrack, view: LadderView, lang: Lang, skip: Sequence[LevelRef], shown_on: str):
        self.track, self.view, self.lang = track, view, lang
        self.skip, self.shown_on = skip, shown_on

    def _needs(self) -> tuple[int, list[int]]:
        lang, track = self.lang, self.track
        groups = _group_names(self.view, lang)
        names = [row.competency.name.get(lang) for row in track.rows]
        names += [groups.get(row.competency.group, row.competency.group) for row in track.rows]
        competency = max(MIN_LEVEL_COLUMN, *(min_width(n) for n in names))
        levels = []
        for j, lv in enumerate(track.levels):
            texts = [lv.name.get(lang), f"({bands(lv)})", *(cell_short(row.cells[j], lang) for row in track.rows)]
            levels.append(max(MIN_LEVEL_COLUMN, *(min_width(t) for t in texts)))
        return competency, levels

    def _chunks(self, width: int) -> list[list[int]] | None:
        """The level indexes of each table, or None for the stacked layout."""
        n = len(self.track.levels)
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

    def _table(self, levels: list[int], width: int, title: RichText | None) -> Table:
        lang, track = self.lang, self.track
        competency, needs = self._needs()
        free = width - table_overhead(len(levels) + 1)
        ratios = [COMPETENCY_RATIO, *(LEVEL_RATIO for _ in levels)]
        widths = share_widths(free, ratios, [competency, *(needs[j] for j in levels)])
        table = Table(title=title, show_lines=True, expand=False)
        table.add_column(_m("competency", lang), width=widths[0], overflow="fold")
        for j, w in zip(levels, widths[1:], strict=True):
            lv = track.levels[j]
            table.add_column(RichText(f"{lv.name.get(lang)}\n({bands(lv)})"), width=w, overflow="fold")
        groups = _group_names(self.view, lang)
        current: str | None = None
        for row in track.rows:
            if row.competency.group != current:
                current = row.competency.group
                table.add_row(RichText(groups.get(current, current), style="bold underline"), *("" for _ in levels))
            cells = [row.cells[j] for j in levels]
            texts = [RichText(cell_short(c, lang), style="dim" if c.state != "defined" else "") for c in cells]
            table.add_row(RichText(row.competency.name.get(lang)), *texts)
        return table

    def _stacked(self, width: int) -> list[RenderableType]:
        """One block per level: the level (underlined with "-", readable without colour), then each
        group and competency with its cell."""
        lang, track = self.lang, self.track
        parts: list[RenderableType] = []
        groups = _group_names(self.view, lang)
        if self.skip:
            first, last = level_label(self.skip[0], lang), level_label(self.skip[-1], lang)
            levels = first if first == last else f"{first} … {last}"
            parts.append(RichText(_m("as-above", lang, levels=levels, track=self.shown_on), style="dim"))
        skipped = {lv.id for lv in self.skip}
        for j, lv in enumerate(track.levels):
            if lv.id in skipped:
                continue
            parts += [RichText(""), _underlined(level_label(lv, lang), "-", width)]
            current: str | None = None
            for row in track.rows:
                if row.competency.group != current:
                    current = row.competency.group
                    parts.append(RichText(groups.get(current, current), style="underline"))
                cell = row.cells[j]
                parts.append(indented(RichText(row.competency.name.get(lang), style="bold"), 2))
                parts.append(indented(_stacked_cell(cell, lang), 4))
        return parts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        title_text = _track_title(self.view, self.track, self.lang)
        title = RichText(title_text, style="bold") if title_text is not None else None
        chunks = self._chunks(width)
        if chunks is None:
            if title_text is not None:
                yield RichText("")
                yield _underlined(title_text, "=", width)
            yield from self._stacked(width)
            return
        for i, levels in enumerate(chunks):
            yield self._table(levels, width, title if i == 0 else None)


def _underlined(text: str, mark: str, width: int) -> RichText:
    """A heading underlined with ``mark`` as long as it is (setext style: clear without colour)."""
    out = RichText(text, style="bold")
    out.append("\n" + mark * min(cell_len(text), width))
    return out


def _stacked_cell(cell: CellView, lang: Lang) -> RichText:
    """A cell on its own line: the summary, or what carry and none mean spelled out."""
    if cell.state == "carry" and cell.carried_from is not None:
        text = _m("carried-from", lang, level=cell.carried_from.name.get(lang))
        return RichText(text, style="dim")
    if cell.summary is None:
        return RichText(_m("not-required", lang), style="dim")
    return RichText(cell.summary.get(lang))


def _detail(track: ShowTrack, view: LadderView, lang: Lang) -> RenderableType:
    by_level = view.level is not None and view.competency is None
    title = _track_title(view, track, lang)
    rows: list[list[RichText]] = []
    for row in track.rows:
        for lv, cell in zip(track.levels, row.cells, strict=True):
            label = row.competency.name.get(lang) if by_level else level_label(lv, lang)
            rows.append([RichText(label, style="bold"), cell_text(cell, lang)])
    return FitTable(
        [_m("competency" if by_level else "level", lang), _m("cell", lang)],
        rows,
        [1, 4],
        title=RichText(title, style="bold") if title is not None else None,
        labels=False,
    )


def _heading(view: LadderView, lang: Lang) -> RichText:
    out = RichText(f"{view.ladder.name.get(lang)} ({view.ladder.id})", style="bold")
    if view.competency is not None:
        out.append(f" · {view.competency.name.get(lang)}")
    if view.level is not None:
        info = view.level
        out.append(f" · {level_label(info.level, lang)}")
        out.append("\n")
        out.append(info.summary.get(lang), style="")
        if info.motto is not None:
            out.append("\n" + _m("motto", lang, text=info.motto.get(lang)), style="italic")
        if info.failure_mode is not None:
            out.append("\n" + _m("failure-mode", lang, text=info.failure_mode.get(lang)), style="")
    return out


def render_view(view: LadderView, lang: Lang, name: str | None = None) -> RenderableType:
    """``pmladder show`` as Rich: the matrix per track, or cells in full, at most MAX_WIDTH wide.

    ``name`` (the ladder as the user named it) is no longer used; kept for callers.
    """
    parts: list[RenderableType] = [_heading(view, lang)]
    shown: dict[str, str] = {}  # level id -> the track it was shown on (trunk levels repeat on every track)
    for track in view.tracks:
        if view.detail:
            parts.append(_detail(track, view, lang))
            continue
        skip = [lv for lv in track.levels if lv.id in shown]
        on = shown[skip[0].id] if skip else ""
        parts.append(_Matrix(track, view, lang, skip, on))
        label = track_label(view.ladder, track.track, lang)
        shown.update({lv.id: label for lv in track.levels if lv.id not in shown})
    return Capped(Group(*parts))


def view_markdown(view: LadderView, lang: Lang) -> str:
    """``pmladder show`` as Markdown."""
    title = f"{view.ladder.name.get(lang)} ({view.ladder.id})"
    if view.competency is not None:
        title += f" · {view.competency.name.get(lang)}"
    if view.level is not None:
        title += f" · {level_label(view.level.level, lang)}"
    lines = [f"# {md(title)}", ""]
    if view.level is not None:
        lines.append(md_block(view.level.summary.get(lang)))
        if view.level.motto is not None:
            lines.append("")
            lines.append(md_block(_m("motto", lang, text=view.level.motto.get(lang))))
        if view.level.failure_mode is not None:
            lines.append("")
            lines.append(md_block(_m("failure-mode", lang, text=view.level.failure_mode.get(lang))))
        lines.append("")
    groups = _group_names(view, lang)
    for track in view.tracks:
        track_title = _track_title(view, track, lang)
        if track_title is not None:
            lines += [f"## {md(track_title)}", ""]
        if not view.detail:
            header = [md(_m("competency", lang))] + [md(level_label(lv, lang)) for lv in track.levels]
            rows: list[list[str]] = []
            current: str | None = None
            for row in track.rows:
                if row.competency.group != current:
                    current = row.competency.group
                    rows.append([f"**{md(groups.get(current, current))}**", *("" for _ in track.levels)])
                rows.append([md(row.competency.name.get(lang)), *(md(cell_short(c, lang)) for c in row.cells)])
            lines += [*md_table(header, rows), ""]
            continue
        by_level = view.level is not None and view.competency is None
        for row in track.rows:
            for lv, cell in zip(track.levels, row.cells, strict=True):
                label = row.competency.name.get(lang) if by_level else level_label(lv, lang)
                lines += [f"### {md(label)}", ""]
                lines += [*cell_markdown(cell, lang), ""]
    return "\n".join(lines).rstrip() + "\n"


# ---- pmladder ladders -----------------------------------------------------------------------------


def _source(source: str, lang: Lang) -> str:
    return _m(f"source-{source}", lang)


def one_track(names: dict[str, Text], track: str) -> bool:
    """Whether ``track`` is the one unnamed track of a ladder without branches (nothing to name)."""
    return track == "main" and "main" not in names


def _tracks_cell(entry: LadderEntry, lang: Lang) -> str:
    """The tracks by name; ``—`` for a ladder without branches."""
    if len(entry.tracks) == 1 and one_track(entry.track_names, entry.tracks[0]):
        return _m("none", lang)
    sep = "、" if lang == "zh" else ", "
    return sep.join(track_text(entry.track_names.get(t), t, lang) for t in entry.tracks)


def render_list(listing: LadderList, lang: Lang) -> RenderableType:
    """``pmladder ladders`` as a Rich table (one block per ladder on a narrow terminal)."""
    if not listing.ladders:
        return RichText(_m("no-ladders", lang))
    keys = ["col-id", "col-name", "col-levels", "col-tracks", "col-source", "col-path"]
    rows: list[list[RichText]] = []
    for entry in listing.ladders:
        if entry.error is not None:
            error = RichText(_m("invalid", lang, error=entry.error), style="red")
            rows.append([RichText(entry.id or "?"), error, RichText(""), RichText(""),
                         RichText(_source(entry.source, lang)), PathText(entry.path)])
            continue
        rows.append(
            [
                RichText(entry.id or ""),
                RichText(name_of(entry.name, lang)),
                RichText(str(entry.levels)),
                RichText(_tracks_cell(entry, lang)),
                RichText(_source(entry.source, lang)),
                PathText(entry.path),
            ]
        )
    # ids, counts and the one-word source take what they need; the file path breaks only after a /
    table = FitTable(
        [_m(key, lang) for key in keys],
        rows,
        [0, 4, 0, 3, 0, 5],
        title=RichText(_m("ladders-title", lang), style="bold"),
        justify=["left", "left", "right", "left", "left", "left"],
        lines=False,
    )
    return Capped(table)
