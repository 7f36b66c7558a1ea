"""How sure the estimate is: counts over the answers and the confidence reasons, each worth points."""

from __future__ import annotations

from collections import Counter

from pmladder.model.answers import Answers, Rating
from pmladder.model.assessment import (
    CompetencyResult,
    Confidence,
    ConfidenceLevel,
    Reason,
    ReasonValue,
    Stats,
    TrackResult,
)
from pmladder.model.ladder import ContraIndicator, Ladder
from pmladder.scoring.cells import IndicatorInfo, backed, raw_status
from pmladder.scoring.competency import CompetencyWork

#: Straight-lining: at least this share of identical ratings across at least this many answers.
STRAIGHT_SHARE = 0.9
STRAIGHT_MIN = 8
#: Fewer answered items than this (or than the ladder has indicators) is "few answers".
FEW_ANSWERS = 8

#: Codes of Confidence.reasons, most serious first in a report (docs/assessment-method.md).
REASON_CODES = (
    "no_estimate",
    "undetermined",
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

#: A confidence reason and the points it costs (0 high, 1 medium, 2 or more low, summed).
Scored = tuple[int, Reason]


def _reason(points: int, code: str, **values: ReasonValue) -> Scored:
    return points, Reason(code=code, values=values)


# ---- counts over the answers --------------------------------------------------------------------------


def stats(ladder: Ladder, answers: Answers, info: dict[str, IndicatorInfo], primary: list[CompetencyWork]) -> Stats:
    """Counts over the answers: indicators, answered, n/a, met, unverified, implied, skipped."""
    ratings = {i: r for i, r in answers.ratings.items() if i in info}
    answered = [i for i, r in ratings.items() if r != "na"]
    met = unverified = 0
    for i in answered:
        status = raw_status(answers, i, info[i], False)
        met += status == "met"
        unverified += status == "unverified"
    # an indicator once, however many carry cells repeat it
    implied = {i for w in primary for cell in w.cells for i, s in cell.statuses.items() if s == "implied"}
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


# ---- the reasons, in the order they are found (the report orders them by points) ----------------------


def _no_estimate(primary: TrackResult) -> Scored | None:
    """Nothing rated on the track: there is no estimate, not enough to go on."""
    return _reason(2, "no_estimate") if primary.no_estimate else None


def _undetermined(primary: TrackResult) -> Scored | None:
    """The next level is left undetermined by core competencies with nothing rated; no points of its own
    (those competencies already count as ``unobserved``): it says what would settle it."""
    found = primary.undetermined
    if found is None:
        return None
    names = ", ".join(found.competencies)
    return _reason(0, "undetermined", level=found.level, count=len(found.competencies), competencies=names)


def _few_answers(counts: Stats) -> Scored | None:
    if counts.answered < min(FEW_ANSWERS, counts.indicators):
        return _reason(2, "few_answers", count=counts.answered)
    return None


def _unverified(counts: Stats) -> Scored | None:
    claimed = counts.met + counts.unverified
    if not counts.unverified or counts.unverified / claimed < 0.2:
        return None
    share = counts.unverified / claimed
    return _reason(2 if share >= 0.5 else 1, "unverified", share=round(share, 2), count=counts.unverified)


def _na_share(counts: Stats) -> Scored | None:
    if not counts.na or counts.na / (counts.answered + counts.na) < 0.15:
        return None
    share = counts.na / (counts.answered + counts.na)
    return _reason(2 if share >= 0.4 else 1, "na_share", share=round(share, 2), count=counts.na)


def _not_observed(primary: TrackResult) -> Scored | None:
    """Levels answered n/a throughout, of competencies that were otherwise rated."""
    not_observed = [(c.competency, lv) for c in primary.competencies if c.observed for lv in c.not_observed]
    if not not_observed:
        return None
    names = ", ".join(dict.fromkeys(c for c, _l in not_observed))
    return _reason(2 if len(not_observed) >= 3 else 1, "not_observed", count=len(not_observed), competencies=names)


def _required(result: CompetencyResult, upto: int | None = None) -> bool:
    """Whether the competency is required anywhere (up to position ``upto``) on the track."""
    cells = result.cells if upto is None else result.cells[: upto + 1]
    return any(x.status != "none" for x in cells)


def _unobserved(primary: TrackResult, counts: Stats) -> Scored | None:
    """Competencies with nothing rated, of those the estimate depends on: required at or below the next level."""
    upto = primary.index(primary.level) + 1
    unobserved = [c for c in primary.competencies if not c.observed and _required(c, upto)]
    if not unobserved or not counts.answered:
        return None
    core = [c for c in unobserved if c.core]
    names = ", ".join(c.competency for c in unobserved)
    points = 2 if core or len(unobserved) >= 3 else 1
    return _reason(points, "unobserved", count=len(unobserved), core=len(core), competencies=names)


def _inconsistent(primary: TrackResult) -> Scored | None:
    inconsistent = [c.competency for c in primary.competencies if c.inconsistent]
    if not inconsistent:
        return None
    points = 2 if len(inconsistent) >= 2 else 1
    return _reason(points, "inconsistent", count=len(inconsistent), competencies=", ".join(inconsistent))


def _situational(primary: TrackResult) -> Scored | None:
    mismatches = [f for c in primary.competencies for f in c.flags if f.code == "situational_mismatch"]
    if not mismatches:
        return None
    return _reason(2 if len(mismatches) >= 2 else 1, "situational_mismatch", count=len(mismatches))


def _same_value_at_two_levels(same: list[str], info: dict[str, IndicatorInfo]) -> bool:
    """Whether one competency got the value at two or more of its levels."""
    levels: dict[str, set[str]] = {}
    for i in same:
        levels.setdefault(info[i].competency, set()).add(info[i].level)
    return any(len(found) >= 2 for found in levels.values())


def _straight_lining(answers: Answers, info: dict[str, IndicatorInfo]) -> Scored | None:
    """``straight_lining`` (docs/assessment-method.md, section 5), or None.

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
    if not _same_value_at_two_levels(same, info):
        return None
    points = 1 if _examples_check(answers, same, value, info) else 2
    return _reason(points, "straight_lining", rating=value, share=round(count / len(answered), 2), count=len(answered))


def _examples_check(answers: Answers, same: list[str], value: Rating, info: dict[str, IndicatorInfo]) -> bool:
    """Whether the straight line is of 2s or 3s that ask for examples, every one backed by an example."""
    asking = [i for i in same if value in (2, 3) and info[i].needs_evidence]
    return bool(asking) and all(backed(answers, info[i]) for i in asking)


def _contra(ladder: Ladder, answers: Answers, primary: TrackResult) -> Scored | None:
    contra_ids = [q.id for q in ladder.questions if isinstance(q, ContraIndicator)]
    endorsed = [qid for qid in contra_ids if answers.contra.get(qid, 0) >= 2]
    if not endorsed:
        return None
    capping = sum(1 for c in primary.competencies if c.capped_by)
    return _reason(min(2, len(endorsed)), "contra", count=len(endorsed), questions=", ".join(endorsed), capping=capping)


def _skipped(primary: TrackResult) -> Scored | None:
    """What the PM chose to skip, named even when the estimate does not depend on it (no points: those it
    depends on already count as unobserved)."""
    skipped = [c for c in primary.competencies if c.skipped and _required(c)]
    if not skipped:
        return None
    names = ", ".join(c.competency for c in skipped)
    return _reason(0, "skipped", count=len(skipped), core=sum(c.core for c in skipped), competencies=names)


def confidence(
    ladder: Ladder, answers: Answers, counts: Stats, primary: TrackResult, info: dict[str, IndicatorInfo]
) -> Confidence:
    """Points per reason (docs/assessment-method.md, section 5): 0 high, 1 medium, 2 or more low."""
    candidates = [
        _no_estimate(primary),
        _undetermined(primary),
        _few_answers(counts),
        _unverified(counts),
        _na_share(counts),
        _not_observed(primary),
        _unobserved(primary, counts),
        _inconsistent(primary),
        _situational(primary),
        _straight_lining(answers, info),
        _contra(ladder, answers, primary),
        _skipped(primary),
    ]
    scored = [reason for reason in candidates if reason is not None]
    points = sum(p for p, _r in scored)
    level: ConfidenceLevel = "high" if points == 0 else "medium" if points == 1 else "low"
    ordered = [r for _p, r in sorted(scored, key=lambda pr: -pr[0])]
    return Confidence(level=level, reasons=ordered)
