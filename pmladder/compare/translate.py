"""Translating a result: an assessment made on ladder A placed onto ladder B, competency by competency."""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from pmladder.compare.align import STRENGTH, align_track, crosswalk, track_pairs
from pmladder.compare.refs import competency_ref, ladder_ref, level_ref
from pmladder.errors import InputError, UsageError
from pmladder.model.assessment import Assessment, TrackResult
from pmladder.model.comparison import (
    CarriedCompetency,
    CompetencyRef,
    Crosswalk,
    CrosswalkPair,
    LevelMatch,
    LevelRef,
    Placement,
    Translation,
)
from pmladder.model.ladder import Competency, Ladder, Level
from pmladder.rules.answers import text as bilingual


@dataclass(frozen=True)
class _OnA:
    """The result's primary track on ladder A: its levels, and the result's levels found on it."""

    ladder: Ladder
    result: TrackResult
    path: list[Level]

    def level(self, level_id: str | None) -> Level | None:
        """The level of the track with this id (None: below the first level); InputError when the
        result names a level that is not on the track (another version of the ladder)."""
        if level_id is None:
            return None
        found = next((lv for lv in self.path if lv.id == level_id), None)
        if found is None:
            raise InputError("compare.result-level", level=level_id, ladder=bilingual(self.ladder.name))
        return found


def _track_of_result(assessment: Assessment, a: Ladder, b: Ladder, result_file: str) -> _OnA:
    """The result's primary track on A; UsageError when the result was made on another ladder (with the
    command to run instead), InputError when its track is not in A."""
    if assessment.ladder != a.id:
        other = a.id if assessment.ladder == b.id else b.id  # A and B swapped: suggest the swap
        path = shlex.quote(result_file)  # the command is copied into a shell: a name with spaces stays one
        raise UsageError("compare.result-ladder", found=assessment.ladder, a=bilingual(a.name), b=other, path=path)
    result = assessment.primary()
    paths_a = a.tracks()
    if result.track not in paths_a:
        raise InputError("compare.result-track", track=result.track, ladder=bilingual(a.name))
    return _OnA(a, result, paths_a[result.track])


#: The estimate on A: strict, central, lenient (None: below the first level).
EstimateOnA = tuple[Level | None, Level | None, Level | None]


def _placement(tb: str, forward: dict[str, list[LevelMatch]], estimate: EstimateOnA) -> Placement:
    """Where the estimate lands on one track of B: the range from the strict end's lowest match to the
    lenient end's highest, the central level's matches, and whether any link is only derived."""
    strict, central, lenient = estimate
    used = [forward[lv.id] for lv in estimate if lv is not None]
    return Placement(
        track_b=tb,
        low=forward[strict.id][0].level if strict is not None else None,
        high=forward[lenient.id][-1].level if lenient is not None else None,
        central=[m.level for m in forward[central.id]] if central is not None else [],
        derived=any(m.kind == "derived" for matches in used for m in matches),
    )


def _placements(
    on_a: _OnA, b: Ladder, estimate: EstimateOnA
) -> tuple[list[Placement], dict[str, list[LevelMatch]]]:
    """The estimate placed on every track of B paired with the result's track, and every level of that
    track with its matches on all those tracks of B (each level of B once)."""
    paths_b = b.tracks()
    placements: list[Placement] = []
    aligned_b: dict[str, list[LevelMatch]] = {}  # A level id -> matches on every paired track of B
    for ta, tb in track_pairs(on_a.ladder, b):
        if ta != on_a.result.track:
            continue
        alignment = align_track(ta, on_a.path, tb, paths_b[tb])
        forward = {row.level.id: row.matches for row in alignment.forward}
        for level_id, matches in forward.items():
            known = {m.level.id for m in aligned_b.setdefault(level_id, [])}
            aligned_b[level_id] += [m for m in matches if m.level.id not in known]
        placements.append(_placement(tb, forward, estimate))
    return placements, aligned_b


def _carried(
    on_a: _OnA,
    comp: Competency,
    sources: list[CrosswalkPair],
    aligned_b: dict[str, list[LevelMatch]],
    order_b: dict[str, int],
) -> CarriedCompetency:
    """A competency of B carried over from its strongest counterpart in A (then the one with the
    highest floor): A's floor and the levels of B it aligns with."""
    results = {c.competency: c for c in on_a.result.competencies}
    position = {lv.id: i for i, lv in enumerate(on_a.path)}

    def rank(pair: CrosswalkPair) -> tuple[int, int]:
        floor = results[pair.a.id].floor
        return (-STRENGTH[pair.relation], -1 if floor is None else position.get(floor, -1))

    best = min(sources, key=rank)
    floor_a = on_a.level(results[best.a.id].floor)
    floor_b: list[LevelRef] = sorted(
        {m.level.id: m.level for m in aligned_b.get(floor_a.id, [])}.values() if floor_a else [],
        key=lambda ref: order_b[ref.id],
    )
    return CarriedCompetency(
        competency=competency_ref(comp),
        sources=sources,
        floor_a=level_ref(floor_a) if floor_a is not None else None,
        floor_b=floor_b,
    )


def _competencies(
    on_a: _OnA, b: Ladder, walk: Crosswalk, aligned_b: dict[str, list[LevelMatch]], measured: set[str]
) -> tuple[list[CarriedCompetency], list[CompetencyRef]]:
    """Each competency of B carried over from counterparts closer than ``related`` whose A competency
    was observed, else listed to assess next."""
    order_b = {lv.id: i for i, lv in enumerate(b.levels)}
    carried: list[CarriedCompetency] = []
    assess_next: list[CompetencyRef] = []
    for comp in b.competencies:
        sources = [p for p in walk.pairs if p.b.id == comp.id and p.a.id in measured and p.relation != "related"]
        if sources:
            carried.append(_carried(on_a, comp, sources, aligned_b, order_b))
        else:
            assess_next.append(competency_ref(comp))
    return carried, assess_next


def _ref(level: Level | None) -> LevelRef | None:
    return level_ref(level) if level is not None else None


def translate_result(assessment: Assessment, a: Ladder, b: Ladder, *, result_file: str = "RESULT.json") -> Translation:
    """Place an assessment made on ladder A onto ladder B.

    The estimate (strict, central, lenient) on A's primary track goes through the level alignment
    onto every paired track of B; each competency of B is carried over from its counterparts in A
    (crosswalk pairs closer than ``related`` whose A competency was observed), else it is listed to
    assess next. A result with no estimate (nothing rated) is an InputError. Competencies carry their
    reported floor: the highest level whose own requirement was met (issue 9), never a carried one.
    ``result_file`` is the file of the assessment, as given (the command to run names it).
    """
    on_a = _track_of_result(assessment, a, b, result_file)
    result = on_a.result
    if result.no_estimate:  # nothing was rated: there is no level to place, and "below the first" would be a guess
        raise InputError("compare.result-no-estimate", path=result_file, ladder=bilingual(a.name))
    estimate = (on_a.level(result.strict), on_a.level(result.level), on_a.level(result.lenient))
    placements, aligned_b = _placements(on_a, b, estimate)
    walk = crosswalk(a, b)
    measured = {c.competency for c in result.competencies if c.observed}
    carried, assess_next = _competencies(on_a, b, walk, aligned_b, measured)
    strong_a = {p.a.id for p in walk.pairs if p.relation != "related"}
    not_carried = [competency_ref(c) for c in a.competencies if c.id in measured and c.id not in strong_a]
    strict, central, lenient = estimate
    return Translation(
        a=ladder_ref(a),
        b=ladder_ref(b),
        track_a=result.track,
        level_a=_ref(central),
        strict_a=_ref(strict),
        lenient_a=_ref(lenient),
        placements=placements,
        carried=carried,
        assess_next=assess_next,
        not_carried=not_carried,
    )
