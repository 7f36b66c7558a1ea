"""The development plan toward a target level (pure): focus areas, 70-20-10 actions, SMART goals, dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Literal, NoReturn

from pmladder.errors import NotFoundError, UsageError
from pmladder.i18n import Catalogue, choices, message, quoted
from pmladder.model.answers import Answers
from pmladder.model.assessment import (
    CompetencyResult,
    FocusArea,
    Plan,
    PlannedAction,
    TrackResult,
    UnmetIndicator,
)
from pmladder.model.ladder import LANGS, ContraIndicator, Development, Indicator, Ladder, Lang, Level, Text
from pmladder.scoring import steps_short

#: The check-in comes this many weeks after the assessment.
CHECK_IN_WEEKS = 6
#: Re-assess after this many months, or the longer span when the target is 2+ levels away.
REASSESS_MONTHS = 3
REASSESS_MONTHS_LONG = 6
MAX_FOCUS = 3

KIND_ORDER = ("experience", "exposure", "education")

MESSAGES: Catalogue = {
    "unknown-target": {
        "zh": "目标级别 {target!r} 不是{ladder}的级别；可选：{known}",
        "en": "target level {target!r} is not a level of {ladder}; levels: {known}",
    },
    "target-not-above": {
        "zh": "目标级别{target}不高于当前估计（{current}）：请选择更高的级别：{valid}",
        "en": "the target, {target}, is not above the current estimate ({current}): pick a higher level: {valid}",
    },
    "target-at-top": {
        "zh": "目标级别{target}不高于当前估计（{current}）：这已是{where}最高级，不要指定目标级别",
        "en": "the target, {target}, is not above the current estimate ({current}), the top of {where}: "
        "leave the target out",
    },
    "on-track": {"zh": "{level}，{track}", "en": "{level}, {track}"},
    "track-id": {"zh": "{track} 路径", "en": "track {track}"},
    "the-track": {"zh": "该路径的", "en": "that track"},
    "the-ladder": {"zh": "该职级体系的", "en": "the ladder"},
    "unknown-track": {
        "zh": "{ladder}没有路径 {track!r}；可选：{known}",
        "en": "{ladder} has no track {track!r}; tracks: {known}",
    },
    "below-first": {"zh": "第一级以下", "en": "below the first level"},
}

GOAL: dict[Lang, str] = {
    "zh": "在{date}前，让“{indicator}”成为我的常态（{level}）。证据：{evidence}。{check_in}做一次中期回顾。",
    "en": "By {date}, make this true of my everyday work ({level}): “{indicator}”. "
    "Evidence: {evidence}. Review progress on {check_in}.",
}


class TargetNotAbove(UsageError):
    """The target level is not above the estimate (known only once the answers are scored)."""


def track_words(ladder: Ladder, track: str, lang: Lang) -> str:
    """A track as the user reads it: its declared name, else its id."""
    name = ladder.track_name(track)
    return name.get(lang) if name is not None else message(MESSAGES, "track-id", lang, track=track)


def _not_above(ladder: Ladder, on: TrackResult, target: str, lang: Lang) -> TargetNotAbove:
    """The error for a target at or below the estimate: the estimate and the track by name (a ladder
    without branches names no track), and the higher levels to pick from by id, as --target takes them."""
    level = ladder.level(on.level) if on.level is not None else None
    current = level.name.get(lang) if level is not None else message(MESSAGES, "below-first", lang)
    branches = len(ladder.tracks()) > 1
    track = track_words(ladder, on.track, lang)
    if branches:
        current = message(MESSAGES, "on-track", lang, level=current, track=track)
    higher = [lv for lv in ladder.tracks()[on.track] if lv.id in on.path[on.index(on.level) + 1 :]]
    wanted = ladder.level(target)
    named = quoted(wanted.name.get(lang) if wanted is not None else target, lang)
    if not higher:
        where = message(MESSAGES, "the-track" if branches else "the-ladder", lang)
        return TargetNotAbove(message(MESSAGES, "target-at-top", lang, target=named, current=current, where=where))
    valid = level_choices(higher, lang)
    return TargetNotAbove(message(MESSAGES, "target-not-above", lang, target=named, current=current, valid=valid))


def level_choices(levels: Iterable[Level], lang: Lang) -> str:
    """Levels as an option takes them (ids) with their names beside: ``expert (Product expert), …``."""
    return choices(((lv.id, lv.name.get(lang)) for lv in levels), lang)


def track_choices(ladder: Ladder, lang: Lang, tracks: Iterable[str] | None = None) -> str:
    """Tracks as ``--track`` takes them (ids) with their declared names beside."""
    names = [(t, ladder.track_name(t)) for t in tracks or ladder.tracks()]
    return choices(((t, name.get(lang) if name is not None else None) for t, name in names), lang)


def ladder_words(ladder: Ladder, lang: Lang) -> str:
    """A ladder named inside a sentence."""
    return quoted(ladder.name.get(lang), lang)


def raise_unknown_track(ladder: Ladder, track: str, lang: Lang) -> NoReturn:
    known = track_choices(ladder, lang)
    words = ladder_words(ladder, lang)
    raise NotFoundError(message(MESSAGES, "unknown-track", lang, ladder=words, track=track, known=known))


def check_target_exists(ladder: Ladder, target: str, lang: Lang = "en") -> None:
    """Raise NotFoundError when ``target`` is not a level of ``ladder`` (use before a long questionnaire)."""
    if ladder.level(target) is None:
        known = level_choices(ladder.levels, lang)
        words = ladder_words(ladder, lang)
        raise NotFoundError(message(MESSAGES, "unknown-target", lang, target=target, ladder=words, known=known))


def default_target(ladder: Ladder, track: TrackResult) -> str | None:
    """The next level on the track after the central estimate; None at the top."""
    index = track.index(track.level) + 1
    return track.path[index] if index < len(track.path) else None


def resolve_target(
    ladder: Ladder, tracks: list[TrackResult], primary: str, target: str | None, lang: Lang = "en"
) -> tuple[TrackResult, str | None]:
    """The track to plan on and the target level: ``target`` if given (it must be above the estimate on
    the primary track, or on the first track that has it), else the next level on the primary track."""
    main = next(t for t in tracks if t.track == primary)
    if target is None:
        return main, default_target(ladder, main)
    check_target_exists(ladder, target, lang)
    on = main if target in main.path else next((t for t in tracks if target in t.path), main)
    if on.index(target) <= on.index(on.level):
        raise _not_above(ladder, on, target, lang)
    return on, target


def add_months(day: date, months: int) -> date:
    """``day`` plus whole calendar months, clamped to the last day of the month."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def development_for(ladder: Ladder, competency: str, target: str, path: list[str]) -> list[Development]:
    """The ladder's development entries for a competency: those whose to_level is the target, else the
    nearest lower level on the path, else those for any level, else whatever exists."""
    entries = [d for d in ladder.development if d.competency == competency]
    exact = [d for d in entries if d.to_level == target]
    if exact:
        return exact
    target_index = path.index(target) if target in path else len(path)
    lower = [d for d in entries if d.to_level in path and path.index(d.to_level) < target_index]
    if lower:
        best = max(path.index(d.to_level) for d in lower if d.to_level is not None)
        return [d for d in lower if d.to_level == path[best]]
    generic = [d for d in entries if d.to_level is None]
    return generic or entries


def _actions(entries: list[Development]) -> list[PlannedAction]:
    actions = [a for d in entries for a in d.actions]
    ordered = sorted(actions, key=lambda a: KIND_ORDER.index(a.kind))
    return [PlannedAction(kind=a.kind, text=a.text) for a in ordered]


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


def make_plan(
    ladder: Ladder, track: TrackResult, answers: Answers, target: str | None, created: datetime
) -> Plan:
    """1-3 focus areas toward ``target`` on ``track``, strengths, check-in and re-assessment dates.

    Focus areas: blockers first (core competencies, and those more than max_shortfall levels short of the
    target), then by weight x gap, then in ladder order. Competencies nothing was observed of are left out.
    """
    day = created.date()
    check_in = day + timedelta(weeks=CHECK_IN_WEEKS)
    current_index = track.index(track.level)
    if target is None:
        top_strengths = [
            c.competency
            for c in track.competencies
            if c.observed and track.index(c.floor) >= max(current_index, 0)
        ]
        reassess = add_months(day, REASSESS_MONTHS)
        return Plan(
            track=track.track,
            current=track.level,
            target=None,
            focus=[],
            strengths=top_strengths,
            check_in=check_in.isoformat(),
            reassess=reassess.isoformat(),
            reassess_months=REASSESS_MONTHS,
        )
    t = track.index(target)
    months = REASSESS_MONTHS_LONG if t - current_index >= 2 else REASSESS_MONTHS
    reassess = add_months(day, months)
    path_levels = [lv for lv in (ladder.level(i) for i in track.path) if lv is not None]
    target_level = next(lv for lv in path_levels if lv.id == target)
    indicators = ladder.indicators()
    defined_at = {i: level_id for i, (_comp, level_id, _ind) in indicators.items()}
    candidates: list[tuple[tuple[int, float, int], FocusArea]] = []
    strengths: list[str] = []
    for order, result in enumerate(track.competencies):
        comp = ladder.competency(result.competency)
        if comp is None or not result.observed:
            continue
        cell = ladder.effective_cell(comp, path_levels, target)
        if cell is None:
            continue
        floor = track.index(result.floor)
        if floor >= t:
            strengths.append(comp.id)
            continue
        keys = [(c.status != "none", tuple(c.indicators)) for c in result.cells]
        gap = steps_short(keys, floor, t)
        shortfall = gap > ladder.scoring.max_shortfall
        why: list[Literal["core", "shortfall", "gap"]] = []
        if comp.core:
            why.append("core")
        if shortfall:
            why.append("shortfall")
        blocker = comp.core or shortfall
        unmet = _unmet(result, answers, t, defined_at)
        # the goal's indicator: the first unmet one of the target cell, else the first unmet one below
        # it, else (every indicator is met and only a trap holds the competency back) the target cell's
        target_ids = [ind.id for ind in cell.indicators]
        first = next((u.id for u in unmet if u.id in target_ids), unmet[0].id if unmet else target_ids[0])
        area = FocusArea(
            competency=comp.id,
            blocker=blocker,
            why=why or ["gap"],
            floor=result.floor,
            gap=gap,
            weight=comp.weight,
            unmet=unmet,
            traps=_traps(ladder, answers, comp.id, track.path, t),
            actions=_actions(development_for(ladder, comp.id, target, track.path)),
            evidence=cell.evidence,
            goal=_goal(indicators[first][2], target_level, cell.evidence, reassess, check_in),
        )
        candidates.append(((0 if blocker else 1, -comp.weight * gap, order), area))
    focus = [area for _key, area in sorted(candidates, key=lambda ka: ka[0])[:MAX_FOCUS]]
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
