"""Worked examples from the article's own figures, computed by hand, and the values a period refuses."""

from __future__ import annotations

from typing import Any

import pytest
from scorecard_support import FIXTURES, load_card, load_values, template

from pmladder.errors import InputError, PmladderError
from pmladder.i18n import t
from pmladder.model.scorecard import Kpi, RuleOutcome, Scorecard, ScorecardResult, walk_kpis
from pmladder.scorecard import evaluate
from pmladder.scorecard_values import read_number, read_values

#: every KPI of the industrial-value template exactly on target
ON_TARGET_1 = {
    "renewal": "85%", "satisfaction": 4.2, "issue-closure": 90, "revenue-growth": 20, "new-scenarios": 3,
    "defect-rate": 1, "core-usage": 60, "rd-utilisation": 80, "sales-rating": 4.0, "roadmap-completion": 90,
    "innovation-reserve": 2,
}


def _values_yaml(card: str, values: dict[str, Any], **extra: Any) -> str:
    import json

    lines = ["schema: pmladder/scorecard-values@1", f"scorecard: {card}", "period: 2026-H2"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in extra.items()]
    lines.append("values:")
    lines += [f"  {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "\n".join(lines) + "\n"


def _run(card: Scorecard, values: dict[str, Any], **extra: Any) -> ScorecardResult:
    loaded = load_values(_values_yaml(card.id, values, **extra))
    assert loaded.value is not None, [i.format() for i in loaded.issues]
    return evaluate(read_values(card, loaded.value, loaded.document))


def _rule(result: ScorecardResult, rule_id: str) -> RuleOutcome:
    return next(o for o in result.incentives if o.id == rule_id)


def _kpi(result: ScorecardResult, kpi_id: str) -> Any:
    found = [k for s in result.sections for sub in [s, *s.sections] for k in sub.kpis if k.id == kpi_id]
    return found[0]


# ---- case 1: industrial internet, after the change ------------------------------------------------


def test_case_1_after_the_change_renewal_88_and_revenue_up_25() -> None:
    """Renewal 88 % against ≥ 85 % (ratio 88/85), revenue +25 % against +20 % (1.25, capped at 1.2), the rest
    on target: 75 + 10 × 88/85 + 15 × 1.2 = 103.35, band 100-105, 1.0 × base pay."""
    card = template("industrial-value")
    result = _run(card, {**ON_TARGET_1, "renewal": "88%", "revenue-growth": 25}, base_pay=20000)
    assert result.total == pytest.approx(75 + 10 * 88 / 85 + 15 * 1.2)
    assert result.total == pytest.approx(103.3529, abs=1e-4)
    renewal, revenue = _kpi(result, "renewal"), _kpi(result, "revenue-growth")
    assert (renewal.status, renewal.ratio, renewal.credit) == ("met", pytest.approx(88 / 85), pytest.approx(88 / 85))
    assert (revenue.status, revenue.ratio, revenue.credit) == ("met", 1.25, 1.2)
    bonus = _rule(result, "performance-bonus")
    assert (bonus.status, bonus.multiplier, bonus.amount) == ("earned", 1.0, 20000)
    assert _rule(result, "usage-deduction").status == "not-applied"
    assert result.pay_multiplier == 1.0
    assert [s.score for s in result.sections] == [pytest.approx((70 + 10 * (88 / 85 - 1) + 15 * 0.2) / 70 * 100),
                                                   pytest.approx(100)]


def test_case_1_the_levers_are_the_kpis_that_reach_the_next_band() -> None:
    """103.35 + 2 (a weight-10 KPI from 1.0 to its best, 1.2) is 105.35: the 1.1 band, +0.1 × base pay."""
    result = _run(template("industrial-value"), {**ON_TARGET_1, "renewal": "88%", "revenue-growth": 25})
    assert [(lv.kpi, lv.to, round(lv.score_gain, 6), round(lv.pay_gain, 6)) for lv in result.levers] == [
        ("satisfaction", "cap", 2.0, 0.1),
        ("new-scenarios", "cap", 2.0, 0.1),
        ("defect-rate", "cap", 1.5, 0.0),
    ]


def test_case_1_core_feature_usage_missed_takes_20_percent_off() -> None:
    """Usage 54 % against ≥ 60 % is partly (0.9): 103.35 − 7.5 × 0.1 = 102.60, still 1.0, then −20 %: 0.8."""
    result = _run(template("industrial-value"), {**ON_TARGET_1, "renewal": "88%", "revenue-growth": 25,
                                                 "core-usage": 54}, base_pay=20000)
    assert _kpi(result, "core-usage").status == "partly"
    assert result.total == pytest.approx(103.3529 - 0.75, abs=1e-4)
    assert _rule(result, "usage-deduction").status == "applied"
    bonus = _rule(result, "performance-bonus")
    assert (bonus.multiplier, bonus.amount) == (pytest.approx(0.8), pytest.approx(16000))
    assert [r.code for r in bonus.reasons] == ["scorecard.outcome.band", "scorecard.outcome.deducted"]


def test_case_1_before_the_change_renewal_60_earns_no_bonus() -> None:
    """Renewal at 60 % (0.71 of 85 %) is missed: no credit (93 in all) and the bonus's gate is shut; bringing
    renewal to target is the lever that matters: the bonus comes back at 103, 1.0 × base pay."""
    result = _run(template("industrial-value"), {**ON_TARGET_1, "renewal": "60%", "revenue-growth": 25})
    assert _kpi(result, "renewal").status == "missed"
    assert result.total == pytest.approx(93.0)
    bonus = _rule(result, "performance-bonus")
    assert bonus.status == "not-earned" and bonus.reasons[0].code == "scorecard.outcome.not-met"
    assert t(bonus.reasons[0].code, "en", **bonus.reasons[0].params) == "not met: Key-customer renewal rate"
    assert t(bonus.reasons[0].code, "zh", **bonus.reasons[0].params) == "未达标：核心客户续约率"
    top = result.levers[0]
    assert (top.kpi, top.to, top.pay_gain, top.rules) == ("renewal", "target", 1.0, ["performance-bonus"])


def test_case_1_profit_share_and_award_amounts() -> None:
    result = _run(template("industrial-value"), ON_TARGET_1, facts={"three-year-revenue-growth": 10_000_000,
                  "team-share": "10%"}, reached=["innovation-award"])
    dividend = _rule(result, "project-dividend")
    assert (dividend.amount, dividend.amount_to) == (pytest.approx(50_000), pytest.approx(80_000))
    award = _rule(result, "innovation-award")
    assert (award.status, award.amount, award.amount_to) == ("earned", 100_000, 200_000)


# ---- case 2: lifecycle stages ---------------------------------------------------------------------

ON_TARGET_SUPPORT = {"collaboration-rating": {"by": {"sales": 4.0, "operations": 4.0, "rd": 4.0}},
                     "roadmap-completion": 90}


def test_case_2_growth_stage_transactions_up_35_percent() -> None:
    """Transactions +35 % against +15 % (2.33, capped at 1.2), the rest on target: 100 + 15 × 0.2 = 103."""
    values = {**ON_TARGET_SUPPORT, "new-accounts": 100, "feature-penetration": "50%", "gmv-growth": 35,
              "dispute-rate": 3, "new-channels": 2}
    result = _run(template("lifecycle-stages"), values, stage="growth", base_pay=10000,
                  facts={"excess-gross-profit": 1_000_000})
    assert result.total == pytest.approx(103.0)
    assert [s.id for s in result.sections] == ["support", "growth-core"]
    assert (_rule(result, "growth-bonus").multiplier, _rule(result, "growth-bonus").amount) == (1.0, 10000)
    dividend = _rule(result, "growth-dividend")
    assert (dividend.status, dividend.amount, dividend.amount_to) == ("earned", 20_000, 50_000)
    statuses = {o.id: o.status for o in result.incentives}
    assert statuses["efficiency-bonus"] == statuses["validation-subsidy"] == "not-applicable"
    assert statuses["career-path"] == "earned"


def test_case_2_mature_stage_efficiency_bonus_of_150_percent() -> None:
    """Retention 92 % against ≥ 90 %; fulfilment +20 %, settlement −30 %: on target, so 1.5 × base pay."""
    values = {**ON_TARGET_SUPPORT, "renewal": 92, "repurchase-growth": 10, "fulfilment-efficiency": 20,
              "settlement-time": -30, "logistics-cost": "-6%", "operating-cost": -8}
    result = _run(template("lifecycle-stages"), values, stage="mature", base_pay=10000)
    cut = _kpi(result, "logistics-cost")
    assert (cut.status, cut.ratio) == ("met", pytest.approx(1.2))
    assert result.total == pytest.approx(100 + 15 * (92 / 90 - 1) + 7.5 * 0.2)
    bonus = _rule(result, "efficiency-bonus")
    assert (bonus.status, bonus.multiplier, bonus.amount) == ("earned", 1.5, 15000)


def test_case_2_start_up_awards_for_validation_and_a_pilot() -> None:
    values = {**ON_TARGET_SUPPORT, "customer-feedback": 52, "validation-rate": 70, "prototype-rounds": 3,
              "partners": 2}
    result = _run(template("lifecycle-stages"), values, stage="startup", reached=["pilot-award"])
    assert [(o.id, o.amount) for o in result.incentives if o.status == "earned" and o.amount] == [
        ("validation-subsidy", 50_000), ("pilot-award", 80_000)]


# ---- case 3: team and individual ------------------------------------------------------------------

ON_TARGET_3 = {
    "response-rate": 95, "team-goal": 100, "collaboration-rating": {"by": {"sales": 4.6, "customer-success": 4.4,
    "rd": 4.5}}, "release-plan": 90, "issue-resolution": 90, "follow-up-time": -30, "conversion-uplift": 5,
    "adopted-suggestions": 3, "innovation-revenue": 5,
}


def test_case_3_after_the_change_response_98_team_goal_90() -> None:
    """Response 98 % (98/95), team goal 90 % of 100 % (partly, 0.9): 15 × 98/95 + 15 × 0.9 + 10 + 60 = 98.97.
    The pool waits for the team goal; the individual bonus (1.0) and the collaboration bonus (0.3) are paid.
    The raters' scores average 4.5, each group weighing the same."""
    result = _run(template("team-and-individual"), {**ON_TARGET_3, "response-rate": 98, "team-goal": 90},
                  facts={"team-revenue": 2_000_000, "contribution-share": 25})
    assert result.total == pytest.approx(15 * 98 / 95 + 15 * 0.9 + 10 + 60)
    assert _kpi(result, "collaboration-rating").value == pytest.approx(4.5)
    assert _rule(result, "team-pool").status == "not-earned"
    assert result.pay_multiplier == pytest.approx(1.3)
    assert result.levers[0].kpi == "team-goal" and result.levers[0].rules == ["team-pool"]


def test_case_3_team_pool_shared_by_contribution() -> None:
    result = _run(template("team-and-individual"), ON_TARGET_3, facts={"team-revenue": 2_000_000,
                  "contribution-share": "25%"})
    pool = _rule(result, "team-pool")
    assert (pool.status, pool.amount) == ("earned", pytest.approx(2_000_000 * 0.03 * 0.25))


def test_a_kpi_marked_na_is_left_out_and_its_section_renormalised() -> None:
    """Innovation revenue na: adopted suggestions (4 of 3, capped 1.2) carry the innovation 15 alone;
    individual = (25 × 100 + 20 × 100 + 15 × 120) / 60 = 105, total = 0.4 × 100 + 0.6 × 105 = 103."""
    values = {**ON_TARGET_3, "adopted-suggestions": 4, "innovation-revenue": {"na": "no new feature shipped"}}
    result = _run(template("team-and-individual"), values)
    assert result.renormalised
    assert result.total == pytest.approx(103.0)
    na = _kpi(result, "innovation-revenue")
    assert (na.status, na.na_reason, na.effective_weight) == ("na", "no new feature shipped", 0.0)
    assert _kpi(result, "adopted-suggestions").effective_weight == pytest.approx(15.0)


# ---- bad values -----------------------------------------------------------------------------------

MINI_VALUES = """schema: pmladder/scorecard-values@1
scorecard: mini
period: 2026-H2
values:
  renewal: 88%
  defects: 0.5
  rating: {by: {sales: 4.6, rd: 4.4}}
"""

#: (what changes in MINI_VALUES, the code, where: line:col), counted by hand
BAD_VALUES = {
    "negative": ("renewal: 88%", "renewal: -5", "scorecard.value-negative", "5:12"),
    "above 100 %": ("renewal: 88%", "renewal: 120%", "scorecard.value-above-unit", "5:12"),
    "infinite, as text": ("renewal: 88%", "renewal: inf", "scorecard.value-not-finite", "5:12"),
    "words": ("renewal: 88%", "renewal: lots", "scorecard.value-unreadable", "5:12"),
    "off the scale": ("sales: 4.6", "sales: 6", "scorecard.value-off-scale", "7:11"),
    "an unknown rater": ("rd: 4.4", "pm: 4.4", "scorecard.value-unknown-rater", "7:11"),
    "an unknown KPI": ("  renewal: 88%", "  renewl: 88%", "scorecard.value-unknown-kpi", "5:3"),
    "a KPI left out": ("  defects: 0.5\n", "", "scorecard.values-missing", "4:1"),
    "another scorecard": ("scorecard: mini", "scorecard: maxi", "scorecard.values-other-scorecard", "2:12"),
    "a stage on a card without": ("period: 2026-H2", "period: 2026-H2\nstage: growth", "scorecard.values-no-stages",
                                  "4:8"),
    "a milestone of no rule": ("values:", "reached: [bonus]\nvalues:", "scorecard.value-unknown-milestone", "4:11"),
    "a fact below zero": ("values:", "facts: {revenue: -1}\nvalues:", "scorecard.value-negative", "4:18"),
}


@pytest.fixture(scope="module")
def mini() -> Scorecard:
    loaded = load_card((FIXTURES / "mini.yaml").read_text(encoding="utf-8"))
    card: Scorecard = loaded.value
    return card


@pytest.mark.parametrize("name", list(BAD_VALUES))
def test_bad_values_are_refused_with_their_code_where_they_are(mini: Scorecard, name: str) -> None:
    old, new, code, where = BAD_VALUES[name]
    assert MINI_VALUES.count(old) == 1
    loaded = load_values(MINI_VALUES.replace(old, new))
    assert loaded.value is not None, [i.format() for i in loaded.issues]
    with pytest.raises(InputError) as caught:
        read_values(mini, loaded.value, loaded.document)
    error = caught.value
    assert error.code == code
    assert error.location is not None
    assert (error.location.file, f"{error.location.line}:{error.location.col}") == ("values.yaml", where)
    for lang in ("zh", "en"):
        assert t(error.code, lang, **error.params)


@pytest.mark.parametrize("typed", [".inf", "-.inf", ".nan"])
def test_yaml_infinities_are_refused_by_the_reader_already(typed: str) -> None:
    loaded = load_values(MINI_VALUES.replace("renewal: 88%", f"renewal: {typed}"))
    assert loaded.value is None
    assert [(i.code, i.line, i.col) for i in loaded.issues] == [("number-not-finite", 5, 12)]


def test_the_mini_values_are_read(mini: Scorecard) -> None:
    loaded = load_values(MINI_VALUES)
    entered = read_values(mini, loaded.value, loaded.document)
    assert entered.values == {"renewal": 88.0, "defects": 0.5, "rating": pytest.approx(4.5)}


def _kpi_of(card: Scorecard, kpi_id: str) -> Kpi:
    return next(k for k in walk_kpis(card.sections) if k.id == kpi_id)


#: (KPI of mini.yaml, as typed, how the template reads bare percents, the value or the code refused)
READINGS: list[tuple[str, Any, str | None, float | str]] = [
    ("renewal", "85", "points", 85.0),
    ("renewal", 85, "points", 85.0),
    ("renewal", "85%", None, 85.0),
    ("renewal", " 85 ％", None, 85.0),
    ("renewal", 0.85, "fraction", 85.0),
    ("renewal", "0.85", "fraction", 85.0),
    ("renewal", "85%", "fraction", 85.0),
    ("renewal", 0.29, "fraction", pytest.approx(29.0)),
    ("renewal", 85, None, "scorecard.value-percent-ambiguous"),
    ("renewal", 1.2, "fraction", "scorecard.value-above-unit"),
    ("renewal", "-1%", None, "scorecard.value-negative"),
    ("renewal", True, "points", "scorecard.value-unreadable"),
    ("rating", "4.5%", None, "scorecard.value-percent-sign"),
    ("rating", 0.5, None, "scorecard.value-off-scale"),
    ("rating", "nan", None, "scorecard.value-not-finite"),
]


@pytest.mark.parametrize(("kpi_id", "typed", "reading", "expected"), READINGS)
def test_reading_a_typed_value(mini: Scorecard, kpi_id: str, typed: Any, reading: str | None,
                               expected: float | str) -> None:
    kpi = _kpi_of(mini, kpi_id)
    if isinstance(expected, str):
        with pytest.raises(PmladderError) as caught:
            read_number(kpi, typed, reading)
        assert caught.value.code == expected
        assert caught.value.location is None
    else:
        assert read_number(kpi, typed, reading) == expected


def test_counts_are_whole_and_changes_may_fall_but_not_below_minus_100() -> None:
    card = template("lifecycle-stages")
    every = card.every_kpi()
    count = next(k for k in every if k.id == "partners")
    change = next(k for k in every if k.id == "gmv-growth")
    with pytest.raises(PmladderError) as whole:
        read_number(count, 2.5, "points")
    assert whole.value.code == "scorecard.value-not-whole"
    assert read_number(change, "-12%", None) == -12
    with pytest.raises(PmladderError) as caught:
        read_number(change, -120, "points")
    assert caught.value.code == "scorecard.value-below-unit"


def test_a_staged_card_needs_a_stage_and_values_of_that_stage_only() -> None:
    card = template("lifecycle-stages")
    loaded = load_values(_values_yaml(card.id, ON_TARGET_SUPPORT))
    with pytest.raises(InputError) as caught:
        read_values(card, loaded.value, loaded.document)
    assert (caught.value.code, caught.value.params) == (
        "scorecard.values-stage-missing", {"valid": ["startup", "growth", "mature"]})
    loaded = load_values(_values_yaml(card.id, ON_TARGET_SUPPORT, stage="launch"))
    with pytest.raises(InputError) as caught:
        read_values(card, loaded.value, loaded.document)
    assert caught.value.code == "scorecard.values-unknown-stage"
    assert caught.value.location is not None
    assert (caught.value.location.line, caught.value.location.col) == (4, 8)
    loaded = load_values(_values_yaml(card.id, {**ON_TARGET_SUPPORT, "renewal": 92}, stage="growth"))
    with pytest.raises(InputError) as caught:
        read_values(card, loaded.value, loaded.document)
    assert caught.value.code == "scorecard.value-other-stage"
    assert caught.value.location is not None and caught.value.location.line == 8


def test_a_result_dumps_to_json_with_its_schema() -> None:
    result = _run(template("industrial-value"), ON_TARGET_1)
    data = result.model_dump(mode="json", by_alias=True)
    assert data["schema"] == "pmladder/scorecard-result@1"
    assert data["total"] == pytest.approx(100.0)
    assert ScorecardResult.model_validate(data) == result


# ---- why a rule gives what it gives ---------------------------------------------------------------

MINI_TEXT = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")
NA = {"na": "not measured"}

#: (change to mini.yaml, values, the bonus's status, its reason codes, the total), worked by hand
OUTCOMES: dict[str, tuple[tuple[str, str], dict[str, Any], str, list[str], float | None]] = {
    "on target: the top band": (("", ""), {"renewal": 85, "defects": 1, "rating": 4.5}, "earned",
                                ["scorecard.outcome.band"], 100.0),
    "the gate's KPI left out": (("", ""), {"renewal": NA, "defects": 1, "rating": 4.5}, "not-earned",
                                ["scorecard.outcome.gate-na"], 100.0),
    "the gate's KPI missed": (("", ""), {"renewal": 60, "defects": 1, "rating": 4.5}, "not-earned",
                              ["scorecard.outcome.not-met"], 60.0),
    "nothing measured": (("    requires_met: [renewal]\n", ""), {"renewal": NA, "defects": NA, "rating": NA},
                         "not-earned", ["scorecard.outcome.no-score"], None),
    "below the first band": (("{from: 0, to: 100", "{from: 50, to: 100"), {"renewal": 85, "defects": 5, "rating": 1},
                             "not-earned", ["scorecard.outcome.below-bands"], 40.0),
}


@pytest.mark.parametrize("name", list(OUTCOMES))
def test_why_the_bonus_is_or_is_not_earned(name: str) -> None:
    (old, new), values, status, codes, total = OUTCOMES[name]
    loaded = load_card(MINI_TEXT.replace(old, new) if old else MINI_TEXT)
    result = _run(loaded.value, values)
    bonus = _rule(result, "bonus")
    assert (bonus.status, [r.code for r in bonus.reasons]) == (status, codes)
    assert result.total == (None if total is None else pytest.approx(total))
    for note in bonus.reasons:
        assert t(note.code, "en", **note.params) and t(note.code, "zh", **note.params)


def test_a_rule_of_another_stage_and_a_section_left_out_say_so() -> None:
    values = {**ON_TARGET_SUPPORT, "new-accounts": 100, "feature-penetration": 50, "gmv-growth": 15,
              "dispute-rate": 3, "new-channels": 2}
    other = _rule(_run(template("lifecycle-stages"), values, stage="growth"), "efficiency-bonus")
    assert t(other.reasons[0].code, "en", **other.reasons[0].params) == "applies in stage(s) mature, not in growth"
    individual = ["release-plan", "issue-resolution", "follow-up-time", "conversion-uplift", "adopted-suggestions",
                  "innovation-revenue"]
    result = _run(template("team-and-individual"), {**ON_TARGET_3, **dict.fromkeys(individual, NA)})
    base = _rule(result, "base-bonus")
    assert (base.status, t(base.reasons[0].code, "en", **base.reasons[0].params)) == (
        "not-earned", "Individual contribution has no score (every KPI in it is na)")
    assert result.total == pytest.approx(100.0)  # the team's 40 alone, renormalised
