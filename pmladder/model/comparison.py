"""Pydantic models of what `compare`, `ladders` and `show` produce; their JSON output is these models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from pmladder.model.ladder import Faq, Relation, Resource, Text

COMPARISON_SCHEMA: Literal["pmladder/comparison@1"] = "pmladder/comparison@1"
LEVEL_DIFF_SCHEMA: Literal["pmladder/level-diff@1"] = "pmladder/level-diff@1"
SIDE_BY_SIDE_SCHEMA: Literal["pmladder/side-by-side@1"] = "pmladder/side-by-side@1"
TRANSLATION_SCHEMA: Literal["pmladder/translation@1"] = "pmladder/translation@1"
LADDER_LIST_SCHEMA: Literal["pmladder/ladder-list@1"] = "pmladder/ladder-list@1"
LADDER_VIEW_SCHEMA: Literal["pmladder/ladder-view@1"] = "pmladder/ladder-view@1"
LADDER_FAQ_SCHEMA: Literal["pmladder/ladder-faq@1"] = "pmladder/ladder-faq@1"


class Out(BaseModel):
    """Base of every output model: no unknown keys, never changed after it is built."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


# ---- references to parts of a ladder ----------------------------------------------------------------


class LadderRef(Out):
    id: str
    name: Text
    #: display names of the ladder's named tracks (the ladder's ``tracks``); others show their id
    track_names: dict[str, Text] = Field(default_factory=dict)


class LevelRef(Out):
    id: str
    name: Text
    #: the closed band interval [band, band_to] on the shared 1-7 scale
    band: int
    band_to: int


class CompetencyRef(Out):
    id: str
    name: Text
    group: str


class GroupRef(Out):
    id: str
    name: Text


class IndicatorView(Out):
    id: str
    text: Text


#: what the ladder file says in a cell: a defined expectation, ``carry`` or ``none`` (also: no cell)
CellState = Literal["defined", "carry", "none"]


class CellView(Out):
    """One cell of the level x competency matrix, with ``carry`` resolved to the cell it carries."""

    competency: str
    level: str
    state: CellState
    #: the expectation in force (for carry: the one carried); None when nothing is required
    summary: Text | None = None
    indicators: list[IndicatorView] = Field(default_factory=list)
    evidence: Text | None = None
    #: for carry: the level whose cell is carried forward
    carried_from: LevelRef | None = None
    #: the note of a none/carry cell
    note: Text | None = None

    @property
    def required(self) -> bool:
        return self.summary is not None


# ---- pmladder compare A B ------------------------------------------------------------------------------

#: declared: the band intervals overlap; derived: no overlap, nearest level by band distance
AlignmentKind = Literal["declared", "derived"]


class LevelMatch(Out):
    level: LevelRef
    kind: AlignmentKind
    #: band distance between the two intervals (0 when they overlap)
    distance: int


class AlignedLevel(Out):
    level: LevelRef
    matches: list[LevelMatch]


class RoundTrip(Out):
    """A level of A, the levels of B it aligns with, and the levels of A those align back to."""

    start: str
    via: list[str]
    back: list[str]
    #: the start level is among the levels the round trip comes back to
    returns: bool


class LevelAlignment(Out):
    """How the levels of one track of A line up with those of one track of B."""

    track_a: str
    track_b: str
    #: every level of track A with its matches on track B
    forward: list[AlignedLevel]
    #: every level of track B with its matches on track A
    backward: list[AlignedLevel]
    #: A -> B -> A for every level of track A
    round_trip: list[RoundTrip]
    #: order is preserved both ways (a higher level never aligns lower than a lower one)
    monotone: bool


class FirstRequired(Out):
    """Where a competency first becomes required along a track."""

    competency: CompetencyRef
    level: LevelRef


class BandCheck(Out):
    a: FirstRequired | None
    b: FirstRequired | None
    #: signed band distance from A's level to B's level (positive: B requires it later); None if absent
    gap: int | None
    #: the declared bands agree with the content (|gap| below the disagreement threshold)
    agrees: bool


class ContentBand(BandCheck):
    #: canonical taxonomy competency id
    canonical: str
    name: Text


class ContentCheck(Out):
    """Advisory cross-check of the declared bands against the content of one pair of tracks."""

    track_a: str
    track_b: str
    competencies: list[ContentBand]
    #: where team building or leadership (taxonomy ids team-building, leadership) is first required
    leadership: BandCheck
    #: a gap of this many bands or more is a disagreement
    threshold: int


class CrosswalkPair(Out):
    a: CompetencyRef
    b: CompetencyRef
    #: how A's competency relates to B's (exact, close, broad: A is broader, narrow: A is narrower, related)
    relation: Relation
    #: the canonical taxonomy ids they share
    via: list[str]


class Crosswalk(Out):
    pairs: list[CrosswalkPair]
    #: competencies of A with no counterpart in B
    only_a: list[CompetencyRef]
    #: competencies of B with no counterpart in A
    only_b: list[CompetencyRef]
    #: the names of the canonical taxonomy ids in ``via`` (from ladders/taxonomy.yaml)
    names: dict[str, Text] = Field(default_factory=dict)


class Comparison(Out):
    """The result of ``pmladder compare A B``."""

    schema_: Literal["pmladder/comparison@1"] = Field(default=COMPARISON_SCHEMA, alias="schema")
    a: LadderRef
    b: LadderRef
    alignments: list[LevelAlignment]
    content: list[ContentCheck]
    crosswalk: Crosswalk


# ---- pmladder compare A B --competency C [--level L] --------------------------------------------------


class SideBySideMatch(Out):
    level: LevelRef
    kind: AlignmentKind
    distance: int
    cells: list[CellView]


class SideBySideRow(Out):
    level: LevelRef
    cells: list[CellView]
    matches: list[SideBySideMatch]


class SideBySideTrack(Out):
    track_a: str
    track_b: str
    rows: list[SideBySideRow]


class SideBySide(Out):
    """The result of ``pmladder compare A B --competency C``: both ladders' cells at aligned levels."""

    schema_: Literal["pmladder/side-by-side@1"] = Field(default=SIDE_BY_SIDE_SCHEMA, alias="schema")
    a: LadderRef
    b: LadderRef
    competencies_a: list[CompetencyRef]
    competencies_b: list[CompetencyRef]
    pairs: list[CrosswalkPair]
    tracks: list[SideBySideTrack]


# ---- pmladder compare LADDER --from L1 --to L2 ---------------------------------------------------------

#: new: none -> defined; raised: defined -> another defined cell (between tracks: a different one);
#: carried: the same cell (carry); dropped: defined -> not required; none: required at neither level
Change = Literal["new", "raised", "carried", "dropped", "none"]


class CompetencyDiff(Out):
    competency: CompetencyRef
    change: Change
    before: CellView
    after: CellView
    #: indicators of the ``to`` cell that the ``from`` cell does not have
    new_indicators: list[IndicatorView]


class LevelDiff(Out):
    """The result of ``pmladder compare LADDER --from L1 --to L2``."""

    schema_: Literal["pmladder/level-diff@1"] = Field(default=LEVEL_DIFF_SCHEMA, alias="schema")
    ladder: LadderRef
    from_level: LevelRef
    to_level: LevelRef
    #: the track both levels are on; None for a move between tracks (e.g. director -> architect)
    track: str | None
    competencies: list[CompetencyDiff]


# ---- pmladder compare A B --result FILE ----------------------------------------------------------------


class CarriedCompetency(Out):
    """A competency of B measured through its counterpart(s) in A."""

    competency: CompetencyRef
    #: the pairs of the crosswalk it is measured through (relation other than related)
    sources: list[CrosswalkPair]
    #: the floor reached on A by the source used (the strongest relation, then the lowest floor);
    #: None when below A's first level
    floor_a: LevelRef | None
    #: the levels of B that floor aligns with (empty: below B's first level)
    floor_b: list[LevelRef]


class Placement(Out):
    """The estimate of A placed onto one track of B."""

    track_b: str
    #: the lowest level of B aligned with A's strict estimate; None: below B's first level
    low: LevelRef | None
    #: the highest level of B aligned with A's lenient estimate; None: below B's first level
    high: LevelRef | None
    #: the levels of B aligned with A's central estimate
    central: list[LevelRef]
    #: some of these alignments are derived (no band overlap), not declared
    derived: bool


class Translation(Out):
    """The result of ``pmladder compare A B --result FILE``: an assessment on A placed onto B."""

    schema_: Literal["pmladder/translation@1"] = Field(default=TRANSLATION_SCHEMA, alias="schema")
    a: LadderRef
    b: LadderRef
    #: the track of A the result was estimated on (its primary track)
    track_a: str
    #: A's estimates (None: below A's first level)
    level_a: LevelRef | None
    strict_a: LevelRef | None
    lenient_a: LevelRef | None
    placements: list[Placement]
    carried: list[CarriedCompetency]
    #: competencies of B that nothing measured in A maps onto (closer than related): assess them next
    assess_next: list[CompetencyRef]
    #: competencies of A that were measured but have no counterpart in B
    not_carried: list[CompetencyRef]


# ---- pmladder ladders / pmladder show ------------------------------------------------------------------

LadderOrigin = Literal["bundled", "user", "path"]


class LadderEntry(Out):
    #: None when the file could not be read, or its ``id:`` is not text (a file with errors keeps its id)
    id: str | None
    name: Text | None
    levels: int
    tracks: list[str]
    #: display names of the tracks that have one (the ladder's ``tracks:``)
    track_names: dict[str, Text] = Field(default_factory=dict)
    source: LadderOrigin
    path: str
    #: the first problem when the file is not a valid ladder
    error: str | None = None
    #: how many errors the file has, ``error`` being the first (0 for a valid ladder)
    error_count: int = 0


class LadderList(Out):
    """The result of ``pmladder ladders``."""

    schema_: Literal["pmladder/ladder-list@1"] = Field(default=LADDER_LIST_SCHEMA, alias="schema")
    ladders: list[LadderEntry]


class LevelTypeRef(Out):
    """A kind of PM that spans several levels (被动型 / 主动型)."""

    id: str
    name: Text
    description: Text


class TypeView(LevelTypeRef):
    """A level type with the levels of that type, in ladder order."""

    levels: list[LevelRef]


class LevelInfo(Out):
    level: LevelRef
    summary: Text
    motto: Text | None = None
    failure_mode: Text | None = None
    #: the level's type (被动型 / 主动型), when the ladder has types
    type: LevelTypeRef | None = None
    #: the level's typical responsibilities (职责)
    duties: list[Text] = Field(default_factory=list)


class ShowRow(Out):
    competency: CompetencyRef
    cells: list[CellView]


class ShowTrack(Out):
    track: str
    levels: list[LevelRef]
    rows: list[ShowRow]


class LadderView(Out):
    """The result of ``pmladder show``: the level x competency matrix, or part of it in full."""

    schema_: Literal["pmladder/ladder-view@1"] = Field(default=LADDER_VIEW_SCHEMA, alias="schema")
    ladder: LadderRef
    groups: list[GroupRef]
    #: the level asked for with --level, with its summary
    level: LevelInfo | None = None
    #: the competency asked for with --competency
    competency: CompetencyRef | None = None
    tracks: list[ShowTrack]
    #: the ladder's level types with their levels (shown under the matrix)
    types: list[TypeView] = Field(default_factory=list)
    #: the learning resources of the competency asked for with --competency
    resources: list[Resource] = Field(default_factory=list)
    #: how many questions the ladder's FAQ has (``pmladder show LADDER --faq`` prints them)
    faq_count: int = 0

    @property
    def detail(self) -> bool:
        """Cells are shown in full (a level or a competency was asked for), not as summaries."""
        return self.level is not None or self.competency is not None


class LadderFaq(Out):
    """The result of ``pmladder show LADDER --faq``: the ladder's frequently asked questions."""

    schema_: Literal["pmladder/ladder-faq@1"] = Field(default=LADDER_FAQ_SCHEMA, alias="schema")
    ladder: LadderRef
    faq: list[Faq]
