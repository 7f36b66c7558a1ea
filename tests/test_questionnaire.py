"""The questionnaire: answers checked against a ladder at file:line:col, and the adaptive item sequence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pmladder import loader, questionnaire
from pmladder.model.answers import Answers, Rating
from pmladder.model.ladder import Ladder, SituationalQuestion
from pmladder.questionnaire import Item, State, answer, back, check_answers, next_item, progress, skip

ANSWERS = Path(__file__).resolve().parent / "answers"
BUNDLED = ("b2b-business", "b2b-healthcare", "pm-generic", "pmm")


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    return loader.load_ladder(str(ANSWERS / "ladder.yaml"))


def _load(name: str) -> loader.Loaded[Answers]:
    path = ANSWERS / name
    return loader.load_model(Answers, path.read_bytes(), f"tests/answers/{name}")


# ---- check_answers -----------------------------------------------------------------------------------


def test_valid_answers_have_no_issues(ladder: Ladder) -> None:
    for name in ("valid.yaml", "valid.json"):
        loaded = _load(name)
        assert loaded.value is not None, loaded.issues
        assert check_answers(ladder, loaded.value, loaded.document) == []


def test_the_yaml_and_json_examples_are_the_same_answers() -> None:
    assert _load("valid.yaml").value == _load("valid.json").value


def test_every_issue_is_located_at_its_node(ladder: Ladder) -> None:
    loaded = _load("problems.yaml")
    assert loaded.value is not None
    lines = [issue.format() for issue in check_answers(ladder, loaded.value, loaded.document)]
    f = "tests/answers/problems.yaml"
    assert lines == [
        f"{f}:4:9: error answers-level-off-track level 'lead' in target is not on track 'ic'; its "
        "levels: junior, "
        "mid, senior (target)",
        f"{f}:5:13: error answers-unknown-level unknown level 'staff' in level_hint; levels: junior, "
        "mid, senior, "
        "lead (level_hint)",
        f"{f}:8:3: error answers-unknown-indicator unknown indicator 'analysis.nope.1' (not in ladder "
        "'answers-fixture') (ratings.analysis.nope.1)",
        f"{f}:11:3: error answers-evidence-unrated evidence for indicator 'analysis.mid.2', which has "
        "no rating: "
        "rate it under ratings (evidence.analysis.mid.2)",
        f"{f}:12:3: error answers-unknown-indicator evidence for unknown indicator 'ghost.1' "
        "(evidence.ghost.1)",
        f"{f}:14:16: error answers-unknown-option question 'analysis.q1' has no option 'maybe'; "
        "options: build, "
        "ask, frame (choices.analysis.q1)",
        f"{f}:15:3: error answers-unknown-question 'analysis.scribe' is a contra-indicator: answer it "
        "under contra "
        "(0-3) (choices.analysis.scribe)",
        f"{f}:16:3: error answers-unknown-question unknown situational question 'analysis.q9' "
        "(choices.analysis.q9)",
        f"{f}:18:3: error answers-unknown-contra 'analysis.q1' is a situational question: answer it "
        "under choices "
        "with an option id (contra.analysis.q1)",
        f"{f}:19:3: error answers-unknown-contra unknown contra-indicator 'analysis.nothing' "
        "(contra.analysis.nothing)",
        f"{f}:20:21: error answers-unknown-competency unknown competency 'cooking' in skipped; competencies: "
        "analysis, delivery, coaching (skipped[1])",
    ]


def test_answers_for_another_ladder_give_only_that_issue(ladder: Ladder) -> None:
    loaded = _load("problems.yaml")
    assert loaded.value is not None
    other = loaded.value.model_copy(update={"ladder": "other-ladder"})
    assert [i.format() for i in check_answers(ladder, other, loaded.document)] == [
        "tests/answers/problems.yaml:2:9: error answers-ladder-mismatch the answers are for ladder "
        "'other-ladder', "
        "not 'answers-fixture' (ladder)"
    ]


def test_an_unknown_track_is_located_at_its_value(ladder: Ladder) -> None:
    loaded = _load("unknown-track.yaml")
    assert loaded.value is not None
    assert [i.format() for i in check_answers(ladder, loaded.value, loaded.document)] == [
        "tests/answers/unknown-track.yaml:2:8: error answers-unknown-track unknown track 'design'; "
        "tracks: ic, "
        "management (track)"
    ]


def test_an_unknown_indicator_in_a_small_file(ladder: Ladder) -> None:
    loaded = _load("unknown-indicator.yaml")
    assert loaded.value is not None
    assert [i.format() for i in check_answers(ladder, loaded.value, loaded.document)] == [
        "tests/answers/unknown-indicator.yaml:4:3: error answers-unknown-indicator unknown indicator "
        "'analysis.mid.9' (not in ladder 'answers-fixture') (ratings.analysis.mid.9)"
    ]


def test_issues_are_translated(ladder: Ladder) -> None:
    loaded = _load("unknown-indicator.yaml")
    assert loaded.value is not None
    [issue] = check_answers(ladder, loaded.value, loaded.document, lang="zh")
    assert issue.message == "未知的行为指标 'analysis.mid.9'（职级体系 'answers-fixture' 中没有）"


def test_without_a_document_issues_point_at_the_answers(ladder: Ladder) -> None:
    answers = Answers(ladder="answers-fixture", ratings={"nope.1": 2}, skipped=["x"])
    assert [i.format() for i in check_answers(ladder, answers, None)] == [
        "<answers>:1:1: error answers-unknown-indicator unknown indicator 'nope.1' (not in ladder "
        "'answers-fixture') "
        "(ratings.nope.1)",
        "<answers>:1:1: error answers-unknown-competency unknown competency 'x' in skipped; "
        "competencies: analysis, "
        "delivery, coaching (skipped[0])",
    ]


def test_out_of_range_ratings_are_schema_errors() -> None:
    assert [i.format() for i in _load("rating-4.yaml").issues] == [
        "tests/answers/rating-4.yaml:3:19: error schema-value must be 0, 1, 2, 3 or 'na' (got 4) "
        "(ratings.analysis.mid.1)"
    ]


# ---- the adaptive sequence ---------------------------------------------------------------------------

Script = list[tuple[str, Rating | str | None]]


def _run(state: State, script: Script) -> State:
    """Answer ``script`` in order, checking each item is the one expected (``kind:id``)."""
    for expected, value in script:
        item = next_item(state)
        assert item is not None, f"expected {expected}, the questionnaire ended"
        assert f"{item.kind}:{item.id}" == expected
        state = answer(state, item, value)
    return state


def _key(item: Item | None) -> str | None:
    return None if item is None else f"{item.kind}:{item.id}"


def test_without_a_hint_it_starts_at_the_first_level_and_goes_up_while_met(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic"))
    state = _run(
        state,
        [
            ("indicator:analysis.junior.1", 2),
            ("indicator:analysis.junior.2", 3),  # junior met: up to mid
            ("indicator:analysis.mid.1", 2),
            (
                "evidence:analysis.mid.1",
                "Found the root cause of the export complaints.",
            ),  # mid >= evidence_from
            ("indicator:analysis.mid.2", 0),  # mid half met (partial): still up, to senior
            ("indicator:analysis.senior.1", 0),  # senior clearly not met: stop
            ("situational:analysis.q1", "ask"),
            ("contra:analysis.scribe", 1),
            # delivery starts at the median level reached so far (analysis: junior): its junior cell
            ("indicator:delivery.junior.1", 1),  # not met at its first level: nothing more to ask
        ],
    )
    assert next_item(state) is None
    assert state.answers.evidence == {"analysis.mid.1": "Found the root cause of the export complaints."}
    assert state.history[:4] == (
        "indicator:analysis.junior.1",
        "indicator:analysis.junior.2",
        "indicator:analysis.mid.1",
        "evidence:analysis.mid.1",
    )


def test_a_met_level_hint_goes_up_and_an_unmet_one_goes_down(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    state = _run(
        state,
        [
            ("indicator:analysis.mid.1", 0),
            ("indicator:analysis.mid.2", 1),  # mid not met: go down
            ("indicator:analysis.junior.1", 2),
            ("indicator:analysis.junior.2", 2),  # junior met: stop going down
            ("situational:analysis.q1", "build"),
            ("contra:analysis.scribe", 3),
            ("indicator:delivery.junior.1", 3),  # analysis reached junior, so delivery starts there
            ("indicator:delivery.senior.1", 1),  # its next defined cell is senior (mid carries junior)
            ("indicator:delivery.senior.2", 0),
        ],
    )
    assert next_item(state) is None


def test_the_hint_starts_the_first_competency_and_the_answers_the_next(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, level_hint="senior"))
    assert questionnaire.track_name(ladder, state.answers) == "ic"  # the hint's branch
    state = _run(
        state,
        [
            ("indicator:analysis.senior.1", 3),
            ("evidence:analysis.senior.1", None),  # declined: asked once, never again
            ("situational:analysis.q1", "frame"),
            ("contra:analysis.scribe", 0),
            ("indicator:delivery.senior.1", 2),
            ("evidence:delivery.senior.1", "Shipped the billing revamp across three teams."),
            ("indicator:delivery.senior.2", 2),
            ("evidence:delivery.senior.2", ""),
        ],
    )
    assert next_item(state) is None
    assert state.answers.evidence == {"delivery.senior.1": "Shipped the billing revamp across three teams."}
    assert "analysis.mid.1" not in state.answers.ratings  # below the start: not asked


def test_all_no_opportunity_at_the_start_stops_going_up(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="management"))
    state = _run(
        state,
        [("indicator:analysis.junior.1", "na"), ("indicator:analysis.junior.2", "na")],
    )
    assert _key(next_item(state)) == "situational:analysis.q1"


def test_the_management_track_asks_its_own_competencies(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, level_hint="lead"))
    assert [c.id for c in questionnaire.competencies(ladder, state.path)] == [
        "analysis",
        "delivery",
        "coaching",
    ]
    # lead carries analysis' mid cell: the hint starts analysis at mid
    assert _key(next_item(state)) == "indicator:analysis.mid.1"


def test_back_undoes_exactly_the_last_answer_with_its_evidence(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    state = _run(state, [("indicator:analysis.mid.1", 3), ("evidence:analysis.mid.1", "Root-caused churn.")])
    assert _key(next_item(state)) == "indicator:analysis.mid.2"
    state = back(state)
    assert _key(next_item(state)) == "indicator:analysis.mid.1"
    assert state.answers.ratings == {} and state.answers.evidence == {} and state.history == ()
    # a declined example goes back together with its rating too
    state = _run(state, [("indicator:analysis.mid.1", 2), ("evidence:analysis.mid.1", None)])
    state = back(state)
    assert state.history == () and state.answers.ratings == {}
    # back on an evidence prompt that is not answered yet undoes the rating that asked for it
    state = _run(state, [("indicator:analysis.mid.1", 2)])
    assert _key(next_item(state)) == "evidence:analysis.mid.1"
    state = back(state)
    assert _key(next_item(state)) == "indicator:analysis.mid.1" and state.answers.ratings == {}
    assert back(state) == state  # nothing left to undo


def test_back_across_a_change_of_direction(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    state = _run(state, [("indicator:analysis.mid.1", 0), ("indicator:analysis.mid.2", 0)])
    assert _key(next_item(state)) == "indicator:analysis.junior.1"
    state = back(state)
    assert _key(next_item(state)) == "indicator:analysis.mid.2"
    state = _run(state, [("indicator:analysis.mid.2", 2)])  # now half met: no longer goes down... nor up
    assert _key(next_item(state)) == "evidence:analysis.mid.2"


def test_skip_records_the_competency_and_back_undoes_it(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic"))
    state = _run(state, [("indicator:analysis.junior.1", 2)])
    state = skip(state)
    assert state.answers.skipped == ["analysis"]
    assert state.answers.ratings == {"analysis.junior.1": 2}  # kept: no answer is lost
    assert _key(next_item(state)) == "indicator:delivery.junior.1"
    assert state.history[-1] == "skip:analysis"
    state = back(state)
    assert state.answers.skipped == []
    assert _key(next_item(state)) == "indicator:analysis.junior.2"


def test_progress_counts_competencies_and_answers(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    assert progress(state) == questionnaire.Progress(index=1, total=2, answered=0)
    state = _run(state, [("indicator:analysis.mid.1", 2), ("evidence:analysis.mid.1", "x")])
    assert progress(state) == questionnaire.Progress(index=1, total=2, answered=1)
    state = skip(state)
    assert progress(state) == questionnaire.Progress(index=2, total=2, answered=1)
    assert progress(state).fraction == 0.5


def test_answer_rejects_values_of_the_wrong_kind(ladder: Ladder) -> None:
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic"))
    item = next_item(state)
    assert item is not None
    with pytest.raises(ValueError, match="a rating is 0-3 or 'na', not 4"):
        answer(state, item, 4)  # type: ignore[arg-type]


# ---- measured on the bundled ladders -------------------------------------------------------------------


def _persona_run(ladder: Ladder, track: str, level_index: int, hint: str | None) -> tuple[State, int]:
    """A consistent PM at ``level_index``: 2 up to that level, 0 above; gives every example asked for."""
    path = ladder.tracks()[track]
    ids = [lv.id for lv in path]
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track=track, level_hint=hint))
    asked = 0
    while (item := next_item(state)) is not None:
        asked += 1
        assert asked < 500, "the questionnaire does not end"
        if item.kind == "indicator":
            assert item.level is not None
            state = answer(state, item, 2 if ids.index(item.level.id) <= level_index else 0)
        elif item.kind == "evidence":
            state = answer(state, item, "An example.")
        elif item.kind == "situational":
            assert isinstance(item.question, SituationalQuestion)
            state = answer(state, item, item.question.options[0].id)
        else:
            state = answer(state, item, 0)
    return state, asked


@pytest.mark.parametrize("name", BUNDLED)
def test_a_typical_run_lands_on_the_persona_level(name: str) -> None:
    """Every level of every track, with the level picked at the start and without: measure the run length."""
    from pmladder import scoring

    ladder = loader.load_ladder(name)
    lengths: list[str] = []
    for track, path in ladder.tracks().items():
        for index, level in enumerate(path):
            for hint in (level.id, None):
                state, asked = _persona_run(ladder, track, index, hint)
                result = scoring.assess(
                    ladder, state.answers, ladder_sha256="0" * 64, created=datetime.now(UTC)
                )
                assert result.track(track) is not None
                assert result.track(track).level == level.id, (track, level.id, hint)  # type: ignore[union-attr]
                # every indicator below the start is implied, never asked: runs stay far below the full ladder
                assert asked < len(ladder.indicators()) * 2
                lengths.append(f"{track}/{level.id}{'' if hint else ' (no hint)'}: {asked}")
    print(f"\n{name}: items asked per run: " + ", ".join(lengths))
