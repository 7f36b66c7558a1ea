"""The interactive scorecard as data: the questions of a period, typed answers read by pure functions, undo."""

from __future__ import annotations

import pytest
from scorecard_support import template

from pmladder.errors import PmladderError
from pmladder.model.scorecard import ByRaters, NotApplicable
from pmladder.scorecard_asking import (
    Answers,
    NeedsReason,
    answer,
    back,
    next_question,
    questions,
    read_fact_line,
    read_typed,
    read_yes_no,
    to_values,
)


def test_the_questions_of_case_1_are_its_kpis_then_facts_then_milestones() -> None:
    asked = questions(template("industrial-value"), None)
    assert [q.key for q in asked][-3:] == ["fact:three-year-revenue-growth", "fact:team-share",
                                           "reached:innovation-award"]
    assert sum(q.kind == "kpi" for q in asked) == 11
    first = asked[0]
    assert [p.en for p in first.path] == ["Core KPIs", "Customer value"]


def test_a_stage_asks_only_its_own_kpis_and_rules() -> None:
    card = template("lifecycle-stages")
    for stage in ("startup", "growth", "mature"):
        asked = [q.id for q in questions(card, stage) if q.kind == "kpi"]
        own = [k.id for s in card.sections_of(stage) for k in _kpis(s)]
        assert asked == own


def _kpis(section: object) -> list[object]:
    from pmladder.model.scorecard import walk_kpis

    return list(walk_kpis([section]))  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("typed", "reading", "value"),
    [("85", "points", "85%"), ("85%", None, "85%"), ("0.85", "fraction", "85%"), ("85 %", "fraction", "85%"),
     ("８５％", None, "85%"), ("100", "points", "100%")],
)
def test_a_percent_is_read_as_the_template_says(typed: str, reading: str | None, value: str) -> None:
    renewal = next(k for k in template("industrial-value").every_kpi() if k.id == "renewal")
    assert read_typed(renewal, typed, reading) == value


@pytest.mark.parametrize(
    ("typed", "code"),
    [("85", "scorecard.value-percent-ambiguous"), ("101%", "scorecard.value-above-unit"),
     ("-1%", "scorecard.value-negative"), ("inf", "scorecard.value-not-finite"),
     ("lots", "scorecard.value-unreadable")],
)
def test_a_bad_percent_is_refused_with_the_values_files_code(typed: str, code: str) -> None:
    renewal = next(k for k in template("industrial-value").every_kpi() if k.id == "renewal")
    with pytest.raises(PmladderError) as raised:
        read_typed(renewal, typed, None)
    assert raised.value.code == code


def test_na_a_count_and_raters() -> None:
    card = template("team-and-individual")
    kpis = {k.id: k for k in card.every_kpi()}
    anyone = next(iter(kpis.values()))
    assert read_typed(anyone, "na", "points") == NeedsReason()
    assert read_typed(anyone, "N/A：客户未上线", "points") == NotApplicable(na="客户未上线")
    rated = next(k for k in kpis.values() if getattr(k.target, "raters", None))
    raters = [r.id for r in rated.target.raters]  # type: ignore[union-attr]
    entry = read_typed(rated, f"{raters[0]}=4 {raters[1]}=5", "points")
    assert entry == ByRaters(by={raters[0]: 4.0, raters[1]: 5.0})
    with pytest.raises(PmladderError) as raised:
        read_typed(rated, "nobody=4", "points")
    assert raised.value.code == "scorecard.value-unknown-rater"


def test_facts_and_milestones() -> None:
    assert (read_fact_line(""), read_fact_line("10%"), read_fact_line("1,000,000")) == (None, 10.0, 1000000.0)
    assert [read_yes_no(x) for x in ("", "y", "是", "n", "maybe")] == [False, True, True, False, None]


def test_answers_are_undone_in_the_order_given_and_become_a_values_file() -> None:
    card = template("industrial-value")
    asked = questions(card, None)
    answers = Answers.empty()
    answers = answer(answers, asked[0], "88%")
    answers = answer(answers, asked[1], NotApplicable(na="no survey"))
    assert next_question(asked, answers) == asked[2]
    undone, key = back(answers)
    assert key == "kpi:satisfaction" and undone.values == {"renewal": "88%"}
    assert back(Answers.empty()) == (Answers.empty(), None)
    values = to_values(card, "2026-H2", None, answers)
    assert (values.scorecard, values.period, values.values["renewal"]) == ("industrial-value", "2026-H2", "88%")
