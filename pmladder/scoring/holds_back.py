"""What holds the estimate back: what keeps the next level from passing, and the smallest change that would."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Literal

from pmladder.model.answers import Answers
from pmladder.model.assessment import Binding, Change, HoldsBack, LevelCheck
from pmladder.model.ladder import Ladder, Level
from pmladder.scoring.cells import MET, IndicatorInfo, level_id
from pmladder.scoring.competency import CompetencyWork
from pmladder.scoring.levels import cell_keys, steps_short

#: Above this many failing competencies every combination of full and partial fixes is too many to try.
MAX_COMBINED = 14

#: One way to treat a failing competency: (does it then pass the level?, the changes it takes).
Choice = tuple[bool, list[Change]]


def _changes_to(work: CompetencyWork, answers: Answers, index: int, info: dict[str, IndicatorInfo]) -> list[Change]:
    """The answers that must change for ``work``'s floor to reach ``index``.

    One example verifies every rating of its cell, so an unverified cell needs one ``evidence`` change
    (filed under its first unverified indicator), not one per rating.
    """
    changes: list[Change] = []
    seen: set[str] = set()
    backed: set[tuple[str, ...]] = set()
    for cell in work.cells[: index + 1]:
        for ind_id, status in cell.statuses.items():
            if ind_id in seen or status in MET:
                continue
            seen.add(ind_id)
            kind: Literal["raise", "evidence"] = "evidence" if status == "unverified" else "raise"
            if kind == "evidence":
                if info[ind_id].cell in backed:
                    continue
                backed.add(info[ind_id].cell)
            current = answers.ratings.get(ind_id)
            changes.append(
                Change(kind=kind, id=ind_id, competency=work.comp.id, level=info[ind_id].level, current=current)
            )
    # the endorsed contra-indicators that cap the competency below ``index`` (only those) have to go
    changes += [
        Change(
            kind="contra",
            id=question.id,
            competency=work.comp.id,
            level=question.caps_below,
            current=answers.contra.get(question.id),
        )
        for question, allowed in work.traps
        if allowed < index
    ]
    return changes


def _why(work: CompetencyWork, check: LevelCheck) -> list[Literal["core", "shortfall", "share"]]:
    why: list[Literal["core", "shortfall", "share"]] = []
    if work.comp.core:
        why.append("core")
    if work.comp.id in check.beyond_shortfall:
        why.append("shortfall")
    return why or ["share"]


def _choices(
    work: CompetencyWork, answers: Answers, target: int, info: dict[str, IndicatorInfo], max_shortfall: int
) -> list[Choice]:
    """The ways to deal with a failing competency: raise it to the target in full, or (not a core one)
    only to within ``max_shortfall`` steps of it, when that takes fewer changes."""
    full = _changes_to(work, answers, target, info)
    choices: list[Choice] = [(True, full)]
    if not work.comp.core:
        # the lowest floor that is within max_shortfall steps of the target
        keys = cell_keys(work)
        within = next(m for m in range(work.floor, target + 1) if steps_short(keys, m, target) <= max_shortfall)
        partial = _changes_to(work, answers, within, info) if within > work.floor else []
        if len(partial) < len(full):
            choices.append((False, partial))
    return choices


def _smallest(
    failing: list[CompetencyWork], options: list[list[Choice]], passing_weight: float, total: float, threshold: float
) -> list[Change]:
    """The combination with the fewest changes (then the fewest competencies touched) whose passing
    share reaches the threshold."""
    best: list[Change] | None = None
    best_key: tuple[int, int] | None = None
    if len(failing) <= MAX_COMBINED:
        combos: Iterable[tuple[Choice, ...]] = itertools.product(*options)
    else:  # pragma: no cover - no ladder has this many competencies; raise them all
        combos = [tuple(choices[0] for choices in options)]
    for combo in combos:
        weight = passing_weight + sum(w.comp.weight for w, (passes, _c) in zip(failing, combo, strict=True) if passes)
        if total and weight / total < threshold - 1e-9:
            continue
        changes = [change for _passes, cs in combo for change in cs]
        key = (len(changes), sum(1 for _p, cs in combo if cs))
        if best_key is None or key < best_key:
            best, best_key = changes, key
    return best or []


def holds_back(
    ladder: Ladder,
    answers: Answers,
    path: list[Level],
    works: list[CompetencyWork],
    level: int,
    checks: list[LevelCheck],
    info: dict[str, IndicatorInfo],
    track: str,
) -> HoldsBack | None:
    """What keeps the central estimate ``level`` on ``track`` from the next level (None at the top, or
    when nothing was rated)."""
    target = level + 1
    if target >= len(path) or not any(w.observed for w in works):
        return None
    check = checks[target]
    by_id = {w.comp.id: w for w in works}
    failing = [by_id[c] for c in check.failing]
    binding = [
        Binding(competency=w.comp.id, floor=level_id(path, w.shown(w.floor)), why=_why(w, check)) for w in failing
    ]
    required = [by_id[c] for c in check.required]
    total = sum(w.comp.weight for w in required)
    passing_weight = sum(w.comp.weight for w in required if w.comp.id not in check.failing)
    max_shortfall = ladder.scoring.max_shortfall
    options = [_choices(w, answers, target, info, max_shortfall) for w in failing]
    return HoldsBack(
        track=track,
        current=level_id(path, level),
        next_level=path[target].id,
        binding=binding,
        smallest_change=_smallest(failing, options, passing_weight, total, ladder.scoring.threshold),
    )
