"""Worked examples on every bundled ladder: personas per level, planted blockers, extreme answers."""

from __future__ import annotations

from typing import Any

import pytest
from scoring_fixtures import PERSONAS, load_persona, run

from pmladder.io.ladder_files import bundled_ladder_files
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.io.yamldoc import parse_document
from pmladder.model.answers import Answers, Rating
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Expectation, Ladder

EXPECTATIONS_FILE = PERSONAS / "expectations.yaml"
BUNDLED = [p.stem for p in bundled_ladder_files()]


def _expectations() -> dict[str, dict[str, Any]]:
    data = parse_document(EXPECTATIONS_FILE.read_bytes(), str(EXPECTATIONS_FILE)).data
    assert isinstance(data, dict)
    return data


EXPECTATIONS = _expectations()


def test_every_persona_file_has_an_expectation_and_the_other_way_round() -> None:
    files = {
        p.relative_to(PERSONAS).as_posix()
        for p in PERSONAS.glob("*/*.yaml")
        if not p.parent.name.startswith("_")
    }
    assert files == set(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(EXPECTATIONS))
def test_the_persona_lands_where_expected(name: str) -> None:
    expected = EXPECTATIONS[name]
    answers = load_persona(PERSONAS / name)
    result = run(load_ladder(answers.ladder), answers)
    track = result.primary()
    got = {
        "track": track.track,
        "level": track.level,
        "strict": track.strict,
        "lenient": track.lenient,
        "confidence": result.confidence.level,
        "reasons": [r.code for r in result.confidence.reasons],
        "focus1": result.plan.focus[0].competency if result.plan.focus else None,
    }
    assert got == expected


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_every_level_of_every_bundled_ladder_has_a_persona(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    landed = {e["level"] for name, e in EXPECTATIONS.items() if name.startswith(f"{ladder_id}/")}
    assert {lv.id for lv in ladder.levels} <= landed


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_a_persona_per_level_lands_on_its_own_level_hint(ladder_id: str) -> None:
    for path in sorted((PERSONAS / ladder_id).glob("*.yaml")):
        if path.stem == "blocker":
            continue
        answers = load_persona(path)
        assert answers.level_hint == path.stem
        assert EXPECTATIONS[f"{ladder_id}/{path.name}"]["level"] == path.stem, path.name


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_the_planted_blocker_is_focus_area_one(ladder_id: str) -> None:
    path = PERSONAS / ladder_id / "blocker.yaml"
    answers = load_persona(path)
    result = run(load_ladder(ladder_id), answers)
    first = result.plan.focus[0]
    assert first.blocker
    assert first.competency == EXPECTATIONS[f"{ladder_id}/blocker.yaml"]["focus1"]
    # the planted competency is the only one that keeps the next level from passing
    assert result.holds_back is not None
    assert [b.competency for b in result.holds_back.binding] == [first.competency]


def test_persona_ratings_are_not_mechanical() -> None:
    for path in sorted(PERSONAS.glob("*/*.yaml")):
        if path.parent.name.startswith("_"):
            continue
        ratings = [r for r in load_persona(path).ratings.values() if r != "na"]
        counts = {value: ratings.count(value) for value in set(ratings)}
        assert max(counts.values()) / len(ratings) < 0.75, path.name
        assert len(counts) >= 3 or len(ratings) < 12, path.name


# ---- extreme answer patterns on every bundled ladder ------------------------------------------------


def _all(ladder: Ladder, rating: Rating, *, evidence: bool = False) -> Answers:
    ids = list(ladder.indicators())
    return Answers(
        ladder=ladder.id,
        ratings=dict.fromkeys(ids, rating),
        evidence={i: "a real example" for i in ids} if evidence else {},
    )


def _codes(result: Assessment) -> list[str]:
    return [r.code for r in result.confidence.reasons]


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_all_na_gives_no_estimate_and_low_confidence(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _all(ladder, "na"))
    for track in result.tracks:  # no estimate at all: not even a lenient end at the top (issue 9)
        assert track.no_estimate
        assert (track.level, track.strict, track.lenient) == (None, None, None)
    assert result.confidence.level == "low"
    assert _codes(result) == ["no_estimate", "few_answers", "na_share"]
    assert result.holds_back is None
    assert result.plan.focus == [] and result.plan.strengths == []


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_all_zero_gives_below_the_first_level_and_flags_straight_lining(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _all(ladder, 0))
    track = result.primary()
    assert (track.level, track.strict, track.lenient) == (None, None, None)
    assert _codes(result) == ["straight_lining"]
    assert result.confidence.level == "low"
    assert result.plan.target == track.path[0]
    assert 1 <= len(result.plan.focus) <= 3
    assert result.holds_back is not None and result.holds_back.next_level == track.path[0]
    first_level = {i for i, (_c, level, _ind) in ladder.indicators().items() if level == track.path[0]}
    assert {c.id for c in result.holds_back.smallest_change} <= first_level


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_all_three_without_examples_stops_below_the_evidence_level(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _all(ladder, 3))
    track = result.primary()
    evidence_from = ladder.scoring.evidence_from
    assert evidence_from is not None
    assert track.level == track.path[track.path.index(evidence_from) - 1]
    assert track.lenient == track.path[-1]
    assert _codes(result)[:2] == ["unverified", "straight_lining"]
    assert result.confidence.level == "low"
    assert result.holds_back is not None
    assert {c.kind for c in result.holds_back.smallest_change} == {"evidence"}


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_all_three_with_examples_reaches_the_top_but_is_still_doubted(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _all(ladder, 3, evidence=True))
    track = result.primary()
    assert track.level == track.strict == track.lenient == track.path[-1]
    assert _codes(result) == ["straight_lining"]
    # every level rated 3: a straight line, but every rating that asks for an example has one, so it
    # costs one point (medium), not two
    assert result.confidence.level == "medium"
    assert result.confidence.reasons[0].values == {
        "rating": 3,
        "share": 1.0,
        "count": len(ladder.indicators()),
    }
    assert result.holds_back is None and result.plan.target is None


def _top_cells(ladder: Ladder, evidence: bool) -> Answers:
    """A PM at the top of the first track, as the questionnaire asks them: each competency's highest
    required cell on the track, every indicator 2; with or without the cell's one example."""
    from pmladder.model.ladder import Expectation
    from pmladder.questionnaire import steps

    track, path = next(iter(ladder.tracks().items()))
    ratings: dict[str, Rating] = {}
    examples: dict[str, str] = {}
    for competency in ladder.competencies:
        found = steps(competency, path)
        if not found:
            continue
        cell = competency.expectations[found[-1].id]
        assert isinstance(cell, Expectation)
        ratings.update(dict.fromkeys((i.id for i in cell.indicators), 2))
        if evidence:
            examples[cell.indicators[0].id] = "what I did"
    return Answers(ladder=ladder.id, track=track, level_hint=path[-1].id, ratings=ratings, evidence=examples)


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_all_twos_at_the_top_of_a_track_are_no_straight_line(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _top_cells(ladder, evidence=True))
    track = result.primary()
    assert len(result.answers.ratings) >= 8  # enough answers for the straight-lining rule to look
    assert track.level == track.path[-1]
    assert result.confidence.level == "high", _codes(result)
    # pressing 2 and Enter there is caught by the missing examples instead
    lazy = run(ladder, _top_cells(ladder, evidence=False))
    assert lazy.primary().level != track.path[-1]
    assert "straight_lining" not in _codes(lazy)
    assert _codes(lazy)[0] == "unverified" and lazy.confidence.level == "low"


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_a_spike_in_one_competency_does_not_lift_the_level(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    track_path = next(iter(ladder.tracks().values()))
    first = track_path[0].id
    spike = next(c for c in ladder.competencies if c.core)
    ratings: dict[str, Rating] = {}
    evidence: dict[str, str] = {}
    for ind_id, (comp, level, _ind) in ladder.indicators().items():
        if comp.id == spike.id:
            ratings[ind_id], evidence[ind_id] = 3, "led it"
        else:
            ratings[ind_id] = 2 if level == first else (1 if ind_id.endswith("1") else 0)
    result = run(ladder, Answers(ladder=ladder.id, ratings=ratings, evidence=evidence))
    track = result.primary()
    assert track.level == first
    spiked = track.competency(spike.id)
    # every requirement of it is met, up to the top; the floor reported is its own highest cell
    assert spiked is not None and spiked.passes_up_to == track.path[-1] and spiked.meets_all
    own = [lv for lv in track.path if isinstance(spike.expectations.get(lv), Expectation)]
    assert spiked.floor == own[-1]
    assert spike.id in result.plan.strengths
    assert spike.id not in [a.competency for a in result.plan.focus]


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_higher_levels_met_over_a_missed_first_level_are_flagged_inconsistent(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    first = next(iter(ladder.tracks().values()))[0].id
    ratings: dict[str, Rating] = {}
    for ind_id, (_comp, level, _ind) in ladder.indicators().items():
        ratings[ind_id] = 0 if level == first else (2 if ind_id.endswith("1") else 3)
    answers = Answers(ladder=ladder.id, ratings=ratings, evidence=dict.fromkeys(ratings, "example"))
    result = run(ladder, answers)
    track = result.primary()
    assert track.level is None
    assert "inconsistent" in _codes(result)
    assert result.confidence.level == "low"
    flagged = [c for c in track.competencies if c.inconsistent]
    assert flagged and all("inconsistent" in [f.code for f in c.flags] for c in flagged)


def test_the_persona_files_give_one_example_per_cell_as_the_questionnaire_asks() -> None:
    from pmladder.questionnaire import cell_indicators

    for path in sorted(PERSONAS.glob("*/*.yaml")):
        if path.parent.name.startswith("_"):
            continue
        answers = load_persona(path)
        cells = cell_indicators(load_ladder(answers.ladder))
        backed = [cells[i] for i in answers.evidence]
        assert len(backed) == len(set(backed)), path.name
        for indicator_id in answers.evidence:  # filed under the cell's first rating of 2 or 3
            first = next(i for i in cells[indicator_id] if answers.ratings.get(i) in (2, 3))
            assert indicator_id == first, (path.name, indicator_id)


def test_the_persona_files_are_valid_answers_for_their_ladder() -> None:
    for path in sorted(PERSONAS.glob("*/*.yaml")):
        if path.parent.name.startswith("_"):
            continue
        answers = load_persona(path)
        ladder = load_ladder(answers.ladder)
        known = set(ladder.indicators())
        assert set(answers.ratings) <= known, path.name
        assert set(answers.evidence) <= {i for i, r in answers.ratings.items() if r in (2, 3)}, path.name
        assert path.parent.name == answers.ladder
