"""The development plan toward a target level (pure): focus areas, 70-20-10 actions, SMART goals, dates."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from pmladder.errors import Msg, NotFoundError, UsageError
from pmladder.model.answers import Answers
from pmladder.model.assessment import (
    CompetencyResult,
    FocusArea,
    Plan,
    PlannedAction,
    PlannedResource,
    TrackResult,
    UnmetIndicator,
)
from pmladder.model.ladder import (
    LANGS,
    Competency,
    ContraIndicator,
    Development,
    Expectation,
    Indicator,
    Ladder,
    Lang,
    Level,
    Text,
)
from pmladder.rules.answers import level_choices, track_choices, track_words
from pmladder.rules.answers import text as bilingual
from pmladder.scoring.levels import steps_short

#: The check-in comes this many weeks after the assessment.
CHECK_IN_WEEKS = 6
#: Re-assess after this many months, or the longer span when the target is 2+ levels away.
REASSESS_MONTHS = 3
REASSESS_MONTHS_LONG = 6
MAX_FOCUS = 3

KIND_ORDER = ("experience", "exposure", "education")

#: The SMART goal draft of a focus area. Not a message of the interface: the goal is part of the saved
#: plan, in both languages, like the ladder's own text (so it stays here, not in pmladder/i18n/).
GOAL: dict[Lang, str] = {
    "zh": "在{date}前，让“{indicator}”成为我的常态（{level}）。证据：{evidence}。{check_in}做一次中期回顾。",
    "en": "By {date}, make this true of my everyday work ({level}): “{indicator}”. "
    "Evidence: {evidence}. Review progress on {check_in}.",
}


class TargetNotAbove(UsageError):
    """The target level is not above the estimate (known only once the answers are scored)."""


# ---- the track and the target -------------------------------------------------------------------------


def check_track(ladder: Ladder, track: str | None) -> None:
    """Raise NotFoundError when ``track`` is given and is not a track of ``ladder``."""
    if track is not None and track not in ladder.tracks():
        raise NotFoundError(
            "plan.unknown-track", ladder=bilingual(ladder.name), track=track, known=track_choices(ladder)
        )


def check_target_exists(ladder: Ladder, target: str) -> None:
    """Raise NotFoundError when ``target`` is not a level of ``ladder`` (use before a long questionnaire)."""
    if ladder.level(target) is None:
        known = level_choices(ladder.levels)
        raise NotFoundError("plan.unknown-target", target=target, ladder=bilingual(ladder.name), known=known)


def _not_above(ladder: Ladder, on: TrackResult, target: str) -> TargetNotAbove:
    """The error for a target at or below the estimate: the estimate and the track by name (a ladder
    without branches names no track), and the higher levels to pick from by id, as --target takes them."""
    level = ladder.level(on.level) if on.level is not None else None
    current: object = bilingual(level.name) if level is not None else Msg("plan.below-first")
    branches = len(ladder.tracks()) > 1
    if branches:
        current = Msg("plan.on-track", {"level": current, "track": track_words(ladder, on.track)})
    higher = [lv for lv in ladder.tracks()[on.track] if lv.id in on.path[on.index(on.level) + 1 :]]
    wanted = ladder.level(target)
    named = bilingual(wanted.name) if wanted is not None else target
    if not higher:
        where = Msg("plan.the-track" if branches else "plan.the-ladder")
        return TargetNotAbove("plan.target-at-top", target=named, current=current, where=where)
    return TargetNotAbove("plan.target-not-above", target=named, current=current, valid=level_choices(higher))


def default_target(ladder: Ladder, track: TrackResult) -> str | None:
    """The next level on the track after the central estimate; None at the top."""
    index = track.index(track.level) + 1
    return track.path[index] if index < len(track.path) else None


def resolve_target(
    ladder: Ladder, tracks: list[TrackResult], primary: str, target: str | None
) -> tuple[TrackResult, str | None]:
    """The track to plan on and the target level: ``target`` if given (it must be above the estimate on
    the primary track, or on the first track that has it), else the next level on the primary track."""
    main = next(t for t in tracks if t.track == primary)
    if target is None:
        return main, default_target(ladder, main)
    check_target_exists(ladder, target)
    on = main if target in main.path else next((t for t in tracks if target in t.path), main)
    if on.index(target) <= on.index(on.level):
        raise _not_above(ladder, on, target)
    return on, target


# ---- dates, development entries, goals ------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the last day of the month."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _nearest_lower(entries: list[Development], target: str, path: list[str]) -> list[Development]:
    """The entries whose to_level is the nearest level on the path below the target (none: empty)."""
    target_index = path.index(target) if target in path else len(path)
    lower = [d for d in entries if d.to_level in path and path.index(d.to_level) < target_index]
    if not lower:
        return []
    best = max(path.index(d.to_level) for d in lower if d.to_level is not None)
    return [d for d in lower if d.to_level == path[best]]


def development_for(ladder: Ladder, competency: str, target: str, path: list[str]) -> list[Development]:
    """The ladder's development entries for a competency: those whose to_level is the target, else the
    nearest lower level on the path, else those for any level, else whatever exists."""
    entries = [d for d in ladder.development if d.competency == competency]
    exact = [d for d in entries if d.to_level == target]
    if exact:
        return exact
    lower = _nearest_lower(entries, target, path)
    if lower:
        return lower
    generic = [d for d in entries if d.to_level is None]
    return generic or entries


def _actions(entries: list[Development]) -> list[PlannedAction]:
    actions = [a for d in entries for a in d.actions]
    ordered = sorted(actions, key=lambda a: KIND_ORDER.index(a.kind))
    return [PlannedAction(kind=a.kind, text=a.text) for a in ordered]


def _resources(ladder: Ladder, competency: str) -> list[PlannedResource]:
    return [
        PlannedResource(kind=r.kind, title=r.title, author=r.author, url=r.url, note=r.note)
        for r in ladder.resources_for(competency)
    ]


def _unmet(
    result: CompetencyResult, answers: Answers, upto: int, defined_at: dict[str, str]
) -> list[UnmetIndicator]:
    """Every indicator up to position ``upto`` that is not met (once, at the level of its own cell)."""
    unmet: list[UnmetIndicator] = []
    seen: set[str] = set()
    for cell in result.cells[: upto + 1]:
        for ind_id, status in cell.indicators.items():
            if status in ("met", "implied") or ind_id in seen:
                continue
            seen.add(ind_id)
            unmet.append(
                UnmetIndicator(
                    id=ind_id,
                    level=defined_at.get(ind_id, cell.level),
                    status=status,
                    current=answers.ratings.get(ind_id),
                )
            )
    return unmet


def _traps(ladder: Ladder, answers: Answers, competency: str, path: list[str], target: int) -> list[str]:
    """Endorsed contra-indicators of ``competency`` that cap it below the target."""
    found = []
    for question in ladder.questions:
        if not isinstance(question, ContraIndicator) or question.competency != competency:
            continue
        caps = path.index(question.caps_below) if question.caps_below in path else None
        if answers.contra.get(question.id, 0) >= 2 and (caps is None or caps <= target):
            found.append(question.id)
    return found


def _strip_end(text: str) -> str:
    return text.rstrip().rstrip("。.！!；;")


def _goal(indicator: Indicator, level: Level, evidence: Text, deadline: date, check_in: date) -> Text:
    parts = {
        lang: GOAL[lang].format(
            date=deadline.isoformat(),
            indicator=_strip_end(indicator.text.get(lang)),
            evidence=_strip_end(evidence.get(lang)),
            check_in=check_in.isoformat(),
            level=level.name.get(lang),
        )
        for lang in LANGS
    }
    return Text(zh=parts["zh"], en=parts["en"])


# ---- the plan -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Toward:
    """What every focus area of a plan is measured against: the target on the plan's track."""

    ladder: Ladder
    track: TrackResult
    answers: Answers
    target: str
    index: int  # the target's position on the track
    level: Level
    path: list[Level]
    deadline: date  # the re-assessment
    check_in: date
    #: every indicator of the ladder by id, with its competency and the level id of its cell
    indicators: dict[str, tuple[Competency, str, Indicator]]
    #: the level id of each indicator's own cell
    defined_at: dict[str, str]


def _focus_area(toward: _Toward, result: CompetencyResult, comp: Competency, cell: Expectation) -> FocusArea:
    """A competency whose floor is below the target: why, what is unmet, what to do, a goal."""
    ladder, track, t = toward.ladder, toward.track, toward.index
    floor = track.index(result.passes_up_to)  # steps short count from where every requirement is met
    keys = [(c.status != "none", tuple(c.indicators)) for c in result.cells]
    gap = steps_short(keys, floor, t)
    shortfall = gap > ladder.scoring.max_shortfall
    why: list[Literal["core", "shortfall", "gap"]] = ["core"] if comp.core else []
    if shortfall:
        why.append("shortfall")
    unmet = _unmet(result, toward.answers, t, toward.defined_at)
    # the goal's indicator: the first unmet one of the target cell, else the first unmet one below
    # it, else (every indicator is met and only a trap holds the competency back) the target cell's
    target_ids = [ind.id for ind in cell.indicators]
    first = next((u.id for u in unmet if u.id in target_ids), unmet[0].id if unmet else target_ids[0])
    return FocusArea(
        competency=comp.id,
        blocker=comp.core or shortfall,
        why=why or ["gap"],
        floor=result.floor,
        gap=gap,
        weight=comp.weight,
        unmet=unmet,
        traps=_traps(ladder, toward.answers, comp.id, track.path, t),
        actions=_actions(development_for(ladder, comp.id, toward.target, track.path)),
        resources=_resources(ladder, comp.id),
        evidence=cell.evidence,
        goal=_goal(toward.indicators[first][2], toward.level, cell.evidence, toward.deadline, toward.check_in),
    )


def _focus_and_strengths(toward: _Toward) -> tuple[list[FocusArea], list[str]]:
    """Up to MAX_FOCUS focus areas (blockers first, then by weight x gap, then in ladder order) and the
    competencies already at the target. Competencies nothing was observed of are left out."""
    candidates: list[tuple[tuple[int, float, int], FocusArea]] = []
    strengths: list[str] = []
    for order, result in enumerate(toward.track.competencies):
        comp = toward.ladder.competency(result.competency)
        if comp is None or not result.observed:
            continue
        cell = toward.ladder.effective_cell(comp, toward.path, toward.target)
        if cell is None:
            continue
        if toward.track.index(result.passes_up_to) >= toward.index:
            strengths.append(comp.id)
            continue
        area = _focus_area(toward, result, comp, cell)
        candidates.append(((0 if area.blocker else 1, -comp.weight * area.gap, order), area))
    focus = [area for _key, area in sorted(candidates, key=lambda ka: ka[0])[:MAX_FOCUS]]
    return focus, strengths


def _plan_at_top(track: TrackResult, day: date, check_in: date) -> Plan:
    """No target above the estimate: the strengths to keep, and the dates."""
    current_index = track.index(track.level)
    strengths = [
        c.competency for c in track.competencies if c.observed and track.index(c.passes_up_to) >= max(current_index, 0)
    ]
    return Plan(
        track=track.track,
        current=track.level,
        target=None,
        focus=[],
        strengths=strengths,
        check_in=check_in.isoformat(),
        reassess=add_months(day, REASSESS_MONTHS).isoformat(),
        reassess_months=REASSESS_MONTHS,
    )


def make_plan(
    ladder: Ladder, track: TrackResult, answers: Answers, target: str | None, created: datetime
) -> Plan:
    """1-3 focus areas toward ``target`` on ``track``, strengths, check-in and re-assessment dates.

    Focus areas: blockers first (core competencies, and those more than max_shortfall levels short of the
    target), then by weight x gap, then in ladder order. Competencies nothing was observed of are left out.
    """
    day = created.date()
    check_in = day + timedelta(weeks=CHECK_IN_WEEKS)
    if target is None:
        return _plan_at_top(track, day, check_in)
    t = track.index(target)
    months = REASSESS_MONTHS_LONG if t - track.index(track.level) >= 2 else REASSESS_MONTHS
    reassess = add_months(day, months)
    path = [lv for lv in (ladder.level(i) for i in track.path) if lv is not None]
    level = next(lv for lv in path if lv.id == target)
    indicators = ladder.indicators()
    defined_at = {i: level_id for i, (_comp, level_id, _ind) in indicators.items()}
    toward = _Toward(ladder, track, answers, target, t, level, path, reassess, check_in, indicators, defined_at)
    focus, strengths = _focus_and_strengths(toward)
    return Plan(
        track=track.track,
        current=track.level,
        target=target,
        focus=focus,
        strengths=strengths,
        check_in=check_in.isoformat(),
        reassess=reassess.isoformat(),
        reassess_months=months,
    )
