"""The perception-gap review: a self-assessment against its manager's and peers' ratings, per competency (pure)."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from pmladder.errors import InputError, Msg

if TYPE_CHECKING:
    from pmladder.model.assessment import Assessment, CompetencyResult, IndicatorStatus, TrackResult
    from pmladder.model.ladder import Competency, Ladder
    from pmladder.model.review import Combined, CompetencyGap, Direction, Discussion, DiscussKind, GapFlag, Review

#: TACO's rule: views this many levels apart are "a serious disconnect"
SERIOUS: Final = 2.0
#: at most this many indicators to discuss per flagged competency
MAX_DISCUSS: Final = 3
#: what counts as "the rater says so" when comparing two ratings of one indicator (missed: says not)
_SAYS_YES: Final = frozenset({"met", "unverified", "implied"})

Given = tuple[str, "Assessment"]


def _person(name: str | None) -> str | None:
    return None if name is None else " ".join(name.split()).casefold()


def check_together(given: Sequence[Given]) -> None:
    """Results that do not belong together are an InputError (exit 1) with a one-line reason: the first
    must be a self-assessment, the others ratings by a manager or peers, all of one ladder and one person
    (an unnamed self-assessment takes the others' name), no file twice."""
    (self_file, mine), others = given[0], given[1:]
    if mine.role != "self":
        raise InputError("review.first-not-self", file=self_file, role=Msg(f"review.role.{mine.role}"))
    if not others:
        raise InputError("review.no-others", file=self_file)
    seen = {self_file}
    subject = _person(mine.subject)
    for file, result in others:
        if file in seen:
            raise InputError("review.same-file", file=file)
        seen.add(file)
        if result.role == "self":
            raise InputError("review.two-selves", file=file, first=self_file)
        if result.ladder != mine.ladder:
            raise InputError("review.other-ladder", file=file, ladder=result.ladder, expected=mine.ladder)
        person = _person(result.subject)
        if subject is not None and person != subject:
            raise InputError("review.other-person", file=file, person=result.subject or "", expected=subject_of(given))
        subject = person


def subject_of(given: Sequence[Given]) -> str:
    """The name of the person reviewed, as the first result that names them spells it."""
    return next((result.subject for _file, result in given if result.subject), "")


def _step(track: TrackResult | None, competency: str, path: list[str]) -> int | None:
    """Where a competency's floor is on ``path`` (-1: below its first level); None when not observed."""
    found: CompetencyResult | None = track.competency(competency) if track is not None else None
    if found is None or not found.observed:
        return None
    if found.floor is None:
        return -1
    return path.index(found.floor) if found.floor in path else None


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _direction(differences: list[float]) -> Direction:
    ups, downs = any(d > 0 for d in differences), any(d < 0 for d in differences)
    if ups and downs:
        return "mixed"
    return "blind-spot" if ups else "over-estimate" if downs else "agree"


def _statuses(track: TrackResult | None, competency: str) -> dict[str, tuple[str, IndicatorStatus]]:
    """Every indicator of a competency's cells in one result: id -> (level of its cell, status)."""
    found = track.competency(competency) if track is not None else None
    if found is None:
        return {}
    return {ident: (cell.level, status) for cell in found.cells for ident, status in cell.indicators.items()}


def _kind(status: IndicatorStatus, others: list[IndicatorStatus]) -> DiscussKind | None:
    """Whether one indicator is worth discussing: the self-assessment says yes and another rating not
    yet (``self-only``), or the other way round (``others-only``)."""
    says = [other in _SAYS_YES for other in others if other != "na"]
    if status in _SAYS_YES and not all(says):
        return "self-only"
    if status == "missed" and any(says):
        return "others-only"
    return None


def _discuss(
    competency: Competency, views: Sequence[tuple[str, TrackResult | None]], path: list[str], lower: float
) -> list[Discussion]:
    """Indicators to talk over: where the self-assessment and another rating say opposite things, in
    level order; else the first indicators of the level above the lower view (the next step)."""
    from pmladder.model.review import Discussion

    by_role: dict[str, list[dict[str, tuple[str, IndicatorStatus]]]] = {}
    for role, track in views:
        by_role.setdefault(role, []).append(_statuses(track, competency.id))
    mine = by_role.get("self", [{}])[0]
    found: list[Discussion] = []
    for ident, (level, status) in sorted(mine.items(), key=lambda item: _order(item[1][0], path)):
        statuses = {role: [s[ident][1] for s in maps if ident in s] for role, maps in by_role.items()}
        kind = _kind(status, [other for role, found_ in statuses.items() if role != "self" for other in found_])
        if kind is not None:
            found.append(Discussion(indicator=ident, level=level, kind=kind, statuses=statuses))
    return found[:MAX_DISCUSS] if found else _next_step(competency, path, lower)


def _order(level: str, path: list[str]) -> int:
    return path.index(level) if level in path else len(path)


def _next_step(competency: Competency, path: list[str], lower: float) -> list[Discussion]:
    """The first indicators of the cell above the lower view, to ask what it would take."""
    from pmladder.model.ladder import Expectation
    from pmladder.model.review import Discussion

    for level in path[max(0, math.floor(lower) + 1) :]:
        cell = competency.expectations.get(level)
        if isinstance(cell, Expectation):
            return [Discussion(indicator=i.id, level=level, kind="next-step") for i in cell.indicators[:2]]
    return []


def _flags(competency: Competency, largest: float | None) -> list[GapFlag]:
    """Two levels or more apart (TACO), or any difference on a core competency."""
    flags: list[GapFlag] = []
    if largest is not None and largest >= SERIOUS:
        flags.append("two-levels")
    if competency.core and largest is not None and largest > 0:
        flags.append("core")
    return flags


def _minus(value: float | None, base: int | None) -> float | None:
    return None if value is None or base is None else value - base


def _gap(competency: Competency, given: Sequence[Given], track: str, path: list[str]) -> CompetencyGap:
    """One competency: each group's view, the differences from the self-assessment, flags, what to discuss."""
    from pmladder.model.review import CompetencyGap

    views = [(result.role, result.track(track)) for _file, result in given]
    steps: dict[str, list[int]] = {"self": [], "manager": [], "peer": []}
    for role, found in views:
        step = _step(found, competency.id, path)
        if step is not None:
            steps[role].append(step)
    self_step = steps["self"][0] if steps["self"] else None
    manager, peers = _median(steps["manager"]), _median(steps["peer"])
    groups = [value for value in (manager, peers) if value is not None]
    others = sum(groups) / len(groups) if groups else None
    differences = [d for d in (_minus(manager, self_step), _minus(peers, self_step)) if d is not None]
    largest = max((abs(d) for d in differences), default=None)
    flags = _flags(competency, largest)
    discuss = []
    if flags and self_step is not None and others is not None:
        discuss = _discuss(competency, views, path, min(self_step, others))
    return CompetencyGap(
        competency=competency.id,
        core=competency.core,
        self_step=self_step,
        manager_step=manager,
        peers_step=peers,
        peers=len(steps["peer"]),
        others_step=others,
        manager_difference=_minus(manager, self_step),
        peers_difference=_minus(peers, self_step),
        difference=_minus(others, self_step),
        largest=largest,
        flags=flags,
        direction=_direction(differences),
        discuss=discuss,
    )


def _combined(given: Sequence[Given], track: str, path: list[str]) -> Combined:
    """Self, manager and peers each count as one group (the peers by their median, the managers too);
    a missing group is left out and the others share its weight. Rounded to the nearest level, a tie down."""
    from pmladder.model.review import Combined

    levels: dict[str, list[int]] = {"self": [], "manager": [], "peer": []}
    for _file, result in given:
        found = result.track(track)
        if found is not None and (found.level is None or found.level in path):
            levels[result.role].append(-1 if found.level is None else path.index(found.level))
    groups = {role: float(statistics.median(values)) for role, values in levels.items() if values}
    weights = {role: 1 / len(groups) for role in groups}
    step = sum(groups[role] * weights[role] for role in groups)

    def level(index: int) -> str | None:
        return path[index] if 0 <= index < len(path) else None

    nearest = math.ceil(step - 0.5 - 1e-9)
    low, high = math.floor(min(groups.values())), math.ceil(max(groups.values()))
    return Combined(step=round(step, 4), level=level(nearest), low=level(low), high=level(high), weights=weights)


def review(ladder: Ladder, given: Sequence[Given], *, ladder_sha256: str) -> Review:
    """The perception-gap review of ``given`` (file name, result): the first a self-assessment, the others
    ratings of the same person on the same ladder by a manager or peers; the track is the self-assessment's
    primary one. Results that do not belong together are an InputError (see ``check_together``)."""
    from pmladder.model.review import RaterView, Review

    check_together(given)
    mine = given[0][1]
    tracks = ladder.tracks()
    track = mine.primary_track if mine.primary_track in tracks else next(iter(tracks))
    path = [level.id for level in tracks[track]]
    asked = {c.competency for _file, r in given for t in r.tracks if t.track == track for c in t.competencies}
    raters = [
        RaterView(
            file=file,
            role=result.role,
            rater=result.rater,
            created=result.created,
            level=found.level if (found := result.track(track)) is not None else None,
            ladder_changed=result.ladder_sha256 != ladder_sha256,
        )
        for file, result in given
    ]
    gaps = [_gap(c, given, track, path) for c in ladder.competencies if c.id in asked]
    return Review(
        ladder=ladder.id,
        track=track,
        path=path,
        subject=subject_of(given) or None,
        raters=raters,
        competencies=gaps,
        combined=_combined(given, track, path),
    )
