"""Edge cases of the scoring, the plan and the saved result found in a code review (each one failed before)."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from scoring_fixtures import FIXTURE_LADDER, assess_fixture, fixture_ladder, run
from words import raises_in_words

from pmladder import questionnaire
from pmladder.errors import InputError, WriteError
from pmladder.i18n import error_text, issue_words
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.io.models import load_model, require
from pmladder.model.answers import Answers, Rating
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Ladder, SituationalQuestion

BUNDLED = ("b2b-business", "b2b-healthcare", "pm-generic", "pmm")


def _variant(*replacements: tuple[str, str]) -> Ladder:
    """The fixture ladder with some of its text replaced (each replacement must apply exactly once)."""
    text = FIXTURE_LADDER.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return require(load_model(Ladder, text.encode("utf-8"), "variant.yaml"))


# ---- the range: strict <= central <= lenient ----------------------------------------------------------


def test_lenient_is_not_below_central_when_a_required_competency_was_never_asked() -> None:
    # everything but team (first required at l4, and at mgr) rated 2 with examples: team was never
    # asked, so the central estimate leaves it out and the lenient one must count it as passing
    indicators = fixture_ladder().indicators().items()
    ratings: dict[str, Rating] = {i: 2 for i, (c, level, _ind) in indicators if c.id != "team" and level != "arch"}
    result = assess_fixture(ratings=ratings, evidence=dict.fromkeys(ratings, "an example"))
    management = result.track("management")
    assert management is not None
    assert (management.strict, management.level, management.lenient) == ("l3", "mgr", "mgr")


def _random_answers(ladder: Ladder, rnd: random.Random) -> Answers:
    ids = list(ladder.indicators())
    ratings: dict[str, Rating] = {i: rnd.choice([0, 1, 2, 3, "na", 2, 3, 3]) for i in ids if rnd.random() < 0.8}
    return Answers(
        ladder=ladder.id,
        ratings=ratings,
        evidence={i: "an example" for i in ratings if rnd.random() < 0.7},
        skipped=[c.id for c in ladder.competencies if rnd.random() < 0.1],
        contra={q.id: rnd.choice([0, 1, 2, 3]) for q in ladder.questions if q.kind == "contra"},
    )


@pytest.mark.parametrize("seed", range(4))
def test_strict_central_lenient_are_always_in_order(seed: int) -> None:
    rnd = random.Random(seed)
    ladders = [fixture_ladder(), *(load_ladder(name) for name in BUNDLED)]
    for _ in range(150):
        ladder = rnd.choice(ladders)
        result = run(ladder, _random_answers(ladder, rnd))
        for track in result.tracks:
            strict, central, lenient = (track.index(x) for x in (track.strict, track.level, track.lenient))
            assert strict <= central <= lenient, (ladder.id, track.track, track.strict, track.level, track.lenient)


# ---- a ladder that repeats an indicator id (schema-valid; validate reports it) ----------------------------


def test_an_indicator_id_repeated_in_a_level_of_another_track_does_not_crash_the_scoring() -> None:
    # analysis.l2.1 renamed to the id of design's architect-only indicator: scoring analysis on the
    # management track looked up the level of the other cell, which is not on that track
    ladder = _variant(("{id: analysis.l2.1,", "{id: design.arch.1,"))
    result = run(
        ladder,
        Answers(
            ladder="fixture",
            ratings={"analysis.l2.2": 2, "communication.l1.1": 2, "communication.l2.1": 1},
        ),
    )
    management = result.track("management")
    assert management is not None
    # the repeated id is not rated: analysis' l2 misses it and nothing below was rated; design needs
    # nothing at l1 (so nothing of its own is met: its reported floor is None, issue 9)
    floors = {c.competency: (c.floor, c.passes_up_to) for c in management.competencies}
    assert floors == {
        "analysis": (None, None),
        "design": (None, "l1"),
        "communication": ("l1", "l1"),
        "team": (None, "l3"),
    }


# ---- counts ---------------------------------------------------------------------------------------------


def test_implied_counts_each_indicator_once_even_when_a_cell_is_carried() -> None:
    # communication: only its mgr cell rated (met), so l1, l2 and l3 are implied; l4 carries l3
    result = assess_fixture(
        ratings={"communication.mgr.1": 2}, evidence={"communication.mgr.1": "an example"}, track="management"
    )
    assert result.stats.implied == 3


def test_a_competency_skipped_twice_counts_once() -> None:
    result = assess_fixture(ratings={"analysis.l1.1": 2}, skipped=["team", "team"])
    assert result.stats.skipped == 1


# ---- the plan ---------------------------------------------------------------------------------------------


def test_the_goal_of_a_competency_held_back_only_by_a_trap_names_an_indicator() -> None:
    met_to_l3: dict[str, Rating] = {
        "analysis.l1.1": 3,
        "analysis.l1.2": 2,
        "analysis.l2.1": 2,
        "analysis.l2.2": 3,
        "analysis.l3.1": 2,
        "analysis.l3.2": 2,
        "design.l2.1": 2,
        "design.l3.1": 2,
        "design.l3.2": 2,
        "communication.l1.1": 3,
        "communication.l2.1": 2,
        "communication.l3.1": 2,
    }
    evidence = {i: "an example" for i in met_to_l3 if ".l3." in i}
    result = assess_fixture(ratings=met_to_l3, evidence=evidence, contra={"communication.pleaser": 3})
    assert result.plan.target == "l4"
    area = next(a for a in result.plan.focus if a.competency == "communication")
    # every indicator is met: the people-pleaser trap is what holds communication back
    assert area.unmet == [] and area.traps == ["communication.pleaser"]
    assert "“I say no to the business”" in area.goal.en
    assert "“我能对业务方说不”" in area.goal.zh


# ---- evidence: the questionnaire asks where the scoring needs it ---------------------------------------------


def test_a_level_with_the_evidence_levels_band_asks_for_an_example_and_counts_it() -> None:
    # l2 shares band 3 with l3, the evidence level: by band, its ratings need an example too, so the
    # questionnaire must ask for one (or they stay unverified however the PM answers)
    ladder = _variant(("summary: {zh: 二, en: Two}, band: 2", "summary: {zh: 二, en: Two}, band: 3"))
    state = questionnaire.start(ladder, Answers(ladder="fixture", track="management"))
    asked: list[tuple[str, str | None]] = []
    while (item := questionnaire.next_item(state)) is not None:
        value: Rating | str
        if item.kind == "indicator":
            value = 2
        elif item.kind == "evidence":
            asked.append((item.competency.id, item.level.id if item.level else None))
            value = "an example"
        elif item.kind == "situational":
            assert isinstance(item.question, SituationalQuestion)
            value = item.question.options[0].id
        else:
            value = 0
        state = questionnaire.answer(state, item, value)
    assert ("analysis", "l2") in asked
    result = run(ladder, state.answers)
    assert result.stats.unverified == 0


# ---- saved results that do not hold together -----------------------------------------------------------------


def test_a_saved_result_whose_primary_track_is_not_among_its_tracks_is_an_input_error(tmp_path: Path) -> None:
    data: dict[str, Any] = json.loads(assess_fixture(ratings={"analysis.l1.1": 2}).model_dump_json(by_alias=True))
    data["primary_track"] = "nope"
    raw = json.dumps(data, indent=2).encode("utf-8")
    with pytest.raises(InputError) as caught:
        require(load_model(Assessment, raw, "saved.json"))
    line = next(n for n, text in enumerate(raw.decode().splitlines(), 1) if '"primary_track"' in text)
    assert error_text(caught.value).startswith(f"saved.json:{line}:")
    assert "'nope'" in error_text(caught.value) and "management, architect" in error_text(caught.value)


def test_a_session_that_cannot_be_written_is_a_usage_error(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from pmladder import session

    state = questionnaire.start(fixture_ladder())
    record = session.to_session(
        state, ladder_source="fixture", ladder_sha256="0" * 64, answered_in="en", now=datetime(2025, 1, 31, tzinfo=UTC)
    )
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with raises_in_words(WriteError, match="cannot write"):
        session.save_session(record, blocker / "fixture.json")


# ---- holds back: only the traps that cap below the next level have to go ---------------------------------


def test_the_smallest_change_drops_only_the_trap_that_caps_below_the_next_level() -> None:
    pleaser_advice = "    advice: {zh: 学会说不。, en: Learn to say no.}\n"
    silent = (
        "  - kind: contra\n    id: communication.silent\n    competency: communication\n"
        "    name: {zh: 沉默型, en: Silent}\n"
        "    text: {zh: 评审时我很少发言。, en: I rarely speak up in reviews.}\n"
        "    caps_below: l4\n    advice: {zh: 多发言。, en: Speak up.}\n"
    )
    ladder = _variant((pleaser_advice, pleaser_advice + silent))
    ratings: dict[str, Rating] = {
        "analysis.l1.1": 3,
        "analysis.l1.2": 2,
        "analysis.l2.1": 2,
        "analysis.l2.2": 3,
        "analysis.l3.1": 2,
        "analysis.l3.2": 2,
        "design.l2.1": 2,
        "design.l3.1": 1,
        "design.l3.2": 1,
        "communication.l1.1": 3,
        "communication.l2.1": 2,
        "communication.l3.1": 2,
    }
    evidence = {"analysis.l3.1": "an example", "communication.l3.1": "an example"}
    contra: dict[str, int] = {"communication.pleaser": 3, "communication.silent": 3}
    result = run(ladder, Answers(ladder="fixture", ratings=ratings, evidence=evidence, contra=contra))
    assert result.primary().level == "l2"
    holds = result.holds_back
    assert holds is not None and holds.next_level == "l3"
    # the people-pleaser caps communication below l3; the silent trap only below l4: one change, not two
    assert [(c.kind, c.id) for c in holds.smallest_change] == [("contra", "communication.pleaser")]


def test_a_saved_result_with_a_wrong_primary_track_or_time_says_so_in_chinese() -> None:
    data: dict[str, Any] = json.loads(assess_fixture(ratings={"analysis.l1.1": 2}).model_dump_json(by_alias=True))
    wrong_track = {**data, "primary_track": "nope"}
    loaded = load_model(Assessment, json.dumps(wrong_track).encode("utf-8"), "saved.json")
    assert [issue_words(issue, "zh") for issue in loaded.issues] == [
        "主路线 'nope' 不在结果的路线中：management, architect"
    ]
    no_such_day = {**data, "created": "2025-02-30T09:30:00+08:00"}
    loaded = load_model(Assessment, json.dumps(no_such_day).encode("utf-8"), "saved.json")
    assert [issue_words(issue, "zh") for issue in loaded.issues] == [
        "'2025-02-30T09:30:00+08:00' 不是真实存在的日期和时间"
    ]
