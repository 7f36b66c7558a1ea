"""Pure comparison of ladders: level alignment, content cross-check, crosswalk, level diffs, views."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from pmladder.errors import InputError, NotFoundError, UsageError
from pmladder.i18n import Catalogue, choices, message, quoted
from pmladder.model.assessment import Assessment
from pmladder.model.comparison import (
    AlignedLevel,
    AlignmentKind,
    BandCheck,
    CarriedCompetency,
    CellState,
    CellView,
    Change,
    Comparison,
    CompetencyDiff,
    CompetencyRef,
    ContentBand,
    ContentCheck,
    Crosswalk,
    CrosswalkPair,
    FirstRequired,
    GroupRef,
    IndicatorView,
    LadderEntry,
    LadderOrigin,
    LadderRef,
    LadderView,
    LevelAlignment,
    LevelDiff,
    LevelInfo,
    LevelMatch,
    LevelRef,
    Placement,
    RoundTrip,
    ShowRow,
    ShowTrack,
    SideBySide,
    SideBySideMatch,
    SideBySideRow,
    SideBySideTrack,
    Translation,
)
from pmladder.model.ladder import (
    Carry,
    Competency,
    Expectation,
    Ladder,
    Lang,
    Level,
    NoRequirement,
    Relation,
    Taxonomy,
    Text,
    effective_cells,
    resolve_cell,
)

#: a gap of this many bands or more between where the content of two ladders first requires a
#: competency is reported as a disagreement with the declared bands
DISAGREEMENT_THRESHOLD = 2
#: canonical taxonomy ids that mark the start of team leadership
LEADERSHIP_IDS = ("team-building", "leadership")

MESSAGES: Catalogue = {
    "unknown-level": {
        "zh": "{ladder}中没有级别 {wanted!r}；可用的级别：{valid}",
        "en": "unknown level {wanted!r} in {ladder}; levels: {valid}",
    },
    "unknown-competency": {
        "zh": "{ladder}中没有能力 {wanted!r}；可用的能力：{valid}",
        "en": "unknown competency {wanted!r} in {ladder}; competencies: {valid}",
    },
    "unknown-competency-both": {
        "zh": "{a}与{b}中都没有能力 {wanted!r}，它也不是分类表中的能力；"
        "{a}的能力：{valid_a}；{b}的能力：{valid_b}",
        "en": "unknown competency {wanted!r}: not in {a}, not in {b} and not a taxonomy id; "
        "{a}: {valid_a}; {b}: {valid_b}",
    },
    "result-ladder": {
        "zh": "该结果是在职级体系 {found} 上做的评估，不是在{a}上：请改用 pmladder compare {found} {b} --result {path}",
        "en": "the result was assessed on ladder {found}, not on {a}: use pmladder compare {found} {b} --result {path}",
    },
    "result-track": {
        "zh": "该结果的路线 {track!r} 不在{ladder}中：结果可能来自该职级体系的另一个版本",
        "en": "the result's track {track!r} is not in {ladder}: "
        "it may come from another version of the ladder",
    },
    "result-level": {
        "zh": "该结果的级别 {level!r} 不在{ladder}的这条路线上：结果可能来自该职级体系的另一个版本",
        "en": "the result's level {level!r} is not on this track of {ladder}: "
        "it may come from another version of the ladder",
    },
    "same-level": {
        "zh": "--from 和 --to 是同一个级别（{level}）：请给出两个不同的级别",
        "en": "--from and --to are the same level ({level}): give two different levels",
    },
    "level-order": {
        "zh": "{ladder}中{start}不在{end}之前：--from 必须是同一路线上更低的级别",
        "en": "in {ladder}, {start} does not come before {end}: "
        "--from must be a lower level on the same track",
    },
}

# ---- references -----------------------------------------------------------------------------------


def ladder_ref(ladder: Ladder) -> LadderRef:
    return LadderRef(id=ladder.id, name=ladder.name, track_names={t.id: t.name for t in ladder.track_names})


def level_ref(level: Level) -> LevelRef:
    low, high = level.bands()
    return LevelRef(id=level.id, name=level.name, band=low, band_to=high)


def competency_ref(competency: Competency) -> CompetencyRef:
    return CompetencyRef(id=competency.id, name=competency.name, group=competency.group)


def _folded(key: str) -> str:
    """A name or id as compared: trimmed, case-folded."""
    return key.strip().casefold()


def _words(ladder: Ladder, lang: Lang) -> str:
    """A ladder named inside a message (its id only where the user types it)."""
    return quoted(ladder.name.get(lang), lang)


def _competency_choices(ladder: Ladder, lang: Lang) -> str:
    """The competencies as --competency takes them (ids), with their names beside."""
    return choices(((c.id, c.name.get(lang)) for c in ladder.competencies), lang)


def find_level(ladder: Ladder, key: str, lang: Lang) -> Level:
    """A level by id, or by its zh or en name (case-insensitive); NotFoundError naming the valid ids."""
    found = ladder.level(key)
    if found is None:
        wanted = _folded(key)
        found = next(
            (lv for lv in ladder.levels if wanted in (_folded(lv.name.zh), _folded(lv.name.en))), None
        )
    if found is None:
        valid = choices(((lv.id, lv.name.get(lang)) for lv in ladder.levels), lang)
        raise NotFoundError(
            message(MESSAGES, "unknown-level", lang, ladder=_words(ladder, lang), wanted=key, valid=valid)
        )
    return found


def _lookup_competency(ladder: Ladder, key: str) -> Competency | None:
    found = ladder.competency(key)
    if found is None:
        wanted = _folded(key)
        found = next(
            (c for c in ladder.competencies if wanted in (_folded(c.name.zh), _folded(c.name.en))), None
        )
    return found


def find_competency(ladder: Ladder, key: str, lang: Lang) -> Competency:
    """A competency by id, or by its zh or en name; NotFoundError naming the valid ids."""
    found = _lookup_competency(ladder, key)
    if found is None:
        valid = _competency_choices(ladder, lang)
        raise NotFoundError(
            message(MESSAGES, "unknown-competency", lang, ladder=_words(ladder, lang), wanted=key, valid=valid)
        )
    return found


# ---- cells ----------------------------------------------------------------------------------------


def cell_view(competency: Competency, path: Sequence[Level], level: Level) -> CellView:
    """The cell of ``competency`` at ``level`` on ``path``, with ``carry`` resolved."""
    cell = competency.expectations.get(level.id)
    expectation, defined_at = resolve_cell(competency, path, level.id)
    state: CellState = (
        "defined" if isinstance(cell, Expectation) else "carry" if isinstance(cell, Carry) else "none"
    )
    note = cell.note if isinstance(cell, Carry | NoRequirement) else None
    if expectation is None:
        return CellView(competency=competency.id, level=level.id, state=state, note=note)
    return CellView(
        competency=competency.id,
        level=level.id,
        state=state,
        summary=expectation.summary,
        indicators=[IndicatorView(id=i.id, text=i.text) for i in expectation.indicators],
        evidence=expectation.evidence,
        carried_from=level_ref(defined_at) if state == "carry" and defined_at is not None else None,
        note=note,
    )


# ---- level alignment ------------------------------------------------------------------------------


def band_distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Signed distance from interval ``a`` to interval ``b``: 0 when they overlap, > 0 when b lies above."""
    if b[0] > a[1]:
        return b[0] - a[1]
    if a[0] > b[1]:
        return -(a[0] - b[1])
    return 0


def match_level(level: Level, path: Sequence[Level]) -> list[LevelMatch]:
    """Levels of ``path`` whose band interval overlaps ``level``'s (declared), else the nearest (derived)."""
    distances = [(abs(band_distance(level.bands(), other.bands())), other) for other in path]
    nearest = min(d for d, _ in distances)
    kind: AlignmentKind = "declared" if nearest == 0 else "derived"
    return [
        LevelMatch(level=level_ref(other), kind=kind, distance=d) for d, other in distances if d == nearest
    ]


def _monotone(rows: Sequence[AlignedLevel], path_b: Sequence[Level]) -> bool:
    """Along ``rows`` (in track order) the matched levels of ``path_b`` never move down."""
    index = {lv.id: i for i, lv in enumerate(path_b)}
    spans = [[index[m.level.id] for m in row.matches] for row in rows]
    return all(min(s1) <= min(s2) and max(s1) <= max(s2) for s1, s2 in pairwise(spans))


def align_track(
    track_a: str, path_a: Sequence[Level], track_b: str, path_b: Sequence[Level]
) -> LevelAlignment:
    """Align one track of A with one track of B, both ways, with the A -> B -> A round trip.

    The alignment is one relation read in both directions: declared links where band intervals
    overlap; a level of either side that overlaps nothing on the other gets derived links to its
    nearest levels, and those links count both ways (B's top level also lists an A level beyond
    B's scale), so order is kept and the round trip can come back.
    """
    links: dict[tuple[str, str], tuple[AlignmentKind, int]] = {}
    for lv in path_a:
        for m in match_level(lv, path_b):
            links[(lv.id, m.level.id)] = (m.kind, m.distance)
    for lv in path_b:
        for m in match_level(lv, path_a):
            links.setdefault((m.level.id, lv.id), (m.kind, m.distance))

    def row(
        level: Level, others: Sequence[Level], key: Callable[[str, str], tuple[str, str]]
    ) -> AlignedLevel:
        matches = [
            LevelMatch(
                level=level_ref(o), kind=links[key(level.id, o.id)][0], distance=links[key(level.id, o.id)][1]
            )
            for o in others
            if key(level.id, o.id) in links
        ]
        return AlignedLevel(level=level_ref(level), matches=matches)

    forward = [row(lv, path_b, lambda mine, other: (mine, other)) for lv in path_a]
    backward = [row(lv, path_a, lambda mine, other: (other, mine)) for lv in path_b]
    back_of = {r.level.id: [m.level.id for m in r.matches] for r in backward}
    order_a = {lv.id: i for i, lv in enumerate(path_a)}
    trips: list[RoundTrip] = []
    for r in forward:
        via = [m.level.id for m in r.matches]
        back = sorted({a for b in via for a in back_of[b]}, key=order_a.__getitem__)
        trips.append(RoundTrip(start=r.level.id, via=via, back=back, returns=r.level.id in back))
    monotone = _monotone(forward, path_b) and _monotone(backward, path_a)
    return LevelAlignment(
        track_a=track_a,
        track_b=track_b,
        forward=forward,
        backward=backward,
        round_trip=trips,
        monotone=monotone,
    )


def track_pairs(a: Ladder, b: Ladder) -> list[tuple[str, str]]:
    """Which track of A is compared with which track of B.

    Tracks with the same name pair up; every other track of one ladder pairs with every unpaired
    track of the other (or with all its tracks when all of them are paired already).
    """
    tracks_a, tracks_b = list(a.tracks()), list(b.tracks())
    same = [t for t in tracks_a if t in tracks_b]
    rest_a = [t for t in tracks_a if t not in same]
    rest_b = [t for t in tracks_b if t not in same]
    pairs = [(t, t) for t in same]
    for ta in rest_a:
        pairs += [(ta, tb) for tb in (rest_b or tracks_b)]
    if not rest_a:
        for tb in rest_b:
            pairs += [(ta, tb) for ta in tracks_a]
    order_a = {t: i for i, t in enumerate(tracks_a)}
    order_b = {t: i for i, t in enumerate(tracks_b)}
    return sorted(set(pairs), key=lambda p: (order_a[p[0]], order_b[p[1]]))


def align_levels(a: Ladder, b: Ladder) -> list[LevelAlignment]:
    """The level alignment of every pair of tracks (see ``track_pairs``)."""
    paths_a, paths_b = a.tracks(), b.tracks()
    return [align_track(ta, paths_a[ta], tb, paths_b[tb]) for ta, tb in track_pairs(a, b)]


# ---- content cross-check --------------------------------------------------------------------------


def content_bands(ladder: Ladder, path: Sequence[Level]) -> dict[str, tuple[Competency, Level]]:
    """For every canonical competency: the ladder competency and the level where it is first required.

    Only links closer than ``related`` count: a loosely related competency says little about when
    the canonical one is expected.
    """
    position = {lv.id: i for i, lv in enumerate(path)}
    found: dict[str, tuple[Competency, Level]] = {}
    for comp in ladder.competencies:
        cells = effective_cells(comp, path)
        first = next((lv for lv, (cell, _at) in zip(path, cells, strict=True) if cell is not None), None)
        if first is None:
            continue
        for link in comp.taxonomy:
            if link.rel == "related":
                continue
            known = found.get(link.id)
            if known is None or position[first.id] < position[known[1].id]:
                found[link.id] = (comp, first)
    return found


def leadership_start(bands: dict[str, tuple[Competency, Level]]) -> tuple[Competency, Level] | None:
    """The first level where a competency mapped to team-building or leadership is required."""
    starts = [bands[c] for c in LEADERSHIP_IDS if c in bands]
    return min(starts, key=lambda pair: pair[1].bands(), default=None)


def _band_check(
    first_a: tuple[Competency, Level] | None, first_b: tuple[Competency, Level] | None, threshold: int
) -> BandCheck:
    a = FirstRequired(competency=competency_ref(first_a[0]), level=level_ref(first_a[1])) if first_a else None
    b = FirstRequired(competency=competency_ref(first_b[0]), level=level_ref(first_b[1])) if first_b else None
    gap = band_distance(first_a[1].bands(), first_b[1].bands()) if first_a and first_b else None
    return BandCheck(a=a, b=b, gap=gap, agrees=gap is None or abs(gap) < threshold)


def cross_check(
    a: Ladder,
    b: Ladder,
    taxonomy: Taxonomy,
    pairs: Iterable[tuple[str, str]] | None = None,
    threshold: int = DISAGREEMENT_THRESHOLD,
) -> list[ContentCheck]:
    """Per pair of tracks: where each shared canonical competency is first required in each ladder."""
    paths_a, paths_b = a.tracks(), b.tracks()
    order = {c.id: i for i, c in enumerate(taxonomy.competencies)}
    checks: list[ContentCheck] = []
    for ta, tb in track_pairs(a, b) if pairs is None else pairs:
        bands_a, bands_b = content_bands(a, paths_a[ta]), content_bands(b, paths_b[tb])
        rows: list[ContentBand] = []
        for canonical in sorted(set(bands_a) & set(bands_b), key=lambda c: (order.get(c, len(order)), c)):
            check = _band_check(bands_a[canonical], bands_b[canonical], threshold)
            known = taxonomy.competency(canonical)
            name = known.name if known is not None else bands_a[canonical][0].name
            rows.append(ContentBand(canonical=canonical, name=name, **check.model_dump()))
        leadership = _band_check(leadership_start(bands_a), leadership_start(bands_b), threshold)
        checks.append(
            ContentCheck(
                track_a=ta, track_b=tb, competencies=rows, leadership=leadership, threshold=threshold
            )
        )
    return checks


# ---- crosswalk ------------------------------------------------------------------------------------

_STRENGTH: dict[Relation, int] = {"exact": 4, "close": 3, "broad": 2, "narrow": 2, "related": 1}
_INVERSE: dict[Relation, Relation] = {"broad": "narrow", "narrow": "broad"}


def combine_relations(rel_a: Relation, rel_b: Relation) -> Relation:
    """How A's competency relates to B's when A -> canonical is ``rel_a`` and B -> canonical is ``rel_b``.

    Seen from A, B's link is inverted (B broader than the canonical = the canonical, hence A, narrower
    than B). exact + exact = exact; exact/close + close = close; a direction (broad or narrow) wins over
    exact/close; the same direction twice stays that direction; opposite directions, or anything with
    related, give related.
    """
    seen_from_a = _INVERSE.get(rel_b, rel_b)
    if "related" in (rel_a, seen_from_a):
        return "related"
    directions = {r for r in (rel_a, seen_from_a) if r in ("broad", "narrow")}
    if len(directions) == 2:
        return "related"
    if directions:
        return directions.pop()
    return "exact" if rel_a == seen_from_a == "exact" else "close"


def crosswalk(a: Ladder, b: Ladder) -> Crosswalk:
    """Pairs of competencies of A and B that share a canonical taxonomy id, and those left unpaired."""
    pairs: list[CrosswalkPair] = []
    for comp_a in a.competencies:
        for comp_b in b.competencies:
            via: list[str] = []
            relation: Relation | None = None
            for link_a in comp_a.taxonomy:
                for link_b in comp_b.taxonomy:
                    if link_a.id != link_b.id:
                        continue
                    if link_a.id not in via:
                        via.append(link_a.id)
                    combined = combine_relations(link_a.rel, link_b.rel)
                    if relation is None or _STRENGTH[combined] > _STRENGTH[relation]:
                        relation = combined
            if a.id == b.id and comp_a.id == comp_b.id:
                # a ladder compared with itself (or with another version of itself): a competency is
                # exactly itself, whatever its links (two narrow links alone would only say "related")
                relation = "exact"
            if relation is not None:
                pairs.append(
                    CrosswalkPair(
                        a=competency_ref(comp_a), b=competency_ref(comp_b), relation=relation, via=via
                    )
                )
    paired_a = {p.a.id for p in pairs}
    paired_b = {p.b.id for p in pairs}
    return Crosswalk(
        pairs=pairs,
        only_a=[competency_ref(c) for c in a.competencies if c.id not in paired_a],
        only_b=[competency_ref(c) for c in b.competencies if c.id not in paired_b],
    )


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


def _competencies_for(
    a: Ladder, b: Ladder, key: str, walk: Crosswalk, lang: Lang
) -> tuple[list[Competency], list[Competency]]:
    in_a, in_b = _lookup_competency(a, key), _lookup_competency(b, key)
    if in_a is not None:
        partners = _partners([p for p in walk.pairs if p.a.id == in_a.id], "b")
        return [in_a], [c for c in b.competencies if c.id in partners]
    if in_b is not None:
        partners = _partners([p for p in walk.pairs if p.b.id == in_b.id], "a")
        return [c for c in a.competencies if c.id in partners], [in_b]
    linked_a = [c for c in a.competencies if any(link.id == key for link in c.taxonomy)]
    linked_b = [c for c in b.competencies if any(link.id == key for link in c.taxonomy)]
    if linked_a or linked_b:
        return linked_a, linked_b
    raise NotFoundError(
        message(
            MESSAGES,
            "unknown-competency-both",
            lang,
            wanted=key,
            a=_words(a, lang),
            b=_words(b, lang),
            valid_a=_competency_choices(a, lang),
            valid_b=_competency_choices(b, lang),
        )
    )


def side_by_side(a: Ladder, b: Ladder, competency: str, level: str | None, lang: Lang) -> SideBySide:
    """The cells of a competency (and its counterparts) at aligned levels of A and B.

    ``competency`` is a competency of A, of B, or a canonical taxonomy id; ``level`` a level of A.
    A row already shown for an earlier pair of tracks is not repeated.
    """
    walk = crosswalk(a, b)
    comps_a, comps_b = _competencies_for(a, b, competency, walk, lang)
    only_level = find_level(a, level, lang) if level is not None else None
    ids_a, ids_b = {c.id for c in comps_a}, {c.id for c in comps_b}
    paths_a, paths_b = a.tracks(), b.tracks()
    levels_b = {lv.id: lv for lv in b.levels}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    tracks: list[SideBySideTrack] = []
    for alignment in align_levels(a, b):
        path_a, path_b = paths_a[alignment.track_a], paths_b[alignment.track_b]
        rows: list[SideBySideRow] = []
        for lv, aligned in zip(path_a, alignment.forward, strict=True):
            if only_level is not None and lv.id != only_level.id:
                continue
            key = (lv.id, tuple(m.level.id for m in aligned.matches))
            if key in seen:
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
            rows.append(
                SideBySideRow(
                    level=aligned.level, cells=[cell_view(c, path_a, lv) for c in comps_a], matches=matches
                )
            )
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


def level_diff(ladder: Ladder, start: str, end: str, lang: Lang) -> LevelDiff:
    """What changes, competency by competency, from level ``start`` to level ``end``."""
    first, last = find_level(ladder, start, lang), find_level(ladder, end, lang)
    if first.id == last.id:
        raise UsageError(message(MESSAGES, "same-level", lang, level=first.name.get(lang)))
    common = _path_with(ladder, first.id, last.id)
    if common is not None:
        track: str | None = common[0]
        path_first = path_last = common[1]
        ids = [lv.id for lv in common[1]]
        if ids.index(first.id) >= ids.index(last.id):
            raise UsageError(
                message(
                    MESSAGES,
                    "level-order",
                    lang,
                    ladder=_words(ladder, lang),
                    start=quoted(first.name.get(lang), lang),
                    end=quoted(last.name.get(lang), lang),
                )
            )
    else:  # a move between tracks: each level on its own path
        track = None
        path_first = ladder.tracks()[ladder.track_of(first.id)]
        path_last = ladder.tracks()[ladder.track_of(last.id)]
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


def ladder_view(ladder: Ladder, level: str | None, competency: str | None, lang: Lang) -> LadderView:
    """The level x competency matrix by track; narrowed to one level and/or one competency."""
    only_level = find_level(ladder, level, lang) if level is not None else None
    only_comp = find_competency(ladder, competency, lang) if competency is not None else None
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
    info = None
    if only_level is not None:
        info = LevelInfo(
            level=level_ref(only_level),
            summary=only_level.summary,
            motto=only_level.motto,
            failure_mode=only_level.failure_mode,
        )
    return LadderView(
        ladder=ladder_ref(ladder),
        groups=[GroupRef(id=g.id, name=g.name) for g in ladder.groups],
        level=info,
        competency=competency_ref(only_comp) if only_comp is not None else None,
        tracks=tracks,
    )


# ---- translating a result -------------------------------------------------------------------------------


def translate_result(
    assessment: Assessment, a: Ladder, b: Ladder, lang: Lang, *, result_file: str = "RESULT.json"
) -> Translation:
    """Place an assessment made on ladder A onto ladder B.

    The estimate (strict, central, lenient) on A's primary track goes through the level alignment
    onto every paired track of B; each competency of B is carried over from its counterparts in A
    (crosswalk pairs closer than ``related`` whose A competency was observed), else it is listed to
    assess next. ``result_file`` is the file of the assessment, as given (the command to run names it).
    """
    if assessment.ladder != a.id:
        other = a.id if assessment.ladder == b.id else b.id  # A and B swapped: suggest the swap
        path = shlex.quote(result_file)  # the command is copied into a shell: a name with spaces stays one
        raise UsageError(
            message(MESSAGES, "result-ladder", lang, found=assessment.ladder, a=_words(a, lang), b=other, path=path)
        )
    result = assessment.primary()
    paths_a, paths_b = a.tracks(), b.tracks()
    if result.track not in paths_a:
        raise InputError(message(MESSAGES, "result-track", lang, track=result.track, ladder=_words(a, lang)))
    path_a = paths_a[result.track]
    on_track = {lv.id: lv for lv in path_a}

    def level_of(level_id: str | None) -> Level | None:
        if level_id is None:
            return None
        if level_id not in on_track:
            raise InputError(message(MESSAGES, "result-level", lang, level=level_id, ladder=_words(a, lang)))
        return on_track[level_id]

    strict, central, lenient = level_of(result.strict), level_of(result.level), level_of(result.lenient)
    placements: list[Placement] = []
    aligned_b: dict[str, list[LevelMatch]] = {}  # A level id -> matches on every paired track of B
    for ta, tb in track_pairs(a, b):
        if ta != result.track:
            continue
        alignment = align_track(ta, path_a, tb, paths_b[tb])
        forward = {row.level.id: row.matches for row in alignment.forward}
        for level_id, matches in forward.items():
            known = {m.level.id for m in aligned_b.setdefault(level_id, [])}
            aligned_b[level_id] += [m for m in matches if m.level.id not in known]
        low = forward[strict.id][0].level if strict is not None else None
        high = forward[lenient.id][-1].level if lenient is not None else None
        used = [forward[lv.id] for lv in (strict, central, lenient) if lv is not None]
        placements.append(
            Placement(
                track_b=tb,
                low=low,
                high=high,
                central=[m.level for m in forward[central.id]] if central is not None else [],
                derived=any(m.kind == "derived" for matches in used for m in matches),
            )
        )
    order_b = {lv.id: i for i, lv in enumerate(b.levels)}
    walk = crosswalk(a, b)
    results = {c.competency: c for c in result.competencies}
    measured = {cid for cid, c in results.items() if c.observed}
    position = {lv.id: i for i, lv in enumerate(path_a)}
    carried: list[CarriedCompetency] = []
    assess_next: list[CompetencyRef] = []
    for comp in b.competencies:
        sources = [
            p for p in walk.pairs if p.b.id == comp.id and p.a.id in measured and p.relation != "related"
        ]
        if not sources:
            assess_next.append(competency_ref(comp))
            continue

        def rank(pair: CrosswalkPair) -> tuple[int, int]:
            floor = results[pair.a.id].floor
            return (-_STRENGTH[pair.relation], -1 if floor is None else position.get(floor, -1))

        best = min(sources, key=rank)
        floor_a = level_of(results[best.a.id].floor)
        floor_b = sorted(
            {m.level.id: m.level for m in aligned_b.get(floor_a.id, [])}.values() if floor_a else [],
            key=lambda ref: order_b[ref.id],
        )
        carried.append(
            CarriedCompetency(
                competency=competency_ref(comp),
                sources=sources,
                floor_a=level_ref(floor_a) if floor_a is not None else None,
                floor_b=floor_b,
            )
        )
    strong_a = {p.a.id for p in walk.pairs if p.relation != "related"}
    not_carried = [competency_ref(c) for c in a.competencies if c.id in measured and c.id not in strong_a]
    return Translation(
        a=ladder_ref(a),
        b=ladder_ref(b),
        track_a=result.track,
        level_a=level_ref(central) if central is not None else None,
        strict_a=level_ref(strict) if strict is not None else None,
        lenient_a=level_ref(lenient) if lenient is not None else None,
        placements=placements,
        carried=carried,
        assess_next=assess_next,
        not_carried=not_carried,
    )
