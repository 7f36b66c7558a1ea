"""The Answers model: what a PM answered, as stored in an answers file or a saved session."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from pmladder.model.ladder import DottedId, Frozen, Id

ANSWERS_SCHEMA = "pmladder/answers@1"

#: 0 not yet · 1 sometimes / with help · 2 often, on my own · 3 consistently, others rely on me · na
Rating = Literal[0, 1, 2, 3, "na"]
#: A one-line example that backs a rating of 2 or 3.
EvidenceText = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class Answers(Frozen):
    """Everything needed to recompute an assessment: ratings, evidence and question answers."""

    schema_: Literal["pmladder/answers@1"] = Field(default="pmladder/answers@1", alias="schema")
    #: id of the ladder the answers belong to
    ladder: Id
    #: the career track to estimate and plan on (default: the track where the estimate is highest)
    track: Id | None = None
    #: the level to plan toward (default: the next level on the track)
    target: Id | None = None
    #: the level the PM believes they are at; the interactive flow starts there
    level_hint: Id | None = None
    #: indicator id -> rating
    ratings: dict[DottedId, Rating] = Field(default_factory=dict)
    #: indicator id -> one-line example
    evidence: dict[DottedId, EvidenceText] = Field(default_factory=dict)
    #: situational question id -> chosen option id
    choices: dict[DottedId, Id] = Field(default_factory=dict)
    #: contra-indicator id -> how much the statement describes the PM (0-3)
    contra: dict[DottedId, Literal[0, 1, 2, 3]] = Field(default_factory=dict)
    #: competencies the PM chose to skip
    skipped: list[Id] = Field(default_factory=list)
