"""Where one competency stands on one track: its cells, the basal rule, floors, caps and flags."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from pmladder.model.answers import Answers, Rating
from pmladder.model.assessment import CellResult, CellStatus, CompetencyResult, IndicatorStatus, Reason, ReasonValue
from pmladder.model.ladder import (
    Competency,
    ContraIndicator,
    Expectation,
    Ladder,
    Level,
    Option,
    SituationalQuestion,
    effective_cells,
)
from pmladder.scoring.cells import (
    LENIENT_PASS,
    MET,
    STRICT_PASS,
    IndicatorInfo,
    cap_position,
    cell_status,
    level_id,
    position,
    raw_status,
)

#: Codes of CompetencyResult.flags.
FLAG_CODES = (
    "skipped",
    "not_observed_all",
    "not_observed",
    "unverified",
    "inconsistent",
    "contra",
    "situational_mismatch",
)


class TrackCell(NamedTuple):
    """One level of a competency on a track: the effective expectation (None: nothing required) and how
    each of its indicators and the cell as a whole count."""

    level: Level
    expectation: Expectation | None
    statuses: dict[str, IndicatorStatus]
    status: CellStatus


@dataclass
class CompetencyWork:
    """Working state of one competency on one track (positions are indices on the track)."""

    comp: Competency
    cells: list[TrackCell]
    floor: int
    lenient: int
    ceiling: int
    observed: bool
    #: the endorsed contra-indicators of this competency, in ladder order, each with the highest
    #: position it allows
    traps: list[tuple[ContraIndicator, int]] = field(default_factory=list)

    def own(self, index: int) -> bool:
        """Whether the cell at ``index`` is the competency's own requirement (not ``none``, not ``carry``)."""
        return isinstance(self.comp.expectations.get(self.cells[index].level.id), Expectation)

    def shown(self, reach: int) -> int:
        """The level to report for a reach: the highest own cell up to ``reach`` (-1: none). A carried
        or ``none`` cell asks nothing new, so passing it says nothing new about the PM (issue 9)."""
        return max((i for i in range(reach + 1) if self.own(i)), default=-1)

    @property
    def shown_ceiling(self) -> int:
        """The highest own cell with a rating of 2 or 3, at least the reported floor."""
        rated = (
            i
            for i, c in enumerate(self.cells)
            if self.own(i) and any(s in ("met", "unverified") for s in c.statuses.values())
        )
        return max(max(rated, default=-1), self.shown(self.floor))

    @property
    def cap(self) -> int | None:
        """The highest position the endorsed contra-indicators allow (None: nothing caps it)."""
        return min((allowed for _question, allowed in self.traps), default=None)


# ---- evaluating one competency ----------------------------------------------------------------------


def _own_cells(comp: Competency, path: list[Level]) -> list[tuple[int, list[str]]]:
    """The competency's own (defined) cells on the track: position and indicator ids."""
    return [
        (index, [ind.id for ind in cell.indicators])
        for index, lv in enumerate(path)
        if isinstance(cell := comp.expectations.get(lv.id), Expectation)
    ]


def _basal_statuses(
    raw: dict[str, IndicatorStatus], rated: set[str], own: list[tuple[int, list[str]]]
) -> dict[str, IndicatorStatus]:
    """The statuses after the basal rule: the adaptive flow starts near the claimed level and only goes
    down when that level is not met, so unrated indicators below the lowest rated level that is met
    count as met ("implied")."""
    lowest_rated = next(((index, ids) for index, ids in own if any(i in rated for i in ids)), None)
    basal = -1
    if lowest_rated is not None:
        counted = [raw[i] for i in lowest_rated[1] if raw[i] != "na"]
        if all(s in ("met", "unverified") for s in counted):
            basal = lowest_rated[0]
    statuses = dict(raw)
    for index, cell_ids in own:
        if index < basal:
            statuses.update({i: "implied" for i in cell_ids if raw[i] == "missed" and i not in rated})
    return statuses


def _track_cells(comp: Competency, path: list[Level], statuses: dict[str, IndicatorStatus]) -> list[TrackCell]:
    """Every level of the track with its effective cell (``carry`` resolved) and how it counts."""
    cells: list[TrackCell] = []
    for lv, (cell, _defined_at) in zip(path, effective_cells(comp, path), strict=True):
        if cell is None:
            cells.append(TrackCell(lv, None, {}, "none"))
            continue
        cell_statuses = {ind.id: statuses.get(ind.id, "missed") for ind in cell.indicators}
        cells.append(TrackCell(lv, cell, cell_statuses, cell_status(cell_statuses.values())))
    return cells


def _floor(cells: list[TrackCell], passing: frozenset[CellStatus]) -> int:
    """The highest index up to which every cell passes (-1: not even the first)."""
    floor = -1
    for index, cell in enumerate(cells):
        if cell.status not in passing:
            break
        floor = index
    return floor


def _ceiling(cells: list[TrackCell], floor: int) -> int:
    """The highest index with any indicator rated 2 or 3; levels passed through none/carry cells count
    as reached, so never below the floor."""
    ceiling = -1
    for index, cell in enumerate(cells):
        if any(s in ("met", "unverified") for s in cell.statuses.values()):
            ceiling = index
    return max(ceiling, floor)


def _traps(ladder: Ladder, answers: Answers, comp: Competency, path: list[Level]) -> list[tuple[ContraIndicator, int]]:
    """The endorsed (2 or 3) contra-indicators of the competency, each with the highest position it allows."""
    return [
        (q, cap_position(ladder, path, q.caps_below))
        for q in ladder.questions
        if isinstance(q, ContraIndicator) and q.competency == comp.id and answers.contra.get(q.id, 0) >= 2
    ]


def evaluate(
    ladder: Ladder, answers: Answers, comp: Competency, path: list[Level], info: dict[str, IndicatorInfo]
) -> CompetencyWork:
    """The cells, floors and ceiling of one competency on one track, capped by endorsed contra-indicators."""
    skipped = comp.id in answers.skipped
    own = _own_cells(comp, path)
    raw = {i: raw_status(answers, i, info[i], skipped) for _index, cell_ids in own for i in cell_ids}
    rated = {i for i in raw if answers.ratings.get(i) in (0, 1, 2, 3)}
    cells = _track_cells(comp, path, _basal_statuses(raw, rated, own))
    floor = _floor(cells, STRICT_PASS)
    work = CompetencyWork(
        comp,
        cells,
        floor=floor,
        lenient=_floor(cells, LENIENT_PASS),
        ceiling=_ceiling(cells, floor),
        observed=bool(rated),
        traps=_traps(ladder, answers, comp, path),
    )
    if work.cap is not None:
        work.floor, work.lenient = min(work.floor, work.cap), min(work.lenient, work.cap)
    return work


# ---- flags: signs a person should look at ------------------------------------------------------------


def _met_in_full(ratings: list[Rating | None]) -> bool:
    """Every indicator not answered n/a is rated, and rated 2 or 3 (and at least one is)."""
    counted = [r for r in ratings if r is not None and r != "na"]
    return (
        bool(counted)
        and len(counted) == len([r for r in ratings if r != "na"])
        and all(isinstance(r, int) and r >= 2 for r in counted)
    )


def _inconsistent(comp: Competency, answers: Answers, work: CompetencyWork) -> list[str]:
    """Indicators of an own cell met in full while a lower own cell has an indicator rated 0 or 1."""
    flagged: list[str] = []
    lower_missed = False
    for cell in work.cells:
        own = comp.expectations.get(cell.level.id)
        if not isinstance(own, Expectation):
            continue
        ratings = [answers.ratings.get(ind.id) for ind in own.indicators]
        if lower_missed and _met_in_full(ratings):
            flagged += [ind.id for ind in own.indicators if answers.ratings.get(ind.id) not in (None, "na")]
        if any(isinstance(r, int) and r < 2 for r in ratings):
            lower_missed = True
    return flagged


def _mismatch(
    ladder: Ladder, path: list[Level], work: CompetencyWork, question: SituationalQuestion, option: Option
) -> Reason | None:
    """``situational_mismatch`` when the chosen option's level is two or more below the floor shown by
    ratings, or above the ceiling; None when it fits."""
    at = position(ladder, path, option.level)
    positions = [position(ladder, path, o.level) for o in question.options]
    # the floor as shown by ratings: levels passed only because nothing was required do not count
    rated_floor = max((i for i in range(work.floor + 1) if work.cells[i].status == "met"), default=-1)
    # picking the highest (lowest) choice there is cannot be too low (too high)
    below = at <= rated_floor - 2 and at < max(positions)
    above = at > work.ceiling and at > min(positions)
    if not (below or above):
        return None
    values: dict[str, ReasonValue] = {
        "question": question.id,
        "option": option.id,
        "level": option.level or "",
        "direction": "below" if below else "above",
    }
    return Reason(code="situational_mismatch", values=values)


def _situational_flags(ladder: Ladder, answers: Answers, path: list[Level], work: CompetencyWork) -> list[Reason]:
    """A flag for every situational question of the competency whose chosen option does not fit."""
    if not work.observed:
        return []
    flags: list[Reason] = []
    for question in ladder.questions:
        if not isinstance(question, SituationalQuestion) or question.competency != work.comp.id:
            continue
        chosen = answers.choices.get(question.id)
        option = next((o for o in question.options if o.id == chosen), None)
        if option is not None and (flag := _mismatch(ladder, path, work, question, option)) is not None:
            flags.append(flag)
    return flags


def _observation_flag(work: CompetencyWork, skipped: bool, not_observed: list[str], upto: int) -> list[Reason]:
    """``skipped``, else ``not_observed_all`` (nothing rated that the estimate depends on), else
    ``not_observed`` (levels answered n/a throughout)."""
    if skipped:
        return [Reason(code="skipped")]
    if not work.observed and any(c.status != "none" for c in work.cells[: upto + 1]):
        return [Reason(code="not_observed_all")]
    if not_observed:
        return [Reason(code="not_observed", values={"levels": ", ".join(not_observed)})]
    return []


# ---- the public result ------------------------------------------------------------------------------


def _progress(work: CompetencyWork, nxt: int) -> float | None:
    """The share of the next level's indicators met (n/a left out); None at the top or when all n/a."""
    if nxt >= len(work.cells):
        return None
    counted = [s for s in work.cells[nxt].statuses.values() if s != "na"]
    if not counted:
        return None
    return round(sum(1 for s in counted if s in MET) / len(counted), 4)


def _unverified(work: CompetencyWork) -> list[str]:
    """The indicators rated 2 or 3 without the example they need, once each, in track order."""
    unverified: list[str] = []
    for cell in work.cells:
        unverified += [i for i, s in cell.statuses.items() if s == "unverified" and i not in unverified]
    return unverified


def competency_result(
    ladder: Ladder, answers: Answers, path: list[Level], work: CompetencyWork, upto: int
) -> CompetencyResult:
    """The public result; ``upto`` is the last level the estimate depends on (the level after it)."""
    comp = work.comp
    nxt = work.floor + 1
    unverified = _unverified(work)
    not_observed = [cell.level.id for cell in work.cells if cell.status == "not_observed"]
    inconsistent = _inconsistent(comp, answers, work)
    skipped = comp.id in answers.skipped
    flags = _observation_flag(work, skipped, not_observed, upto)
    if unverified:
        flags.append(Reason(code="unverified", values={"count": len(unverified)}))
    if inconsistent:
        flags.append(Reason(code="inconsistent", values={"count": len(inconsistent)}))
    for question, _allowed in work.traps:
        flags.append(Reason(code="contra", values={"question": question.id, "caps_below": question.caps_below}))
    flags += _situational_flags(ladder, answers, path, work)
    return CompetencyResult(
        competency=comp.id,
        core=comp.core,
        weight=comp.weight,
        floor=level_id(path, work.shown(work.floor)),
        passes_up_to=level_id(path, work.floor),
        meets_all=work.floor == len(path) - 1,
        lenient_floor=level_id(path, work.lenient),
        ceiling=level_id(path, work.shown_ceiling),
        next_level=level_id(path, nxt),
        progress=_progress(work, nxt),
        observed=work.observed,
        skipped=skipped,
        cells=[CellResult(level=c.level.id, status=c.status, indicators=c.statuses) for c in work.cells],
        unverified=unverified,
        inconsistent=inconsistent,
        not_observed=not_observed,
        capped_by=work.traps[0][0].id if work.traps else None,
        cap=level_id(path, work.cap) if work.cap is not None else None,
        flags=flags,
    )
