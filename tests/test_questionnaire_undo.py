"""What ``back`` undoes, as data: questionnaire.undone names exactly the answers back() takes away."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmladder import questionnaire
from pmladder.io import ladders
from pmladder.model.answers import Answers
from pmladder.model.ladder import Ladder
from pmladder.questionnaire import State, Undone, back, undone

ANSWERS = Path(__file__).resolve().parent / "answers"


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    return ladders.ladder_named(str(ANSWERS / "ladder.yaml"))


def _answer(state: State, *values: object) -> State:
    for value in values:
        item = questionnaire.next_item(state)
        assert item is not None
        state = questionnaire.answer(state, item, value)  # type: ignore[arg-type]
    return state


def _start(ladder: Ladder) -> State:
    return questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))


def test_nothing_answered_nothing_undone(ladder: Ladder) -> None:
    assert undone(_start(ladder)) == ()


def test_each_kind_of_answer(ladder: Ladder) -> None:
    state = _answer(_start(ladder), 2)
    assert undone(state) == (Undone("indicator", "analysis.mid.1", 2),)
    state = _answer(state, 3, "Traced churn.")
    # an example goes back with the rating that asked for it, the example first
    assert undone(state) == (
        Undone("evidence", "analysis.mid.1", "Traced churn."),
        Undone("indicator", "analysis.mid.2", 3),
    )
    state = _answer(state, "na")
    assert undone(state) == (Undone("indicator", "analysis.senior.1", "na"),)
    state = _answer(state, "frame")
    assert undone(state) == (Undone("situational", "analysis.q1", "frame"),)
    state = _answer(state, 1)
    assert undone(state) == (Undone("contra", "analysis.scribe", 1),)
    state = questionnaire.skip(state)
    assert undone(state) == (Undone("skip", "delivery", None),)


def test_a_declined_example_is_undone_as_none(ladder: Ladder) -> None:
    state = _answer(_start(ladder), 2, 3, None)
    assert undone(state) == (
        Undone("evidence", "analysis.mid.1", None),
        Undone("indicator", "analysis.mid.2", 3),
    )


def test_undone_names_what_back_takes_away(ladder: Ladder) -> None:
    state = _answer(_start(ladder), 2, 3, "Traced churn.", 0, "ask", 2)
    while state.history:
        before = state
        state = back(state)
        for done in undone(before):
            kind = done.kind
            if kind == "indicator":
                assert done.id in before.answers.ratings and done.id not in state.answers.ratings
            elif kind == "evidence":
                assert done.id not in state.answers.evidence
            elif kind == "situational":
                assert done.id not in state.answers.choices
            elif kind == "contra":
                assert done.id not in state.answers.contra
        assert len(before.history) - len(state.history) == len(undone(before))
