"""A scorecard period worked out: attainment per KPI, weighted scores, incentives rule by rule, the levers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from pmladder.errors import Msg
from pmladder.model.scorecard import (
    AtLeast,
    AtMost,
    Award,
    Bonus,
    Count,
    Deduction,
    Growth,
    Incentive,
    Kpi,
    KpiResult,
    Lever,
    NotApplicable,
    Note,
    Pool,
    ProfitShare,
    Rating,
    Recognition,
    RuleOutcome,
    Scorecard,
    ScorecardResult,
    Section,
    SectionResult,
    Status,
    Text,
    walk_kpis,
    walk_sections,
)
from pmladder.scorecard_values import EPSILON, Entered

#: how many levers a result names at most
MAX_LEVERS = 3


@dataclass(frozen=True)
class Attained:
    """One KPI's attainment: the ratio to target, the credit it earns (0 when missed, else capped)."""

    value: float | None
    ratio: float | None
    credit: float
    status: Status
    na_reason: str | None = None


def target_value(kpi: Kpi) -> float:
    """The number a KPI is measured against (a growth's percent, a rating's score...)."""
    target = kpi.target
    return float(target.by) if isinstance(target, Growth) else float(target.value)


def _unit(kpi: Kpi, currency: str) -> object:
    """What follows a number of the KPI's unit: ``%``, a word (hours, days), a currency, or nothing."""
    if kpi.unit in ("percent", "change"):
        return "%"
    if kpi.unit == "hours":
        return Msg("scorecard.unit.hours")
    if kpi.unit == "days":
        return Msg("scorecard.unit.days")
    return f" {currency}" if kpi.unit == "money" else ""


def describe_target(kpi: Kpi, currency: str = "CNY") -> Msg:
    """The target of a KPI as a code and parameters, for a prompt or a report (≥ 85%, up 20% on last year...)."""
    target = kpi.target
    label = kpi.unit_label.model_dump() if kpi.unit_label is not None else ""
    if isinstance(target, Growth):
        code = "scorecard.target.growth" if target.by > 0 else "scorecard.target.cut"
        return Msg(code, {"by": abs(target.by), "baseline": target.baseline.model_dump()})
    if isinstance(target, Rating):
        raters = [r.name.model_dump() for r in target.raters]
        code = "scorecard.target.rating-by" if raters else "scorecard.target.rating"
        return Msg(code, {"value": target.value, "min": target.scale.min, "max": target.scale.max, "raters": raters})
    if isinstance(target, Count):
        return Msg("scorecard.target.count", {"value": target.value, "label": label})
    code = "scorecard.target.at-least" if isinstance(target, AtLeast) else "scorecard.target.at-most"
    return Msg(code, {"value": target.value, "unit": _unit(kpi, currency)})


def ratio_of(kpi: Kpi, value: float, cap: float) -> float:
    """How far ``value`` is toward the target: 1 on target, above 1 beyond it (see docs/scorecard.md).

    At least / count: value ÷ target. At most: target ÷ value (the cap when the value is 0). Growth:
    value ÷ growth (both signed, so a cut of 6 % against a cut of 5 % is 1.2). Rating: measured from the
    scale's bottom, (value − min) ÷ (target − min).
    """
    target = kpi.target
    if isinstance(target, AtMost):
        return cap if value <= 0 else target.value / value
    if isinstance(target, Rating):
        span = target.value - target.scale.min
        return cap if span <= 0 else (value - target.scale.min) / span
    goal = target_value(kpi)
    if goal == 0:
        return 1.0 if value >= 0 else 0.0
    return value / goal


def best_ratio(kpi: Kpi, cap: float) -> float:
    """The highest ratio a KPI can reach: the cap, or less when its unit ends first (100 %, a scale's top)."""
    target = kpi.target
    if isinstance(target, Rating):
        return min(cap, ratio_of(kpi, target.scale.max, cap))
    if kpi.unit == "percent" and kpi.direction == "up":
        return min(cap, ratio_of(kpi, 100.0, cap))
    return cap


def attain(kpi: Kpi, value: float | NotApplicable, card: Scorecard) -> Attained:
    """The attainment of one KPI for an entered value."""
    if isinstance(value, NotApplicable):
        return Attained(None, None, 0.0, "na", value.na)
    cap = kpi.cap if kpi.cap is not None else card.scoring.cap
    ratio = ratio_of(kpi, value, cap)
    return _judged(ratio, cap, card.scoring.partly_from, value)


def _judged(ratio: float, cap: float, partly_from: float, value: float | None) -> Attained:
    if ratio >= 1 - EPSILON:
        return Attained(value, ratio, min(ratio, cap), "met")
    if ratio >= partly_from - EPSILON:
        return Attained(value, ratio, max(ratio, 0.0), "partly")
    return Attained(value, ratio, 0.0, "missed")


# ---- weighted scores ------------------------------------------------------------------------------


def _kpi_result(kpi: Kpi, got: Attained, effective: float) -> KpiResult:
    return KpiResult(
        id=kpi.id, name=kpi.name, unit=kpi.unit, weight=kpi.weight, effective_weight=effective, value=got.value,
        na_reason=got.na_reason, target=target_value(kpi), ratio=got.ratio, credit=got.credit, status=got.status,
    )


def _scores(section: Section, attained: Mapping[str, Attained]) -> float | None:
    """A section's score (100 on target), its na KPIs left out and the rest renormalised; None if all na."""
    parts: list[tuple[float, float]] = []
    for kpi in section.kpis:
        got = attained[kpi.id]
        if got.status != "na":
            parts.append((kpi.weight, got.credit * 100))
    for sub in section.sections:
        score = _scores(sub, attained)
        if score is not None:
            parts.append((sub.weight, score))
    return _weighted(parts)


def _weighted(parts: list[tuple[float, float]]) -> float | None:
    total = sum(weight for weight, _ in parts)
    return sum(weight * score for weight, score in parts) / total if total > 0 else None


def _section_result(section: Section, attained: Mapping[str, Attained], effective: float) -> SectionResult:
    """The result of a section whose weight counts as ``effective`` in the total (after renormalising)."""
    live = [k.weight for k in section.kpis if attained[k.id].status != "na"]
    live += [s.weight for s in section.sections if _scores(s, attained) is not None]
    scale = effective / sum(live) if live else 0.0
    kpis = [
        _kpi_result(k, attained[k.id], 0.0 if attained[k.id].status == "na" else k.weight * scale)
        for k in section.kpis
    ]
    subs = [
        _section_result(s, attained, s.weight * scale if _scores(s, attained) is not None else 0.0)
        for s in section.sections
    ]
    return SectionResult(
        id=section.id, name=section.name, weight=section.weight, effective_weight=effective,
        score=_scores(section, attained), kpis=kpis, sections=subs,
    )


def total_score(sections: list[Section], attained: Mapping[str, Attained]) -> float | None:
    """The weighted total (100 on target), sections whose every KPI is na left out and the rest renormalised."""
    parts = [(s.weight, score) for s in sections if (score := _scores(s, attained)) is not None]
    return _weighted(parts)


def _section_scores(sections: list[Section], attained: Mapping[str, Attained]) -> dict[str, float | None]:
    found: dict[str, float | None] = {}
    for section in sections:
        found[section.id] = _scores(section, attained)
        found.update(_section_scores(section.sections, attained))
    return found


# ---- incentives -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What the incentive rules look at."""

    entered: Entered
    attained: Mapping[str, Attained]
    kpis: Mapping[str, Kpi]
    section_scores: Mapping[str, float | None]
    section_names: Mapping[str, Text]
    total: float | None


def _names(ctx: _Context, kpi_ids: list[str]) -> list[object]:
    """KPIs by their names (``{zh, en}``), for a reason's words; an id when the KPI is not scored here."""
    return [ctx.kpis[k].name.model_dump() if k in ctx.kpis else k for k in kpi_ids]


def _blockers(rule: Incentive, ctx: _Context) -> list[Note]:
    """Why a rule's conditions do not hold: KPIs not met, sections below 100, another stage."""
    stage = ctx.entered.stage
    if rule.stages and stage not in rule.stages:
        return [Note(code="scorecard.outcome.other-stage", params={"stage": stage, "stages": rule.stages})]
    found: list[Note] = []
    unmet = [k for k in rule.requires_met if k not in ctx.attained or ctx.attained[k].status in ("partly", "missed")]
    if unmet:
        found.append(Note(code="scorecard.outcome.not-met", params={"kpis": _names(ctx, unmet)}))
    unknown = [k for k in rule.requires_met if k in ctx.attained and ctx.attained[k].status == "na"]
    if unknown:  # a gate is not opened by a KPI left out, and the reason says it was left out
        found.append(Note(code="scorecard.outcome.gate-na", params={"kpis": _names(ctx, unknown)}))
    return found + [note for section_id in rule.requires_sections if (note := _short(ctx, section_id))]


def _short(ctx: _Context, section_id: str) -> Note | None:
    """Why a section does not reach 100 (it scored less, or every KPI in it is na); None when it does."""
    score = ctx.section_scores.get(section_id)
    name = ctx.section_names[section_id].model_dump() if section_id in ctx.section_names else section_id
    if score is None:
        return Note(code="scorecard.outcome.section-unscored", params={"section": name})
    if score < 100 - EPSILON:
        return Note(code="scorecard.outcome.section-below", params={"section": name, "score": score})
    return None


def _band_multiplier(rule: Bonus, score: float) -> float | None:
    for band in rule.bands:
        if band.from_ - EPSILON <= score and (band.to is None or score < band.to - EPSILON):
            return band.multiplier
    return None


def _bonus(rule: Bonus, ctx: _Context, base: float | None) -> RuleOutcome:
    if rule.multiplier is not None:
        multiplier: float | None = rule.multiplier
        reasons: list[Note] = []
    else:
        score = ctx.total if rule.score_of is None else ctx.section_scores.get(rule.score_of)
        if score is None:
            return _outcome(rule, "not-earned", [Note(code="scorecard.outcome.no-score")])
        multiplier = _band_multiplier(rule, score)
        if multiplier is None:
            return _outcome(rule, "not-earned", [Note(code="scorecard.outcome.below-bands", params={"score": score})])
        reasons = [Note(code="scorecard.outcome.band", params={"score": score, "multiplier": multiplier})]
    return _outcome(rule, "earned", reasons, multiplier=multiplier, amount=_times(base, multiplier))


def _times(base: float | None, factor: float | None) -> float | None:
    return None if base is None or factor is None else base * factor


def _outcome(rule: Incentive, status: str, reasons: list[Note], **figures: float | None) -> RuleOutcome:
    return RuleOutcome.model_validate(
        {"id": rule.id, "kind": rule.kind, "name": rule.name, "status": status, "reasons": reasons, **figures}
    )


def _shared(rule: Pool | ProfitShare, ctx: _Context) -> RuleOutcome:
    """A pool or profit share: an amount (a range for a profit share) when its facts were entered."""
    facts = ctx.entered.facts
    needed = [f for f in (rule.basis_fact, rule.share_fact) if f is not None and f not in facts]
    low, high = (rule.percent, rule.percent) if isinstance(rule, Pool) else (rule.percent_from, rule.percent_to)
    if rule.basis_fact is None:
        return _outcome(rule, "earned", [Note(code="scorecard.outcome.amount-outside")], percent=low)
    if needed:
        return _outcome(rule, "earned", [Note(code="scorecard.outcome.needs-facts", params={"facts": needed})],
                        percent=low)
    share = facts[rule.share_fact] / 100 if rule.share_fact is not None else 1.0
    basis = facts[rule.basis_fact]
    amount_to = basis * high / 100 * share if high != low else None
    return _outcome(rule, "earned", [], percent=low, amount=basis * low / 100 * share, amount_to=amount_to)


def _award(rule: Award | Recognition, ctx: _Context) -> RuleOutcome:
    if rule.milestone is not None and rule.id not in ctx.entered.reached:
        return _outcome(rule, "not-earned", [Note(code="scorecard.outcome.milestone-not-reached")])
    if isinstance(rule, Recognition):
        return _outcome(rule, "earned", [])
    if rule.amount_from is None:
        return _outcome(rule, "earned", [], amount=rule.amount)
    return _outcome(rule, "earned", [], amount=rule.amount_from, amount_to=rule.amount)


def _deduction_applies(rule: Deduction, ctx: _Context) -> list[str]:
    """The KPIs (of ``when_not_met``) that trigger the deduction: entered, and not met (na never does)."""
    return [k for k in rule.when_not_met if k in ctx.attained and ctx.attained[k].status in ("partly", "missed")]


def _deduct(rules: list[Incentive], outcomes: dict[str, RuleOutcome], ctx: _Context, base: float | None) -> None:
    """Apply each deduction to the bonus it names, in file order."""
    for rule in rules:
        if not isinstance(rule, Deduction) or outcomes[rule.id].status == "not-applicable":
            continue
        triggers = _deduction_applies(rule, ctx)
        if not triggers or outcomes[rule.id].status == "not-applied":
            outcomes[rule.id] = _outcome(rule, "not-applied", outcomes[rule.id].reasons, percent=rule.percent)
            continue
        note = Note(code="scorecard.outcome.not-met", params={"kpis": _names(ctx, triggers)})
        outcomes[rule.id] = _outcome(rule, "applied", [note], percent=rule.percent)
        bonus = outcomes.get(rule.applies_to)
        if bonus is not None and bonus.status == "earned" and bonus.multiplier is not None:
            multiplier = bonus.multiplier * (1 - rule.percent / 100)
            params = {"rule": rule.name.model_dump(), "percent": rule.percent}
            note = Note(code="scorecard.outcome.deducted", params=params)
            outcomes[bonus.id] = bonus.model_copy(
                update={"multiplier": multiplier, "amount": _times(base, multiplier), "reasons": [*bonus.reasons, note]}
            )


def _rule_outcome(rule: Incentive, ctx: _Context, base: float | None) -> RuleOutcome:
    blockers = _blockers(rule, ctx)
    if blockers and blockers[0].code == "scorecard.outcome.other-stage":
        return _outcome(rule, "not-applicable", blockers)
    if isinstance(rule, Deduction):  # its conditions gate it; its trigger is looked at in _deduct
        return _outcome(rule, "not-applied" if blockers else "applied", blockers, percent=rule.percent)
    if blockers:
        return _outcome(rule, "not-earned", blockers)
    if isinstance(rule, Bonus):
        return _bonus(rule, ctx, base)
    if isinstance(rule, Pool | ProfitShare):
        return _shared(rule, ctx)
    return _award(rule, ctx)


def incentives(card: Scorecard, ctx: _Context) -> list[RuleOutcome]:
    """Every incentive rule's outcome, in file order; deductions applied to the bonuses they name."""
    base = ctx.entered.base_pay
    outcomes = {rule.id: _rule_outcome(rule, ctx, base) for rule in card.incentives}
    _deduct(card.incentives, outcomes, ctx, base)
    return [outcomes[rule.id] for rule in card.incentives]


def pay_multiplier(outcomes: list[RuleOutcome]) -> float:
    """The bonuses earned, in multiples of base pay, after deductions."""
    return sum(o.multiplier or 0.0 for o in outcomes if o.kind == "bonus" and o.status == "earned")


# ---- the whole period -----------------------------------------------------------------------------


def _context(entered: Entered, attained: Mapping[str, Attained]) -> _Context:
    sections = entered.scorecard.sections_of(entered.stage)
    kpis = {kpi.id: kpi for kpi in walk_kpis(sections)}
    names = {s.id: s.name for s in walk_sections(sections)}
    scores = _section_scores(sections, attained)
    return _Context(entered, attained, kpis, scores, names, total_score(sections, attained))


def _lever(entered: Entered, attained: dict[str, Attained], kpi: Kpi, before: _Before) -> Lever | None:
    """What bringing ``kpi`` to its target (to its best when already met) would change; None: nothing."""
    card = entered.scorecard
    got = attained[kpi.id]
    best = best_ratio(kpi, kpi.cap if kpi.cap is not None else card.scoring.cap)
    if got.status == "na" or got.credit >= best - EPSILON:
        return None
    to: Literal["target", "cap"] = "cap" if got.status == "met" else "target"
    reach = best if to == "cap" else 1.0
    ctx = _context(entered, {**attained, kpi.id: replace(got, ratio=reach, credit=reach, status="met")})
    after = incentives(card, ctx)
    changed = [o.id for o in after if before.statuses.get(o.id) != o.status]
    score_gain = (ctx.total or 0.0) - (before.total or 0.0)
    pay_gain = pay_multiplier(after) - before.pay
    if pay_gain <= EPSILON and not changed and score_gain <= EPSILON:
        return None
    return Lever(kpi=kpi.id, name=kpi.name, to=to, score_gain=score_gain, pay_gain=pay_gain, rules=changed)


@dataclass(frozen=True)
class _Before:
    """The outcome levers are measured against."""

    statuses: Mapping[str, str]
    total: float | None
    pay: float


def _levers(
    entered: Entered, attained: dict[str, Attained], outcomes: list[RuleOutcome], total: float | None
) -> list[Lever]:
    """The KPIs whose improvement changes the outcome most: pay first, then rules changed, then score."""
    before = _Before({o.id: o.status for o in outcomes}, total, pay_multiplier(outcomes))
    kpis = walk_kpis(entered.scorecard.sections_of(entered.stage))
    found = [_lever(entered, attained, kpi, before) for kpi in kpis]
    levers = [lever for lever in found if lever is not None]
    levers.sort(key=lambda lv: (lv.pay_gain, len(lv.rules), lv.score_gain), reverse=True)
    return levers[:MAX_LEVERS]


def evaluate(entered: Entered) -> ScorecardResult:
    """The result of a period: attainment per KPI, section and total scores, incentives and levers."""
    card = entered.scorecard
    sections = card.sections_of(entered.stage)
    attained = {kpi.id: attain(kpi, entered.values[kpi.id], card) for kpi in walk_kpis(sections)}
    ctx = _context(entered, attained)
    outcomes = incentives(card, ctx)
    pay = pay_multiplier(outcomes)
    renormalised = any(got.status == "na" for got in attained.values())
    top = [s.weight for s in sections if ctx.section_scores[s.id] is not None]
    scale = 100 / sum(top) if top else 0.0
    return ScorecardResult(
        scorecard=card.id, name=card.name, period=entered.period, stage=entered.stage, currency=card.currency,
        base_pay=entered.base_pay, total=ctx.total, renormalised=renormalised,
        sections=[
            _section_result(s, attained, s.weight * scale if ctx.section_scores[s.id] is not None else 0.0)
            for s in sections
        ],
        incentives=outcomes, pay_multiplier=pay, levers=_levers(entered, attained, outcomes, ctx.total),
    )

