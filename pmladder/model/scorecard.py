"""Pydantic models of a KPI scorecard file, of the values entered for a period and of a scorecard result."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from pmladder.model.ladder import Frozen, Id, NonEmpty
from pmladder.model.ladder import Text as Text  # re-exported: the localized text of every name

SCORECARD_SCHEMA = "pmladder/scorecard@1"
VALUES_SCHEMA = "pmladder/scorecard-values@1"
RESULT_SCHEMA: Literal["pmladder/scorecard-result@1"] = "pmladder/scorecard-result@1"


def _finite(value: float) -> float:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("must be a finite number")
    return value


#: a number that is not NaN nor infinite (YAML's .nan and .inf are floats)
Finite = Annotated[float, AfterValidator(_finite)]
#: a weight: a share of the whole scorecard in percent (children add up to their parent's weight)
Weight = Annotated[float, Field(gt=0, le=100), AfterValidator(_finite)]
Amount = Annotated[float, Field(gt=0), AfterValidator(_finite)]
Percent = Annotated[float, Field(gt=0, le=100), AfterValidator(_finite)]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]

#: what a KPI measures, and so which values it takes (see docs/scorecard.md):
#: ``percent`` a share 0-100 %, ``change`` a change in percent against a baseline (-100 % or more),
#: ``count`` a whole number, ``number``/``money``/``hours``/``days`` zero or more, ``rating`` a score on a scale
Unit = Literal["percent", "change", "count", "number", "money", "hours", "days", "rating"]
#: which way is better: ``up`` (more is better) or ``down`` (less is better)
Direction = Literal["up", "down"]


class ScorecardSource(Frozen):
    """The article a scorecard template is built from; its note says what the template assumes."""

    title: NonEmpty
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    author: NonEmpty | None = None
    publisher: NonEmpty | None = None
    year: Annotated[int, Field(ge=1990, le=2100)] | None = None
    note: Text


class Assumption(Frozen):
    """Where the article leaves a choice open, what the template assumes (``about``: the ids it concerns)."""

    about: list[Id] = Field(default_factory=list)
    text: Text


class AtLeast(Frozen):
    """Met when the value is at least ``value`` (direction up): renewal ≥ 85 %."""

    kind: Literal["at_least"]
    value: Finite


class AtMost(Frozen):
    """Met when the value is at most ``value`` (direction down): defect rate ≤ 1 %."""

    kind: Literal["at_most"]
    value: Finite


class Growth(Frozen):
    """A change against a baseline, in percent: +20 % year on year (up), or -5 % for a cut (down)."""

    kind: Literal["growth"]
    by: Finite
    baseline: Text


class Count(Frozen):
    """Met when at least ``value`` things were done: 3 new industry cases."""

    kind: Literal["count"]
    value: Annotated[int, Field(ge=1)]


class Rater(Frozen):
    """One group that gives a rating (sales, customer success, R&D); groups weigh the same."""

    id: Id
    name: Text


class Scale(Frozen):
    min: Finite = 1.0
    max: Finite = 5.0


class Rating(Frozen):
    """A score on a scale, at least ``value``: satisfaction ≥ 4.2 of 5, optionally given by raters."""

    kind: Literal["rating"]
    value: Finite
    scale: Scale = Field(default_factory=Scale)
    raters: list[Rater] = Field(default_factory=list)


Target = Annotated[AtLeast | AtMost | Growth | Count | Rating, Field(discriminator="kind")]


class Kpi(Frozen):
    """One measured result of the period, with its weight (a share of the whole scorecard, in percent)."""

    id: Id
    name: Text
    description: Text | None = None
    unit: Unit
    #: what is counted or measured, for display (``new industry cases``)
    unit_label: Text | None = None
    direction: Direction
    target: Target
    weight: Weight
    #: the highest attainment ratio that counts (overrides ``scoring.cap``)
    cap: Annotated[float, Field(ge=1, le=5)] | None = None


class Section(Frozen):
    """A group of KPIs and sub-sections; their weights add up to the section's weight."""

    id: Id
    name: Text
    description: Text | None = None
    weight: Weight
    sections: list[Section] = Field(default_factory=list)
    kpis: list[Kpi] = Field(default_factory=list)


class Stage(Frozen):
    """A stage of the product's lifecycle with its own sections (added to the scorecard's common ones)."""

    id: Id
    name: Text
    description: Text | None = None
    sections: Annotated[list[Section], Field(min_length=1)]


class ScorecardScoring(Frozen):
    """How attainment turns into credit (see docs/scorecard.md)."""

    #: an attainment ratio below this is ``missed`` and earns nothing; from it up to 1 it is ``partly``
    partly_from: Annotated[float, Field(gt=0, lt=1)] = 0.8
    #: the highest attainment ratio that counts
    cap: Annotated[float, Field(ge=1, le=5)] = 1.2
    #: how a bare number for a percent is read: ``points`` (85 is 85 %) or ``fraction`` (0.85 is 85 %);
    #: None: only ``85%`` is accepted
    percent_input: Literal["points", "fraction"] | None = None


class _Rule(Frozen):
    id: Id
    name: Text
    description: Text | None = None
    #: the stages the rule applies in (empty: every stage)
    stages: list[Id] = Field(default_factory=list)
    #: KPIs that must be met for the rule to apply
    requires_met: list[Id] = Field(default_factory=list)
    #: sections whose score must reach 100 (on target) for the rule to apply
    requires_sections: list[Id] = Field(default_factory=list)


class Band(Frozen):
    """From a score (inclusive) to a score (exclusive; None: no upper end), a multiplier of base pay."""

    from_: Annotated[float, Field(ge=0), AfterValidator(_finite)] = Field(alias="from")
    to: Annotated[float, Field(gt=0), AfterValidator(_finite)] | None = None
    multiplier: Annotated[float, Field(ge=0, le=10), AfterValidator(_finite)]


class Bonus(_Rule):
    """A bonus as a multiple of base pay: fixed, or by bands of the total (or a section's) score."""

    kind: Literal["bonus"]
    multiplier: Annotated[float, Field(gt=0, le=10), AfterValidator(_finite)] | None = None
    bands: list[Band] = Field(default_factory=list)
    #: the section whose score picks the band (None: the total score)
    score_of: Id | None = None


class Deduction(_Rule):
    """Takes ``percent`` off a bonus when any of ``when_not_met`` is not met."""

    kind: Literal["deduction"]
    applies_to: Id
    percent: Percent
    when_not_met: Annotated[list[Id], Field(min_length=1)]


class Pool(_Rule):
    """A pool of ``percent`` of something (the team's revenue), shared by contribution."""

    kind: Literal["pool"]
    percent: Percent
    of: Text
    #: the fact (entered with the values) holding the amount the pool is a share of
    basis_fact: Id | None = None
    #: the fact holding this person's share of the pool, in percent
    share_fact: Id | None = None


class ProfitShare(_Rule):
    """A share (``percent_from``-``percent_to`` %) of a gain such as three years' revenue growth."""

    kind: Literal["profit_share"]
    percent_from: Percent
    percent_to: Percent
    of: Text
    basis_fact: Id | None = None
    share_fact: Id | None = None


class Award(_Rule):
    """A fixed award (``amount``), or one in a range (``amount_from``-``amount``), for a result or milestone."""

    kind: Literal["award"]
    amount: Amount
    amount_from: Annotated[float, Field(ge=0), AfterValidator(_finite)] | None = None
    #: a milestone the values must declare reached (``reached: [rule id]``)
    milestone: Text | None = None
    #: what comes with it that is not cash (stock options...)
    extra: Text | None = None


class Recognition(_Rule):
    """Non-cash recognition (public praise, paid leave) for a result or milestone."""

    kind: Literal["recognition"]
    what: Text
    milestone: Text | None = None


Incentive = Annotated[Bonus | Deduction | Pool | ProfitShare | Award | Recognition, Field(discriminator="kind")]


class Scorecard(Frozen):
    """A KPI scorecard: weighted sections of KPIs (per lifecycle stage if it has stages) and incentive rules."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder scorecard")

    schema_: Literal["pmladder/scorecard@1"] = Field(alias="schema")
    id: Id
    name: Text
    description: Text
    source: ScorecardSource
    assumptions: list[Assumption] = Field(default_factory=list)
    currency: Currency = "CNY"
    scoring: ScorecardScoring = Field(default_factory=ScorecardScoring)
    #: sections every stage has (all of them when there are no stages)
    sections: list[Section] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    incentives: list[Incentive] = Field(default_factory=list)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def sections_of(self, stage_id: str | None) -> list[Section]:
        """The sections scored in a stage: the common ones, then the stage's own."""
        stage = self.stage(stage_id) if stage_id is not None else None
        return [*self.sections, *(stage.sections if stage is not None else [])]

    def every_kpi(self) -> list[Kpi]:
        """Every KPI of the file: the common sections', then each stage's."""
        return walk_kpis([*self.sections, *(s for stage in self.stages for s in stage.sections)])


def walk_kpis(sections: list[Section]) -> list[Kpi]:
    """Every KPI under ``sections``, in file order."""
    found: list[Kpi] = []
    for section in sections:
        found += section.kpis
        found += walk_kpis(section.sections)
    return found


def walk_sections(sections: list[Section]) -> list[Section]:
    """Every section and sub-section under ``sections``, in file order."""
    found: list[Section] = []
    for section in sections:
        found.append(section)
        found += walk_sections(section.sections)
    return found


# ---- the values entered for a period ----------------------------------------------------------------


class NotApplicable(Frozen):
    """A KPI that does not apply this period; its weight goes to the others of its section."""

    na: NonEmpty


class ByRaters(Frozen):
    """A rating given by each rater group (averaged, each group weighing the same)."""

    by: Annotated[dict[Id, float | int | str], Field(min_length=1)]


#: one entered value: a number, a text such as ``85%``, ``{na: reason}`` or ``{by: {rater: score}}``
Entry = float | int | str | NotApplicable | ByRaters


class ScorecardValues(Frozen):
    """The actual values of a period (``--values FILE``), as entered: parsed against the template's units."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder scorecard values")

    schema_: Literal["pmladder/scorecard-values@1"] = Field(alias="schema")
    scorecard: Id
    period: Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$")]
    stage: Id | None = None
    base_pay: Amount | None = None
    values: dict[Id, Entry] = Field(default_factory=dict)
    #: named figures incentive rules use (the team's revenue, this person's share of a pool...)
    facts: dict[Id, float | int | str] = Field(default_factory=dict)
    #: ids of award or recognition rules whose milestone was reached
    reached: list[Id] = Field(default_factory=list)


# ---- a result ---------------------------------------------------------------------------------------

Status = Literal["met", "partly", "missed", "na"]


class Note(BaseModel):
    """A reason or remark as a code and parameters (words are made at the edge)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    params: dict[str, Any] = Field(default_factory=dict)


class KpiResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: Text
    unit: Unit
    weight: float
    #: the weight after KPIs marked na were left out and the rest renormalised
    effective_weight: float
    value: float | None
    na_reason: str | None = None
    target: float
    ratio: float | None
    #: the ratio that counts: 0 when missed, else the ratio capped
    credit: float
    status: Status


class SectionResult(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: Text
    weight: float
    effective_weight: float
    #: 100 is on target everywhere; None when every KPI under it is na
    score: float | None
    kpis: list[KpiResult]
    sections: list[SectionResult]


#: ``applied``/``not-applied`` are a deduction's; ``not-applicable``: a rule of another stage
RuleStatus = Literal["earned", "not-earned", "applied", "not-applied", "not-applicable"]


class RuleOutcome(BaseModel):
    """What one incentive rule gives this period."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    kind: str
    name: Text
    status: RuleStatus
    #: multiple of base pay (bonus, after deductions)
    multiplier: float | None = None
    #: percent taken off (deduction)
    percent: float | None = None
    amount: float | None = None
    amount_to: float | None = None
    reasons: list[Note] = Field(default_factory=list)


class Lever(BaseModel):
    """A KPI whose improvement would change the outcome: to its target, or to its cap when already met."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kpi: str
    name: Text
    to: Literal["target", "cap"]
    score_gain: float
    #: the gain in multiples of base pay (bonuses after deductions)
    pay_gain: float
    #: rules whose status would change
    rules: list[str]


class ScorecardResult(BaseModel):
    """The outcome of a period: attainment per KPI, scores, incentives rule by rule, the levers."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder scorecard result")

    schema_: Literal["pmladder/scorecard-result@1"] = Field(default=RESULT_SCHEMA, alias="schema")
    scorecard: str
    name: Text
    period: str
    stage: str | None
    currency: str
    base_pay: float | None
    total: float | None
    #: whether some weights were renormalised because KPIs were marked na
    renormalised: bool
    sections: list[SectionResult]
    incentives: list[RuleOutcome]
    #: the total multiple of base pay of the bonus rules, after deductions
    pay_multiplier: float
    levers: list[Lever]


class TemplateEntry(BaseModel):
    """A scorecard template one can type: its id, its name (None: the file cannot be read), where it is."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: Text | None
    bundled: bool
    path: str


class TemplateList(BaseModel):
    """The templates `pmladder scorecard` lists: the bundled ones, then the user's own."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="pmladder scorecard templates")

    templates: list[TemplateEntry]
