"""The assessment method on a small fixture ladder: floors, the level rule, range, confidence, holds-back."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_fixtures import CREATED, PERSONAS, assess_fixture, fixture_ladder, load_persona, run
from words import raises_in_words

from pmladder import assess as use_case
from pmladder import scoring
from pmladder.errors import NotFoundError, UsageError
from pmladder.i18n import error_text, t
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment, CompetencyResult, TrackResult

# A PM who meets levels one and two everywhere and little of level three.
L2: dict[str, Any] = {
    "analysis.l1.1": 3,
    "analysis.l1.2": 2,
    "analysis.l2.1": 2,
    "analysis.l2.2": 3,
    "analysis.l3.1": 1,
    "analysis.l3.2": 0,
    "design.l2.1": 2,
    "design.l3.1": 1,
    "design.l3.2": 1,
    "communication.l1.1": 3,
    "communication.l2.1": 2,
    "communication.l3.1": 1,
}
L3_EVIDENCE = {
    "analysis.l3.1": "Product X analysis",
    "analysis.l3.2": "Competitor grid for X",
    "design.l3.1": "Redesign of X",
    "design.l3.2": "Design review I ran",
    "communication.l3.1": "Turned down feature Y with data",
}
L3 = {
    **L2,
    "analysis.l3.1": 2,
    "analysis.l3.2": 3,
    "design.l3.1": 2,
    "design.l3.2": 2,
    "communication.l3.1": 2,
    "analysis.l4.1": 1,
    "design.l4.1": 0,
    "team.l4.1": 1,
}


def main(result: Assessment) -> TrackResult:
    track = result.track("management")
    assert track is not None
    return track


def comp(result: Assessment, competency: str, track: str = "management") -> CompetencyResult:
    found = result.track(track)
    assert found is not None
    c = found.competency(competency)
    assert c is not None
    return c


def codes(result: Assessment) -> list[str]:
    return [r.code for r in result.confidence.reasons]


# ---- the level rule ---------------------------------------------------------------------------------


def test_a_pm_meeting_two_levels_lands_on_the_second() -> None:
    result = assess_fixture(ratings=L2)
    track = main(result)
    assert (track.level, track.strict, track.lenient) == ("l2", "l2", "l2")
    assert track.type == "passive"
    assert result.primary_track == "management"
    assert result.confidence.level == "high", result.confidence.reasons
    assert comp(result, "analysis").floor == "l2"
    assert comp(result, "analysis").ceiling == "l2"


def test_verified_level_three_lands_on_three_with_its_type() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE)
    track = main(result)
    assert (track.level, track.strict, track.lenient, track.type) == ("l3", "l3", "l3", "active")
    # team is not required before l4: every requirement up to l3 is met without a single rating, but
    # no level of its own was met, so the level reported for it is below the first (issue 9)
    assert comp(result, "team").passes_up_to == "l3"
    assert comp(result, "team").floor is None and not comp(result, "team").meets_all


def test_unverified_ratings_widen_the_range_but_never_raise_the_level() -> None:
    result = assess_fixture(ratings=L3)  # no examples for the l3 ratings
    track = main(result)
    assert (track.level, track.strict, track.lenient) == ("l2", "l2", "l3")
    analysis = comp(result, "analysis")
    assert analysis.floor == "l2" and analysis.lenient_floor == "l3"
    assert analysis.unverified == ["analysis.l3.1", "analysis.l3.2"]
    assert analysis.cells[2].status == "unverified"
    reason = next(r for r in result.confidence.reasons if r.code == "unverified")
    assert reason.values == {"share": 0.42, "count": 5}
    assert result.confidence.level == "medium"


@pytest.mark.parametrize("where", ["analysis.l3.1", "analysis.l3.2"])
def test_one_example_under_either_indicator_verifies_the_whole_cell(where: str) -> None:
    result = assess_fixture(ratings=L3, evidence={where: "Product X analysis"})
    analysis = comp(result, "analysis")
    assert analysis.cells[2].indicators == {"analysis.l3.1": "met", "analysis.l3.2": "met"}
    assert analysis.cells[2].status == "met"
    assert analysis.unverified == [] and analysis.floor == "l3"
    # the other cells of l3 stay unverified: an example backs its own cell only
    assert comp(result, "design").unverified == ["design.l3.1", "design.l3.2"]
    assert comp(result, "communication").unverified == ["communication.l3.1"]
    assert result.stats.unverified == 3 and result.stats.met == 9


def test_an_example_does_not_back_another_level_of_the_same_competency() -> None:
    ratings = {**L3, "analysis.l4.1": 2}
    result = assess_fixture(ratings=ratings, evidence={"analysis.l3.1": "Product X analysis"})
    analysis = comp(result, "analysis")
    assert analysis.unverified == ["analysis.l4.1"]
    assert analysis.cells[3].status == "unverified"


def test_ratings_below_the_evidence_level_need_no_example() -> None:
    result = assess_fixture(ratings=L2)
    assert result.stats.unverified == 0
    assert result.stats.met == 7


def test_the_threshold_lets_one_non_core_competency_fall_short_by_one_level() -> None:
    ratings = {**L3, "design.l3.1": 1}  # design stays at l2; 3 of 4 weight units pass l3
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE)
    track = main(result)
    assert track.level == "l3"
    assert track.strict == "l2"
    check = track.levels[2]
    assert check.passed and check.share == 0.75 and check.failing == ["design"]


def test_a_core_competency_must_pass() -> None:
    ratings = {**L3, "analysis.l3.2": 1}
    track = main(assess_fixture(ratings=ratings, evidence=L3_EVIDENCE))
    assert track.level == "l2"
    assert track.levels[2].core_failing == ["analysis"]


def test_no_competency_may_fall_short_by_more_than_max_shortfall() -> None:
    ratings = {**L3, "design.l2.1": 1, "design.l3.1": 1}  # design floor: l1 (a none cell)
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE)
    assert comp(result, "design").passes_up_to == "l1"
    assert comp(result, "design").floor is None  # l1 asks nothing of design: nothing of its own is met
    track = main(result)
    assert track.levels[1].passed  # l2: design is one level short, 5/6 of the weight passes
    assert track.levels[2].beyond_shortfall == ["design"]
    assert track.level == "l2"


def test_a_missed_carried_requirement_is_one_step_short_not_one_per_level() -> None:
    # communication misses l3, which l4 carries: at l4 it is still one step short, within max_shortfall
    ratings = {**L3, "communication.l3.1": 1, "analysis.l4.1": 2, "design.l4.1": 2, "team.l4.1": 2}
    evidence = {**L3_EVIDENCE, "analysis.l4.1": "a", "design.l4.1": "b", "team.l4.1": "c"}
    track = main(assess_fixture(ratings=ratings, evidence=evidence))
    assert comp_floor(track, "communication") == "l2"
    assert track.levels[3].failing == ["communication"] and track.levels[3].beyond_shortfall == []
    assert scoring.steps_short([(True, ("a",)), (True, ("b",)), (True, ("b",)), (False, ())], 0, 3) == 1
    assert scoring.steps_short([(True, ("a",)), (True, ("b",)), (True, ("c",))], -1, 2) == 3


def comp_floor(track: TrackResult, competency: str) -> str | None:
    found = track.competency(competency)
    assert found is not None
    return found.floor


def test_every_lower_level_must_pass() -> None:
    # l3 itself would pass the threshold, but l1 fails: communication l1 is missed
    ratings = {**L3, "communication.l1.1": 0, "communication.l2.1": 0}
    track = main(assess_fixture(ratings=ratings, evidence=L3_EVIDENCE))
    assert not track.levels[0].passed
    assert track.level is None and track.strict is None


def test_carry_keeps_the_last_defined_cell_required() -> None:
    result = assess_fixture(
        ratings={**L3, "team.l4.1": 2, "analysis.l4.1": 2, "design.l4.1": 2},
        evidence={**L3_EVIDENCE, "team.l4.1": "a", "analysis.l4.1": "b", "design.l4.1": "c"},
    )
    communication = comp(result, "communication")
    assert communication.cells[3].status == "met"  # l4 carries l3
    assert list(communication.cells[3].indicators) == ["communication.l3.1"]
    # l4 passes for communication (it repeats l3), but the level reported is l3, whose requirement it is
    assert (communication.floor, communication.passes_up_to, communication.meets_all) == ("l3", "l4", False)
    assert communication.ceiling == "l3"
    assert main(result).level == "l4"
    # the mgr cell of analysis carries l4's indicator
    assert list(comp(result, "analysis").cells[4].indicators) == ["analysis.l4.1"]


def test_the_floor_is_cumulative_and_a_gap_is_an_inconsistency() -> None:
    ratings = {**L3, "analysis.l1.2": 1}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE)
    analysis = comp(result, "analysis")
    assert analysis.floor is None
    assert analysis.ceiling == "l3"
    assert analysis.inconsistent == ["analysis.l2.1", "analysis.l2.2", "analysis.l3.1", "analysis.l3.2"]
    assert main(result).level is None
    assert "inconsistent" in codes(result)
    assert [f.code for f in analysis.flags] == ["inconsistent"]


def test_progress_is_the_share_of_the_next_level_met() -> None:
    ratings = {**L2, "analysis.l3.1": 3}
    result = assess_fixture(ratings=ratings, evidence={"analysis.l3.1": "x"})
    analysis = comp(result, "analysis")
    assert (analysis.floor, analysis.next_level, analysis.progress) == ("l2", "l3", 0.5)


# ---- n/a, skipping, the basal rule -----------------------------------------------------------------


def test_na_is_neither_met_nor_missed() -> None:
    ratings = {**L2, "analysis.l1.2": "na"}
    result = assess_fixture(ratings=ratings)
    assert comp(result, "analysis").floor == "l2"
    assert main(result).level == "l2"
    assert result.stats.na == 1


def test_a_cell_answered_all_na_is_not_observed_and_lowers_confidence() -> None:
    ratings = {**L2, "communication.l2.1": "na"}
    result = assess_fixture(ratings=ratings)
    communication = comp(result, "communication")
    assert communication.not_observed == ["l2"]
    assert communication.cells[1].status == "not_observed"
    assert communication.floor == "l1" and communication.lenient_floor == "l2"
    track = main(result)
    assert (track.level, track.strict, track.lenient) == ("l2", "l1", "l2")
    assert "not_observed" in codes(result)
    assert result.confidence.level != "high"


def test_a_skipped_competency_is_left_out_of_the_central_estimate() -> None:
    ratings = {k: v for k, v in L3.items() if not k.startswith("design.")}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE, skipped=["design"])
    design = comp(result, "design")
    assert design.skipped and not design.observed
    assert [f.code for f in design.flags] == ["skipped"]
    track = main(result)
    assert track.level == "l3"  # from what was observed
    assert track.strict == "l1"  # design counts as failing from l2 on
    assert track.lenient == "l3"
    assert "unobserved" in codes(result)
    assert "design" not in [a.competency for a in result.plan.focus]


def test_unrated_levels_below_a_met_start_level_are_implied() -> None:
    # the adaptive flow started at l3 and went up: l1 and l2 were never asked
    ratings = {k: v for k, v in L3.items() if ".l1." not in k and ".l2." not in k}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE)
    analysis = comp(result, "analysis")
    assert analysis.cells[0].indicators == {"analysis.l1.1": "implied", "analysis.l1.2": "implied"}
    assert main(result).level == "l3"
    assert result.stats.implied == 7


def test_unrated_levels_below_a_missed_start_level_are_missed() -> None:
    result = assess_fixture(ratings={"analysis.l3.1": 1, "analysis.l3.2": 2})
    analysis = comp(result, "analysis")
    assert analysis.cells[0].indicators == {"analysis.l1.1": "missed", "analysis.l1.2": "missed"}
    assert analysis.floor is None


# ---- contra-indicators and situational questions ----------------------------------------------------


def test_an_endorsed_contra_indicator_caps_its_competency() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE, contra={"communication.pleaser": 3})
    communication = comp(result, "communication")
    assert communication.capped_by == "communication.pleaser" and communication.cap == "l2"
    assert communication.floor == "l2" and communication.lenient_floor == "l2"
    assert main(result).level == "l3"  # communication is one level short: the threshold still holds
    assert "contra" in codes(result)
    assert [f.code for f in communication.flags] == ["contra"]


def test_a_contra_rated_one_does_not_cap() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE, contra={"communication.pleaser": 1})
    assert comp(result, "communication").cap is None
    assert "contra" not in codes(result)


def test_a_situational_choice_above_the_ceiling_is_flagged() -> None:
    result = assess_fixture(ratings=L2, choices={"analysis.situation": "line"})
    flags = comp(result, "analysis").flags
    assert [(f.code, f.values["direction"]) for f in flags] == [("situational_mismatch", "above")]
    assert "situational_mismatch" in codes(result)


def test_a_situational_choice_two_levels_below_the_floor_is_flagged() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE, choices={"analysis.situation": "copy"})
    flags = comp(result, "analysis").flags
    assert [(f.code, f.values["direction"]) for f in flags] == [("situational_mismatch", "below")]


def test_a_situational_choice_that_fits_is_not_flagged() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE, choices={"analysis.situation": "product"})
    assert comp(result, "analysis").flags == []
    assert result.confidence.level == "high"


# ---- tracks ------------------------------------------------------------------------------------------

MGR = {**L3, "analysis.l4.1": 3, "design.l4.1": 2, "team.l4.1": 2, "communication.mgr.1": 2, "team.mgr.1": 2}
MGR_EVIDENCE = {**L3_EVIDENCE, **{k: "example" for k in MGR if ".l4." in k or ".mgr." in k}}


def test_each_track_gets_its_own_level_and_the_highest_is_primary() -> None:
    result = assess_fixture(ratings=MGR, evidence=MGR_EVIDENCE)
    architect = result.track("architect")
    assert architect is not None
    assert (main(result).level, architect.level) == ("mgr", "l4")
    assert result.primary_track == "management"
    assert architect.path == ["l1", "l2", "l3", "l4", "arch"]


def test_the_answers_track_is_primary() -> None:
    result = assess_fixture(ratings=MGR, evidence=MGR_EVIDENCE, track="architect")
    assert result.primary_track == "architect"
    assert result.plan.track == "architect" and result.plan.target == "arch"


def test_on_a_tie_the_first_track_is_primary() -> None:
    result = assess_fixture(ratings=L3, evidence=L3_EVIDENCE)
    assert result.primary_track == "management"


def test_an_unknown_track_is_a_clear_error() -> None:
    with raises_in_words(
        NotFoundError, match=r"^Fixture ladder has no track 'sideways'; tracks: management, architect$"
    ):
        assess_fixture(ratings=L2, track="sideways")


# ---- confidence --------------------------------------------------------------------------------------


def test_straight_lined_answers_are_flagged() -> None:
    ratings = {i: 3 for i in fixture_ladder().indicators()}
    result = assess_fixture(ratings=ratings)
    reason = next(r for r in result.confidence.reasons if r.code == "straight_lining")
    assert reason.values == {"rating": 3, "share": 1.0, "count": 19}
    assert result.confidence.level == "low"


def test_few_answers_give_low_confidence() -> None:
    result = assess_fixture(ratings={"analysis.l1.1": 2, "communication.l1.1": 2})
    assert codes(result)[0] == "few_answers"
    assert result.confidence.level == "low"


def test_answers_for_unknown_indicators_are_ignored_by_the_scoring() -> None:
    # check_answers (questionnaire) reports them; scoring must not crash on them
    result = assess_fixture(ratings={**L2, "nothing.l1.1": 2})
    assert result.stats.answered == 12


# ---- holds back --------------------------------------------------------------------------------------


def test_holds_back_names_the_binding_competencies_and_the_smallest_change() -> None:
    result = assess_fixture(ratings=L2)
    holds = result.holds_back
    assert holds is not None
    assert (holds.current, holds.next_level) == ("l2", "l3")
    assert [(b.competency, b.why) for b in holds.binding] == [
        ("analysis", ["core"]),
        ("design", ["share"]),
        ("communication", ["share"]),
    ]
    # analysis must pass (core); then one of design/communication: communication needs one answer
    assert [(c.kind, c.id, c.current) for c in holds.smallest_change] == [
        ("raise", "analysis.l3.1", 1),
        ("raise", "analysis.l3.2", 0),
        ("raise", "communication.l3.1", 1),
    ]


def test_the_smallest_change_really_moves_the_estimate_up() -> None:
    base = assess_fixture(ratings=L2)
    assert base.holds_back is not None
    raised: dict[str, Any] = dict(L2)
    for change in base.holds_back.smallest_change:
        raised[change.id] = 2
    evidence = {c.id: "example" for c in base.holds_back.smallest_change}
    after = assess_fixture(ratings=raised, evidence=evidence)
    assert main(after).level == base.holds_back.next_level


def test_unverified_ratings_need_an_example_not_a_higher_rating() -> None:
    result = assess_fixture(ratings=L3)
    assert result.holds_back is not None
    # one example per cell: analysis' l3 cell (two ratings) needs one, then design or communication one
    # each (a tie: the first in ladder order is kept)
    assert [(c.kind, c.id, c.current) for c in result.holds_back.smallest_change] == [
        ("evidence", "analysis.l3.1", 2),
        ("evidence", "design.l3.1", 2),
    ]
    # and those two examples really move the estimate up
    after = assess_fixture(ratings=L3, evidence={"analysis.l3.1": "a", "design.l3.1": "b"})
    assert main(after).level == "l3"


def test_an_endorsed_contra_must_go_for_its_competency_to_pass() -> None:
    ratings = {**L3, "design.l3.1": 1}
    result = assess_fixture(ratings=ratings, evidence=L3_EVIDENCE, contra={"communication.pleaser": 2})
    assert main(result).level == "l2"  # design and communication both short of l3
    assert result.holds_back is not None
    assert [(c.kind, c.id) for c in result.holds_back.smallest_change] == [("raise", "design.l3.1")]


def test_there_is_nothing_to_hold_back_at_the_top() -> None:
    ratings = {**MGR, "analysis.arch.1": 2, "design.arch.1": 2}
    result = assess_fixture(
        ratings=ratings, evidence={**MGR_EVIDENCE, "analysis.arch.1": "a", "design.arch.1": "b"}
    )
    assert main(result).level == "mgr"
    assert result.holds_back is None
    assert result.plan.target is None and result.plan.focus == []


# ---- the whole assessment ----------------------------------------------------------------------------


def test_the_assessment_records_its_inputs() -> None:
    result = assess_fixture(ratings=L2)
    assert result.schema_ == "pmladder/assessment@1"
    assert result.ladder == "fixture" and result.ladder_sha256 == "0" * 64
    assert result.created == "2025-01-31T09:30:00+08:00"
    assert result.answers.ratings == L2


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        use_case.assess(
            fixture_ladder(),
            Answers(ladder="fixture"),
            ladder_sha256="0" * 64,
            created=CREATED.replace(tzinfo=None),
        )


def test_a_target_that_is_not_a_level_is_a_clear_error() -> None:
    with raises_in_words(
        NotFoundError, match=r"^target level 'l9' is not a level of Fixture ladder; levels: l1 \(Level one\), "
        r"l2 \(Level two\)"
    ):
        assess_fixture(ratings=L2, target="l9")


def test_a_target_at_or_below_the_estimate_is_a_clear_error_in_both_languages() -> None:
    given = Answers(ladder="fixture", ratings=L2, target="l2")
    with raises_in_words(
        UsageError,
        match=r"^the target, Level two, is not above the current estimate \(Level two, track management\): "
        r"pick a higher level: l3 \(Level three\), l4 \(Level four\), mgr \(Manager\)$",
    ):
        run(fixture_ladder(), given)
    with pytest.raises(UsageError) as err:
        use_case.assess(fixture_ladder(), given, ladder_sha256="0" * 64, created=CREATED)
    assert t(err.value.code, "zh", **err.value.params).startswith(
        "目标级别“二级”不高于当前估计（二级，management 路径）：请选择更高的级别：l3（三级）、"
    )


def test_a_target_not_above_the_estimate_names_levels_and_tracks() -> None:
    # names, not ids: the estimate by name, the track by its declared name, a one-track ladder no track
    ladder = load_ladder("b2b-healthcare")
    answers = load_persona(PERSONAS / "b2b-healthcare/manager.yaml")
    for lang, expected in (
        (
            "en",
            "the target, Product specialist, is not above the current estimate (Product manager, Management track): "
            "pick a higher level: expert (Product expert), director (Product director), vp (Product VP)",
        ),
        (
            "zh",
            "目标级别“产品专员”不高于当前估计（产品经理，管理路线）：请选择更高的级别：expert（产品专家）、"
            "director（产品总监）、vp（产品VP）",
        ),
    ):
        with pytest.raises(UsageError) as err:
            specialist = answers.model_copy(update={"target": "specialist"})
            use_case.assess(ladder, specialist, ladder_sha256="0" * 64, created=CREATED)
        assert t(err.value.code, lang, **err.value.params) == expected
    generic = load_ladder("pm-generic")
    junior = load_persona(PERSONAS / "pm-generic/junior.yaml").model_copy(update={"target": "junior"})
    with pytest.raises(UsageError) as err:
        use_case.assess(generic, junior, ladder_sha256="0" * 64, created=CREATED)
    assert error_text(err.value) == (
        "the target, Junior product manager, is not above the current estimate (Junior product manager): "
        "pick a higher level: "
        "intermediate (Intermediate product manager), senior (Senior product manager), "
        "principal (Principal product manager), director (Product director)"
    )
