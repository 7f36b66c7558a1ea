"""Renders one ladder (`pmladder show`) and the list of ladders (`pmladder ladders`); shared cell helpers."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table

from pmladder.i18n import Catalogue, message
from pmladder.model.comparison import CellView, LadderEntry, LadderList, LadderRef, LadderView, LevelRef, ShowTrack
from pmladder.model.ladder import Lang, Text
from pmladder.render.wrap import CjkText as RichText

MESSAGES: Catalogue = {
    "main-track": {"zh": "主线", "en": "Main track"},
    "track-id": {"zh": "{track} 路线", "en": "{track} track"},
    "none": {"zh": "—", "en": "—"},
    "carry": {"zh": "↑ 沿用", "en": "↑ carry"},
    "carried-from": {"zh": "↑ 沿用 {level} 的要求", "en": "↑ carries the cell of {level}"},
    "not-required": {"zh": "— 此级别暂不要求", "en": "— not required at this level"},
    "evidence": {"zh": "证据：{text}", "en": "Evidence: {text}"},
    "band": {"zh": "段位 {bands}", "en": "band {bands}"},
    "track": {"zh": "{track}", "en": "{track}"},
    "competency": {"zh": "能力", "en": "Competency"},
    "level": {"zh": "级别", "en": "Level"},
    "cell": {"zh": "要求", "en": "Expectation"},
    "motto": {"zh": "口诀：{text}", "en": "Motto: {text}"},
    "failure-mode": {"zh": "常见陷阱：{text}", "en": "Typical trap: {text}"},
    "narrow": {
        "zh": "终端较窄，单元格被折行：pmladder show {ladder} --competency ID 或 --level ID 可完整显示一部分。",
        "en": "A narrow terminal folds the cells: pmladder show {ladder} --competency ID or --level ID shows part "
        "of the matrix in full.",
    },
    "col-id": {"zh": "编号", "en": "Id"},
    "col-name": {"zh": "名称", "en": "Name"},
    "col-levels": {"zh": "级别", "en": "Levels"},
    "col-tracks": {"zh": "路线", "en": "Tracks"},
    "col-source": {"zh": "来源", "en": "Source"},
    "col-path": {"zh": "文件", "en": "File"},
    "source-bundled": {"zh": "内置", "en": "bundled"},
    "source-user": {"zh": "用户", "en": "user"},
    "source-path": {"zh": "指定路径", "en": "path"},
    "invalid": {"zh": "无效：{error}", "en": "invalid: {error}"},
    "no-ladders": {"zh": "没有找到职级体系。", "en": "No ladders found."},
    "ladders-title": {"zh": "职级体系", "en": "Ladders"},
}


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
        return message(MESSAGES, "carry", lang)
    if cell.state == "none" or cell.summary is None:
        return message(MESSAGES, "none", lang)
    return cell.summary.get(lang)


def cell_parts(cell: CellView, lang: Lang) -> list[tuple[str, str, str]]:
    """A cell in full as (kind, text, indicator id); kind: carry, summary, indicator, evidence, none, note."""
    parts: list[tuple[str, str, str]] = []
    if cell.state == "carry" and cell.carried_from is not None:
        name = cell.carried_from.name.get(lang)
        parts.append(("carry", message(MESSAGES, "carried-from", lang, level=name), ""))
    if cell.summary is None:
        parts.append(("none", message(MESSAGES, "not-required", lang), ""))
    else:
        parts.append(("summary", cell.summary.get(lang), ""))
        parts += [("indicator", ind.text.get(lang), ind.id) for ind in cell.indicators]
        if cell.evidence is not None:
            parts.append(("evidence", message(MESSAGES, "evidence", lang, text=cell.evidence.get(lang)), ""))
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
        return message(MESSAGES, "main-track", lang)
    return message(MESSAGES, "track-id", lang, track=track)


def track_label(ladder: LadderRef, track: str, lang: Lang) -> str:
    """The display name of a track of the ladder ``ladder`` refers to."""
    return track_text(ladder.track_names.get(track), track, lang)


def _track_title(view: LadderView, track: ShowTrack, lang: Lang) -> str | None:
    """The title over a track's table; none for the one unnamed track of a ladder without branches."""
    if one_track(view.ladder.track_names, track.track):
        return None
    return message(MESSAGES, "track", lang, track=track_label(view.ladder, track.track, lang))


def _group_names(view: LadderView, lang: Lang) -> dict[str, str]:
    return {g.id: g.name.get(lang) for g in view.groups}


#: how the matrix shares its width: the competency column, and each level column
COMPETENCY_RATIO, LEVEL_RATIO = 4, 3


def _matrix(track: ShowTrack, view: LadderView, lang: Lang) -> Table:
    title = _track_title(view, track, lang)
    table = Table(
        title=RichText(title, style="bold") if title is not None else None,
        show_lines=True,
        expand=True,
    )
    table.add_column(message(MESSAGES, "competency", lang), ratio=COMPETENCY_RATIO, overflow="fold")
    for lv in track.levels:
        table.add_column(RichText(f"{lv.name.get(lang)}\n({bands(lv)})"), ratio=LEVEL_RATIO, overflow="fold")
    groups = _group_names(view, lang)
    current: str | None = None
    for row in track.rows:
        if row.competency.group != current:
            current = row.competency.group
            table.add_row(RichText(groups.get(current, current), style="bold underline"), *("" for _ in track.levels))
        cells = [RichText(cell_short(c, lang), style="dim" if c.state != "defined" else "") for c in row.cells]
        table.add_row(RichText(row.competency.name.get(lang)), *cells)
    return table


def _detail(track: ShowTrack, view: LadderView, lang: Lang) -> Table:
    by_level = view.level is not None and view.competency is None
    title = _track_title(view, track, lang)
    table = Table(
        title=RichText(title, style="bold") if title is not None else None,
        show_lines=True,
        expand=True,
    )
    table.add_column(message(MESSAGES, "competency" if by_level else "level", lang), ratio=1, overflow="fold")
    table.add_column(message(MESSAGES, "cell", lang), ratio=4, overflow="fold")
    for row in track.rows:
        for lv, cell in zip(track.levels, row.cells, strict=True):
            label = row.competency.name.get(lang) if by_level else level_label(lv, lang)
            table.add_row(RichText(label, style="bold"), cell_text(cell, lang))
    return table


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
            out.append("\n" + message(MESSAGES, "motto", lang, text=info.motto.get(lang)), style="italic")
        if info.failure_mode is not None:
            out.append("\n" + message(MESSAGES, "failure-mode", lang, text=info.failure_mode.get(lang)), style="")
    return out


#: a matrix column narrower than this folds words such as "requirements" in the middle
MIN_LEVEL_COLUMN = 14


class _NarrowHint:
    """After the matrix: where a level column would be too narrow to read, how to see cells in full."""

    def __init__(self, view: LadderView, lang: Lang, name: str) -> None:
        self.view, self.lang, self.name = view, lang, name

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        columns = max((len(t.levels) for t in self.view.tracks), default=0)
        # the width _matrix gives a level column: its share of what the borders and padding leave
        free = options.max_width - 3 * columns - 4
        level_width = free * LEVEL_RATIO // (COMPETENCY_RATIO + LEVEL_RATIO * columns) if columns else 0
        if columns and level_width < MIN_LEVEL_COLUMN:
            yield RichText(message(MESSAGES, "narrow", self.lang, ladder=shlex.quote(self.name)), style="dim")


def render_view(view: LadderView, lang: Lang, name: str | None = None) -> RenderableType:
    """``pmladder show`` as Rich tables: the matrix per track, or cells in full.

    ``name`` is the ladder as the user named it (a file path, say), for the hint under a narrow matrix;
    by default the ladder's id.
    """
    parts: list[RenderableType] = [_heading(view, lang)]
    for track in view.tracks:
        parts.append(_detail(track, view, lang) if view.detail else _matrix(track, view, lang))
    if not view.detail:
        parts.append(_NarrowHint(view, lang, name if name is not None else view.ladder.id))
    return Group(*parts)


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
            lines.append(md_block(message(MESSAGES, "motto", lang, text=view.level.motto.get(lang))))
        if view.level.failure_mode is not None:
            lines.append("")
            lines.append(md_block(message(MESSAGES, "failure-mode", lang, text=view.level.failure_mode.get(lang))))
        lines.append("")
    groups = _group_names(view, lang)
    for track in view.tracks:
        track_title = _track_title(view, track, lang)
        if track_title is not None:
            lines += [f"## {md(track_title)}", ""]
        if not view.detail:
            header = [md(message(MESSAGES, "competency", lang))] + [md(level_label(lv, lang)) for lv in track.levels]
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
    return message(MESSAGES, f"source-{source}", lang)


def one_track(names: dict[str, Text], track: str) -> bool:
    """Whether ``track`` is the one unnamed track of a ladder without branches (nothing to name)."""
    return track == "main" and "main" not in names


def _tracks_cell(entry: LadderEntry, lang: Lang) -> str:
    """The tracks by name; ``—`` for a ladder without branches."""
    if len(entry.tracks) == 1 and one_track(entry.track_names, entry.tracks[0]):
        return message(MESSAGES, "none", lang)
    sep = "、" if lang == "zh" else ", "
    return sep.join(track_text(entry.track_names.get(t), t, lang) for t in entry.tracks)


def render_list(listing: LadderList, lang: Lang) -> RenderableType:
    """``pmladder ladders`` as a Rich table."""
    if not listing.ladders:
        return RichText(message(MESSAGES, "no-ladders", lang))
    table = Table(title=RichText(message(MESSAGES, "ladders-title", lang), style="bold"), expand=True)
    ratios = {
        "col-id": None,
        "col-name": 4,
        "col-levels": None,
        "col-tracks": 3,
        "col-source": None,
        "col-path": 5,
    }
    for key, ratio in ratios.items():
        if ratio is None:  # ids, counts and the one-word source are never wrapped
            table.add_column(
                message(MESSAGES, key, lang), justify="right" if key == "col-levels" else "left", no_wrap=True
            )
        else:
            table.add_column(message(MESSAGES, key, lang), overflow="fold", ratio=ratio)
    for entry in listing.ladders:
        if entry.error is not None:
            error = RichText(message(MESSAGES, "invalid", lang, error=entry.error), style="red")
            table.add_row("?", error, "", "", _source(entry.source, lang), RichText(entry.path))
            continue
        table.add_row(
            RichText(entry.id or ""),
            RichText(name_of(entry.name, lang)),
            str(entry.levels),
            RichText(_tracks_cell(entry, lang)),
            _source(entry.source, lang),
            RichText(entry.path, overflow="fold"),
        )
    return table
