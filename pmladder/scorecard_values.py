"""The values entered for a scorecard period, read against the template: numbers, percentages, na, raters."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Protocol

from pmladder.errors import InputError, Location, PmladderError
from pmladder.model.scorecard import (
    ByRaters,
    Entry,
    Kpi,
    NotApplicable,
    Rating,
    Scorecard,
    ScorecardValues,
    walk_kpis,
)

PathKey = tuple[str | int, ...]
#: how a bare number for a percent is read (see ScorecardScoring.percent_input)
Reading = str | None
#: a small tolerance for float comparisons (0.29 * 100 is 28.999999999999996)
EPSILON = 1e-9


class Locates(Protocol):
    """What the loader's parsed document offers: where a field path is in the file (see ``Document.locate``)."""

    @property
    def filename(self) -> str: ...

    def locate(self, loc: PathKey, *, key: bool | None = None) -> tuple[tuple[int, int], str]: ...


def location(where: Locates | None, path: PathKey, *, key: bool | None = None) -> Location | None:
    """The ``file:line:col`` of ``path`` in the document, or None without one."""
    if where is None:
        return None
    mark, _ = where.locate(path, key=key)
    return Location(where.filename, mark[0], mark[1])


def _number(raw: float | int | str, percent_ok: bool) -> tuple[float, bool]:
    """A raw value as a float, and whether it was written with a ``%`` sign."""
    if isinstance(raw, bool):
        raise PmladderError("scorecard.value-unreadable", value=raw)
    if not isinstance(raw, str):
        return float(raw), False
    text = raw.strip().replace(",", "").replace("％", "%")
    written_percent = text.endswith("%")
    if written_percent:
        if not percent_ok:
            raise PmladderError("scorecard.value-percent-sign", value=raw)
        text = text[:-1].strip()
    try:
        return float(text), written_percent
    except ValueError:
        raise PmladderError("scorecard.value-unreadable", value=raw) from None


def _in_bounds(kpi: Kpi, value: float, raw: object) -> None:
    """Refuse what the unit does not allow: negatives, a share above 100 %, a rating off its scale..."""
    target = kpi.target
    if isinstance(target, Rating):
        if not target.scale.min - EPSILON <= value <= target.scale.max + EPSILON:
            raise PmladderError("scorecard.value-off-scale", value=raw, min=target.scale.min, max=target.scale.max)
        return
    if kpi.unit == "change":
        if value < -100 - EPSILON:
            raise PmladderError("scorecard.value-below-unit", value=raw, limit=-100)
        return
    if value < 0:
        raise PmladderError("scorecard.value-negative", value=raw)
    if kpi.unit == "percent" and value > 100 + EPSILON:
        raise PmladderError("scorecard.value-above-unit", value=raw, limit=100)
    if kpi.unit == "count" and not float(value).is_integer():
        raise PmladderError("scorecard.value-not-whole", value=raw)


def read_number(kpi: Kpi, raw: float | int | str, reading: Reading) -> float:
    """One value for ``kpi`` as typed or written (``85``, ``85%``, ``0.85``), in the KPI's unit.

    A percent written with ``%`` is always understood; a bare number only as the template's
    ``percent_input`` says (``points``: 85 is 85 %, ``fraction``: 0.85 is 85 %). Raises a
    :class:`PmladderError` with a ``scorecard.value-*`` code (no location: the caller adds it).
    """
    is_percent = kpi.unit in ("percent", "change")
    value, written_percent = _number(raw, is_percent)
    if not math.isfinite(value):
        raise PmladderError("scorecard.value-not-finite", value=raw)
    if is_percent and not written_percent:
        if reading is None:
            raise PmladderError("scorecard.value-percent-ambiguous", value=raw, example=f"{value:g}%")
        if reading == "fraction":
            value *= 100
    _in_bounds(kpi, value, raw)
    return value


def read_entry(kpi: Kpi, entry: Entry, reading: Reading) -> float | NotApplicable:
    """A value of the values file: a number, ``na`` with a reason, or ratings by rater group (averaged)."""
    if isinstance(entry, NotApplicable):
        return entry
    if not isinstance(entry, ByRaters):
        return read_number(kpi, entry, reading)
    target = kpi.target
    if not isinstance(target, Rating) or not target.raters:
        raise PmladderError("scorecard.value-not-rated", kpi=kpi.id)
    known = [r.id for r in target.raters]
    scores: list[float] = []
    for rater, raw in entry.by.items():
        if rater not in known:
            raise PmladderError("scorecard.value-unknown-rater", value=rater, valid=known)
        scores.append(read_number(kpi, raw, reading))
    return sum(scores) / len(scores)


def read_fact(raw: float | int | str) -> float:
    """A fact (an amount or a share in percent): finite, not negative; ``20%`` is 20."""
    value, _ = _number(raw, True)
    if not math.isfinite(value):
        raise PmladderError("scorecard.value-not-finite", value=raw)
    if value < 0:
        raise PmladderError("scorecard.value-negative", value=raw)
    return value


@dataclass(frozen=True)
class Entered:
    """The values of a period, read and checked: per KPI a number in its unit, or na with a reason."""

    scorecard: Scorecard
    period: str
    stage: str | None
    values: dict[str, float | NotApplicable]
    facts: dict[str, float] = field(default_factory=dict)
    reached: tuple[str, ...] = ()
    base_pay: float | None = None


def _at(error: PmladderError, where: Locates | None, path: PathKey, *, key: bool | None = None) -> InputError:
    """``error`` again as an InputError located at ``path``."""
    return InputError(error.code, location=location(where, path, key=key), **error.params)


def _stage(card: Scorecard, values: ScorecardValues, where: Locates | None) -> str | None:
    stage_ids = [s.id for s in card.stages]
    if not stage_ids:
        if values.stage is not None:
            raise InputError("scorecard.values-no-stages", location=location(where, ("stage",), key=False),
                             scorecard=card.id)
        return None
    if values.stage is None:
        raise InputError("scorecard.values-stage-missing", location=location(where, ()), valid=stage_ids)
    if values.stage not in stage_ids:
        raise InputError(
            "scorecard.values-unknown-stage", location=location(where, ("stage",), key=False), value=values.stage,
            valid=stage_ids,
        )
    return values.stage


def _kpi_values(
    card: Scorecard, stage: str | None, values: ScorecardValues, where: Locates | None
) -> dict[str, float | NotApplicable]:
    scored = {kpi.id: kpi for kpi in walk_kpis(card.sections_of(stage))}
    every = {kpi.id for kpi in card.every_kpi()}
    read: dict[str, float | NotApplicable] = {}
    for kpi_id, entry in values.values.items():
        path: PathKey = ("values", kpi_id)
        if kpi_id not in every:
            raise InputError("scorecard.value-unknown-kpi", location=location(where, path, key=True), value=kpi_id,
                             valid=list(scored))
        if kpi_id not in scored:
            raise InputError("scorecard.value-other-stage", location=location(where, path, key=True), value=kpi_id,
                             stage=stage)
        try:
            read[kpi_id] = read_entry(scored[kpi_id], entry, card.scoring.percent_input)
        except PmladderError as error:
            raise _at(error, where, path, key=False) from None
    missing = [kpi_id for kpi_id in scored if kpi_id not in read]
    if missing:
        raise InputError("scorecard.values-missing", location=location(where, ("values",)), kpis=missing)
    return read


def _reached(card: Scorecard, values: ScorecardValues, where: Locates | None) -> tuple[str, ...]:
    milestones = [r.id for r in card.incentives if getattr(r, "milestone", None) is not None]
    for i, rule_id in enumerate(values.reached):
        if rule_id not in milestones:
            raise InputError("scorecard.value-unknown-milestone", location=location(where, ("reached", i)),
                             value=rule_id, valid=milestones)
    return tuple(values.reached)


def read_values(card: Scorecard, values: ScorecardValues, where: Locates | None = None) -> Entered:
    """Check the values of a period against ``card``; the first problem raises an InputError at its place.

    Problems: values for another scorecard, a missing or unknown stage, an unknown KPI, a KPI of another
    stage, a KPI left without a value (``na`` needs a reason), a value the KPI's unit does not allow, a fact
    that is not a finite amount, a milestone of no rule.
    """
    if values.scorecard != card.id:
        raise InputError("scorecard.values-other-scorecard", location=location(where, ("scorecard",), key=False),
                         value=values.scorecard, scorecard=card.id)
    stage = _stage(card, values, where)
    read = _kpi_values(card, stage, values, where)
    facts: dict[str, float] = {}
    for fact_id, raw in values.facts.items():
        try:
            facts[fact_id] = read_fact(raw)
        except PmladderError as error:
            raise _at(error, where, ("facts", fact_id), key=False) from None
    return Entered(card, values.period, stage, read, facts, _reached(card, values, where), values.base_pay)
