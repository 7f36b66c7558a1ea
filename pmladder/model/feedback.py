"""The feedback request: what a PM hands a manager or peer to rate them on (a fillable answers form)."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints

from pmladder.model.answers import MAX_ENTRIES, EvidenceText, Rating
from pmladder.model.assessment import PersonName
from pmladder.model.ladder import DottedId, Frozen, Id

REQUEST_SCHEMA: Final = "pmladder/feedback@1"


class FeedbackRequest(Frozen):
    """A request to rate ``about`` on a ladder: the ladder pinned by its id and digest, the track and the
    levels to cover; the one who answers fills in ``role`` (or --as), ``rater`` (or --name) and, offline,
    the ratings (left empty: answered interactively with ``pmladder feedback answer``)."""

    schema_: Literal["pmladder/feedback@1"] = Field(default=REQUEST_SCHEMA, alias="schema")
    ladder: Id
    #: sha256 of the ladder file the request was made from: answering it with another version is refused
    ladder_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    #: the person to rate
    about: PersonName
    track: Id | None = None
    #: the levels to cover, lowest first: the questions start at the first; the form lists their statements
    levels: list[Id] = Field(min_length=1, max_length=50)
    #: when the request was made (ISO 8601)
    created: Annotated[str, StringConstraints(max_length=40)] | None = None
    #: how the one answering stands to ``about``: manager or peer (else --as)
    role: Literal["manager", "peer"] | None = None
    #: the name of the one answering (else --name; may stay empty)
    rater: PersonName | None = None
    #: indicator id -> rating (0-3 or na), empty until filled in
    ratings: dict[DottedId, Rating | None] = Field(default_factory=dict, max_length=MAX_ENTRIES)
    #: indicator id -> a one-line example of what ``about`` did, optional
    evidence: dict[DottedId, EvidenceText | None] = Field(default_factory=dict, max_length=MAX_ENTRIES)
