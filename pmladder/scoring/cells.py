"""How each answer counts: indicator and cell statuses, examples, and positions on a track."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pmladder.model.answers import Answers
from pmladder.model.assessment import CellStatus, IndicatorStatus
from pmladder.model.ladder import Expectation, Ladder, Level

#: Statuses that count as met in the strict and central estimates.
MET: frozenset[IndicatorStatus] = frozenset({"met", "implied"})
#: Cell statuses that pass a level strictly / leniently.
STRICT_PASS: frozenset[CellStatus] = frozenset({"met", "none"})
LENIENT_PASS: frozenset[CellStatus] = frozenset({"met", "unverified", "not_observed", "none"})


@dataclass(frozen=True)
class IndicatorInfo:
    """Facts about one indicator that do not depend on the track."""

    competency: str
    level: str  # the level of the cell that defines it
    needs_evidence: bool
    cell: tuple[str, ...]  # the ids of every indicator of the same cell (one example backs them all)


def indicator_info(ladder: Ladder) -> dict[str, IndicatorInfo]:
    """Every indicator of the ladder by id, with its competency, level and cell."""
    info: dict[str, IndicatorInfo] = {}
    for comp in ladder.competencies:
        for level_id, cell in comp.expectations.items():
            if not isinstance(cell, Expectation):
                continue
            needs = ladder.needs_evidence(level_id)
            ids = tuple(ind.id for ind in cell.indicators)
            for ind_id in ids:
                info[ind_id] = IndicatorInfo(comp.id, level_id, needs, ids)
    return info


# ---- examples: what backs a rating (the rules of what counts as an example belong here) -------------


def backed(answers: Answers, info: IndicatorInfo) -> bool:
    """Whether an example backs the ratings of this indicator's cell: one example on any indicator of the
    cell backs them all (docs/decisions.md, "One example per level of a competency")."""
    return any(i in answers.evidence for i in info.cell)


def raw_status(answers: Answers, indicator_id: str, info: IndicatorInfo, skipped: bool) -> IndicatorStatus:
    """How one indicator counts before the basal rule (unrated counts as missed, or n/a when skipped).

    A rating of 2 or 3 that needs evidence is verified by an example on any indicator of its cell.
    """
    rating = answers.ratings.get(indicator_id)
    if rating is None:
        return "na" if skipped else "missed"
    if rating == "na":
        return "na"
    if rating >= 2:
        return "unverified" if info.needs_evidence and not backed(answers, info) else "met"
    return "missed"


def cell_status(statuses: Iterable[IndicatorStatus]) -> CellStatus:
    """How a cell counts from its indicators' statuses (n/a left out)."""
    counted = [s for s in statuses if s != "na"]
    if not counted:
        return "not_observed"
    if all(s in MET for s in counted):
        return "met"
    if all(s in MET or s == "unverified" for s in counted):
        return "unverified"
    return "missed"


# ---- positions on a track ---------------------------------------------------------------------------


def position(ladder: Ladder, path: list[Level], level_id: str | None) -> int:
    """Index of a level on a track; a level of another track maps to the highest path level of no
    higher band; None (below the first level) is -1."""
    if level_id is None:
        return -1
    ids = [lv.id for lv in path]
    if level_id in ids:
        return ids.index(level_id)
    level = ladder.level(level_id)
    if level is None:
        return -1
    return sum(1 for lv in path if lv.band <= level.band) - 1


def cap_position(ladder: Ladder, path: list[Level], caps_below: str) -> int:
    """The highest index an endorsed contra-indicator allows: the level before ``caps_below``."""
    ids = [lv.id for lv in path]
    if caps_below in ids:
        return ids.index(caps_below) - 1
    level = ladder.level(caps_below)
    if level is None:
        return len(path) - 1
    return sum(1 for lv in path if lv.band < level.band) - 1


def level_id(path: list[Level], index: int) -> str | None:
    """The id of the level at ``index`` on the track; None outside it (below the first level)."""
    return path[index].id if 0 <= index < len(path) else None
