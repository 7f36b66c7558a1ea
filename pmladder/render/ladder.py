"""Renders one ladder (`pmladder show`) and the list of ladders (`pmladder ladders`) as blocks; cell helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.render.blocks import (
    Blank,
    Block,
    Bullets,
    Cell,
    CellParts,
    Heading,
    MatrixCell,
    MatrixRow,
    Para,
    Part,
    Table,
)
from pmladder.render.blocks import Matrix as MatrixBlock
from pmladder.render.resources import resource_bullets
from pmladder.render.to_markdown import md, md_block, md_table, to_markdown

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pmladder.model.comparison import (
        CellView,
        LadderEntry,
        LadderFaq,
        LadderList,
        LadderRef,
        LadderView,
        LevelInfo,
        LevelRef,
        ShowTrack,
        TypeView,
    )
    from pmladder.model.ladder import Lang, Text

__all__ = ["md", "md_block", "md_table"]  # re-exported: the Markdown escaping is to_markdown's


def _m(key: str, lang: Lang, **values: object) -> str:
    return t(f"render.ladder.{key}", lang, **values)


# ---- shared helpers (also used by render/compare.py) ----------------------------------------------


def bands(ref: LevelRef) -> str:
    """``3`` or ``5–6``."""
    return str(ref.band) if ref.band == ref.band_to else f"{ref.band}–{ref.band_to}"


def level_label(ref: LevelRef, lang: Lang) -> str:
    """A level's name and its bands, such as ``产品总监 (5–6)``."""
    return f"{ref.name.get(lang)} ({bands(ref)})"


def cell_short(cell: CellView, lang: Lang) -> str:
    """A matrix cell: the summary, ``—`` when nothing is required, ``↑ carry`` for carry."""
    if cell.state == "carry":
        return _m("carry", lang)
    if cell.state == "none" or cell.summary is None:
        return _m("none", lang)
    return cell.summary.get(lang)


def cell_parts(cell: CellView, lang: Lang) -> list[Part]:
    """A cell in full: carry, summary, indicators (with their ids), evidence, none, note."""
    parts: list[Part] = []
    if cell.state == "carry" and cell.carried_from is not None:
        parts.append(Part("carry", _m("carried-from", lang, level=cell.carried_from.name.get(lang))))
    if cell.summary is None:
        parts.append(Part("none", _m("not-required", lang)))
    else:
        parts.append(Part("summary", cell.summary.get(lang)))
        parts += [Part("indicator", ind.text.get(lang), ind.id) for ind in cell.indicators]
        if cell.evidence is not None:
            parts.append(Part("evidence", _m("evidence", lang, text=cell.evidence.get(lang))))
    if cell.note is not None:
        parts.append(Part("note", cell.note.get(lang)))
    return parts


def bullet(mark: str, text: str, lang: Lang) -> str:
    """``• text``; in Chinese without the space, so the line wraps instead of breaking after the mark."""
    return f"{mark}{text}" if lang == "zh" else f"{mark} {text}"


def name_of(text: Text | None, lang: Lang, fallback: str = "") -> str:
    return text.get(lang) if text is not None else fallback


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


def one_track(names: dict[str, Text], track: str) -> bool:
    """Whether ``track`` is the one unnamed track of a ladder without branches (nothing to name)."""
    return track == "main" and "main" not in names


# ---- pmladder show --------------------------------------------------------------------------------


def _track_title(view: LadderView, track: ShowTrack, lang: Lang) -> str | None:
    """The title over a track's table; none for the one unnamed track of a ladder without branches."""
    if one_track(view.ladder.track_names, track.track):
        return None
    return _m("track", lang, track=track_label(view.ladder, track.track, lang))


def _matrix_cell(cell: CellView, lang: Lang) -> MatrixCell:
    """A cell in the table (summary, ``—``, ``↑ carry``), and on its own line, what carry and none mean."""
    short, short_dim = cell_short(cell, lang), cell.state != "defined"
    if cell.state == "carry" and cell.carried_from is not None:
        return MatrixCell(short, _m("carried-from", lang, level=cell.carried_from.name.get(lang)), short_dim, True)
    if cell.summary is None:
        return MatrixCell(short, _m("not-required", lang), short_dim, True)
    return MatrixCell(short, cell.summary.get(lang), short_dim, False)


def _matrix(view: LadderView, track: ShowTrack, lang: Lang, shown: dict[str, str]) -> MatrixBlock:
    """One track's matrix; levels already shown on an earlier track (``shown``: level id -> that track)
    are said to be as above when the levels are stacked."""
    groups = {g.id: g.name.get(lang) for g in view.groups}
    skip = [j for j, lv in enumerate(track.levels) if lv.id in shown]
    as_above = None
    if skip:
        first, last = level_label(track.levels[skip[0]], lang), level_label(track.levels[skip[-1]], lang)
        levels = first if first == last else f"{first} … {last}"
        as_above = _m("as-above", lang, levels=levels, track=shown[track.levels[skip[0]].id])
    rows = [
        MatrixRow(
            row.competency.group,
            groups.get(row.competency.group, row.competency.group),
            row.competency.name.get(lang),
            [_matrix_cell(cell, lang) for cell in row.cells],
        )
        for row in track.rows
    ]
    levels_shown = [(lv.name.get(lang), bands(lv)) for lv in track.levels]
    title = _track_title(view, track, lang)
    return MatrixBlock(title, _m("competency", lang), levels_shown, rows, skip, as_above)


def _detail(view: LadderView, track: ShowTrack, lang: Lang) -> CellParts:
    """Cells in full: one level's (by competency), or one competency's (by level)."""
    by_level = view.level is not None and view.competency is None
    rows: list[tuple[str, list[Part]]] = []
    for row in track.rows:
        for lv, cell in zip(track.levels, row.cells, strict=True):
            label = row.competency.name.get(lang) if by_level else level_label(lv, lang)
            rows.append((label, cell_parts(cell, lang)))
    header = [_m("competency" if by_level else "level", lang), _m("cell", lang)]
    return CellParts(_track_title(view, track, lang), header, rows, bullet("•", "", lang))


def _heading(view: LadderView, lang: Lang) -> list[Block]:
    """The ladder's name, and the competency or level shown; a level's summary, motto and trap under it."""
    title = f"{view.ladder.name.get(lang)} ({view.ladder.id})"
    if view.competency is not None:
        title += f" · {view.competency.name.get(lang)}"
    if view.level is None:
        return [Heading(title, 1, style="bold", gap=False)]
    info = view.level
    blocks: list[Block] = [
        Heading(f"{title} · {level_label(info.level, lang)}", 1, style="bold", gap=False),
        Para(info.summary.get(lang), style="bold"),
    ]
    if info.motto is not None:
        blocks.append(Para(_m("motto", lang, text=info.motto.get(lang)), style="bold italic"))
    return blocks + _level_profile(info, lang)


def _level_profile(info: LevelInfo, lang: Lang) -> list[Block]:
    """A level's type, typical trap and duties (职责), under its summary."""
    blocks: list[Block] = []
    if info.type is not None:
        kind = _m("type", lang, name=info.type.name.get(lang), text=info.type.description.get(lang))
        blocks.append(Para(kind))
    if info.failure_mode is not None:
        blocks.append(Para(_m("failure-mode", lang, text=info.failure_mode.get(lang)), style="bold"))
    if info.duties:
        blocks.append(Bullets([d.get(lang) for d in info.duties], mark=bullet("•", "", lang),
                              label=_m("duties", lang)))
    return blocks


def _type_item(kind: TypeView, lang: Lang) -> str:
    """``被动型（入门、初级）：…`` / ``Reactive (Entry, Junior): …``."""
    sep = "、" if lang == "zh" else ", "
    levels = sep.join(lv.name.get(lang) for lv in kind.levels)
    return _m("type-item", lang, name=kind.name.get(lang), levels=levels, text=kind.description.get(lang))


def _after(view: LadderView, lang: Lang) -> list[Block]:
    """Under the matrix: the level types and a pointer to the FAQ; under one competency: its resources."""
    blocks: list[Block] = []
    if view.types:
        blocks += [Heading(_m("types", lang), 2, style="bold"),
                   Bullets([_type_item(k, lang) for k in view.types], mark=bullet("•", "", lang))]
    resources = resource_bullets(list(view.resources), lang)
    if resources is not None:
        blocks += [Blank(), resources]
    if view.faq_count and not view.detail:
        blocks += [Blank(), Para(_m("faq-hint", lang, count=view.faq_count), style="dim")]
    return blocks


def view_blocks(view: LadderView, lang: Lang) -> list[Block]:
    """``pmladder show``: the matrix per track, or cells in full."""
    blocks = _heading(view, lang)
    shown: dict[str, str] = {}  # level id -> the track it was shown on (trunk levels repeat on every track)
    for track in view.tracks:
        if view.detail:
            blocks.append(_detail(view, track, lang))
            continue
        blocks.append(_matrix(view, track, lang, shown))
        label = track_label(view.ladder, track.track, lang)
        shown.update({lv.id: label for lv in track.levels if lv.id not in shown})
    return blocks + _after(view, lang)


def faq_blocks(faq: LadderFaq, lang: Lang) -> list[Block]:
    """``pmladder show LADDER --faq``: each question as a heading, its answer under it."""
    title = _m("faq-title", lang, ladder=f"{faq.ladder.name.get(lang)} ({faq.ladder.id})")
    blocks: list[Block] = [Heading(title, 1, style="bold", gap=False)]
    if not faq.faq:
        return [*blocks, Para(_m("no-faq", lang))]
    for n, item in enumerate(faq.faq, start=1):
        blocks += [Heading(f"{n}. {item.question.get(lang)}", 3, style="bold"), Para(item.answer.get(lang))]
    return blocks


def render_view(view: LadderView, lang: Lang) -> RenderableType:
    """``pmladder show`` as Rich, at most MAX_WIDTH wide."""
    from pmladder.render.to_rich import to_rich

    return to_rich(view_blocks(view, lang))


def view_markdown(view: LadderView, lang: Lang) -> str:
    """``pmladder show`` as Markdown."""
    return to_markdown(view_blocks(view, lang))


# ---- pmladder ladders -----------------------------------------------------------------------------


def _tracks_cell(entry: LadderEntry, lang: Lang) -> str:
    """The tracks by name; ``—`` for a ladder without branches."""
    if len(entry.tracks) == 1 and one_track(entry.track_names, entry.tracks[0]):
        return _m("none", lang)
    sep = "、" if lang == "zh" else ", "
    return sep.join(track_text(entry.track_names.get(t), t, lang) for t in entry.tracks)


def list_blocks(listing: LadderList, lang: Lang) -> list[Block]:
    """``pmladder ladders``: one row per ladder (one block per ladder on a narrow terminal)."""
    if not listing.ladders:
        return [Para(_m("no-ladders", lang))]
    keys = ["col-id", "col-name", "col-levels", "col-tracks", "col-source", "col-path"]
    rows: list[list[str | Cell]] = []
    for entry in listing.ladders:
        source, path = _m(f"source-{entry.source}", lang), Cell(entry.path, path=True)
        if entry.error is not None:
            error = Cell(_m("invalid", lang, error=entry.error), style="red")
            rows.append([entry.id or "?", error, "", "", source, path])
            continue
        name, tracks = name_of(entry.name, lang), _tracks_cell(entry, lang)
        rows.append([entry.id or "", name, str(entry.levels), tracks, source, path])
    # ids, counts and the one-word source take what they need; the file path breaks only after a /
    table = Table(
        [_m(key, lang) for key in keys],
        rows,
        [0, 4, 0, 3, 0, 5],
        title=_m("ladders-title", lang),
        justify=["left", "left", "right", "left", "left", "left"],
        lines=False,
    )
    return [table]


def render_list(listing: LadderList, lang: Lang) -> RenderableType:
    """``pmladder ladders`` as Rich."""
    from pmladder.render.to_rich import to_rich

    return to_rich(list_blocks(listing, lang))
