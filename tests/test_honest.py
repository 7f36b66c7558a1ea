"""The honest-estimate rules of issue 9 on worked examples (docs/assessment-method.md, section 12)."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_fixtures import PERSONAS, assess_fixture, fixture_ladder, load_persona, run
from test_scoring import L3, L3_EVIDENCE, main

from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment, CompetencyResult
from pmladder.model.ladder import ContraIndicator, Ladder, SituationalQuestion
from pmladder.progress import compare_with
from pmladder.render import assessment as render
from pmladder.scoring.cells import cap_position, position


def _text(result: Assessment, ladder: Ladder, lang: str = "en") -> str:
    """The report's words without the table's line breaks."""
    from io import StringIO

    from rich.console import Console

    out = StringIO()
    Console(file=out, width=400, color_system=None).print(render.report(result, ladder, lang))  # type: ignore[arg-type]
    return " ".join(out.getvalue().replace("│", " ").split())


# ---- rule 1: the reported level is the highest own requirement met ----------------------------------------


def test_a_carried_requirement_is_never_reported_as_a_higher_level() -> None:
    ladder = load_ladder("pm-generic")
    result = run(ladder, load_persona(PERSONAS / "pm-generic" / "senior.yaml"))
    track = result.primary()
    docs = track.competency("documentation")
    assert docs is not None
    assert (docs.floor, docs.passes_up_to, docs.meets_all) == ("junior", "director", True)
    research = track.competency("research")
    assert research is not None
    assert (research.floor, research.passes_up_to, research.meets_all) == ("junior", "senior", False)
    markdown = render.to_markdown(result, ladder, "en")
    assert "| Requirement documents | meets all this ladder asks of it, up to Junior product manager |" in markdown
    research_row = (
        "| Market and user research | Junior product manager (nothing new asked up to Senior product manager) |"
    )
    assert research_row in markdown
    assert "| Product innovation | nothing asked of it up to Intermediate product manager |" in markdown
    zh = render.to_markdown(result, ladder, "zh")
    assert "| 需求文档 | 达到本体系对它的全部要求（要求止于初级产品经理） |" in zh
    text = _text(result, ladder)  # the terminal's table says the same (its column wraps)
    assert "meets all this ladder asks of it," in text and "Product director" not in text.split("Competency")[1]


def _own_levels(ladder: Ladder, competency: str) -> set[str]:
    found = ladder.competency(competency)
    assert found is not None
    return {level for level, cell in found.expectations.items() if hasattr(cell, "indicators")}


@pytest.mark.parametrize("ladder_id", ["b2b-business", "b2b-healthcare", "pm-generic", "pmm"])
def test_every_reported_floor_is_an_own_level_that_was_met(ladder_id: str) -> None:
    """On every persona of every bundled ladder: the floor is an own cell, met, at most passes_up_to."""
    ladder = load_ladder(ladder_id)
    for path in sorted((PERSONAS / ladder_id).glob("*.yaml")):
        result = run(ladder, load_persona(path))
        for track in result.tracks:
            for c in track.competencies:
                assert track.index(c.floor) <= track.index(c.passes_up_to), (path.name, c.competency)
                if c.floor is not None:
                    assert c.floor in _own_levels(ladder, c.competency), (path.name, c.competency)
                    assert next(x for x in c.cells if x.level == c.floor).status == "met"
                if c.ceiling is not None:
                    assert c.ceiling in _own_levels(ladder, c.competency) or c.ceiling == c.floor


def test_a_record_saved_before_passes_up_to_is_read_with_the_honest_floor() -> None:
    ladder = load_ladder("pm-generic")
    result = run(ladder, load_persona(PERSONAS / "pm-generic" / "senior.yaml"))
    docs = result.primary().competency("documentation")
    assert docs is not None
    old = docs.model_dump(by_alias=True)
    old["floor"] = old.pop("passes_up_to")
    del old["meets_all"]
    read = CompetencyResult.model_validate(old)
    assert (read.floor, read.passes_up_to, read.meets_all) == ("junior", "director", True)


def test_since_last_time_compares_the_reported_floors() -> None:
    ladder = fixture_ladder()
    carried: dict[str, Any] = {**L3, "team.l4.1": 2, "analysis.l4.1": 2, "design.l4.1": 2}
    evidence = {**L3_EVIDENCE, "team.l4.1": "Hired two PMs", "analysis.l4.1": "Market model", "design.l4.1": "Design X"}
    before = assess_fixture(ratings={**L3, "communication.l3.1": 1}, evidence=L3_EVIDENCE)
    after = run(ladder, Answers(ladder="fixture", ratings=carried, evidence=evidence))
    moves = {m.competency: (m.previous, m.current) for m in compare_with(before, after).moved}
    assert moves["communication"] == ("l2", "l3")  # l4 repeats l3: l3 is what it met


# ---- rule 3: a core competency with nothing rated cannot pass ---------------------------------------------


def _without(competency: str, how: str) -> Assessment:
    ratings = {k: v for k, v in L3.items() if not k.startswith(competency + ".")}
    skipped: list[str] = []
    if how == "skip":
        skipped = [competency]
    else:
        ratings |= {i: "na" for i in fixture_ladder().indicators() if i.startswith(competency + ".")}
    return assess_fixture(ratings=ratings, evidence=L3_EVIDENCE, skipped=skipped)


@pytest.mark.parametrize("how", ["skip", "na"])
def test_a_core_competency_skipped_or_all_na_cannot_pass(how: str) -> None:
    result = _without("analysis", how)
    track = main(result)
    assert (track.level, track.strict, track.lenient) == (None, None, "l3")
    assert not track.no_estimate
    assert track.undetermined is not None
    assert (track.undetermined.level, track.undetermined.competencies) == ("l1", ["analysis"])
    undetermined = next(r for r in result.confidence.reasons if r.code == "undetermined")
    assert undetermined.values == {"level": "l1", "count": 1, "competencies": "analysis"}
    assert result.confidence.level == "low"
    text = _text(result, fixture_ladder())
    assert (
        "Level one is undetermined: nothing rated for the core competency Analysis (skipped or all "
        "“no opportunity”); answer its questions, or ask your manager to rate it"
    ) in text
    zh = _text(result, fixture_ladder(), "zh")
    assert "一级无法判断：核心能力分析没有任何评分（跳过或全是“没有机会”）；回答它的问题，或请你的经理来评" in zh
    assert "The target is undetermined yet: answer the questions of Analysis (or ask your manager" in text


def test_a_skipped_competency_that_is_not_core_is_left_out() -> None:
    result = _without("design", "skip")
    track = main(result)
    assert track.level == "l3" and track.undetermined is None
    assert "unobserved" in [r.code for r in result.confidence.reasons]


def test_nothing_rated_is_no_estimate_in_every_format() -> None:
    ladder = fixture_ladder()
    result = assess_fixture(ratings=dict.fromkeys(ladder.indicators(), "na"))
    assert all(t.no_estimate and (t.level, t.strict, t.lenient) == (None, None, None) for t in result.tracks)
    assert result.confidence.reasons[0].code == "no_estimate"
    assert "Estimated level no estimate: not enough to go on (nothing was rated)" in _text(result, ladder)
    assert "估计级别 无法估计：回答不足以判断（没有任何评分）" in _text(result, ladder, "zh")
    markdown = render.to_markdown(result, ladder, "en")
    assert "**Estimated level**: no estimate: not enough to go on (nothing was rated)" in markdown
    data = render.to_json(result)
    assert '"no_estimate": true' in data
    assert result.plan.focus == [] and result.holds_back is None


def test_since_last_time_with_no_estimate_on_one_side_is_not_comparable() -> None:
    ladder = fixture_ladder()
    nothing = assess_fixture(ratings=dict.fromkeys(ladder.indicators(), "na"))
    something = assess_fixture(ratings=L3, evidence=L3_EVIDENCE)
    progress = compare_with(nothing, something)
    assert progress.move is None and progress.previous_no_estimate
    _title, lines = render.since_section(something, ladder, "en", progress) or ("", [])
    assert lines[0] == (
        "Level: no estimate → Level three (not comparable: one of the two has nothing rated, so no estimate)"
    )
    assert lines[1] == "Range: — → Level three … Level three"
    backwards = compare_with(something, nothing)
    assert backwards.move is None and not backwards.previous_no_estimate
    _title, lines = render.since_section(nothing, ladder, "zh", backwards) or ("", [])
    assert "无法估计" in lines[0]


# ---- rule 6: another track's levels map by band -----------------------------------------------------------


def test_caps_and_options_of_another_track_map_by_band() -> None:
    ladder = load_ladder("b2b-healthcare")
    tracks = ladder.tracks()
    silent = next(q for q in ladder.questions if q.id == "contra.design.silent-review")
    assert isinstance(silent, ContraIndicator) and silent.caps_below == "architect"
    for name in ("management", "architect"):
        path = tracks[name]
        assert path[cap_position(ladder, path, silent.caps_below)].id == "expert"
    roadmap = next(q for q in ladder.questions if q.id == "situational.planning.roadmap-request")
    assert isinstance(roadmap, SituationalQuestion)
    blueprint = next(o for o in roadmap.options if o.id == "blueprint")
    assert tracks["architect"][position(ladder, tracks["architect"], blueprint.level)].id == "architect"
    granularity = next(q for q in ladder.questions if q.id == "situational.design.data-granularity")
    assert isinstance(granularity, SituationalQuestion)
    downstream = next(o for o in granularity.options if o.id == "downstream-uses")
    assert tracks["management"][position(ladder, tracks["management"], downstream.level)].id == "director"
