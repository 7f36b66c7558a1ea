"""Renders compare results (alignment, crosswalk, side by side, level diff, translation): Rich, Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.render.blocks import Block, Heading, Para, Table
from pmladder.render.ladder import bullet, cell_parts, level_label, one_track, track_label
from pmladder.render.to_markdown import to_markdown

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pmladder.model.comparison import (
        BandCheck,
        CellView,
        Change,
        Comparison,
        CompetencyRef,
        ContentCheck,
        LadderRef,
        LevelAlignment,
        LevelDiff,
        LevelRef,
        RoundTrip,
        SideBySide,
        Translation,
    )
    from pmladder.model.ladder import Lang


def _rich(blocks: list[Block]) -> RenderableType:
    from pmladder.render.to_rich import to_rich

    return to_rich(blocks)


def _m(key: str, lang: Lang, **values: object) -> str:
    return t(f"render.compare.{key}", lang, **values)


def _names(refs: Sequence[CompetencyRef], lang: Lang) -> str:
    return "、".join(r.name.get(lang) for r in refs) if lang == "zh" else ", ".join(r.name.get(lang) for r in refs)


def _signed(gap: int | None) -> str:
    if gap is None:
        return "—"
    return f"+{gap}" if gap > 0 else (f"−{-gap}" if gap < 0 else "0")


# ---- pmladder compare A B -------------------------------------------------------------------------


def _legend(a: LadderRef, b: LadderRef, lang: Lang) -> Para:
    return Para(_m("legend", lang, a=f"{a.name.get(lang)} ({a.id})", b=f"{b.name.get(lang)} ({b.id})"), style="italic")


def _side(ladder: LadderRef, letter: str, track: str, lang: Lang) -> str:
    """``A``, or ``A Management track`` when the ladder has tracks to tell apart."""
    if one_track(ladder.track_names, track):
        return letter
    return _m("side-track", lang, side=letter, track=track_label(ladder, track, lang))


def _tracks(a: LadderRef, ta: str, b: LadderRef, tb: str, lang: Lang) -> dict[str, str] | None:
    """The two sides of a pair of tracks for a heading; None when neither ladder has tracks."""
    if one_track(a.track_names, ta) and one_track(b.track_names, tb):
        return None
    return {"ta": _side(a, "A", ta, lang), "tb": _side(b, "B", tb, lang)}


def _pair_heading(key: str, a: LadderRef, ta: str, b: LadderRef, tb: str, lang: Lang) -> Heading:
    """A section heading naming the pair of tracks, or just the section when there are no tracks."""
    sides = _tracks(a, ta, b, tb, lang)
    return Heading(_m(f"{key}-one", lang) if sides is None else _m(key, lang, **sides))


def _trip(trip: RoundTrip, names: dict[str, str], lang: Lang) -> str:
    others = [names[i] for i in trip.back if i != trip.start]
    joined = ("、" if lang == "zh" else ", ").join(others)
    if not trip.returns:
        return _m("trip-lost", lang, others=joined)
    return _m("trip-spread", lang, others=joined) if others else _m("trip-ok", lang)


def _alignment_blocks(c: Comparison, alignment: LevelAlignment, lang: Lang) -> list[Block]:
    names = {row.level.id: row.level.name.get(lang) for row in alignment.forward}
    rows: list[list[str]] = []
    for row, trip in zip(alignment.forward, alignment.round_trip, strict=True):
        matches = [
            level_label(m.level, lang)
            + ("" if m.kind == "declared" else " · " + _m("derived", lang, distance=m.distance))
            for m in row.matches
        ]
        rows.append([level_label(row.level, lang), "\n".join(matches), _trip(trip, names, lang)])
    back = sum(t.returns for t in alignment.round_trip)
    summary = _m(
        "alignment-summary",
        lang,
        monotone=_m("yes" if alignment.monotone else "no", lang),
        back=back,
        total=len(alignment.round_trip),
    )
    return [
        _pair_heading("alignment", c.a, alignment.track_a, c.b, alignment.track_b, lang),
        Table(
            [
                _m("col-level", lang, ladder="A"),
                _m("col-level", lang, ladder="B"),
                _m("col-round-trip", lang),
            ],
            rows,
            [3, 4, 3],
        ),
        Para(summary),
    ]


def _first(check: BandCheck, side: str, lang: Lang) -> str:
    first = check.a if side == "a" else check.b
    if first is None:
        return _m("absent", lang)
    return _m("first", lang, competency=first.competency.name.get(lang), level=level_label(first.level, lang))


def _verdict(check: BandCheck, lang: Lang) -> str:
    if check.agrees or check.a is None or check.b is None:
        return _m("agrees", lang) if check.gap is not None else _m("absent", lang)
    return _m("disagrees", lang, a=level_label(check.a.level, lang), b=level_label(check.b.level, lang))


def _findings(check: ContentCheck, lang: Lang) -> list[tuple[str, BandCheck]]:
    """One finding per pair of cells: canonical competencies resting on the same two cells share it."""
    merged: dict[tuple[str, ...], tuple[list[str], BandCheck]] = {}
    checks: list[tuple[str, BandCheck]] = [(row.name.get(lang), row) for row in check.competencies]
    checks.append((_m("leadership", lang), check.leadership))
    for name, chk in checks:
        key = tuple(f"{side.competency.id}@{side.level.id}" if side is not None else "-" for side in (chk.a, chk.b))
        merged.setdefault(key, ([], chk))[0].append(name)
    sep = "、" if lang == "zh" else ", "
    return [(sep.join(names), chk) for names, chk in merged.values()]


def _content_blocks(c: Comparison, index: int, lang: Lang) -> list[Block]:
    check = c.content[index]
    heading = _pair_heading("content", c.a, check.track_a, c.b, check.track_b, lang)
    for earlier in c.content[:index]:
        if (earlier.competencies, earlier.leadership) == (check.competencies, check.leadership):
            ta, tb = _side(c.a, "A", earlier.track_a, lang), _side(c.b, "B", earlier.track_b, lang)
            return [heading, Para(_m("content-same", lang, ta=ta, tb=tb))]
    findings = _findings(check, lang)
    measured = [(name, chk) for name, chk in findings if chk.gap is not None]
    disagree = [name for name, chk in measured if not chk.agrees]
    if disagree:
        summary = _m(
            "content-summary",
            lang,
            agree=len(measured) - len(disagree),
            total=len(measured),
            names=("；" if lang == "zh" else "; ").join(disagree),
        )
    elif not measured:
        summary = _m("content-nothing", lang)
    elif len(measured) == 1:
        summary = _m("content-one-agrees", lang)
    else:
        summary = _m("content-all-agree", lang, total=len(measured))
    rows = [
        [name, _first(chk, "a", lang), _first(chk, "b", lang), _signed(chk.gap), _verdict(chk, lang)]
        for name, chk in findings
    ]
    return [
        heading,
        Para(_m("content-intro", lang, threshold=check.threshold), style="italic"),
        Table(
            [
                _m("col-canonical", lang),
                _m("col-first", lang, ladder="A"),
                _m("col-first", lang, ladder="B"),
                _m("col-gap", lang),
                _m("col-verdict", lang),
            ],
            rows,
            [2, 3, 3, 1, 3],
        ),
        Para(summary),
    ]


def _crosswalk_blocks(c: Comparison, lang: Lang) -> list[Block]:
    walk = c.crosswalk
    sep = "、" if lang == "zh" else ", "
    rows = [
        [
            p.a.name.get(lang),
            _m(f"rel-{p.relation}", lang),
            p.b.name.get(lang),
            sep.join(walk.names[v].get(lang) if v in walk.names else v for v in p.via),
        ]
        for p in walk.pairs
    ]
    return [
        Heading(_m("crosswalk", lang)),
        Table(
            [
                _m("col-competency", lang, ladder="A"),
                _m("col-relation", lang),
                _m("col-competency", lang, ladder="B"),
                _m("col-via", lang),
            ],
            rows,
            [3, 2, 3, 3],
            _m("crosswalk-empty", lang),
        ),
        Para(_m("only", lang, ladder="A", names=_names(walk.only_a, lang) or _m("nothing", lang))),
        Para(_m("only", lang, ladder="B", names=_names(walk.only_b, lang) or _m("nothing", lang))),
    ]


def comparison_blocks(c: Comparison, lang: Lang) -> list[Block]:
    title = _m("title", lang, a=c.a.name.get(lang), b=c.b.name.get(lang))
    blocks: list[Block] = [Heading(title, 1), _legend(c.a, c.b, lang), Para(_m("terms", lang), style="italic")]
    if c.a.id == c.b.id:
        blocks.append(Para(_m("same-ladder", lang, name=c.a.name.get(lang), ladder=c.a.id), style="bold"))
    for alignment in c.alignments:
        blocks += _alignment_blocks(c, alignment, lang)
    for index in range(len(c.content)):
        blocks += _content_blocks(c, index, lang)
    blocks += _crosswalk_blocks(c, lang)
    return blocks


def render_comparison(c: Comparison, lang: Lang) -> RenderableType:
    return _rich(comparison_blocks(c, lang))


def comparison_markdown(c: Comparison, lang: Lang) -> str:
    return to_markdown(comparison_blocks(c, lang))


# ---- side by side ---------------------------------------------------------------------------------


def _cells(cells: Sequence[CellView], refs: Sequence[CompetencyRef], lang: Lang) -> str:
    names = {r.id: r.name.get(lang) for r in refs}
    chunks: list[str] = []
    for cell in cells:
        lines = [f"【{names[cell.competency]}】"] if len(cells) > 1 else []
        for part in cell_parts(cell, lang):
            if part.kind != "evidence":
                lines.append(bullet("•", part.text, lang) if part.kind == "indicator" else part.text)
        chunks.append("\n".join(lines))
    return "\n".join(chunks)


def side_blocks(s: SideBySide, lang: Lang) -> list[Block]:
    title = _m(
        "side-title",
        lang,
        a=_names(s.competencies_a, lang) or s.a.name.get(lang),
        b=_names(s.competencies_b, lang) or s.b.name.get(lang),
    )
    blocks: list[Block] = [Heading(title, 1), _legend(s.a, s.b, lang), Para(_m("terms-side", lang), style="italic")]
    for pair in s.pairs:
        relation = _m(f"rel-{pair.relation}", lang)
        blocks.append(Para(_m("side-pair", lang, a=pair.a.name.get(lang), b=pair.b.name.get(lang), relation=relation)))
    if not s.competencies_a:
        blocks.append(Para(_m("side-none", lang, ladder="A")))
    if not s.competencies_b:
        blocks.append(Para(_m("side-none", lang, ladder="B")))
    for track in s.tracks:
        rows: list[list[str]] = []
        for row in track.rows:
            left = [level_label(row.level, lang), _cells(row.cells, s.competencies_a, lang)]
            for i, match in enumerate(row.matches):
                label = level_label(match.level, lang)
                if match.kind == "derived":
                    label += "\n" + _m("derived", lang, distance=match.distance)
                right = [label, _cells(match.cells, s.competencies_b, lang)]
                rows.append([*(left if i == 0 else ["", ""]), *right])
        sides = _tracks(s.a, track.track_a, s.b, track.track_b, lang)
        if sides is not None:
            blocks.append(Heading(_m("side-pair-tracks", lang, **sides)))
        blocks.append(
            Table(
                [
                    _m("col-level", lang, ladder="A"),
                    "A",
                    _m("col-level", lang, ladder="B"),
                    "B",
                ],
                rows,
                [2, 5, 2, 5],
            )
        )
    return blocks


def render_side_by_side(s: SideBySide, lang: Lang) -> RenderableType:
    return _rich(side_blocks(s, lang))


def side_by_side_markdown(s: SideBySide, lang: Lang) -> str:
    return to_markdown(side_blocks(s, lang))


# ---- level diff -----------------------------------------------------------------------------------

_CHANGES: tuple[Change, ...] = ("new", "raised", "carried", "dropped", "none")


def _summary_text(cell: CellView, lang: Lang) -> str:
    if cell.summary is None:
        return "—" if cell.note is None else f"— {cell.note.get(lang)}"
    return cell.summary.get(lang)


def diff_blocks(d: LevelDiff, lang: Lang) -> list[Block]:
    title = _m(
        "diff-title",
        lang,
        ladder=f"{d.ladder.name.get(lang)} ({d.ladder.id})",
        start=level_label(d.from_level, lang),
        end=level_label(d.to_level, lang),
    )
    counts = {change: sum(c.change == change for c in d.competencies) for change in _CHANGES}
    # between tracks nothing is "raised" or "carried": the two cells are only different or the same
    lateral = d.track is None
    labels = {"raised": "change-changed", "carried": "change-same"} if lateral else {}
    count_key = "diff-counts-lateral" if lateral else "diff-counts"
    blocks: list[Block] = [Heading(title, 1)]
    if d.track is None:
        blocks.append(Para(_m("diff-lateral", lang)))
    elif not one_track(d.ladder.track_names, d.track):  # a ladder without branches has no track to name
        blocks.append(Para(_m("diff-track", lang, track=track_label(d.ladder, d.track, lang))))
    blocks.append(Para(_m(count_key, lang, **counts)))
    blocks.append(Para(_m("terms-diff-lateral" if lateral else "terms-diff", lang), style="italic"))
    rows: list[list[str]] = []
    for comp in d.competencies:
        after = _summary_text(comp.after, lang)
        if comp.new_indicators:
            after += "\n" + "\n".join(bullet("+", i.text.get(lang), lang) for i in comp.new_indicators)
        rows.append(
            [
                comp.competency.name.get(lang),
                _m(labels.get(comp.change, f"change-{comp.change}"), lang),
                _summary_text(comp.before, lang),
                after,
            ]
        )
    blocks.append(
        Table(
            [
                _m("col-competency-one", lang),
                _m("col-change", lang),
                level_label(d.from_level, lang),
                level_label(d.to_level, lang),
            ],
            rows,
            [2, 2, 4, 5],
        )
    )
    return blocks


def render_level_diff(d: LevelDiff, lang: Lang) -> RenderableType:
    return _rich(diff_blocks(d, lang))


def level_diff_markdown(d: LevelDiff, lang: Lang) -> str:
    return to_markdown(diff_blocks(d, lang))


# ---- translation ----------------------------------------------------------------------------------


def _maybe(ref: LevelRef | None, lang: Lang) -> str:
    return level_label(ref, lang) if ref is not None else _m("tr-below", lang)


def _range(low: LevelRef | None, high: LevelRef | None, lang: Lang) -> str:
    """``low … high``, or one level when both ends are the same."""
    if low == high:
        return _maybe(low, lang)
    return f"{_maybe(low, lang)} … {_maybe(high, lang)}"


def _placements(t: Translation, lang: Lang) -> Table:
    """Where the assessment lands on each track of B: range, central estimate, declared or derived."""
    # a ladder B without branches has no track to name: no track column
    named = not all(one_track(t.b.track_names, p.track_b) for p in t.placements)
    rows = [
        [
            *([track_label(t.b, p.track_b, lang)] if named else []),
            _range(p.low, p.high, lang),
            "\n".join(level_label(c, lang) for c in p.central) or _m("tr-below", lang),
            _m("tr-derived" if p.derived else "tr-declared", lang),
        ]
        for p in t.placements
    ]
    header = [_m("col-range", lang), _m("col-central", lang), _m("col-kind", lang)]
    if named:
        return Table([_m("col-track", lang, ladder="B"), *header], rows, [2, 4, 3, 2])
    return Table(header, rows, [4, 3, 2])


def translation_blocks(t: Translation, lang: Lang) -> list[Block]:
    blocks: list[Block] = [
        Heading(_m("tr-title", lang, a=t.a.name.get(lang), b=t.b.name.get(lang)), 1),
        _legend(t.a, t.b, lang),
        Para(_m("terms-translation", lang), style="italic"),
        Para(
            _m(
                "tr-on-a-one" if one_track(t.a.track_names, t.track_a) else "tr-on-a",
                lang,
                track=track_label(t.a, t.track_a, lang),
                range=_range(t.strict_a, t.lenient_a, lang),
                level=_maybe(t.level_a, lang),
            )
        ),
    ]
    blocks.append(_placements(t, lang))
    blocks.append(Heading(_m("tr-carried", lang)))
    carried_rows = [
        [
            c.competency.name.get(lang),
            "\n".join(f"{p.a.name.get(lang)} ({_m(f'rel-{p.relation}', lang)})" for p in c.sources),
            _maybe(c.floor_a, lang),
            "\n".join(level_label(ref, lang) for ref in c.floor_b) or _m("tr-below", lang),
        ]
        for c in t.carried
    ]
    blocks.append(
        Table(
            [
                _m("col-competency", lang, ladder="B"),
                _m("col-source", lang, ladder="A"),
                _m("col-floor-a", lang, ladder="A"),
                _m("col-floor-b", lang, ladder="B"),
            ],
            carried_rows,
            [3, 3, 3, 3],
            _m("tr-carried-empty", lang),
        )
    )
    blocks.append(Heading(_m("tr-next", lang)))
    blocks.append(Para(_names(t.assess_next, lang) or _m("nothing", lang)))
    blocks.append(Heading(_m("tr-not-carried", lang)))
    blocks.append(Para(_names(t.not_carried, lang) or _m("nothing", lang)))
    return blocks


def render_translation(t: Translation, lang: Lang) -> RenderableType:
    return _rich(translation_blocks(t, lang))


def translation_markdown(t: Translation, lang: Lang) -> str:
    return to_markdown(translation_blocks(t, lang))
