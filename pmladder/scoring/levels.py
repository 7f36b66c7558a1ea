"""The overall level on one track: which levels pass, strictly, centrally and leniently, and steps short."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pmladder.model.assessment import LevelCheck
from pmladder.model.ladder import Ladder, Level
from pmladder.scoring.competency import CompetencyWork

Mode = Literal["strict", "central", "lenient"]

#: A cell as seen by the shortfall count: (required?, the ids of its indicators).
CellKey = tuple[bool, tuple[str, ...]]


def steps_short(cells: Sequence[CellKey], floor: int, index: int) -> int:
    """How many requirement steps a competency with ``floor`` is short of level ``index``.

    Counted as the distinct required cells between the floor (exclusive) and the level (inclusive): a
    ``carry`` cell repeats the step before it and a ``none`` cell is no step, so a competency whose
    carried requirement is missed is one step short at every level that carries it, not one more per level.
    """
    return len({key for required, key in cells[floor + 1 : index + 1] if required})


def cell_keys(work: CompetencyWork) -> list[CellKey]:
    """The competency's cells on the track as :func:`steps_short` counts them."""
    return [(cell.expectation is not None, tuple(cell.statuses)) for cell in work.cells]


def _passing_share(required: list[CompetencyWork], floors: dict[str, int], index: int) -> float:
    """The weighted share of the required competencies whose floor reaches ``index`` (1.0: none required)."""
    total = sum(w.comp.weight for w in required)
    if total == 0:
        return 1.0
    return sum(w.comp.weight for w in required if floors[w.comp.id] >= index) / total


def _check_level(
    path: list[Level],
    index: int,
    floors: dict[str, int],
    works: list[CompetencyWork],
    threshold: float,
    max_shortfall: int,
) -> LevelCheck:
    """Whether level ``index`` passes: no core competency fails, none is more than ``max_shortfall``
    steps short, and the passing share reaches ``threshold``."""
    required = [w for w in works if w.cells[index].expectation is not None]
    failing = [w for w in required if floors[w.comp.id] < index]
    share = _passing_share(required, floors, index)
    core_failing = [w.comp.id for w in failing if w.comp.core]
    beyond = [w.comp.id for w in failing if steps_short(cell_keys(w), floors[w.comp.id], index) > max_shortfall]
    passed = not core_failing and not beyond and share >= threshold - 1e-9
    return LevelCheck(
        level=path[index].id,
        passed=passed,
        share=round(share, 4),
        required=[w.comp.id for w in required],
        failing=[w.comp.id for w in failing],
        core_failing=core_failing,
        beyond_shortfall=beyond,
    )


def _floors(path: list[Level], works: list[CompetencyWork], mode: Mode) -> dict[str, int]:
    """Each counted competency's floor in ``mode``: a competency with nothing rated fails in the strict
    estimate (its floor), passes in the lenient one, and in the central one is left out unless it is
    core: a core competency nobody rated cannot pass (issue 9), so it fails where it is required."""
    if mode == "strict":
        return {w.comp.id: w.floor for w in works}
    if mode == "central":
        return {w.comp.id: w.floor for w in works if w.observed or w.comp.core}
    return {w.comp.id: w.lenient if w.observed else len(path) - 1 for w in works}


def undetermined(
    ladder: Ladder, path: list[Level], works: list[CompetencyWork], level: int, checks: list[LevelCheck]
) -> tuple[int, list[str]] | None:
    """The level after the central ``level`` when only core competencies with nothing rated keep it from
    passing (it would pass with them left out): its index and those competencies; None otherwise."""
    after = level + 1
    if after >= len(path) or not any(w.observed for w in works):
        return None
    unrated = [w.comp.id for w in works if w.comp.core and not w.observed]
    blocking = [c for c in checks[after].core_failing if c in unrated]
    if not blocking:
        return None
    floors = {w.comp.id: w.floor for w in works if w.observed}
    included = [w for w in works if w.comp.id in floors]
    check = _check_level(path, after, floors, included, ladder.scoring.threshold, ladder.scoring.max_shortfall)
    return (after, blocking) if check.passed else None


def overall(
    ladder: Ladder, path: list[Level], works: list[CompetencyWork], mode: Mode
) -> tuple[int, list[LevelCheck]]:
    """The highest index whose level and every lower level pass, and the check of every level.

    A competency with nothing rated fails in the strict estimate, is left out of the central one (unless
    it is core: then it fails) and passes in the lenient one, so strict <= central <= lenient
    (docs/assessment-method.md, section 4).
    The strict estimate asks every required competency to pass (threshold 1, no shortfall).
    """
    if not any(w.observed for w in works):  # nothing rated: no estimate at all, not even a lenient one
        return -1, [LevelCheck(level=lv.id, passed=False, share=0.0) for lv in path]
    threshold, max_shortfall = ladder.scoring.threshold, ladder.scoring.max_shortfall
    if mode == "strict":
        threshold, max_shortfall = 1.0, 0
    floors = _floors(path, works, mode)
    included = [w for w in works if w.comp.id in floors]
    checks = [_check_level(path, i, floors, included, threshold, max_shortfall) for i in range(len(path))]
    level = -1
    for index, check in enumerate(checks):
        if not check.passed:
            break
        level = index
    return level, checks
