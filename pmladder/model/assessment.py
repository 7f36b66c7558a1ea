"""Pydantic models of a computed assessment: per-competency and per-track results, confidence and the plan."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Final, Literal

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    ValidationError,
    model_serializer,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from pmladder.model.answers import Answers, Rating
from pmladder.model.ladder import DottedId, Frozen, Id, Text

ASSESSMENT_SCHEMA: Final = "pmladder/assessment@1"
#: The version that records who rated whom (``subject``, ``role``, ``rater``); a result without them is
#: still written as @1, which every earlier pmladder reads (docs/feedback.md, "The saved result").
RATED_SCHEMA: Final = "pmladder/assessment@2"


def _real_time(value: str) -> str:
    """A timestamp that matches the pattern must also be a real time (no month 13): it gets compared."""
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        detail = {"value": value, "reason": str(exc)}
        raise PydanticCustomError("timestamp", "'{value}' is not a real date and time ({reason})", detail) from None
    return value


#: An ISO 8601 timestamp with a UTC offset, such as ``2025-03-01T09:30:00+08:00``.
Timestamp = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$"),
    AfterValidator(_real_time),
]
#: An ISO 8601 calendar date, such as ``2025-04-12``.
IsoDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


def _one_line(value: str) -> str:
    """A name is one line without outer spaces (it is shown in headings, file names and tables)."""
    if value != value.strip() or any(not char.isprintable() for char in value):
        raise PydanticCustomError("person_name", "'{value}' is not a name on one line", {"value": value})
    return value


#: A person's name as given with --about or --name: 1-80 printable characters, no outer spaces.
PersonName = Annotated[str, StringConstraints(min_length=1, max_length=80), AfterValidator(_one_line)]
#: How the one who answered stands to the person rated: themselves, their manager, or a peer.
RaterRole = Literal["self", "manager", "peer"]
#: A value carried by a reason code, for the renderer to fill into its translated sentence.
ReasonValue = str | int | float
ConfidenceLevel = Literal["high", "medium", "low"]

#: How one indicator counts: met (2/3, verified or below the evidence level), unverified (2/3 without
#: the example the evidence level asks for), implied (unrated, below the lowest level the PM met: the
#: adaptive flow did not ask), missed (0/1 or unrated), na (no opportunity).
IndicatorStatus = Literal["met", "unverified", "implied", "missed", "na"]
#: How one cell (competency x level) counts: met, unverified (met only with unverified ratings),
#: missed, not_observed (every indicator n/a, or the competency was skipped), none (not required).
CellStatus = Literal["met", "unverified", "missed", "not_observed", "none"]


class Deferred(Frozen):
    """Base of the result models: built on first use, so that a command reading answers (the first
    question of an interactive run) does not pay for the models of a result it has not made yet."""

    model_config = ConfigDict(defer_build=True)


class Reason(Deferred):
    """A stable code (documented in docs/assessment-method.md) with the values its sentence needs."""

    code: str
    values: dict[str, ReasonValue] = Field(default_factory=dict)


class CellResult(Deferred):
    """One level of one competency on one track."""

    level: Id
    status: CellStatus
    #: every indicator of the effective cell (for ``carry``: of the last defined cell) and how it counts
    indicators: dict[DottedId, IndicatorStatus] = Field(default_factory=dict)


def _own_floor(cells: list[Any], reach: Any) -> Any:
    """The highest level up to ``reach`` whose cell is the competency's own requirement (not ``none``,
    not a ``carry`` that repeats an earlier cell's indicators) and passed; None when there is none.

    Used to read results saved before ``passes_up_to`` existed, whose ``floor`` was the reach."""
    seen: set[tuple[str, ...]] = set()
    own = None
    for cell in cells:
        level, status, indicators = (
            (cell.get("level"), cell.get("status"), tuple(cell.get("indicators") or ()))
            if isinstance(cell, dict)
            else (cell.level, cell.status, tuple(cell.indicators))
        )
        if status != "none" and indicators not in seen:
            own = level
        seen.add(indicators)
        if level == reach:
            return own
    return None


class CompetencyResult(Deferred):
    """Where one competency stands on one track. Level ids are levels of the track; None = below its first."""

    competency: Id
    core: bool
    weight: float
    #: the competency's level as reported: the highest level whose OWN requirement (not a carried or
    #: ``none`` cell) was met, with every requirement below it (docs/assessment-method.md, section 3)
    floor: Id | None
    #: the highest level up to which every requirement, carried ones included, is met: what the level
    #: rule counts (at least ``floor``; above it only through levels that ask nothing new)
    passes_up_to: Id | None = None
    #: every requirement this ladder has of the competency on this track is met: nothing new is asked
    #: above ``floor`` ("meets all this ladder asks of it, up to <floor>")
    meets_all: bool = False
    #: the floor when unverified ratings and not-observed cells count as met
    lenient_floor: Id | None
    #: highest level with any indicator rated 2 or 3 (at least the floor)
    ceiling: Id | None
    #: the level after the floor on this track (None at the top)
    next_level: Id | None
    #: share of the next level's indicators met (n/a excluded); None when there is no next level
    progress: float | None
    #: False when nothing of this competency was rated 0-3 (skipped or all n/a): the central estimate
    #: leaves it out, the strict one counts it as failing, the lenient one as passing
    observed: bool
    skipped: bool = False
    cells: list[CellResult] = Field(default_factory=list)
    unverified: list[DottedId] = Field(default_factory=list)
    #: indicators met at a level above a level with a missed indicator
    inconsistent: list[DottedId] = Field(default_factory=list)
    #: levels whose every indicator was answered n/a
    not_observed: list[Id] = Field(default_factory=list)
    #: endorsed contra-indicator that caps the floor, and the highest level it allows (None: below first)
    capped_by: DottedId | None = None
    cap: Id | None = None
    flags: list[Reason] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _saved_before_passes_up_to(cls, data: Any) -> Any:
        """A result saved before ``passes_up_to`` existed held the reach in ``floor``: split it."""
        if isinstance(data, dict) and "floor" in data and "passes_up_to" not in data:
            cells = data.get("cells") or []
            reach = data["floor"]
            if not cells:  # nothing to tell carried cells by: the floor stays as it was
                return {**data, "passes_up_to": reach}
            last = cells[-1]
            top = last.get("level") if isinstance(last, dict) else getattr(last, "level", None)
            data = {**data, "passes_up_to": reach, "floor": _own_floor(cells, reach), "meets_all": reach == top}
        return data


class Undetermined(Deferred):
    """A level the answers cannot settle: core competencies it requires have nothing rated (skipped or
    answered all n/a). Settled by answering them, or by asking a manager to rate them."""

    level: Id
    competencies: list[Id]


class LevelCheck(Deferred):
    """Whether one level of a track passes the central rule, and why not."""

    level: Id
    passed: bool
    #: weighted share of the (observed) required competencies that pass
    share: float
    required: list[Id] = Field(default_factory=list)
    failing: list[Id] = Field(default_factory=list)
    core_failing: list[Id] = Field(default_factory=list)
    #: required competencies more than max_shortfall levels short
    beyond_shortfall: list[Id] = Field(default_factory=list)


class TrackResult(Deferred):
    """The overall estimate on one career track."""

    track: str
    #: the ordered level ids of the track
    path: list[Id]
    #: central estimate (the ladder's threshold rule); None = below the first level
    level: Id | None
    #: every required competency must pass (unverified and not observed count as missed)
    strict: Id | None
    #: the threshold rule with unverified ratings and not-observed cells counted as met
    lenient: Id | None
    #: the LevelType id of the central level, when the ladder has types
    type: Id | None = None
    #: nothing was rated on this track: there is no estimate (level, strict and lenient are None and
    #: mean "not enough to go on", not "below the first level")
    no_estimate: bool = False
    #: the level after the central one, when only core competencies with nothing rated keep it from passing
    undetermined: Undetermined | None = None
    levels: list[LevelCheck] = Field(default_factory=list)
    competencies: list[CompetencyResult] = Field(default_factory=list)

    def competency(self, competency_id: str) -> CompetencyResult | None:
        return next((c for c in self.competencies if c.competency == competency_id), None)

    def index(self, level_id: str | None) -> int:
        """Position of a level on this track; -1 for None (below the first level)."""
        return -1 if level_id is None else self.path.index(level_id)


class Confidence(Deferred):
    level: ConfidenceLevel
    reasons: list[Reason] = Field(default_factory=list)


class Binding(Deferred):
    """A competency that keeps the next level from passing; ``why`` has codes core / shortfall / share."""

    competency: Id
    floor: Id | None
    why: list[Literal["core", "shortfall", "share"]]


class Change(Deferred):
    """One answer that would have to change: raise a rating to 2, add an example, or drop a contra."""

    kind: Literal["raise", "evidence", "contra"]
    id: DottedId
    competency: Id
    #: level id of the indicator's cell (for contra: the level it caps below)
    level: Id
    current: Rating | None = None


class HoldsBack(Deferred):
    """What keeps the estimate from moving up one level on the primary track."""

    track: str
    current: Id | None
    next_level: Id
    binding: list[Binding]
    #: the fewest answers that would have to change for the central estimate to reach next_level
    smallest_change: list[Change]


class UnmetIndicator(Deferred):
    id: DottedId
    level: Id
    status: IndicatorStatus
    current: Rating | None = None


class PlannedAction(Deferred):
    """A development action from the ladder; kind follows 70-20-10."""

    kind: Literal["experience", "exposure", "education"]
    text: Text


class PlannedResource(Deferred):
    """A learning resource the ladder lists for a focus area's competency (see model.ladder.Resource)."""

    kind: Literal["book", "course", "practice", "community"]
    title: Text
    author: str | None = None
    url: str | None = None
    note: Text | None = None


class FocusArea(Deferred):
    competency: Id
    #: core or more than max_shortfall levels short at the target
    blocker: bool
    why: list[Literal["core", "shortfall", "gap"]]
    floor: Id | None
    #: requirement steps between the floor and the target (docs/assessment-method.md, "steps short")
    gap: int
    weight: float
    unmet: list[UnmetIndicator]
    #: endorsed contra-indicators that keep this competency below the target
    traps: list[DottedId] = Field(default_factory=list)
    actions: list[PlannedAction]
    #: books, courses, practices and communities for the competency (none in results made before they existed)
    resources: list[PlannedResource] = Field(default_factory=list)
    #: what to collect as evidence (the target cell's evidence prompt)
    evidence: Text | None
    #: a SMART goal draft, built from templates and the first unmet indicator
    goal: Text


class Plan(Deferred):
    """The development plan toward a target level."""

    track: str
    current: Id | None
    #: None when the estimate is already at the top of the track
    target: Id | None
    focus: list[FocusArea] = Field(default_factory=list)
    #: competencies already at or above the target
    strengths: list[Id] = Field(default_factory=list)
    check_in: IsoDate
    reassess: IsoDate
    reassess_months: int


class Stats(Deferred):
    """Counts over the answers, for the confidence reasons and the report."""

    indicators: int
    answered: int
    na: int
    met: int
    unverified: int
    implied: int
    skipped: int


#: How a level or a floor moved between two assessments.
Move = Literal["up", "down", "same"]
#: What became of a focus area of the previous plan: ``met`` (the floor now reaches the previous
#: target), ``not_met``, ``not_observed`` (nothing of the competency rated this time) or ``gone`` (the
#: competency, the target level or the plan's track is no longer in the ladder).
FocusStatus = Literal["met", "not_met", "not_observed", "gone"]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class FloorMove(Deferred):
    """A competency whose floor moved since the previous assessment (on the compared track)."""

    competency: Id
    previous: Id | None
    current: Id | None
    move: Literal["up", "down"]


class FocusOutcome(Deferred):
    """One focus area of the previous plan, measured against this assessment."""

    competency: Id
    status: FocusStatus
    #: the competency's floor now, on the previous plan's track (None: below its first level, not
    #: observed this time, or gone)
    floor: Id | None = None


class Progress(Deferred):
    """What changed since the previous saved assessment of the same ladder (pmladder/progress.py)."""

    previous_created: Timestamp
    previous_ladder_sha256: Sha256
    #: the ladder file changed in between: only ids that still exist are compared
    ladder_changed: bool
    #: the track both results are compared on: this assessment's primary track
    track: str
    previous_level: Id | None
    previous_strict: Id | None
    previous_lenient: Id | None
    current_level: Id | None
    current_strict: Id | None
    current_lenient: Id | None
    #: None when the previous level is no longer on the track, or either side has no estimate
    move: Move | None
    #: the previous assessment had nothing rated: no estimate (its levels are None)
    previous_no_estimate: bool = False
    #: only the competencies whose floor moved, in ladder order
    moved: list[FloorMove] = Field(default_factory=list)
    #: the previous plan's track and target (None: it was already at the top)
    plan_track: str
    plan_target: Id | None
    focus: list[FocusOutcome] = Field(default_factory=list)


class Assessment(Deferred):
    """A completed assessment (of oneself, or of someone else by their manager or a peer): the answers
    and everything computed from them."""

    schema_: Literal["pmladder/assessment@1", "pmladder/assessment@2"] = Field(
        default=ASSESSMENT_SCHEMA, alias="schema"
    )
    ladder: Id
    #: sha256 of the ladder file's bytes, to tell when a saved result was made with another version
    ladder_sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    created: Timestamp
    answers: Answers
    primary_track: str
    tracks: list[TrackResult]
    confidence: Confidence
    stats: Stats
    holds_back: HoldsBack | None = None
    plan: Plan
    #: the comparison with the previous saved assessment of the same ladder, when there is one; left
    #: out of the JSON when None, so a first assessment's file is what it was before the field existed
    since: Progress | None = None
    #: who was rated (None: the one who answered, unnamed); from @2, left out of the JSON when None
    subject: PersonName | None = None
    #: how the one who answered stands to ``subject``; a result without the field is a self-assessment
    role: RaterRole = "self"
    #: the name of the one who answered, when given (a manager's or a peer's)
    rater: PersonName | None = None

    @model_validator(mode="before")
    @classmethod
    def _rated_is_version_2(cls, data: Any) -> Any:
        """A result that says who rated whom is a ``pmladder/assessment@2`` (also one built in code)."""
        if not isinstance(data, dict) or data.get("schema", ASSESSMENT_SCHEMA) != ASSESSMENT_SCHEMA:
            return data
        if data.get("subject") or data.get("rater") or data.get("role", "self") != "self":
            return {**data, "schema": RATED_SCHEMA}
        return data

    @model_validator(mode="after")
    def _primary_track_is_a_track(self) -> Assessment:
        """The primary track must be one of ``tracks`` (the report and ``compare --result`` read it)."""
        names = [t.track for t in self.tracks]
        if self.primary_track not in names:
            text = "primary track '{track}' is not one of the tracks of the result: {names}"
            error = PydanticCustomError("primary_track", text, {"track": self.primary_track, "names": ", ".join(names)})
            detail = InitErrorDetails(type=error, loc=("primary_track",), input=self.primary_track)
            raise ValidationError.from_exception_data(type(self).__name__, [detail])
        return self

    @model_serializer(mode="wrap")
    def _leave_out_empty_fields(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``since`` and who rated whom are left out when empty (a result without who rated whom is an
        @1), so that a self-assessment's file is what it was before the fields existed."""
        data: dict[str, Any] = handler(self)
        if data.get("since", ...) is None:
            del data["since"]
        for name, default in (("subject", None), ("role", "self"), ("rater", None)):
            if data.get(name, ...) == default:
                del data[name]
        return data

    @property
    def about_someone_else(self) -> bool:
        """Whether a manager or a peer answered (not the person rated)."""
        return self.role != "self"

    def primary(self) -> TrackResult:
        return next(t for t in self.tracks if t.track == self.primary_track)

    def track(self, name: str) -> TrackResult | None:
        return next((t for t in self.tracks if t.track == name), None)
