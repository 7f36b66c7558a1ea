"""Pydantic models of a ladder file and of the shared taxonomy (the data contract of pmladder)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, StringConstraints, Tag

from pmladder.i18n import LANGS as LANGS  # re-exported: part of the model's public names
from pmladder.i18n import Lang as Lang

LADDER_SCHEMA = "pmladder/ladder@1"
TAXONOMY_SCHEMA = "pmladder/taxonomy@1"

#: Ids are lower-case slugs so they are safe in file names, URLs and answer files.
ID_PATTERN = r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
#: Indicator and question ids are dotted paths such as ``analysis.specialist.1``.
DottedId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$", max_length=128)
]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class Frozen(BaseModel):
    """Base of every model: unknown keys are errors and values never change after loading."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Text(Frozen):
    """A piece of user-facing text in Chinese and English; both are required."""

    zh: NonEmpty
    en: NonEmpty

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class Source(Frozen):
    """The article a ladder is built from."""

    title: NonEmpty
    author: NonEmpty
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    year: Annotated[int, Field(ge=1990, le=2100)]
    publisher: NonEmpty | None = None
    note: Text | None = None


class Scoring(Frozen):
    """How answers turn into a level: see docs/assessment-method.md."""

    #: weighted share of required competencies that must pass at a level
    threshold: Annotated[float, Field(gt=0, le=1)] = 0.8
    #: how many levels a required competency may fall short and still let the level pass
    max_shortfall: Annotated[int, Field(ge=0, le=3)] = 1
    #: from this level up, ratings of 2 or 3 need a one-line example to count as verified
    evidence_from: Id | None = None


class Group(Frozen):
    id: Id
    name: Text
    description: Text | None = None


class LevelType(Frozen):
    """A kind of PM that spans several levels, such as 被动型 (passive) and 主动型 (active)."""

    id: Id
    name: Text
    description: Text


class Track(Frozen):
    """The display name of a career track (the ``track`` of the levels of a branch)."""

    id: Id
    name: Text
    description: Text | None = None


class Level(Frozen):
    id: Id
    name: Text
    summary: Text
    motto: Text | None = None
    #: position on the shared 1-7 scale of ladders/taxonomy.yaml; lines levels up across ladders
    band: Annotated[int, Field(ge=1, le=7)]
    #: upper end when the level spans several bands (e.g. band 6, band_to 7)
    band_to: Annotated[int, Field(ge=1, le=7)] | None = None
    #: branch this level belongs to (e.g. management, architect); None = the shared trunk
    track: Id | None = None
    #: for the first level of a branch: the trunk level it branches off after
    after: Id | None = None
    #: id of a LevelType of this ladder
    type: Id | None = None
    #: the typical trap of this level (e.g. the 文档"工具人")
    failure_mode: Text | None = None
    #: typical responsibilities, for display
    duties: list[Text] = Field(default_factory=list)

    def bands(self) -> tuple[int, int]:
        """The closed interval of bands this level covers."""
        return (self.band, self.band_to if self.band_to is not None else self.band)


Relation = Literal["exact", "close", "broad", "narrow", "related"]


class TaxonomyLink(Frozen):
    """Maps a competency onto a canonical taxonomy competency.

    ``rel`` reads from this ladder's competency to the canonical one: ``exact`` the same thing,
    ``close`` nearly the same, ``broad`` this competency is broader (covers more than the canonical
    one), ``narrow`` it is narrower (covers part of it), ``related`` it touches it.
    """

    id: Id
    rel: Relation = "exact"


class Indicator(Frozen):
    """A first-person, observable behaviour; its id is stable so answers keep meaning across versions."""

    id: DottedId
    text: Text


class Expectation(Frozen):
    """What a competency requires at one level."""

    summary: Text
    indicators: Annotated[list[Indicator], Field(min_length=1, max_length=3)]
    evidence: Text


class NoRequirement(Frozen):
    """Not yet expected at this level: never a blocker."""

    requirement: Literal["none"]
    note: Text | None = None


class Carry(Frozen):
    """Already a basic skill: stays required as last defined."""

    requirement: Literal["carry"]
    note: Text | None = None


def _cell_kind(value: Any) -> str:
    requirement = value.get("requirement") if isinstance(value, dict) else getattr(value, "requirement", None)
    return requirement if requirement in ("none", "carry") else "defined"


Cell = Annotated[
    Annotated[Expectation, Tag("defined")] | Annotated[NoRequirement, Tag("none")] | Annotated[Carry, Tag("carry")],
    Discriminator(_cell_kind),
]


class Competency(Frozen):
    id: Id
    group: Id
    name: Text
    description: Text
    taxonomy: list[TaxonomyLink] = Field(default_factory=list)
    #: a core competency must pass for a level to pass
    core: bool = False
    weight: Annotated[float, Field(gt=0, le=10)] = 1.0
    #: one cell per level id
    expectations: dict[Id, Cell]


class Option(Frozen):
    id: Id
    text: Text
    #: the level this choice is typical of; None = below the first level
    level: Id | None = None


class SituationalQuestion(Frozen):
    """A scenario with choices, each typical of a level; it confirms or questions the self-ratings."""

    kind: Literal["situational"]
    id: DottedId
    competency: Id
    prompt: Text
    options: Annotated[list[Option], Field(min_length=2, max_length=6)]


class ContraIndicator(Frozen):
    """A first-person statement of a known trap; endorsing it (rating 2 or 3) caps the competency."""

    kind: Literal["contra"]
    id: DottedId
    competency: Id
    name: Text
    text: Text
    #: endorsing the statement caps the competency's level at the level *before* this one
    caps_below: Id
    advice: Text


Question = Annotated[SituationalQuestion | ContraIndicator, Field(discriminator="kind")]

ActionKind = Literal["experience", "exposure", "education"]


class Action(Frozen):
    """One development action; kinds follow 70-20-10 (experience, exposure, education)."""

    kind: ActionKind
    text: Text


class Development(Frozen):
    """Actions that help a competency reach ``to_level`` (None: any level)."""

    competency: Id
    to_level: Id | None = None
    actions: Annotated[list[Action], Field(min_length=1)]


ResourceKind = Literal["book", "course", "practice", "community"]

#: An http(s) address (as a source's url); ``pmladder validate`` also checks it names a host.
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]


class Resource(Frozen):
    """A book, course, practice or community that helps grow the competencies it lists."""

    kind: ResourceKind
    #: the official title of the Chinese edition in zh where there is one, else the original title
    title: Text
    author: NonEmpty | None = None
    url: Url | None = None
    #: what to take from it, in a line
    note: Text | None = None
    #: the ids of the competencies it helps with
    competencies: Annotated[list[Id], Field(min_length=1)]


class Faq(Frozen):
    question: Text
    answer: Text


class Ladder(Frozen):
    """A career ladder: levels × competencies, with the behaviour expected in each cell."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder ladder")

    schema_: Literal["pmladder/ladder@1"] = Field(alias="schema")
    id: Id
    name: Text
    description: Text
    source: Source
    #: further articles the ladder draws on (e.g. KPI scorecards for evidence prompts)
    references: list[Source] = Field(default_factory=list)
    #: why the bands were chosen as they are (how these levels line up with other ladders)
    band_rationale: Text
    scoring: Scoring = Field(default_factory=Scoring)
    groups: Annotated[list[Group], Field(min_length=1)]
    types: list[LevelType] = Field(default_factory=list)
    #: names of the tracks the levels branch into (``track`` of a level); a ladder without branches
    #: has one track, ``main``, which may be named too
    track_names: list[Track] = Field(default_factory=list, alias="tracks")
    levels: Annotated[list[Level], Field(min_length=1)]
    competencies: Annotated[list[Competency], Field(min_length=1)]
    questions: list[Question] = Field(default_factory=list)
    development: list[Development] = Field(default_factory=list)
    #: books, courses, practices and communities, each for some competencies
    resources: list[Resource] = Field(default_factory=list)
    faq: list[Faq] = Field(default_factory=list)

    # ---- derived views (pure, cheap) ------------------------------------------------------------

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def competency(self, competency_id: str) -> Competency | None:
        return next((c for c in self.competencies if c.id == competency_id), None)

    def resources_for(self, competency_id: str) -> list[Resource]:
        """The resources listed for a competency, in file order."""
        return [r for r in self.resources if competency_id in r.competencies]

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def tracks(self) -> dict[str, list[Level]]:
        """Each career path as an ordered list of levels.

        A ladder without branches has one track, ``main``. Otherwise each named track is the trunk
        (levels without ``track``) up to the level its first level branches off after, followed by
        the track's own levels in file order.
        """
        trunk = [lv for lv in self.levels if lv.track is None]
        names: list[str] = []
        for lv in self.levels:
            if lv.track is not None and lv.track not in names:
                names.append(lv.track)
        if not names:
            return {"main": list(self.levels)}
        paths: dict[str, list[Level]] = {}
        for name in names:
            own = [lv for lv in self.levels if lv.track == name]
            branch_after = own[0].after
            if branch_after is None:
                stem = trunk
            else:
                ids = [lv.id for lv in trunk]
                stem = trunk[: ids.index(branch_after) + 1] if branch_after in ids else trunk
            paths[name] = [*stem, *own]
        return paths

    def track_name(self, track_id: str) -> Text | None:
        """The declared name of a track, or None."""
        return next((t.name for t in self.track_names if t.id == track_id), None)

    def track_of(self, level_id: str) -> str:
        """The first track whose path contains the level (trunk levels belong to every track)."""
        for name, path in self.tracks().items():
            if any(lv.id == level_id for lv in path):
                return name
        return next(iter(self.tracks()))

    def effective_cell(self, competency: Competency, path: Sequence[Level], level_id: str) -> Expectation | None:
        """What is required of ``competency`` at ``level_id`` on ``path``: a defined cell, or None.

        ``carry`` resolves to the last defined cell before it on the path; ``none`` and a missing
        cell resolve to None (not required).
        """
        return resolve_cell(competency, path, level_id)[0]

    def needs_evidence(self, level_id: str) -> bool:
        """Whether ratings of 2 or 3 at this level need a one-line example to count as verified.

        They do from ``scoring.evidence_from`` up, by band (so a level of another track compares by its
        band too); never when the ladder has no evidence level or either level is unknown.
        """
        evidence_from = self.level(self.scoring.evidence_from) if self.scoring.evidence_from else None
        level = self.level(level_id)
        return evidence_from is not None and level is not None and level.band >= evidence_from.band

    def indicators(self) -> dict[str, tuple[Competency, str, Indicator]]:
        """Every indicator by id, with its competency and the level id of its cell."""
        found: dict[str, tuple[Competency, str, Indicator]] = {}
        for comp in self.competencies:
            for level_id, cell in comp.expectations.items():
                if isinstance(cell, Expectation):
                    for ind in cell.indicators:
                        found[ind.id] = (comp, level_id, ind)
        return found


def effective_cells(competency: Competency, path: Sequence[Level]) -> list[tuple[Expectation | None, Level | None]]:
    """What ``competency`` requires at each level of ``path``, and the level whose cell that is.

    A defined cell is its own; ``carry`` is the last defined cell before it on the path; ``none``, a
    missing cell and a ``carry`` with no defined cell before it are ``(None, None)``: not required.
    """
    cells: list[tuple[Expectation | None, Level | None]] = []
    last: tuple[Expectation | None, Level | None] = (None, None)
    for lv in path:
        cell = competency.expectations.get(lv.id)
        if isinstance(cell, Expectation):
            last = (cell, lv)
            cells.append(last)
        else:
            cells.append(last if isinstance(cell, Carry) else (None, None))
    return cells


def resolve_cell(
    competency: Competency, path: Sequence[Level], level_id: str
) -> tuple[Expectation | None, Level | None]:
    """The cell of ``effective_cells`` at ``level_id``; ``(None, None)`` when the level is not on ``path``."""
    for lv, resolved in zip(path, effective_cells(competency, path), strict=True):
        if lv.id == level_id:
            return resolved
    return (None, None)


class Band(Frozen):
    band: Annotated[int, Field(ge=1, le=7)]
    name: Text
    description: Text


class CanonicalCompetency(Frozen):
    id: Id
    name: Text
    description: Text


class Taxonomy(Frozen):
    """The shared band scale and canonical competency ids that every ladder maps onto."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder taxonomy")

    schema_: Literal["pmladder/taxonomy@1"] = Field(alias="schema")
    bands: Annotated[list[Band], Field(min_length=7, max_length=7)]
    competencies: Annotated[list[CanonicalCompetency], Field(min_length=1)]

    def competency(self, competency_id: str) -> CanonicalCompetency | None:
        return next((c for c in self.competencies if c.id == competency_id), None)
