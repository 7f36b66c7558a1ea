"""Pydantic models of the history of saved results: the list, a diff of two results, a trend, what is due."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

HISTORY_SCHEMA: Final = "pmladder/history@1"

#: What a saved result is: a self-assessment (or a rating of someone else), or a scorecard result.
Kind = Literal["assessment", "scorecard"]
#: How a competency moved between two results; None: not comparable (not observed, or gone from the ladder).
Move = Literal["up", "down", "same"]
#: How a competency went over a trend: the explicit rule of docs/history.md, "Trend".
TrendLabel = Literal["improving", "declining", "stable", "persistent-gap", "one-result"]
#: What is due in a plan: nothing yet, the check-in, the re-assessment.
DueKind = Literal["none", "check-in", "reassess"]


class Model(BaseModel):
    """Base of the history models: built on first use, values fixed once made."""

    model_config = ConfigDict(defer_build=True, frozen=True)


class HistoryEntry(Model):
    """One saved result as the list shows it (ids, not names: a renderer names them)."""

    #: short, stable id to type (docs/history.md, "Ids"): the date and time of the file name
    id: str
    file: str
    kind: Kind
    created: str | None = None
    #: the ladder (assessment) or the scorecard template (scorecard) the result belongs to
    ladder: str
    #: the ladder's file is not the one the result was made with (None: the ladder is not installed)
    ladder_changed: bool | None = None
    track: str | None = None
    level: str | None = None
    strict: str | None = None
    lenient: str | None = None
    confidence: str | None = None
    #: who answered about whom (pmladder/feedback.py): self, manager or peer; the rater's and the subject's
    #: names when given (None: an unnamed self-assessment)
    role: str = "self"
    rater: str | None = None
    subject: str | None = None
    #: the scorecard period (``2026-H2``) and total score, for a scorecard result
    period: str | None = None
    total: float | None = None
    #: the scorecard template's name, as saved in the result ({"zh": ..., "en": ...})
    name: dict[str, str] | None = None


class Unreadable(Model):
    """A file in the history folder that cannot be read as a result, and why (a code and its parameters)."""

    file: str
    code: str
    params: dict[str, str] = Field(default_factory=dict)


class HistoryList(Model):
    """Every saved result, oldest first, and the files that could not be read."""

    schema_: Literal["pmladder/history@1"] = Field(default=HISTORY_SCHEMA, alias="schema")
    folder: str
    entries: list[HistoryEntry] = Field(default_factory=list)
    unreadable: list[Unreadable] = Field(default_factory=list)


class CompetencyStep(Model):
    """One competency in two results: its floor in each, and how it moved."""

    competency: str
    core: bool
    before: str | None
    after: str | None
    before_observed: bool
    after_observed: bool
    #: None when the two cannot be compared (not observed in one, or a level no longer on the track)
    move: Move | None
    before_progress: float | None = None
    after_progress: float | None = None


class HistoryDiff(Model):
    """Two saved results of one ladder compared competency by competency, on the later one's track."""

    schema_: Literal["pmladder/history-diff@1"] = Field(default="pmladder/history-diff@1", alias="schema")
    before: HistoryEntry
    after: HistoryEntry
    ladder: str
    track: str
    ladder_changed: bool
    before_level: str | None
    after_level: str | None
    move: Move | None
    competencies: list[CompetencyStep]


class TrendPoint(Model):
    """Where one competency stood in one result: the floor's position on the track (-1: below the first)."""

    floor: str | None
    index: int | None
    observed: bool
    focus: bool = False


class TrendRow(Model):
    competency: str
    core: bool
    points: list[TrendPoint]
    label: TrendLabel


class HistoryTrend(Model):
    """Every self-assessment of one ladder, oldest first, competency by competency (docs/history.md)."""

    schema_: Literal["pmladder/history-trend@1"] = Field(default="pmladder/history-trend@1", alias="schema")
    ladder: str
    track: str
    #: the levels of the track, lowest first (what a point's index counts)
    path: list[str]
    results: list[HistoryEntry]
    level: list[TrendPoint]
    level_label: TrendLabel
    competencies: list[TrendRow]


class Due(Model):
    """What the latest plan of one ladder asks for now: a check-in or a re-assessment, and its focus."""

    entry: HistoryEntry
    due: DueKind
    check_in: str
    reassess: str
    #: days from today to the check-in and to the re-assessment (negative: that many days ago)
    check_in_days: int
    reassess_days: int
    track: str
    target: str | None
    focus: list[str]


class Status(Model):
    schema_: Literal["pmladder/status@1"] = Field(default="pmladder/status@1", alias="schema")
    today: str
    plans: list[Due]


class Shared(Model):
    """What an export or an import did: files written, files already there, examples removed."""

    schema_: Literal["pmladder/history-share@1"] = Field(default="pmladder/history-share@1", alias="schema")
    folder: str
    written: list[str] = Field(default_factory=list)
    already: list[str] = Field(default_factory=list)
    redacted: int = 0
