"""Scoring: turns a ladder and answers into an Assessment (pure; see docs/assessment-method.md)."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from pmladder.model.answers import Answers
from pmladder.model.assessment import (
    Assessment,
    Binding,
    CellResult,
    CellStatus,
    Change,
    CompetencyResult,
    Confidence,
    ConfidenceLevel,
    HoldsBack,
    IndicatorStatus,
    LevelCheck,
    Reason,
    ReasonValue,
    Stats,
    TrackResult,
)
from pmladder.model.ladder import (
    Competency,
    ContraIndicator,
    Expectation,
    Ladder,
    Lang,
    Level,
    SituationalQuestion,
    effective_cells,
)

#: Statuses that count as met in the strict and central estimates.
MET: frozenset[IndicatorStatus] = frozenset({"met", "implied"})
#: Cell statuses that pass a level strictly / leniently.
STRICT_PASS: frozenset[CellStatus] = frozenset({"met", "none"})
LENIENT_PASS: frozenset[CellStatus] = frozenset({"met", "unverified", "not_observed", "none"})

#: Straight-lining: at least this share of identical ratings across at least this many answers.
STRAIGHT_SHARE = 0.9
STRAIGHT_MIN = 8
#: Fewer answered items than this (or than the ladder has indicators) is "few answers".
FEW_ANSWERS = 8

Mode = Literal["strict", "central", "lenient"]

#: Codes of Confidence.reasons, most serious first in a report (docs/assessment-method.md).
REASON_CODES = (
    "few_answers",
    "unverified",
    "na_share",
    "not_observed",
    "unobserved",
    "inconsistent",
    "situational_mismatch",
    "straight_lining",
    "contra",
    "skipped",
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


# ---- per indicator ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Info:
    """Facts about one indicator that do not depend on the track."""

    competency: str
    level: str  # the level of the cell that defines it
    needs_evidence: bool
    cell: tuple[str, ...]  # the ids of every indicator of the same cell (one example backs them all)


def _indicator_info(ladder: Ladder) -> dict[str, _Info]:
    info: dict[str, _Info] = {}
    for comp in ladder.competencies:
        for level_id, cell in comp.expectations.items():
            if not isinstance(cell, Expectation):
                continue
            needs = ladder.needs_evidence(level_id)
            ids = tuple(ind.id for ind in cell.indicators)
            for ind_id in ids:
                info[ind_id] = _Info(comp.id, level_id, needs, ids)
    return info


def raw_status(answers: Answers, indicator_id: str, info: _Info, skipped: bool) -> IndicatorStatus:
    """How one indicator counts before the basal rule (unrated counts as missed, or n/a when skipped).

    A rating of 2 or 3 that needs evidence is verified by an example on any indicator of its cell.
    """
    rating = answers.ratings.get(indicator_id)
    if rating is None:
        return "na" if skipped else "missed"
    if rating == "na":
        return "na"
    if rating >= 2:
        backed = any(i in answers.evidence for i in info.cell)
        return "unverified" if info.needs_evidence and not backed else "met"
    return "missed"


def _cell_status(statuses: Iterable[IndicatorStatus]) -> CellStatus:
    counted = [s for s in statuses if s != "na"]
    if not counted:
        return "not_observed"
    if all(s in MET for s in counted):
        return "met"
    if all(s in MET or s == "unverified" for s in counted):
        return "unverified"
    return "missed"


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


def _cap_position(ladder: Ladder, path: list[Level], caps_below: str) -> int:
    """The highest index an endorsed contra-indicator allows: the level before ``caps_below``."""
    ids = [lv.id for lv in path]
    if caps_below in ids:
        return ids.index(caps_below) - 1
    level = ladder.level(caps_below)
    if level is None:
        return len(path) - 1
    return sum(1 for lv in path if lv.band < level.band) - 1


# ---- per competency on one track -------------------------------------------------------------------


@dataclass
class _Competency:
    """Working state of one competency on one track (positions are indices on the track)."""

    comp: Competency
    cells: list[tuple[Level, Expectation | None, dict[str, IndicatorStatus], CellStatus]]
    floor: int
    lenient: int
    ceiling: int
    observed: bool
    #: the endorsed contra-indicators of this competency, in ladder order, each with the highest
    #: position it allows
    traps: list[tuple[ContraIndicator, int]] = field(default_factory=list)

    @property
    def cap(self) -> int | None:
        """The highest position the endorsed contra-indicators allow (None: nothing caps it)."""
        return min((allowed for _question, allowed in self.traps), default=None)


def _evaluate(
    ladder: Ladder, answers: Answers, comp: Competency, path: list[Level], info: dict[str, _Info]
) -> _Competency:
    skipped = comp.id in answers.skipped
    # the competency's own (defined) cells on the track: position and indicator ids
    own = [
        (index, [ind.id for ind in cell.indicators])
        for index, lv in enumerate(path)
        if isinstance(cell := comp.expectations.get(lv.id), Expectation)
    ]
    raw = {i: raw_status(answers, i, info[i], skipped) for _index, cell_ids in own for i in cell_ids}
    rated = {i for i in raw if answers.ratings.get(i) in (0, 1, 2, 3)}

    # Basal rule: the adaptive flow starts near the claimed level and only goes down when that level is
    # not met, so unrated indicators below the lowest rated level that is met count as met ("implied").
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

    cells: list[tuple[Level, Expectation | None, dict[str, IndicatorStatus], CellStatus]] = []
    for lv, (cell, _defined_at) in zip(path, effective_cells(comp, path), strict=True):
        if cell is None:
            cells.append((lv, None, {}, "none"))
            continue
        cell_statuses = {ind.id: statuses.get(ind.id, "missed") for ind in cell.indicators}
        cells.append((lv, cell, cell_statuses, _cell_status(cell_statuses.values())))

    def floor_of(passing: frozenset[CellStatus]) -> int:
        floor = -1
        for index, (_lv, _cell, _st, status) in enumerate(cells):
            if status not in passing:
                break
            floor = index
        return floor

    floor = floor_of(STRICT_PASS)
    lenient = floor_of(LENIENT_PASS)
    ceiling = -1
    for index, (_lv, _cell, cell_statuses, _status) in enumerate(cells):
        if any(s in ("met", "unverified") for s in cell_statuses.values()):
            ceiling = index
    ceiling = max(ceiling, floor)  # levels passed through none/carry cells count as reached

    traps = [
        (q, _cap_position(ladder, path, q.caps_below))
        for q in ladder.questions
        if isinstance(q, ContraIndicator) and q.competency == comp.id and answers.contra.get(q.id, 0) >= 2
    ]
    work = _Competency(comp, cells, floor, lenient, ceiling, bool(rated), traps)
    if work.cap is not None:
        work.floor, work.lenient = min(floor, work.cap), min(lenient, work.cap)
    return work


def _inconsistent(comp: Competency, answers: Answers, work: _Competency) -> list[str]:
    """Indicators of an own cell met in full while a lower own cell has an indicator rated 0 or 1."""
    flagged: list[str] = []
    lower_missed = False
    for lv, _cell, _statuses, _status in work.cells:
        own = comp.expectations.get(lv.id)
        if not isinstance(own, Expectation):
            continue
        ratings = [answers.ratings.get(ind.id) for ind in own.indicators]
        counted = [r for r in ratings if r is not None and r != "na"]
        if (
            lower_missed
            and counted
            and len(counted) == len([r for r in ratings if r != "na"])
            and all(isinstance(r, int) and r >= 2 for r in counted)
        ):
            flagged += [ind.id for ind in own.indicators if answers.ratings.get(ind.id) not in (None, "na")]
        if any(isinstance(r, int) and r < 2 for r in counted):
            lower_missed = True
    return flagged


def _situational_flags(
    ladder: Ladder, answers: Answers, comp: Competency, path: list[Level], work: _Competency
) -> list[Reason]:
    flags: list[Reason] = []
    if not work.observed:
        return flags
    for question in ladder.questions:
        if not isinstance(question, SituationalQuestion) or question.competency != comp.id:
            continue
        chosen = answers.choices.get(question.id)
        option = next((o for o in question.options if o.id == chosen), None)
        if option is None:
            continue
        at = position(ladder, path, option.level)
        positions = [position(ladder, path, o.level) for o in question.options]
        # the floor as shown by ratings: levels passed only because nothing was required do not count
        rated_floor = max((i for i in range(work.floor + 1) if work.cells[i][3] == "met"), default=-1)
        # picking the highest (lowest) choice there is cannot be too low (too high)
        below = at <= rated_floor - 2 and at < max(positions)
        above = at > work.ceiling and at > min(positions)
        if below or above:
            flags.append(
                Reason(
                    code="situational_mismatch",
                    values={
                        "question": question.id,
                        "option": option.id,
                        "level": option.level or "",
                        "direction": "below" if below else "above",
                    },
                )
            )
    return flags


def _level_id(path: list[Level], index: int) -> str | None:
    return path[index].id if 0 <= index < len(path) else None


def _competency_result(
    ladder: Ladder, answers: Answers, path: list[Level], work: _Competency, upto: int
) -> CompetencyResult:
    """The public result; ``upto`` is the last level the estimate depends on (the level after it)."""
    comp = work.comp
    nxt = work.floor + 1
    progress: float | None = None
    if nxt < len(path):
        cell_statuses = work.cells[nxt][2]
        counted = [s for s in cell_statuses.values() if s != "na"]
        if counted:
            progress = round(sum(1 for s in counted if s in MET) / len(counted), 4)
    unverified: list[str] = []
    not_observed: list[str] = []
    for lv, _cell, cell_statuses, status in work.cells:
        unverified += [i for i, s in cell_statuses.items() if s == "unverified" and i not in unverified]
        if status == "not_observed":
            not_observed.append(lv.id)
    inconsistent = _inconsistent(comp, answers, work)
    skipped = comp.id in answers.skipped
    flags: list[Reason] = []
    if skipped:
        flags.append(Reason(code="skipped"))
    elif not work.observed and any(c[3] != "none" for c in work.cells[: upto + 1]):
        flags.append(Reason(code="not_observed_all"))
    elif not_observed:
        flags.append(Reason(code="not_observed", values={"levels": ", ".join(not_observed)}))
    if unverified:
        flags.append(Reason(code="unverified", values={"count": len(unverified)}))
    if inconsistent:
        flags.append(Reason(code="inconsistent", values={"count": len(inconsistent)}))
    for question, _allowed in work.traps:
        flags.append(Reason(code="contra", values={"question": question.id, "caps_below": question.caps_below}))
    flags += _situational_flags(ladder, answers, comp, path, work)
    return CompetencyResult(
        competency=comp.id,
        core=comp.core,
        weight=comp.weight,
        floor=_level_id(path, work.floor),
        lenient_floor=_level_id(path, work.lenient),
        ceiling=_level_id(path, work.ceiling),
        next_level=_level_id(path, nxt),
        progress=progress,
        observed=work.observed,
        skipped=skipped,
        cells=[CellResult(level=lv.id, status=status, indicators=st) for lv, _cell, st, status in work.cells],
        unverified=unverified,
        inconsistent=inconsistent,
        not_observed=not_observed,
        capped_by=work.traps[0][0].id if work.traps else None,
        cap=_level_id(path, work.cap) if work.cap is not None else None,
        flags=flags,
    )


# ---- overall level on one track ---------------------------------------------------------------------


#: A cell as seen by the shortfall count: (required?, the ids of its indicators).
CellKey = tuple[bool, tuple[str, ...]]


def steps_short(cells: Sequence[CellKey], floor: int, index: int) -> int:
    """How many requirement steps a competency with ``floor`` is short of level ``index``.

    Counted as the distinct required cells between the floor (exclusive) and the level (inclusive): a
    ``carry`` cell repeats the step before it and a ``none`` cell is no step, so a competency whose
    carried requirement is missed is one step short at every level that carries it, not one more per level.
    """
    return len({key for required, key in cells[floor + 1 : index + 1] if required})


def _keys(work: _Competency) -> list[CellKey]:
    return [(cell is not None, tuple(statuses)) for _lv, cell, statuses, _status in work.cells]


def _check_level(
    path: list[Level],
    index: int,
    floors: dict[str, int],
    works: list[_Competency],
    threshold: float,
    max_shortfall: int,
) -> LevelCheck:
    level = path[index]
    required = [w for w in works if w.cells[index][1] is not None]
    failing = [w for w in required if floors[w.comp.id] < index]
    total = sum(w.comp.weight for w in required)
    share = 1.0 if total == 0 else sum(w.comp.weight for w in required if floors[w.comp.id] >= index) / total
    core_failing = [w.comp.id for w in failing if w.comp.core]
    beyond = [w.comp.id for w in failing if steps_short(_keys(w), floors[w.comp.id], index) > max_shortfall]
    passed = not core_failing and not beyond and share >= threshold - 1e-9
    return LevelCheck(
        level=level.id,
        passed=passed,
        share=round(share, 4),
        required=[w.comp.id for w in required],
        failing=[w.comp.id for w in failing],
        core_failing=core_failing,
        beyond_shortfall=beyond,
    )


def overall(
    ladder: Ladder, path: list[Level], works: list[_Competency], mode: Mode
) -> tuple[int, list[LevelCheck]]:
    """The highest index whose level and every lower level pass, and the check of every level.

    A competency with nothing rated fails in the strict estimate, is left out of the central one and
    passes in the lenient one, so strict <= central <= lenient (docs/assessment-method.md, section 4).
    """
    if mode != "lenient" and not any(w.observed for w in works):
        return -1, [LevelCheck(level=lv.id, passed=False, share=0.0) for lv in path]
    threshold, max_shortfall = ladder.scoring.threshold, ladder.scoring.max_shortfall
    if mode == "strict":
        threshold, max_shortfall = 1.0, 0
        floors = {w.comp.id: w.floor for w in works}
    elif mode == "central":
        floors = {w.comp.id: w.floor for w in works if w.observed}
    else:
        floors = {w.comp.id: w.lenient if w.observed else len(path) - 1 for w in works}
    included = [w for w in works if w.comp.id in floors]
    checks = [_check_level(path, i, floors, included, threshold, max_shortfall) for i in range(len(path))]
    level = -1
    for index, check in enumerate(checks):
        if not check.passed:
            break
        level = index
    return level, checks


# ---- holds back: the smallest change that moves the estimate up one level ---------------------------


def _changes_to(
    ladder: Ladder, work: _Competency, answers: Answers, index: int, info: dict[str, _Info]
) -> list[Change]:
    """The answers that must change for ``work``'s floor to reach ``index``.

    One example verifies every rating of its cell, so an unverified cell needs one ``evidence`` change
    (filed under its first unverified indicator), not one per rating.
    """
    changes: list[Change] = []
    seen: set[str] = set()
    backed: set[tuple[str, ...]] = set()
    for _lv, _cell, statuses, _status in work.cells[: index + 1]:
        for ind_id, status in statuses.items():
            if ind_id in seen or status in MET:
                continue
            seen.add(ind_id)
            kind: Literal["raise", "evidence"] = "evidence" if status == "unverified" else "raise"
            if kind == "evidence":
                if info[ind_id].cell in backed:
                    continue
                backed.add(info[ind_id].cell)
            changes.append(
                Change(
                    kind=kind,
                    id=ind_id,
                    competency=work.comp.id,
                    level=info[ind_id].level,
                    current=answers.ratings.get(ind_id),
                )
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


def _why(work: _Competency, check: LevelCheck) -> list[Literal["core", "shortfall", "share"]]:
    why: list[Literal["core", "shortfall", "share"]] = []
    if work.comp.core:
        why.append("core")
    if work.comp.id in check.beyond_shortfall:
        why.append("shortfall")
    return why or ["share"]


def _holds_back(
    ladder: Ladder,
    answers: Answers,
    path: list[Level],
    works: list[_Competency],
    level: int,
    checks: list[LevelCheck],
    info: dict[str, _Info],
    track: str,
) -> HoldsBack | None:
    target = level + 1
    if target >= len(path) or not any(w.observed for w in works):
        return None
    check = checks[target]
    by_id = {w.comp.id: w for w in works}
    failing = [by_id[c] for c in check.failing]
    binding = [
        Binding(competency=w.comp.id, floor=_level_id(path, w.floor), why=_why(w, check)) for w in failing
    ]
    threshold, max_shortfall = ladder.scoring.threshold, ladder.scoring.max_shortfall
    required = [by_id[c] for c in check.required]
    total = sum(w.comp.weight for w in required)
    passing_weight = sum(w.comp.weight for w in required if w.comp.id not in check.failing)
    options: list[list[tuple[bool, list[Change]]]] = []
    for w in failing:
        full = _changes_to(ladder, w, answers, target, info)
        choices = [(True, full)]
        if not w.comp.core:
            # the lowest floor that is within max_shortfall steps of the target
            keys = _keys(w)
            within = next(
                m for m in range(w.floor, target + 1) if steps_short(keys, m, target) <= max_shortfall
            )
            partial = _changes_to(ladder, w, answers, within, info) if within > w.floor else []
            if len(partial) < len(full):
                choices.append((False, partial))
        options.append(choices)
    best: list[Change] | None = None
    best_key: tuple[int, int] | None = None
    if len(failing) <= 14:
        combos: Iterable[tuple[tuple[bool, list[Change]], ...]] = itertools.product(*options)
    else:  # pragma: no cover - no ladder has this many competencies; raise them all
        combos = [tuple(choices[0] for choices in options)]
    for combo in combos:
        weight = passing_weight + sum(
            w.comp.weight for w, (passes, _c) in zip(failing, combo, strict=True) if passes
        )
        if total and weight / total < threshold - 1e-9:
            continue
        changes = [change for _passes, cs in combo for change in cs]
        key = (len(changes), sum(1 for _p, cs in combo if cs))
        if best_key is None or key < best_key:
            best, best_key = changes, key
    return HoldsBack(
        track=track,
        current=_level_id(path, level),
        next_level=path[target].id,
        binding=binding,
        smallest_change=best or [],
    )


# ---- confidence -------------------------------------------------------------------------------------


def _confidence(
    ladder: Ladder, answers: Answers, stats: Stats, primary: TrackResult, info: dict[str, _Info]
) -> Confidence:
    """Points per reason (docs/assessment-method.md, section 5): 0 high, 1 medium, 2 or more low."""
    scored: list[tuple[int, Reason]] = []

    def add(points: int, code: str, **values: ReasonValue) -> None:
        scored.append((points, Reason(code=code, values=values)))

    if stats.answered < min(FEW_ANSWERS, stats.indicators):
        add(2, "few_answers", count=stats.answered)
    claimed = stats.met + stats.unverified
    if stats.unverified and stats.unverified / claimed >= 0.2:
        share = stats.unverified / claimed
        add(2 if share >= 0.5 else 1, "unverified", share=round(share, 2), count=stats.unverified)
    if stats.na and stats.na / (stats.answered + stats.na) >= 0.15:
        share = stats.na / (stats.answered + stats.na)
        add(2 if share >= 0.4 else 1, "na_share", share=round(share, 2), count=stats.na)
    not_observed = [(c.competency, lv) for c in primary.competencies if c.observed for lv in c.not_observed]
    if not_observed:
        names = ", ".join(dict.fromkeys(c for c, _l in not_observed))
        add(2 if len(not_observed) >= 3 else 1, "not_observed", count=len(not_observed), competencies=names)
    # only competencies the estimate depends on: required at or below the next level
    upto = primary.index(primary.level) + 1
    unobserved = [
        c
        for c in primary.competencies
        if not c.observed and any(x.status != "none" for x in c.cells[: upto + 1])
    ]
    if unobserved and stats.answered:
        core = [c for c in unobserved if c.core]
        names = ", ".join(c.competency for c in unobserved)
        add(
            2 if core or len(unobserved) >= 3 else 1,
            "unobserved",
            count=len(unobserved),
            core=len(core),
            competencies=names,
        )
    inconsistent = [c.competency for c in primary.competencies if c.inconsistent]
    if inconsistent:
        add(
            2 if len(inconsistent) >= 2 else 1,
            "inconsistent",
            count=len(inconsistent),
            competencies=", ".join(inconsistent),
        )
    mismatches = [f for c in primary.competencies for f in c.flags if f.code == "situational_mismatch"]
    if mismatches:
        add(2 if len(mismatches) >= 2 else 1, "situational_mismatch", count=len(mismatches))
    straight = _straight_lining(answers, info)
    if straight is not None:
        points, values = straight
        add(points, "straight_lining", **values)
    contra_ids = [q.id for q in ladder.questions if isinstance(q, ContraIndicator)]
    endorsed = [qid for qid in contra_ids if answers.contra.get(qid, 0) >= 2]
    if endorsed:
        capping = sum(1 for c in primary.competencies if c.capped_by)
        add(
            min(2, len(endorsed)),
            "contra",
            count=len(endorsed),
            questions=", ".join(endorsed),
            capping=capping,
        )
    # what the PM chose to skip, named even when the estimate does not depend on it (no points: those it
    # depends on already count as unobserved)
    skipped = [c for c in primary.competencies if c.skipped and any(x.status != "none" for x in c.cells)]
    if skipped:
        add(
            0,
            "skipped",
            count=len(skipped),
            core=sum(c.core for c in skipped),
            competencies=", ".join(c.competency for c in skipped),
        )
    points = sum(p for p, _r in scored)
    level: ConfidenceLevel = "high" if points == 0 else "medium" if points == 1 else "low"
    ordered = [r for _p, r in sorted(scored, key=lambda pr: -pr[0])]
    return Confidence(level=level, reasons=ordered)


def _straight_lining(answers: Answers, info: dict[str, _Info]) -> tuple[int, dict[str, ReasonValue]] | None:
    """Points and values of ``straight_lining``, or None (docs/assessment-method.md, section 5).

    Flagged when at least STRAIGHT_SHARE of at least STRAIGHT_MIN ratings are one value and that value
    was given at two or more levels of one competency: the same answer while the questionnaire walked
    up or down. (At the top of a track the questionnaire asks one level per competency, so an honest PM
    answers 2 throughout: that alone is no sign.) 2 points; 1 when the value is 2 or 3 and every such
    rating that asks for an example is backed by one for its cell (the examples are the check).
    """
    answered = {i: r for i, r in answers.ratings.items() if r != "na" and i in info}
    if len(answered) < STRAIGHT_MIN:
        return None
    value, count = Counter(answered.values()).most_common(1)[0]
    if count / len(answered) < STRAIGHT_SHARE:
        return None
    same = [i for i, r in answered.items() if r == value]
    levels: dict[str, set[str]] = {}
    for i in same:
        levels.setdefault(info[i].competency, set()).add(info[i].level)
    if all(len(found) < 2 for found in levels.values()):
        return None
    asking = [i for i in same if value in (2, 3) and info[i].needs_evidence]
    backed = [i for i in asking if any(j in answers.evidence for j in info[i].cell)]
    points = 1 if asking and len(backed) == len(asking) else 2
    return points, {"rating": value, "share": round(count / len(answered), 2), "count": len(answered)}


# ---- the whole assessment ---------------------------------------------------------------------------


def _stats(ladder: Ladder, answers: Answers, info: dict[str, _Info], primary: list[_Competency]) -> Stats:
    ratings = {i: r for i, r in answers.ratings.items() if i in info}
    answered = [i for i, r in ratings.items() if r != "na"]
    met = unverified = 0
    for i in answered:
        status = raw_status(answers, i, info[i], False)
        met += status == "met"
        unverified += status == "unverified"
    # an indicator once, however many carry cells repeat it
    implied = {i for w in primary for _lv, _c, st, _s in w.cells for i, s in st.items() if s == "implied"}
    known = {c.id for c in ladder.competencies}
    return Stats(
        indicators=len(info),
        answered=len(answered),
        na=len(ratings) - len(answered),
        met=met,
        unverified=unverified,
        implied=len(implied),
        skipped=len(known.intersection(answers.skipped)),
    )


def _rank(ladder: Ladder, result: TrackResult) -> tuple[int, int]:
    if result.level is None:
        return (0, -1)
    level = ladder.level(result.level)
    assert level is not None
    return (level.band, result.index(result.level))


def evaluate_track(
    ladder: Ladder, answers: Answers, track: str, path: list[Level], info: dict[str, _Info]
) -> tuple[TrackResult, list[_Competency], list[LevelCheck]]:
    """The result on one track (and the working state that holds-back needs)."""
    works = [_evaluate(ladder, answers, comp, path, info) for comp in ladder.competencies]
    level, checks = overall(ladder, path, works, "central")
    strict, _ = overall(ladder, path, works, "strict")
    lenient, _ = overall(ladder, path, works, "lenient")
    level_id = _level_id(path, level)
    level_obj = ladder.level(level_id) if level_id is not None else None
    result = TrackResult(
        track=track,
        path=[lv.id for lv in path],
        level=level_id,
        strict=_level_id(path, strict),
        lenient=_level_id(path, lenient),
        type=level_obj.type if level_obj is not None and ladder.types else None,
        levels=checks,
        competencies=[
            _competency_result(ladder, answers, path, w, level + 1) for w in works
        ],
    )
    return result, works, checks


def assess(
    ladder: Ladder, answers: Answers, *, ladder_sha256: str, created: datetime, lang: Lang = "en"
) -> Assessment:
    """The full assessment of ``answers`` against ``ladder`` (pure: the caller passes time and digest).

    Raises NotFoundError / UsageError (messages in ``lang``) when ``answers.track`` or ``answers.target``
    name no level of the ladder, or the target is not above the estimate.
    """
    from pmladder import plan as planning

    if created.tzinfo is None:
        raise ValueError("created must be an aware datetime")
    tracks = ladder.tracks()
    if answers.track is not None and answers.track not in tracks:
        planning.raise_unknown_track(ladder, answers.track, lang)
    info = _indicator_info(ladder)
    results: dict[str, tuple[TrackResult, list[_Competency], list[LevelCheck]]] = {
        name: evaluate_track(ladder, answers, name, path, info) for name, path in tracks.items()
    }
    if answers.track is not None:
        primary_name = answers.track
    else:
        primary_name = next(iter(results))
        for name, (result, _w, _c) in results.items():
            if _rank(ladder, result) > _rank(ladder, results[primary_name][0]):
                primary_name = name
    primary, works, checks = results[primary_name]
    path = tracks[primary_name]
    stats = _stats(ladder, answers, info, works)
    holds = _holds_back(
        ladder, answers, path, works, primary.index(primary.level), checks, info, primary_name
    )
    plan_track, target = planning.resolve_target(
        ladder, [r for r, _w, _c in results.values()], primary_name, answers.target, lang
    )
    the_plan = planning.make_plan(ladder, plan_track, answers, target, created)
    return Assessment(
        ladder=ladder.id,
        ladder_sha256=ladder_sha256,
        created=created.isoformat(timespec="seconds"),
        answers=answers,
        primary_track=primary_name,
        tracks=[r for r, _w, _c in results.values()],
        confidence=_confidence(ladder, answers, stats, primary, info),
        stats=stats,
        holds_back=holds,
        plan=the_plan,
    )
