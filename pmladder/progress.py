"""Since last time: which saved assessment came before this one, and what moved since (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from pmladder.model.assessment import (
    Assessment,
    FloorMove,
    FocusOutcome,
    FocusStatus,
    Move,
    Progress,
    TrackResult,
)

#: The widest gap between two UTC offsets (-12:00 and +14:00): a file name's local time can be this far
#: from another's while the real order is the other way round.
OFFSET_SPREAD: Final = timedelta(hours=26)


@dataclass(frozen=True, order=True)
class SavedName:
    """Where a file name ``<ladder>-<YYYYMMDDTHHMMSS>[-N].json`` puts it: local wall time, then N."""

    stamp: datetime
    counter: int


def saved_name(name: str, ladder_id: str) -> SavedName | None:
    """Parse the name ``storage.save_assessment`` gives an assessment of ``ladder_id``; None otherwise.

    The pattern is exact, so the files of ladder ``pm`` never include those of ``pm-generic``.
    """
    found = re.fullmatch(re.escape(ladder_id) + r"-(\d{8}T\d{6})(?:-(\d+))?\.json", name)
    if found is None:
        return None
    try:
        stamp = datetime.strptime(found.group(1), "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    return SavedName(stamp, int(found.group(2) or 1))


def created_at(assessment: Assessment) -> datetime:
    """The aware creation time of an assessment."""
    return datetime.fromisoformat(assessment.created)


def is_candidate(saved: Assessment, current: Assessment) -> bool:
    """Whether ``saved`` may be the previous assessment of ``current``: same ladder, the same person rated
    in the same way (pmladder/feedback.py ``same_person``: a manager's rating is never "last time" of a
    self-assessment), created no later."""
    from pmladder import feedback

    same = feedback.of(saved).same_person(feedback.of(current))
    return saved.ladder == current.ladder and same and created_at(saved) <= created_at(current)


def newer(a: tuple[Assessment, SavedName], b: tuple[Assessment, SavedName]) -> bool:
    """Whether ``a`` was made after ``b``: by creation time, then (same second) by the order of saving."""
    return (created_at(a[0]), a[1]) > (created_at(b[0]), b[1])


def _index(track: TrackResult, level_id: str | None) -> int | None:
    """Position on the (current) track; -1 below the first level; None when the level is not on it."""
    if level_id is None:
        return -1
    return track.path.index(level_id) if level_id in track.path else None


def _move(before: int | None, after: int | None) -> Move | None:
    if before is None or after is None:
        return None
    return "up" if after > before else "down" if after < before else "same"


def _focus(previous: Assessment, current: Assessment) -> list[FocusOutcome]:
    plan = previous.plan
    if plan.target is None:
        return []
    track = current.track(plan.track)
    outcomes = []
    for area in plan.focus:
        result = track.competency(area.competency) if track is not None else None
        target = _index(track, plan.target) if track is not None else None
        if track is None or result is None or target is None:
            outcomes.append(FocusOutcome(competency=area.competency, status="gone"))
            continue
        if not result.observed:
            outcomes.append(FocusOutcome(competency=area.competency, status="not_observed"))
            continue
        # met when every requirement up to the target is met (a target cell that asks nothing new counts);
        # the floor shown is the reported one, never a level nobody asked about
        reach = _index(track, result.passes_up_to)
        status: FocusStatus = "met" if reach is not None and reach >= target else "not_met"
        outcomes.append(FocusOutcome(competency=area.competency, status=status, floor=result.floor))
    return outcomes


def compare_with(previous: Assessment, current: Assessment) -> Progress:
    """What changed from ``previous`` to ``current``, on ``current``'s primary track.

    Levels and floors are ordered by the current track's levels; a level or competency that is no
    longer in the ladder (when its sha256 changed) is left out instead of guessed. Competencies with
    nothing rated in either assessment are not compared: a skipped competency has not moved down.
    Floors are the reported ones (the highest level whose own requirement is met, issue 9), so a
    requirement carried up the ladder never shows as a move to a level nobody asked about.
    """
    now = current.primary()
    before = previous.track(now.track) or previous.primary()
    moved = []
    for result in now.competencies:
        earlier = before.competency(result.competency)
        if earlier is None or not (earlier.observed and result.observed):
            continue
        move = _move(_index(now, earlier.floor), _index(now, result.floor))
        if move == "up" or move == "down":
            moved.append(
                FloorMove(competency=result.competency, previous=earlier.floor, current=result.floor, move=move)
            )
    return Progress(
        previous_created=previous.created,
        previous_ladder_sha256=previous.ladder_sha256,
        ladder_changed=previous.ladder_sha256 != current.ladder_sha256,
        track=now.track,
        previous_level=before.level,
        previous_strict=before.strict,
        previous_lenient=before.lenient,
        current_level=now.level,
        current_strict=now.strict,
        current_lenient=now.lenient,
        # no estimate on either side (nothing rated): there is nothing to compare the level with
        move=None
        if before.no_estimate or now.no_estimate
        else _move(_index(now, before.level), _index(now, now.level)),
        previous_no_estimate=before.no_estimate,
        moved=moved,
        plan_track=previous.plan.track,
        plan_target=previous.plan.target,
        focus=_focus(previous, current),
    )


def with_progress(current: Assessment, previous: Assessment | None) -> Assessment:
    """``current`` with its ``since`` filled in from ``previous`` (unchanged when there is none)."""
    if previous is None:
        return current
    return current.model_copy(update={"since": compare_with(previous, current)})
