"""Whether the estimate rests on answers near it: the basal rule's support (issue 9, rule 2)."""

from __future__ import annotations

from pmladder.model.answers import Answers
from pmladder.scoring.competency import CompetencyWork


def _rated(answers: Answers, work: CompetencyWork, index: int) -> bool:
    """Whether any indicator of the cell at ``index`` has a rating 0-3 (n/a says nothing of the level)."""
    return any(answers.ratings.get(i) in (0, 1, 2, 3) for i in work.cells[index].statuses)


def unsupported(answers: Answers, works: list[CompetencyWork], level: int) -> list[str]:
    """The core competencies required at ``level`` with no rating at or next to it.

    "At or next to" counts the competency's own cells (its requirement steps): the one in force at the
    level (the last own cell at or below it) and the steps just below and above. The adaptive
    questionnaire starts every competency near the claimed level and walks from there, so an honest run
    always rates one of them; a level that rests only on the basal rule, answered far above or below
    it, is not measured there.
    """
    if level < 0:
        return []
    found: list[str] = []
    for work in works:
        if not work.comp.core or work.cells[level].expectation is None:
            continue
        own = [i for i in range(len(work.cells)) if work.own(i)]
        at = max((k for k, i in enumerate(own) if i <= level), default=None)
        if at is None:
            continue
        window = own[max(at - 1, 0) : at + 2]
        if not any(_rated(answers, work, i) for i in window):
            found.append(work.comp.id)
    return found
