"""The perception-gap review: self, manager and peers per competency, the gaps flagged, a combined estimate."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field

from pmladder.model.assessment import Deferred, IndicatorStatus, PersonName, RaterRole, Timestamp
from pmladder.model.ladder import DottedId, Id

REVIEW_SCHEMA: Final = "pmladder/review@1"
#: Why a competency is flagged: the views are two levels or more apart (TACO's "serious disconnect"), or
#: they differ at all on a core competency.
GapFlag = Literal["two-levels", "core"]
#: Which way a gap goes: others see more than the self-assessment (a blind spot: a strength the PM does not
#: credit), less (an over-estimate), both ways (manager and peers on either side), or none.
Direction = Literal["blind-spot", "over-estimate", "mixed", "agree"]
#: Why an indicator is put up for discussion: met in the self-assessment and missed in another rating
#: (``self-only``), the other way round (``others-only``), or the next step up from the lower view.
DiscussKind = Literal["self-only", "others-only", "next-step"]


class RaterView(Deferred):
    """One result taken into the review."""

    file: str
    role: RaterRole
    rater: PersonName | None = None
    created: Timestamp
    #: the result's central level on the reviewed track (None: below its first level)
    level: Id | None
    #: whether it was made with another version of the ladder than the one read now
    ladder_changed: bool = False


class Discussion(Deferred):
    """An indicator to talk over, and how each side rated it (by role: self, manager, peer)."""

    indicator: DottedId
    level: Id
    kind: DiscussKind
    statuses: dict[str, list[IndicatorStatus]] = Field(default_factory=dict)


class CompetencyGap(Deferred):
    """One competency: each view as a step on the track (-1: below its first level; None: not observed),
    the differences from the self-assessment, and the flags."""

    competency: Id
    core: bool
    self_step: int | None
    manager_step: float | None
    #: the median of the peers' steps
    peers_step: float | None
    peers: int = 0
    #: the mean of the manager's and the peers' steps (each group counts once)
    others_step: float | None
    manager_difference: float | None
    peers_difference: float | None
    #: others minus self: positive when others see more
    difference: float | None
    largest: float | None
    flags: list[GapFlag] = Field(default_factory=list)
    direction: Direction = "agree"
    discuss: list[Discussion] = Field(default_factory=list)


class Combined(Deferred):
    """The combined level estimate: the rater groups' levels weighed by ``weights`` (groups: self, manager,
    peers), rounded down to a level; ``low`` and ``high`` are the lowest and highest group levels."""

    step: float
    level: Id | None
    low: Id | None
    high: Id | None
    weights: dict[str, float]


class Review(Deferred):
    """What `pmladder review` reports (docs/feedback.md)."""

    schema_: Literal["pmladder/review@1"] = Field(default=REVIEW_SCHEMA, alias="schema")
    ladder: Id
    track: str
    #: the ordered level ids of the track (steps index into it)
    path: list[Id]
    subject: PersonName | None = None
    raters: list[RaterView]
    competencies: list[CompetencyGap]
    combined: Combined
