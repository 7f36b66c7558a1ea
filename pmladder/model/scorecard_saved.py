"""Pydantic models of what a scorecard run saves: an unfinished session, a saved result, capability × performance."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from pmladder.model.ladder import Frozen, Id, Lang, Text
from pmladder.model.scorecard import Entry, ScorecardResult

SESSION_SCHEMA: Literal["pmladder/scorecard-session@1"] = "pmladder/scorecard-session@1"
SAVED_SCHEMA: Literal["pmladder/scorecard-saved@1"] = "pmladder/scorecard-saved@1"
GRID_SCHEMA: Literal["pmladder/capability-performance@1"] = "pmladder/capability-performance@1"

#: a period label: ``2026-H2``, ``2026-Q3``, ``2026-07``, ``2026``, or any short label of letters, digits, ``._-``
Period = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$")]
#: ``kpi:<id>``, ``fact:<id>`` or ``reached:<rule id>``, in the order they were answered
Asked = Annotated[str, StringConstraints(max_length=200)]


class ScorecardSession(Frozen):
    """An unfinished interactive scorecard period, saved after every answer (``<data>/sessions/scorecards/``)."""

    schema_: Literal["pmladder/scorecard-session@1"] = Field(default=SESSION_SCHEMA, alias="schema")
    scorecard: Id
    #: what TEMPLATE was on the command line (a bundled id, a user id or a file), to find it again
    template_source: str
    template_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    period: Period
    stage: Id | None = None
    base_pay: float | None = None
    lang: Lang
    #: the values so far, as a values file writes them (a percent always with its ``%`` sign)
    values: dict[Id, Entry] = Field(default_factory=dict)
    facts: dict[Id, float] = Field(default_factory=dict)
    #: milestone rules answered: True when reached
    milestones: dict[Id, bool] = Field(default_factory=dict)
    history: list[Asked] = Field(default_factory=list, max_length=2000)
    updated: str


class SavedScorecard(BaseModel):
    """A scored period as kept in ``<data>/scorecard-results/``: ``kind: scorecard``, its period, the result."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder saved scorecard result")

    schema_: Literal["pmladder/scorecard-saved@1"] = Field(default=SAVED_SCHEMA, alias="schema")
    kind: Literal["scorecard"] = "scorecard"
    scorecard: Id
    period: Period
    stage: Id | None = None
    #: when it was scored: local time with its offset, to the second
    created: str
    template_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    result: ScorecardResult


# ---- capability beside performance --------------------------------------------------------------------

CapabilityTier = Literal["lower", "middle", "upper"]
PerformanceTier = Literal["below", "meets", "exceeds"]


class Capability(BaseModel):
    """Where an assessment places a person on their ladder's track."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ladder: str
    ladder_name: Text
    created: str
    #: who was assessed (None: the one who answered, a self-assessment), how the rater stands to them
    subject: str | None = None
    role: str = "self"
    rater: str | None = None
    track: str
    #: the estimated level (None: below the track's first level), its name, and the range around it
    level: str | None
    level_name: Text | None
    strict: str | None
    lenient: str | None
    #: 1-based place of ``level`` on the track (0: below the first level), out of ``levels``
    position: int
    levels: int
    confidence: str
    tier: CapabilityTier


class Performance(BaseModel):
    """What a scorecard period gives for the grid."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scorecard: str
    scorecard_name: Text
    period: str
    stage: str | None
    #: the weighted total (100 on target everywhere); None when every KPI was na
    total: float | None
    pay_multiplier: float
    tier: PerformanceTier | None


class CapabilityPerformance(BaseModel):
    """An assessment and a scorecard period side by side, placed on a 3 × 3 capability × performance grid."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder capability and performance")

    schema_: Literal["pmladder/capability-performance@1"] = Field(default=GRID_SCHEMA, alias="schema")
    kind: Literal["capability-performance"] = "capability-performance"
    period: str
    #: whether the assessment was made in the scorecard's period (or within 92 days after it ended);
    #: None when the period label has no dates pmladder knows
    same_period: bool | None
    capability: Capability
    performance: Performance
    #: the cell: ``[capability tier, performance tier]`` (None when the total is None)
    cell: list[str] | None
    #: the saved assessment's file, as given
    assessment_file: str
    scorecard_result: ScorecardResult
