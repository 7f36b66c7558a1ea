"""Scoring: turns a ladder and answers into the estimate on every track (pure; docs/assessment-method.md)."""

from __future__ import annotations

from dataclasses import dataclass

from pmladder.model.answers import Answers
from pmladder.model.assessment import Confidence, HoldsBack, LevelCheck, Stats, TrackResult, Undetermined
from pmladder.model.ladder import Ladder, Level
from pmladder.scoring.cells import IndicatorInfo, indicator_info, level_id, position, raw_status
from pmladder.scoring.competency import FLAG_CODES, CompetencyWork, competency_result, evaluate
from pmladder.scoring.confidence import REASON_CODES, confidence, stats
from pmladder.scoring.holds_back import holds_back
from pmladder.scoring.levels import CellKey, Mode, overall, steps_short, undetermined

__all__ = [
    "FLAG_CODES",
    "REASON_CODES",
    "CellKey",
    "Estimate",
    "Mode",
    "estimate",
    "evaluate_track",
    "position",
    "raw_status",
    "steps_short",
]


@dataclass(frozen=True)
class Estimate:
    """Everything scoring says about a set of answers; the plan is made from it (pmladder/assess.py)."""

    tracks: list[TrackResult]
    primary_track: str
    confidence: Confidence
    stats: Stats
    holds_back: HoldsBack | None


@dataclass(frozen=True)
class _Track:
    """The result on one track with the working state that holds-back and the counts need."""

    result: TrackResult
    works: list[CompetencyWork]
    checks: list[LevelCheck]


def evaluate_track(
    ladder: Ladder, answers: Answers, track: str, path: list[Level], info: dict[str, IndicatorInfo]
) -> tuple[TrackResult, list[CompetencyWork], list[LevelCheck]]:
    """The result on one track (and the working state that holds-back needs)."""
    works = [evaluate(ladder, answers, comp, path, info) for comp in ladder.competencies]
    level, checks = overall(ladder, path, works, "central")
    strict, _ = overall(ladder, path, works, "strict")
    lenient, _ = overall(ladder, path, works, "lenient")
    central = level_id(path, level)
    unsettled = undetermined(ladder, path, works, level, checks)
    level_obj = ladder.level(central) if central is not None else None
    result = TrackResult(
        track=track,
        path=[lv.id for lv in path],
        level=central,
        strict=level_id(path, strict),
        lenient=level_id(path, lenient),
        type=level_obj.type if level_obj is not None and ladder.types else None,
        no_estimate=not any(w.observed for w in works),
        undetermined=Undetermined(level=path[unsettled[0]].id, competencies=unsettled[1]) if unsettled else None,
        levels=checks,
        competencies=[competency_result(ladder, answers, path, w, level + 1) for w in works],
    )
    return result, works, checks


def _rank(ladder: Ladder, result: TrackResult) -> tuple[int, int]:
    """How high an estimate is, to compare tracks: by band, then by position on the track."""
    if result.level is None:
        return (0, -1)
    level = ladder.level(result.level)
    assert level is not None
    return (level.band, result.index(result.level))


def _primary(ladder: Ladder, answers: Answers, results: dict[str, _Track]) -> str:
    """The track asked for, else the first track where the estimate is highest."""
    if answers.track is not None:
        return answers.track
    primary = next(iter(results))
    for name, track in results.items():
        if _rank(ladder, track.result) > _rank(ladder, results[primary].result):
            primary = name
    return primary


def estimate(ladder: Ladder, answers: Answers) -> Estimate:
    """The estimate of ``answers`` on every track of ``ladder``, the primary track's confidence and what
    holds it back. ``answers.track``, when given, must be a track of the ladder (the caller checks it)."""
    tracks = ladder.tracks()
    info = indicator_info(ladder)
    results = {name: _Track(*evaluate_track(ladder, answers, name, path, info)) for name, path in tracks.items()}
    primary_name = _primary(ladder, answers, results)
    primary = results[primary_name]
    level = primary.result.index(primary.result.level)
    path = tracks[primary_name]
    counts = stats(ladder, answers, info, primary.works)
    return Estimate(
        tracks=[t.result for t in results.values()],
        primary_track=primary_name,
        confidence=confidence(ladder, answers, counts, primary.result, info),
        stats=counts,
        holds_back=holds_back(ladder, answers, path, primary.works, level, primary.checks, info, primary_name),
    )
