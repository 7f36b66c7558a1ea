"""What compare, show and ladders print: the comparison, side by side, a level diff, a ladder's matrix."""

from __future__ import annotations

from collections.abc import Sequence

from pmladder.compare.align import align_levels, cross_check, crosswalk
from pmladder.compare.refs import (
    cell_view,
    competency_choices,
    competency_ref,
    find_competency,
    find_level,
    ladder_ref,
    level_ref,
    lookup_competency,
)
from pmladder.errors import NotFoundError, UsageError
from pmladder.model.comparison import (
    CellView,
    Change,
    Comparison,
    CompetencyDiff,
    CompetencyRef,
    Crosswalk,
    CrosswalkPair,
    GroupRef,
    LadderEntry,
    LadderFaq,
    LadderOrigin,
    LadderView,
    LevelAlignment,
    LevelDiff,
    LevelInfo,
    LevelTypeRef,
    ShowRow,
    ShowTrack,
    SideBySide,
    SideBySideMatch,
    SideBySideRow,
    SideBySideTrack,
    TypeView,
)
from pmladder.model.ladder import Competency, Ladder, Level, Resource, Taxonomy, Text
from pmladder.rules.answers import text as bilingual

# ---- the whole comparison -------------------------------------------------------------------------


def compare(a: Ladder, b: Ladder, taxonomy: Taxonomy) -> Comparison:
    """Everything ``pmladder compare A B`` shows."""
    return Comparison(
        a=ladder_ref(a),
        b=ladder_ref(b),
        alignments=align_levels(a, b),
        content=cross_check(a, b, taxonomy),
        crosswalk=_named(crosswalk(a, b), taxonomy),
    )


def _named(walk: Crosswalk, taxonomy: Taxonomy) -> Crosswalk:
    """The crosswalk with the names of the canonical ids it goes through."""
    names: dict[str, Text] = {}
    for pair in walk.pairs:
        for canonical in pair.via:
            known = taxonomy.competency(canonical)
            if known is not None:
                names[canonical] = known.name
    return walk.model_copy(update={"names": names})


# ---- side by side ---------------------------------------------------------------------------------


def _partners(pairs: list[CrosswalkPair], side: str) -> set[str]:
    """The counterparts closer than ``related``; only when there are none, the related ones."""
    close = [p for p in pairs if p.relation != "related"] or pairs
    return {(p.b if side == "b" else p.a).id for p in close}


def _counterparts(
    a: Ladder, b: Ladder, key: str, walk: Crosswalk
) -> tuple[list[Competency], list[Competency]] | None:
    """A competency of A (or else of B) named by ``key``, with its counterparts in the other ladder."""
    in_a = lookup_competency(a, key)
    if in_a is not None:
        partners = _partners([p for p in walk.pairs if p.a.id == in_a.id], "b")
        return [in_a], [c for c in b.competencies if c.id in partners]
    in_b = lookup_competency(b, key)
    if in_b is not None:
        partners = _partners([p for p in walk.pairs if p.b.id == in_b.id], "a")
        return [c for c in a.competencies if c.id in partners], [in_b]
    return None


def _competencies_for(a: Ladder, b: Ladder, key: str, walk: Crosswalk) -> tuple[list[Competency], list[Competency]]:
    """The competencies of A and of B that ``key`` names: one of either ladder and its counterparts in
    the other, or those linked to a canonical taxonomy id; NotFoundError naming both ladders' ids."""
    found = _counterparts(a, b, key, walk)
    if found is not None:
        return found
    linked_a = [c for c in a.competencies if any(link.id == key for link in c.taxonomy)]
    linked_b = [c for c in b.competencies if any(link.id == key for link in c.taxonomy)]
    if linked_a or linked_b:
        return linked_a, linked_b
    raise NotFoundError(
        "compare.unknown-competency-both",
        wanted=key,
        a=bilingual(a.name),
        b=bilingual(b.name),
        valid_a=competency_choices(a),
        valid_b=competency_choices(b),
    )


def _side_rows(
    alignment: LevelAlignment,
    path_a: Sequence[Level],
    path_b: Sequence[Level],
    comps: tuple[list[Competency], list[Competency]],
    only_level: Level | None,
    seen: set[tuple[str, tuple[str, ...]]],
) -> list[SideBySideRow]:
    """The rows of one pair of tracks: each level of A (or only ``only_level``) with its aligned levels
    of B, the cells of A's and B's competencies; a row in ``seen`` already is left out (and added)."""
    comps_a, comps_b = comps
    levels_b = {lv.id: lv for lv in path_b}
    rows: list[SideBySideRow] = []
    for lv, aligned in zip(path_a, alignment.forward, strict=True):
        key = (lv.id, tuple(m.level.id for m in aligned.matches))
        if (only_level is not None and lv.id != only_level.id) or key in seen:
            continue
        seen.add(key)
        matches = [
            SideBySideMatch(
                level=m.level,
                kind=m.kind,
                distance=m.distance,
                cells=[cell_view(c, path_b, levels_b[m.level.id]) for c in comps_b],
            )
            for m in aligned.matches
        ]
        cells = [cell_view(c, path_a, lv) for c in comps_a]
        rows.append(SideBySideRow(level=aligned.level, cells=cells, matches=matches))
    return rows


def side_by_side(a: Ladder, b: Ladder, competency: str, level: str | None) -> SideBySide:
    """The cells of a competency (and its counterparts) at aligned levels of A and B.

    ``competency`` is a competency of A, of B, or a canonical taxonomy id; ``level`` a level of A.
    A row already shown for an earlier pair of tracks is not repeated.
    """
    walk = crosswalk(a, b)
    comps_a, comps_b = _competencies_for(a, b, competency, walk)
    only_level = find_level(a, level) if level is not None else None
    ids_a, ids_b = {c.id for c in comps_a}, {c.id for c in comps_b}
    paths_a, paths_b = a.tracks(), b.tracks()
    seen: set[tuple[str, tuple[str, ...]]] = set()
    tracks: list[SideBySideTrack] = []
    for alignment in align_levels(a, b):
        path_a, path_b = paths_a[alignment.track_a], paths_b[alignment.track_b]
        rows = _side_rows(alignment, path_a, path_b, (comps_a, comps_b), only_level, seen)
        if rows:
            tracks.append(SideBySideTrack(track_a=alignment.track_a, track_b=alignment.track_b, rows=rows))
    return SideBySide(
        a=ladder_ref(a),
        b=ladder_ref(b),
        competencies_a=[competency_ref(c) for c in comps_a],
        competencies_b=[competency_ref(c) for c in comps_b],
        pairs=[p for p in walk.pairs if p.a.id in ids_a and p.b.id in ids_b],
        tracks=tracks,
    )


# ---- within one ladder ----------------------------------------------------------------------------


def _path_with(ladder: Ladder, *level_ids: str) -> tuple[str, list[Level]] | None:
    for name, path in ladder.tracks().items():
        ids = [lv.id for lv in path]
        if all(i in ids for i in level_ids):
            return name, path
    return None


def _change(before: CellView, after: CellView) -> Change:
    if not before.required:
        return "new" if after.required else "none"
    if not after.required:
        return "dropped"
    if (after.summary, after.indicators) == (before.summary, before.indicators):
        return "carried"
    return "raised"


def _paths(ladder: Ladder, first: Level, last: Level) -> tuple[str | None, list[Level], list[Level]]:
    """The track both levels are on and its path twice (``first`` must come first), or, for a move
    between tracks, no track and each level's own path."""
    common = _path_with(ladder, first.id, last.id)
    if common is None:
        paths = ladder.tracks()
        return None, paths[ladder.track_of(first.id)], paths[ladder.track_of(last.id)]
    ids = [lv.id for lv in common[1]]
    if ids.index(first.id) >= ids.index(last.id):
        raise UsageError(
            "compare.level-order", ladder=bilingual(ladder.name), start=bilingual(first.name), end=bilingual(last.name)
        )
    return common[0], common[1], common[1]


def level_diff(ladder: Ladder, start: str, end: str) -> LevelDiff:
    """What changes, competency by competency, from level ``start`` to level ``end``."""
    first, last = find_level(ladder, start), find_level(ladder, end)
    if first.id == last.id:
        raise UsageError("compare.same-level", level=bilingual(first.name))
    track, path_first, path_last = _paths(ladder, first, last)
    diffs: list[CompetencyDiff] = []
    for comp in ladder.competencies:
        before, after = cell_view(comp, path_first, first), cell_view(comp, path_last, last)
        change = _change(before, after)
        known = {i.id for i in before.indicators}
        new = [i for i in after.indicators if i.id not in known] if change in ("new", "raised") else []
        diffs.append(
            CompetencyDiff(
                competency=competency_ref(comp), change=change, before=before, after=after, new_indicators=new
            )
        )
    return LevelDiff(
        ladder=ladder_ref(ladder),
        from_level=level_ref(first),
        to_level=level_ref(last),
        track=track,
        competencies=diffs,
    )


# ---- views of one ladder (pmladder ladders, pmladder show) ----------------------------------------


def ladder_entry(
    ladder: Ladder | None, path: str, source: LadderOrigin, error: str | None = None
) -> LadderEntry:
    """One line of ``pmladder ladders``."""
    if ladder is None:
        return LadderEntry(id=None, name=None, levels=0, tracks=[], source=source, path=path, error=error)
    return LadderEntry(
        id=ladder.id,
        name=ladder.name,
        levels=len(ladder.levels),
        tracks=list(ladder.tracks()),
        track_names={t.id: t.name for t in ladder.track_names},
        source=source,
        path=path,
        error=error,
    )


def _level_info(ladder: Ladder, level: Level) -> LevelInfo:
    kind = next((t for t in ladder.types if t.id == level.type), None)
    return LevelInfo(
        level=level_ref(level),
        summary=level.summary,
        motto=level.motto,
        failure_mode=level.failure_mode,
        type=LevelTypeRef(id=kind.id, name=kind.name, description=kind.description) if kind is not None else None,
        duties=list(level.duties),
    )


def _types(ladder: Ladder) -> list[TypeView]:
    """Each level type with its levels (a type no level has is left out)."""
    views = [
        TypeView(id=t.id, name=t.name, description=t.description,
                 levels=[level_ref(lv) for lv in ladder.levels if lv.type == t.id])
        for t in ladder.types
    ]
    return [v for v in views if v.levels]


def ladder_faq(ladder: Ladder) -> LadderFaq:
    """``pmladder show LADDER --faq``: the ladder's questions and answers."""
    return LadderFaq(ladder=ladder_ref(ladder), faq=list(ladder.faq))


def ladder_view(ladder: Ladder, level: str | None, competency: str | None) -> LadderView:
    """The level x competency matrix by track; narrowed to one level and/or one competency."""
    only_level = find_level(ladder, level) if level is not None else None
    only_comp = find_competency(ladder, competency) if competency is not None else None
    comps = [only_comp] if only_comp is not None else ladder.competencies
    paths = ladder.tracks()
    names = [ladder.track_of(only_level.id)] if only_level is not None else list(paths)
    tracks: list[ShowTrack] = []
    for name in names:
        path = paths[name]
        levels = [only_level] if only_level is not None else path
        rows = [
            ShowRow(competency=competency_ref(c), cells=[cell_view(c, path, lv) for lv in levels])
            for c in comps
        ]
        tracks.append(ShowTrack(track=name, levels=[level_ref(lv) for lv in levels], rows=rows))
    info, comp_ref, resources, types = _narrowed(ladder, only_level, only_comp)
    return LadderView(
        ladder=ladder_ref(ladder),
        groups=[GroupRef(id=g.id, name=g.name) for g in ladder.groups],
        level=info,
        competency=comp_ref,
        tracks=tracks,
        types=types,
        resources=resources,
        faq_count=len(ladder.faq),
    )


def _narrowed(
    ladder: Ladder, level: Level | None, competency: Competency | None
) -> tuple[LevelInfo | None, CompetencyRef | None, list[Resource], list[TypeView]]:
    """What a view shows beside the cells: the level's profile, the competency and its resources, or (the
    whole matrix) the level types."""
    if level is None and competency is None:
        return None, None, [], _types(ladder)
    info = _level_info(ladder, level) if level is not None else None
    if competency is None:
        return info, None, [], []
    return info, competency_ref(competency), ladder.resources_for(competency.id), []
