"""Aligning two ladders: paired tracks, levels that line up, where content first asks a skill, the crosswalk."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise

from pmladder.compare.refs import competency_ref, level_ref
from pmladder.model.comparison import (
    AlignedLevel,
    AlignmentKind,
    BandCheck,
    ContentBand,
    ContentCheck,
    Crosswalk,
    CrosswalkPair,
    FirstRequired,
    LevelAlignment,
    LevelMatch,
    RoundTrip,
)
from pmladder.model.ladder import Competency, Ladder, Level, Relation, Taxonomy, effective_cells

#: a gap of this many bands or more between where the content of two ladders first requires a
#: competency is reported as a disagreement with the declared bands
DISAGREEMENT_THRESHOLD = 2
#: canonical taxonomy ids that mark the start of team leadership
LEADERSHIP_IDS = ("team-building", "leadership")


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


#: A link between a level of A and a level of B (by id), with its kind and band distance.
Links = dict[tuple[str, str], tuple[AlignmentKind, int]]


def _links(path_a: Sequence[Level], path_b: Sequence[Level]) -> Links:
    """Declared links where band intervals overlap, and derived links for a level of either side that
    overlaps nothing on the other; the derived links count both ways."""
    links: Links = {}
    for lv in path_a:
        for m in match_level(lv, path_b):
            links[(lv.id, m.level.id)] = (m.kind, m.distance)
    for lv in path_b:
        for m in match_level(lv, path_a):
            links.setdefault((m.level.id, lv.id), (m.kind, m.distance))
    return links


def _row(
    links: Links, level: Level, others: Sequence[Level], key: Callable[[str, str], tuple[str, str]]
) -> AlignedLevel:
    """One level and every level of the other side it is linked with (``key`` orders the pair A, B)."""
    matches = [
        LevelMatch(level=level_ref(o), kind=links[key(level.id, o.id)][0], distance=links[key(level.id, o.id)][1])
        for o in others
        if key(level.id, o.id) in links
    ]
    return AlignedLevel(level=level_ref(level), matches=matches)


def align_track(
    track_a: str, path_a: Sequence[Level], track_b: str, path_b: Sequence[Level]
) -> LevelAlignment:
    """Align one track of A with one track of B, both ways, with the A -> B -> A round trip.

    The alignment is one relation read in both directions: declared links where band intervals
    overlap; a level of either side that overlaps nothing on the other gets derived links to its
    nearest levels, and those links count both ways (B's top level also lists an A level beyond
    B's scale), so order is kept and the round trip can come back.
    """
    links = _links(path_a, path_b)
    forward = [_row(links, lv, path_b, lambda mine, other: (mine, other)) for lv in path_a]
    backward = [_row(links, lv, path_a, lambda mine, other: (other, mine)) for lv in path_b]
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


def _across(tracks_a: list[str], tracks_b: list[str]) -> list[tuple[str, str]]:
    """The pairs of tracks whose names differ: every unpaired track of one ladder with every unpaired
    track of the other (or with all its tracks when all of them are paired already)."""
    rest_a = [t for t in tracks_a if t not in tracks_b]
    rest_b = [t for t in tracks_b if t not in tracks_a]
    pairs = [(ta, tb) for ta in rest_a for tb in (rest_b or tracks_b)]
    if not rest_a:
        pairs += [(ta, tb) for tb in rest_b for ta in tracks_a]
    return pairs


def track_pairs(a: Ladder, b: Ladder) -> list[tuple[str, str]]:
    """Which track of A is compared with which track of B.

    Tracks with the same name pair up; every other track of one ladder pairs with every unpaired
    track of the other (or with all its tracks when all of them are paired already).
    """
    tracks_a, tracks_b = list(a.tracks()), list(b.tracks())
    pairs = [(t, t) for t in tracks_a if t in tracks_b] + _across(tracks_a, tracks_b)
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

#: How close a relation is: the crosswalk keeps the strongest one found between two competencies.
STRENGTH: dict[Relation, int] = {"exact": 4, "close": 3, "broad": 2, "narrow": 2, "related": 1}
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


def _pair(a: Ladder, b: Ladder, comp_a: Competency, comp_b: Competency) -> CrosswalkPair | None:
    """How two competencies relate through the canonical ids they share (the strongest relation found);
    None when they share none."""
    via: list[str] = []
    relation: Relation | None = None
    for link_a in comp_a.taxonomy:
        for link_b in comp_b.taxonomy:
            if link_a.id != link_b.id:
                continue
            if link_a.id not in via:
                via.append(link_a.id)
            combined = combine_relations(link_a.rel, link_b.rel)
            if relation is None or STRENGTH[combined] > STRENGTH[relation]:
                relation = combined
    if a.id == b.id and comp_a.id == comp_b.id:
        # a ladder compared with itself (or with another version of itself): a competency is
        # exactly itself, whatever its links (two narrow links alone would only say "related")
        relation = "exact"
    if relation is None:
        return None
    return CrosswalkPair(a=competency_ref(comp_a), b=competency_ref(comp_b), relation=relation, via=via)


def crosswalk(a: Ladder, b: Ladder) -> Crosswalk:
    """Pairs of competencies of A and B that share a canonical taxonomy id, and those left unpaired."""
    pairs = [
        pair
        for comp_a in a.competencies
        for comp_b in b.competencies
        if (pair := _pair(a, b, comp_a, comp_b)) is not None
    ]
    paired_a = {p.a.id for p in pairs}
    paired_b = {p.b.id for p in pairs}
    return Crosswalk(
        pairs=pairs,
        only_a=[competency_ref(c) for c in a.competencies if c.id not in paired_a],
        only_b=[competency_ref(c) for c in b.competencies if c.id not in paired_b],
    )
