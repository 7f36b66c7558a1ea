"""The development plan: focus areas, blockers first, 70-20-10 actions, SMART goals and dates."""

from __future__ import annotations

from datetime import date

import pytest
from scoring_fixtures import assess_fixture, fixture_ladder
from test_scoring import ARCH_EVIDENCE, L2, L3, L3_EVIDENCE, MGR, MGR_EVIDENCE

from pmladder import plan
from pmladder.errors import NotFoundError
from pmladder.i18n import t


def test_the_default_target_is_the_next_level_on_the_primary_track() -> None:
    result = assess_fixture(ratings=L2)
    assert (result.plan.track, result.plan.current, result.plan.target) == ("management", "l2", "l3")
    assert plan.default_target(fixture_ladder(), result.primary()) == "l3"


def test_blockers_come_first_then_weight_times_gap_then_ladder_order() -> None:
    result = assess_fixture(ratings=L2)
    areas = result.plan.focus
    assert [(a.competency, a.blocker, a.why, a.gap) for a in areas] == [
        ("analysis", True, ["core"], 1),
        ("design", False, ["gap"], 1),
        ("communication", False, ["gap"], 1),
    ]
    assert result.plan.strengths == []


def test_a_target_two_levels_up_makes_shortfall_blockers_and_a_longer_plan() -> None:
    result = assess_fixture(ratings=L2, target="l4")
    areas = result.plan.focus
    assert [(a.competency, a.why, a.gap) for a in areas] == [
        ("analysis", ["core", "shortfall"], 2),
        ("design", ["shortfall"], 2),
        # l4 carries communication's l3 requirement: one step short, not two
        ("communication", ["gap"], 1),
    ]
    assert (result.plan.reassess, result.plan.reassess_months) == ("2025-07-31", 6)


def test_a_planted_blocker_is_focus_area_one() -> None:
    # level three everywhere, but design never got past level one
    ratings = {**L3, "design.l2.1": 0, "design.l3.1": 1, "design.l3.2": 0}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE)
    assert result.primary().level == "l2"
    first = result.plan.focus[0]
    assert (first.competency, first.blocker, first.why) == ("design", True, ["shortfall"])
    assert [a.competency for a in result.plan.focus] == ["design"]
    assert result.plan.strengths == ["analysis", "communication"]


def test_each_area_lists_the_unmet_indicators_up_to_the_target() -> None:
    area = assess_fixture(ratings=L2).plan.focus[0]
    assert [(u.id, u.level, u.status, u.current) for u in area.unmet] == [
        ("analysis.l3.1", "l3", "missed", 1),
        ("analysis.l3.2", "l3", "missed", 0),
    ]
    assert area.evidence is not None and area.evidence.en == "A product analysis."


def test_unverified_and_unrated_indicators_are_unmet_too() -> None:
    ratings = {**L2, "design.l3.1": 2}
    ratings.pop("design.l3.2")
    area = next(a for a in assess_fixture(ratings=ratings).plan.focus if a.competency == "design")
    assert [(u.id, u.status, u.current) for u in area.unmet] == [
        ("design.l3.1", "unverified", 2),
        ("design.l3.2", "missed", None),
    ]


def test_actions_come_from_the_matching_entry_grouped_70_20_10() -> None:
    areas = {a.competency: a for a in assess_fixture(ratings=L2).plan.focus}
    # analysis has an entry for l3 exactly
    assert [(a.kind, a.text.en) for a in areas["analysis"].actions] == [
        ("experience", "Own the analysis of a product."),
        ("exposure", "Ask a senior colleague for a review."),
    ]
    # design has only an entry for any level
    assert [a.text.en for a in areas["design"].actions] == ["Sit in on design reviews."]
    # communication has an entry for l2 only: the nearest lower level
    assert [a.text.en for a in areas["communication"].actions] == ["Run a review."]


def test_the_nearest_lower_entry_is_chosen_and_sorted_by_kind() -> None:
    ladder = fixture_ladder()
    path = ["l1", "l2", "l3", "l4", "mgr"]
    entries = plan.development_for(ladder, "analysis", "l4", path)
    assert [d.to_level for d in entries] == ["l3"]
    entries = plan.development_for(ladder, "analysis", "l2", path)
    assert [d.to_level for d in entries] == ["l2"]
    assert plan.development_for(ladder, "team", "l4", path) == []


def test_the_smart_goal_names_the_behaviour_the_evidence_and_the_dates() -> None:
    area = assess_fixture(ratings=L2).plan.focus[0]
    assert area.goal.en == (
        "By 2025-04-30, make this true of my everyday work (Level three): “I analyse a whole product”. "
        "Evidence: A product analysis. Review progress on 2025-03-14."
    )
    assert (
        area.goal.zh
        == "在2025-04-30前，让“我能分析整个产品”成为我的常态（三级）。证据：一份产品分析。"
        "2025-03-14做一次中期回顾。"
    )


def test_check_in_is_six_weeks_and_reassessment_three_months_after() -> None:
    result = assess_fixture(ratings=L2)
    assert (result.plan.check_in, result.plan.reassess, result.plan.reassess_months) == (
        "2025-03-14",
        "2025-04-30",
        3,
    )


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
    ],
)
def test_months_are_calendar_months(day: date, months: int, expected: date) -> None:
    assert plan.add_months(day, months) == expected


def test_a_target_on_another_track_plans_on_that_track() -> None:
    result = assess_fixture(ratings=MGR, evidence=MGR_EVIDENCE, target="arch")
    assert result.primary_track == "management"
    assert (result.plan.track, result.plan.current, result.plan.target) == ("architect", "l4", "arch")
    assert [a.competency for a in result.plan.focus] == ["analysis", "design"]


def test_at_the_top_there_is_no_target_and_the_strengths_are_listed() -> None:
    ratings = {**MGR, "analysis.arch.1": 2, "design.arch.1": 2}
    result = assess_fixture(
        ratings=ratings, evidence={**MGR_EVIDENCE, **ARCH_EVIDENCE}
    )
    assert result.plan.target is None
    assert result.plan.strengths == ["analysis", "design", "communication", "team"]


def test_check_target_exists_names_the_levels() -> None:
    with pytest.raises(NotFoundError) as raised:
        plan.check_target_exists(fixture_ladder(), "boss")
    assert t(raised.value.code, "zh", **raised.value.params) == (
        "目标级别 'boss' 不是“测试职级体系”的级别；"
        "可选：l1（一级）、l2（二级）、l3（三级）、l4（四级）、mgr（经理）、arch（架构师）"
    )
    plan.check_target_exists(fixture_ladder(), "mgr")


def test_an_endorsed_trap_is_part_of_its_focus_area() -> None:
    ratings = {**L3, "design.l3.1": 1}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE, contra={"communication.pleaser": 3})
    area = next(a for a in result.plan.focus if a.competency == "communication")
    assert area.traps == ["communication.pleaser"]
    assert area.unmet == []  # every indicator is met: only the trap keeps it at l2
    other = next(a for a in result.plan.focus if a.competency == "design")
    assert other.traps == []
