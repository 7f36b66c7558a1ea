"""Saved results side by side: two compared competency by competency, or a ladder's results as a trend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pmladder import feedback, history, progress
from pmladder.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.assessment import Assessment, CompetencyResult, TrackResult
    from pmladder.model.history import HistoryDiff, HistoryTrend, Move, TrendLabel, TrendPoint


def _move(before: int | None, after: int | None) -> Move | None:
    if before is None or after is None:
        return None
    return "up" if after > before else "down" if after < before else "same"


def _index(track: TrackResult, level_id: str | None) -> int | None:
    """Position on ``track`` (-1: below its first level); None when the level is not on it (any more)."""
    if level_id is None:
        return -1
    return track.path.index(level_id) if level_id in track.path else None


def _assessment(opened: history.Opened) -> Assessment:
    if opened.assessment is None:
        raise InputError("history.not-an-assessment", id=opened.entry.id)
    return opened.assessment


@dataclass
class Diffed:
    """Two results compared, and the ladder that names what is in them (None: not installed)."""

    model: HistoryDiff
    ladder: LoadedLadder | None


def diff(first: str, second: str, ladder: str | None = None) -> Diffed:
    """Two saved assessments of one ladder, of the same person rated the same way, compared competency
    by competency on the second one's primary track (the level as pmladder/progress.py compares it; every
    competency, where "since last time" names only those that moved). InputError (exit 1) for results that do not belong
    together, with the reason."""
    from pmladder.model.history import CompetencyStep, HistoryDiff

    a_opened, b_opened = history.open_result(first, ladder), history.open_result(second, ladder)
    a, b = _assessment(a_opened), _assessment(b_opened)
    if a.ladder != b.ladder:
        raise InputError("history.other-ladders", first=a_opened.entry.id, second=b_opened.entry.id,
                         a=a.ladder, b=b.ladder)
    if not feedback.of(a).same_person(feedback.of(b)):
        raise InputError("history.other-people", first=a_opened.entry.id, second=b_opened.entry.id)
    now = b.primary()
    before = a.track(now.track) or a.primary()
    steps = []
    for result in now.competencies:
        earlier = before.competency(result.competency)
        observed = earlier is not None and earlier.observed and result.observed
        move = _move(_index(now, earlier.floor), _index(now, result.floor)) if observed and earlier else None
        steps.append(
            CompetencyStep(
                competency=result.competency,
                core=result.core,
                before=earlier.floor if earlier else None,
                after=result.floor,
                before_observed=earlier is not None and earlier.observed,
                after_observed=result.observed,
                move=move,
                before_progress=earlier.progress if earlier else None,
                after_progress=result.progress,
            )
        )
    moved = progress.compare_with(a, b)  # the level as "since last time" compares it
    model = HistoryDiff(
        before=a_opened.entry,
        after=b_opened.entry,
        ladder=b.ladder,
        track=moved.track,
        ladder_changed=moved.ladder_changed,
        before_level=moved.previous_level,
        after_level=moved.current_level,
        move=moved.move,
        competencies=steps,
    )
    return Diffed(model, b_opened.ladder or a_opened.ladder)


# ---- the trend ------------------------------------------------------------------------------------------


@dataclass
class Trended:
    model: HistoryTrend
    ladder: LoadedLadder | None


def _self_results(ladder: str | None) -> list[history.Opened]:
    """The readable self-assessments of ``ladder`` (None: the ladder of the newest one), oldest first."""
    found = history.listing()
    mine = [o for o in found.opened if o.entry.kind == "assessment" and o.entry.role == "self"]
    if ladder is None and mine:
        ladder = mine[-1].entry.ladder
    chosen = [o for o in mine if o.entry.ladder == ladder]
    if not chosen:
        raise NotFoundError("history.trend.none", ladder=ladder or "", count=len(found.model.entries))
    subject = chosen[-1].entry.subject  # a named self-assessment: the same person's (unnamed ones go with any)
    return [o for o in chosen if subject is None or o.entry.subject in (None, subject)]


def _point(track: TrackResult | None, result: CompetencyResult | None, path: list[str], focus: bool) -> TrendPoint:
    from pmladder.model.history import TrendPoint

    if track is None or result is None or not result.observed:
        return TrendPoint(floor=None, index=None, observed=False, focus=focus)
    index = -1 if result.floor is None else (path.index(result.floor) if result.floor in path else None)
    return TrendPoint(floor=result.floor, index=index, observed=True, focus=focus)


def label(points: list[TrendPoint]) -> TrendLabel:
    """The trend rule (docs/history.md, "Trend"): the first and the last result where the competency was
    observed; up: improving, down: declining; the same: a persistent gap when it was a focus area of the
    plan of each of the last two results, else stable; fewer than two: one result."""
    seen = [p.index for p in points if p.observed and p.index is not None]
    if len(seen) < 2:
        return "one-result"
    if seen[-1] > seen[0]:
        return "improving"
    if seen[-1] < seen[0]:
        return "declining"
    return "persistent-gap" if len(points) >= 2 and points[-1].focus and points[-2].focus else "stable"


def trend(ladder: str | None = None) -> Trended:
    """Every self-assessment of one ladder, oldest first, on the newest one's primary track: the level and
    each competency's floor in each result, and a label by the explicit rule of :func:`label`."""
    from pmladder.model.history import HistoryTrend, TrendPoint, TrendRow

    if ladder is not None:
        ladder = history.ladder_id_of(ladder)
    opened = _self_results(ladder)
    results = [_assessment(o) for o in opened]
    newest = results[-1].primary()
    path = newest.path
    level = []
    for result in results:
        track = result.track(newest.track)
        index = None if track is None else (-1 if track.level is None else _at(path, track.level))
        level.append(TrendPoint(floor=track.level if track else None, index=index, observed=track is not None))
    rows = []
    for competency in newest.competencies:
        points = []
        for result in results:
            track = result.track(newest.track)
            focus = any(area.competency == competency.competency for area in result.plan.focus)
            points.append(_point(track, track.competency(competency.competency) if track else None, path, focus))
        rows.append(TrendRow(competency=competency.competency, core=competency.core, points=points,
                             label=label(points)))
    model = HistoryTrend(ladder=results[-1].ladder, track=newest.track, path=path,
                         results=[o.entry for o in opened], level=level, level_label=label(level),
                         competencies=rows)
    return Trended(model, opened[-1].ladder)


def _at(path: list[str], level: str) -> int | None:
    return path.index(level) if level in path else None
