"""The Answers model: what a PM answered, as stored in an answers file or a saved session."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from pmladder.model.ladder import DottedId, Frozen, Id

ANSWERS_SCHEMA = "pmladder/answers@1"

#: At most this many entries in each collection of an answers file (ratings, evidence, choices, contra,
#: skipped). The largest bundled ladder has 110 indicators and a ladder allows three per cell, so this is
#: generous; questionnaire.check_answers also holds each one to what the ladder has.
MAX_ENTRIES: Final = 1_000
#: The values an answers file may hold: four mappings and one list of MAX_ENTRIES, and the few fields
#: around them. Reading stops at the first value past it, so a huge file is refused at once.
MAX_NODES: Final = 4 * 2 * MAX_ENTRIES + MAX_ENTRIES + 100


def _exactly_int_or_text(expected: str) -> BeforeValidator:
    """Refuse ``2.0`` and ``true`` where a choice of integers is expected.

    A Literal compares by equality, so pydantic would take 2.0 as 2 and true as 1 even in strict mode;
    a rating typed as 2.0 or true is a mistake to report, not to guess at.
    """

    def check(value: Any) -> Any:
        if isinstance(value, bool | float):
            text = "must be {expected} (got {value!r})"
            raise PydanticCustomError("literal_error", text, {"expected": expected, "value": value})
        return value

    return BeforeValidator(check)


#: 0 not yet · 1 sometimes / with help · 2 often, on my own · 3 consistently, others rely on me · na
Rating = Annotated[Literal[0, 1, 2, 3, "na"], _exactly_int_or_text("0, 1, 2, 3 or 'na'")]
#: how much a contra-indicator statement describes the PM
ContraRating = Annotated[Literal[0, 1, 2, 3], _exactly_int_or_text("0, 1, 2 or 3")]
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
    ratings: dict[DottedId, Rating] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    #: indicator id -> one-line example
    evidence: dict[DottedId, EvidenceText] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    #: situational question id -> chosen option id
    choices: dict[DottedId, Id] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    #: contra-indicator id -> how much the statement describes the PM (0-3)
    contra: dict[DottedId, ContraRating] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    #: competencies the PM chose to skip
    skipped: list[Id] = Field(default_factory=list, max_length=MAX_ENTRIES)
