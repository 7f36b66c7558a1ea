"""The questionnaire: the adaptive item sequence of an assessment, as a pure state machine (no I/O)."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Literal

from pmladder.model.answers import Answers, Rating
from pmladder.model.ladder import (
    Competency,
    ContraIndicator,
    Expectation,
    Indicator,
    Ladder,
    Level,
    SituationalQuestion,
)

ItemKind = Literal["indicator", "evidence", "situational", "contra"]
#: How a level's indicators came out: all met, at least half met, fewer than half met, all "no opportunity".
Outcome = Literal["met", "partial", "not_met", "unknown"]

# ---- the cells of a ladder -------------------------------------------------------------------------


def cell_indicators(ladder: Ladder) -> dict[str, tuple[str, ...]]:
    """For every indicator id, the ids of every indicator of its cell (competency x level), in order.

    One example backs a whole cell: the questionnaire asks for it once per cell and files it under the
    cell's first indicator rated 2 or 3, and an example under any indicator id of a cell backs them all.
    """
    found: dict[str, tuple[str, ...]] = {}
    for competency in ladder.competencies:
        for cell in competency.expectations.values():
            if isinstance(cell, Expectation):
                ids = tuple(indicator.id for indicator in cell.indicators)
                found.update(dict.fromkeys(ids, ids))
    return found


# ---- the adaptive item sequence -------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One question to ask: an indicator to rate, an example to give, a situational or contra item.

    An ``evidence`` item asks for one example for a whole cell (competency x level), after the cell's
    last indicator; its ``id`` and ``indicator`` are the cell's first indicator rated 2 or 3, which the
    example is filed under.
    """

    kind: ItemKind
    #: the indicator id (indicator; evidence: where the example is filed) or the question id
    id: str
    competency: Competency
    #: the level of the indicator's cell (indicator, evidence)
    level: Level | None = None
    indicator: Indicator | None = None
    #: the indicator's cell: its ``summary`` is what the example backs, its ``evidence`` what makes a good one
    cell: Expectation | None = None
    question: SituationalQuestion | ContraIndicator | None = None


@dataclass(frozen=True)
class Progress:
    """Where the user is: competency ``index`` of ``total`` (1-based) and how many items were answered."""

    index: int
    total: int
    answered: int

    @property
    def fraction(self) -> float:
        """Share of competencies finished before the current one (0.0-1.0)."""
        return 0.0 if self.total == 0 else min(1.0, (self.index - 1) / self.total)


@dataclass(frozen=True)
class State:
    """Answers so far plus the order they were given in (``history``: ``kind:id`` entries, oldest first).

    ``history`` kinds: ``indicator``, ``evidence`` (also when the example was declined), ``situational``,
    ``contra`` and ``skip`` (a competency id).
    """

    ladder: Ladder
    answers: Answers
    history: tuple[str, ...] = ()

    @property
    def path(self) -> list[Level]:
        return track_path(self.ladder, self.answers)


def start(ladder: Ladder, answers: Answers | None = None) -> State:
    """A fresh state; ``answers`` may carry ``track``, ``target`` and ``level_hint`` already."""
    return State(ladder=ladder, answers=answers or Answers(ladder=ladder.id))


def track_name(ladder: Ladder, answers: Answers) -> str:
    """The track to walk: ``answers.track``, else the branch of the hint or target level, else the first."""
    tracks = ladder.tracks()
    if answers.track in tracks:
        return answers.track
    for level_id in (answers.level_hint, answers.target):
        level = ladder.level(level_id) if level_id else None
        if level is not None and level.track in tracks:
            return level.track
    return next(iter(tracks))


def track_path(ladder: Ladder, answers: Answers) -> list[Level]:
    return ladder.tracks()[track_name(ladder, answers)]


def steps(competency: Competency, path: list[Level]) -> list[Level]:
    """The levels on ``path`` where ``competency`` adds requirements (defined cells; none/carry skipped)."""
    return [lv for lv in path if isinstance(competency.expectations.get(lv.id), Expectation)]


def competencies(ladder: Ladder, path: list[Level]) -> list[Competency]:
    """The competencies asked about on ``path``, in ladder order (those required somewhere on it)."""
    return [c for c in ladder.competencies if steps(c, path)]


def start_step(competency: Competency, path: list[Level], level_hint: str | None) -> int:
    """Index into ``steps()`` to start at: the cell required at the hint, else the first required cell."""
    found = steps(competency, path)
    ids = [lv.id for lv in path]
    if level_hint is None or level_hint not in ids:
        return 0
    hint_at = ids.index(level_hint)
    below = [i for i, lv in enumerate(found) if ids.index(lv.id) <= hint_at]
    return below[-1] if below else 0


def outcome(cell: Expectation, ratings: dict[str, Rating]) -> Outcome:
    """How a cell's indicators came out (``na`` answers are left out of the count)."""
    rated = [ratings[i.id] for i in cell.indicators if ratings.get(i.id, "na") != "na"]
    if not rated:
        return "unknown"
    met = sum(1 for r in rated if r in (2, 3))
    if met == len(rated):
        return "met"
    if met == 0 or met * 2 < len(rated):
        return "not_met"
    return "partial"


def needs_evidence(ladder: Ladder, level_id: str, rating: Rating) -> bool:
    """A rating of 2 or 3 at or above ``scoring.evidence_from`` (by band, as the scoring counts it) asks
    for a one-line example."""
    return rating in (2, 3) and ladder.needs_evidence(level_id)


def reached(competency: Competency, path: list[Level], ratings: dict[str, Rating]) -> int:
    """Index on ``path`` of the highest level the competency's answers meet so far (-1: none).

    A met cell keeps counting through the ``carry``/``none`` levels above it, up to the next level that
    adds requirements (as the scoring counts it).
    """
    found = steps(competency, path)
    ids = [lv.id for lv in path]
    best = -1
    for position, level in enumerate(found):
        cell = competency.expectations[level.id]
        assert isinstance(cell, Expectation)
        if outcome(cell, ratings) == "met":
            above = found[position + 1] if position + 1 < len(found) else None
            best = (ids.index(above.id) - 1) if above is not None else len(ids) - 1
    return best


def start_level(state: State, path: list[Level], finished: list[int]) -> str | None:
    """Where a competency starts (None: at its first required level).

    The first competency starts at the level hint; each later one at the lower median of the levels
    the finished competencies reached. (Measured on the bundled ladders, this asks fewer questions
    than keeping the hint, above all when the hint is off by a level.)
    """
    if not finished:
        return state.answers.level_hint
    middle = sorted(finished)[(len(finished) - 1) // 2]
    return path[middle].id if middle >= 0 else None


def _route(state: State, competency: Competency, path: list[Level], begin: str | None) -> Iterator[Item]:
    """The competency's items in order, as far as the answers so far decide; stops at the first unanswered."""
    found = steps(competency, path)
    index: int | None = start_step(competency, path, begin)
    direction = 0
    while index is not None:
        level = found[index]
        cell = competency.expectations[level.id]
        assert isinstance(cell, Expectation)
        complete = yield from _cell_items(state, competency, level, cell)
        if not complete:
            return
        direction, index = _next_step(outcome(cell, state.answers.ratings), direction, index, len(found))
    for question in state.ladder.questions:
        if question.competency != competency.id:
            continue
        kind: ItemKind = "situational" if isinstance(question, SituationalQuestion) else "contra"
        yield Item(kind, question.id, competency, question=question)


def _cell_items(
    state: State, competency: Competency, level: Level, cell: Expectation
) -> Generator[Item, None, bool]:
    """A cell's indicators, then its example when one is asked for; returns False at the first unrated one.

    One example per cell (the ladder gives one evidence prompt per cell), asked after the cell's last
    indicator and filed under its first indicator rated 2 or 3: one example per level of a competency
    instead of one per rating keeps runs short (measured lengths: docs/assess.md).
    """
    backed: Indicator | None = None
    for indicator in cell.indicators:
        rating = state.answers.ratings.get(indicator.id)
        yield Item("indicator", indicator.id, competency, level, indicator, cell)
        if rating is None:
            return False
        if backed is None and needs_evidence(state.ladder, level.id, rating):
            backed = indicator
    if backed is not None:
        yield Item("evidence", backed.id, competency, level, backed, cell)
    return True


def _next_step(result: Outcome, direction: int, index: int, count: int) -> tuple[int, int | None]:
    """Where the walk over a competency's cells goes after one came out as ``result``: (direction, the
    next cell's index, None once the walk ends). A met first cell walks up while cells are met or
    partly met; an unmet one walks down until a cell is met."""
    if direction == 0:
        if result == "met":
            direction = 1
        elif index == 0:
            return direction, None
        else:
            direction = -1
    if direction > 0:
        go_on = result in ("met", "partial") and index + 1 < count
        return direction, index + 1 if go_on else None
    if result == "met" or index == 0:
        return direction, None
    return direction, index - 1


def _answered(state: State, item: Item) -> bool:
    answers = state.answers
    if item.kind == "indicator":
        return item.id in answers.ratings
    if item.kind == "evidence":
        # given (under any indicator of the cell), or asked and declined
        siblings = [i.id for i in item.cell.indicators] if item.cell is not None else [item.id]
        return any(i in answers.evidence or f"evidence:{i}" in state.history for i in siblings)
    if item.kind == "situational":
        return item.id in answers.choices
    return item.id in answers.contra


def next_item(state: State) -> Item | None:
    """The next question to ask, or None when the questionnaire is complete."""
    path = state.path
    finished: list[int] = []
    for competency in competencies(state.ladder, path):
        if competency.id in state.answers.skipped:
            continue
        for item in _route(state, competency, path, start_level(state, path, finished)):
            if not _answered(state, item):
                return item
        if any(state.answers.ratings.get(i.id, "na") != "na" for i in _indicators(competency, path)):
            finished.append(reached(competency, path, state.answers.ratings))
    return None


def _indicators(competency: Competency, path: list[Level]) -> Iterator[Indicator]:
    for level in steps(competency, path):
        cell = competency.expectations[level.id]
        assert isinstance(cell, Expectation)
        yield from cell.indicators


def answer(state: State, item: Item, value: Rating | str | None) -> State:
    """Record the answer to ``item``: a rating (indicator; contra 0-3), an option id, or an example.

    An example of None (or blank) records that the user declined to give one.
    """
    answers = state.answers
    if item.kind == "indicator":
        if value not in (0, 1, 2, 3, "na"):
            raise ValueError(f"a rating is 0-3 or 'na', not {value!r}")
        update: dict[str, object] = {"ratings": {**answers.ratings, item.id: value}}
    elif item.kind == "evidence":
        if value is not None and not isinstance(value, str):
            raise ValueError("an example is text or None")
        text = value.strip() if isinstance(value, str) else ""
        update = {"evidence": {**answers.evidence, item.id: text}} if text else {}
    elif item.kind == "situational":
        assert isinstance(item.question, SituationalQuestion)
        if value not in [o.id for o in item.question.options]:
            raise ValueError(f"{value!r} is not an option of {item.id}")
        update = {"choices": {**answers.choices, item.id: value}}
    else:
        if value not in (0, 1, 2, 3):
            raise ValueError(f"a contra rating is 0-3, not {value!r}")
        update = {"contra": {**answers.contra, item.id: value}}
    new_answers = answers.model_copy(update=update) if update else answers
    return State(state.ladder, new_answers, (*state.history, f"{item.kind}:{item.id}"))


def skip(state: State) -> State:
    """Skip the rest of the competency of the next item (recorded in ``answers.skipped``)."""
    item = next_item(state)
    if item is None:
        return state
    competency_id = item.competency.id
    answers = state.answers.model_copy(update={"skipped": [*state.answers.skipped, competency_id]})
    return State(state.ladder, answers, (*state.history, f"skip:{competency_id}"))


def can_go_back(state: State) -> bool:
    return bool(state.history)


def back(state: State) -> State:
    """Undo exactly the last answer; an example goes together with the rating that asked for it.

    The example of a cell is asked right after the cell's last indicator, so undoing it (given or
    declined) undoes that rating too: the cell's last indicator is asked again, then the example.
    """
    if not state.history:
        return state
    history = list(state.history)
    kind, _, key = history.pop().partition(":")
    answers = state.answers
    ratings, evidence = dict(answers.ratings), dict(answers.evidence)
    choices, contra = dict(answers.choices), dict(answers.contra)
    skipped = list(answers.skipped)
    if kind == "evidence":
        evidence.pop(key, None)
        cell = cell_indicators(state.ladder).get(key, (key,))
        last_kind, _, last_key = history[-1].partition(":") if history else ("", "", "")
        if last_kind == "indicator" and last_key in cell:
            history.pop()
            ratings.pop(last_key, None)
    elif kind == "indicator":
        ratings.pop(key, None)
        evidence.pop(key, None)
    elif kind == "situational":
        choices.pop(key, None)
    elif kind == "contra":
        contra.pop(key, None)
    elif kind == "skip" and key in skipped:
        skipped.reverse()
        skipped.remove(key)
        skipped.reverse()
    new_answers = answers.model_copy(
        update={
            "ratings": ratings,
            "evidence": evidence,
            "choices": choices,
            "contra": contra,
            "skipped": skipped,
        }
    )
    return State(state.ladder, new_answers, tuple(history))


UndoKind = Literal["indicator", "evidence", "situational", "contra", "skip"]


@dataclass(frozen=True)
class Undone:
    """One answer ``back`` takes away: what was asked (``kind``, ``id``) and what the answer was.

    ``value``: the rating (indicator, contra), the option id (situational), the example (evidence;
    None when it was declined), None (skip, whose ``id`` is the competency).
    """

    kind: UndoKind
    id: str
    value: Rating | str | None


def undone(state: State) -> tuple[Undone, ...]:
    """What ``back(state)`` takes away, the last answer first (an example comes with the rating that
    asked for it); empty when nothing has been answered."""
    if not state.history:
        return ()
    history = list(state.history)
    kind, _, key = history.pop().partition(":")
    answers = state.answers
    if kind == "evidence":
        found = [Undone("evidence", key, answers.evidence.get(key))]
        cell = cell_indicators(state.ladder).get(key, (key,))
        last_kind, _, last_key = history[-1].partition(":") if history else ("", "", "")
        if last_kind == "indicator" and last_key in cell and last_key in answers.ratings:
            found.append(Undone("indicator", last_key, answers.ratings[last_key]))
        return tuple(found)
    if kind == "indicator":
        return (Undone("indicator", key, answers.ratings.get(key)),)
    if kind == "situational":
        return (Undone("situational", key, answers.choices.get(key)),)
    if kind == "contra":
        return (Undone("contra", key, answers.contra.get(key)),)
    return (Undone("skip", key, None),)


def progress(state: State, item: Item | None = None) -> Progress:
    """Competency i/n of ``item`` (default: the next item) and the number of answers given."""
    path = state.path
    asked = competencies(state.ladder, path)
    item = item if item is not None else next_item(state)
    answered = sum(1 for entry in state.history if not entry.startswith(("skip:", "evidence:")))
    if item is None:
        return Progress(len(asked), len(asked), answered)
    index = next((i for i, c in enumerate(asked, 1) if c.id == item.competency.id), len(asked))
    return Progress(index, len(asked), answered)
