"""Rules a scorecard file must follow beyond its schema: weights, targets, references, bands, both languages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any

from pydantic import BaseModel

from pmladder.model.issue import Issue
from pmladder.model.scorecard import (
    AtLeast,
    AtMost,
    Award,
    Bonus,
    Count,
    Deduction,
    Growth,
    Kpi,
    ProfitShare,
    Rating,
    Scorecard,
    Section,
    Text,
)
from pmladder.scorecard_values import Locates

PathKey = tuple[str | int, ...]
#: weights are compared with this tolerance (0.1 + 0.2 is not 0.3 in floating point)
WEIGHT_TOLERANCE = 1e-6
#: the direction each kind of target fits (a growth fits either, by the sign of its ``by``)
_DIRECTION = {"at_least": "up", "at_most": "down", "count": "up", "rating": "up"}
#: the unit each kind of target needs, and the kind each unit needs
_UNIT_OF_KIND = {"growth": "change", "count": "count", "rating": "rating"}
_KIND_OF_UNIT = {"change": "growth", "rating": "rating"}
#: the code of a duplicate id, by what it names
_DUPLICATE = {
    "stage": "scorecard.duplicate-stage",
    "section": "scorecard.duplicate-section",
    "kpi": "scorecard.duplicate-kpi",
    "rule": "scorecard.duplicate-rule",
    "rater": "scorecard.duplicate-rater",
}
#: the codes of a reference to nothing, and to something another stage has, by what it names
_UNKNOWN = {"kpi": "scorecard.unknown-kpi", "section": "scorecard.unknown-section"}
_OTHER_STAGE = {"kpi": "scorecard.kpi-other-stage", "section": "scorecard.section-other-stage"}


class _Found:
    """Located issues of one scorecard document, as codes and parameters."""

    def __init__(self, doc: Locates) -> None:
        self.doc = doc
        self.issues: list[Issue] = []

    def add(self, path: PathKey, code: str, *, key: bool | None = None, **params: Any) -> None:
        mark, where = self.doc.locate(path, key=key)
        self.issues.append(
            Issue(file=self.doc.filename, line=mark[0], col=mark[1], code=code, params=params, path=where)
        )

    def unique(self, items: Sequence[tuple[str, PathKey]], what: str) -> None:
        """Every id of ``items`` (id, path of the id) seen before, with the line it was first defined on."""
        first: dict[str, PathKey] = {}
        for ident, path in items:
            if ident in first:
                line = self.doc.locate(first[ident])[0][0]
                self.add(path, _DUPLICATE[what], key=False, id=ident, line=line)
            else:
                first[ident] = path


# ---- what the file defines, with paths ------------------------------------------------------------


def _sections(sections: Sequence[Section], path: PathKey) -> Iterator[tuple[Section, PathKey]]:
    for i, section in enumerate(sections):
        here = (*path, i)
        yield section, here
        yield from _sections(section.sections, (*here, "sections"))


def _kpis(sections: Sequence[Section], path: PathKey) -> Iterator[tuple[Kpi, PathKey]]:
    for section, here in _sections(sections, path):
        for j, kpi in enumerate(section.kpis):
            yield kpi, (*here, "kpis", j)


def _scopes(card: Scorecard) -> list[tuple[str | None, Sequence[Section], PathKey]]:
    """Where sections are defined: the common ones (scope None), then each stage's."""
    scopes: list[tuple[str | None, Sequence[Section], PathKey]] = [(None, card.sections, ("sections",))]
    scopes += [(stage.id, stage.sections, ("stages", i, "sections")) for i, stage in enumerate(card.stages)]
    return scopes


def _defined(card: Scorecard, kind: str) -> dict[str, set[str | None]]:
    """The KPI (or section) ids, each with the scopes (None: common, else a stage id) that define it."""
    found: dict[str, set[str | None]] = {}
    for scope, sections, path in _scopes(card):
        items = _kpis(sections, path) if kind == "kpi" else _sections(sections, path)
        for item, _ in items:
            found.setdefault(item.id, set()).add(scope)
    return found


# ---- the checks -----------------------------------------------------------------------------------


def _check_ids(card: Scorecard, out: _Found) -> None:
    sections: list[tuple[str, PathKey]] = []
    kpis: list[tuple[str, PathKey]] = []
    for _, defined, path in _scopes(card):
        sections += [(s.id, (*p, "id")) for s, p in _sections(defined, path)]
        kpis += [(k.id, (*p, "id")) for k, p in _kpis(defined, path)]
    out.unique([(s.id, ("stages", i, "id")) for i, s in enumerate(card.stages)], "stage")
    out.unique(sections, "section")
    out.unique(kpis, "kpi")
    out.unique([(r.id, ("incentives", i, "id")) for i, r in enumerate(card.incentives)], "rule")


def _check_weights(card: Scorecard, out: _Found) -> None:
    """Per level of nesting: a section's children add up to its weight; the top level to 100 (per stage)."""
    if not card.sections and not card.stages:
        out.add(("sections",), "scorecard.no-kpis", key=True)
        return
    for _, defined, path in _scopes(card):
        for section, here in _sections(defined, path):
            children = [s.weight for s in section.sections] + [k.weight for k in section.kpis]
            if not children:
                out.add(here, "scorecard.empty-section", key=False, section=section.id)
            elif abs(sum(children) - section.weight) > WEIGHT_TOLERANCE:
                out.add((*here, "weight"), "scorecard.weights-sum", key=False, section=section.id,
                        total=round(sum(children), 6), expected=section.weight)
    _check_top_weights(card, out)


def _check_top_weights(card: Scorecard, out: _Found) -> None:
    """The top level adds up to 100: the sections, or per stage the common sections and the stage's own."""
    common = sum(s.weight for s in card.sections)
    if not card.stages and abs(common - 100) > WEIGHT_TOLERANCE:
        out.add(("sections",), "scorecard.weights-top", key=True, total=round(common, 6))
    for i, stage in enumerate(card.stages):
        total = common + sum(s.weight for s in stage.sections)
        if abs(total - 100) > WEIGHT_TOLERANCE:
            out.add(("stages", i, "sections"), "scorecard.weights-stage", key=True, total=round(total, 6),
                    stage=stage.id)


def _check_target(kpi: Kpi, path: PathKey, out: _Found) -> None:
    """The target's kind fits the KPI's direction and unit, and lies within what the unit allows."""
    target = kpi.target
    kind_path: PathKey = (*path, "target", "kind")
    if isinstance(target, Growth):
        if target.by == 0 or (target.by > 0) != (kpi.direction == "up"):
            out.add((*path, "target", "by"), "scorecard.growth-sign", key=False, kpi=kpi.id, by=target.by,
                    direction=kpi.direction)
    elif _DIRECTION[target.kind] != kpi.direction:
        out.add(kind_path, "scorecard.target-direction", key=False, kpi=kpi.id, kind=target.kind,
                direction=kpi.direction)
    needs_unit = _UNIT_OF_KIND.get(target.kind)
    needs_kind = _KIND_OF_UNIT.get(kpi.unit)
    if (needs_unit is not None and needs_unit != kpi.unit) or (needs_kind is not None and needs_kind != target.kind):
        out.add((*path, "unit"), "scorecard.target-unit", key=False, kpi=kpi.id, kind=target.kind, unit=kpi.unit)
    if isinstance(target, Rating):
        _check_rating(kpi, target, path, out)
    elif isinstance(target, AtLeast | AtMost | Count):
        beyond = target.value < 0 or (kpi.unit == "percent" and target.value > 100)
        if beyond:
            out.add((*path, "target", "value"), "scorecard.target-beyond-unit", key=False, kpi=kpi.id,
                    value=target.value, unit=kpi.unit)


def _check_rating(kpi: Kpi, target: Rating, path: PathKey, out: _Found) -> None:
    scale = target.scale
    if scale.min >= scale.max:
        out.add((*path, "target", "scale"), "scorecard.scale-empty", key=True, kpi=kpi.id, min=scale.min,
                max=scale.max)
    elif not scale.min < target.value <= scale.max:
        out.add((*path, "target", "value"), "scorecard.target-off-scale", key=False, kpi=kpi.id,
                value=target.value, min=scale.min, max=scale.max)
    out.unique([(r.id, (*path, "target", "raters", j, "id")) for j, r in enumerate(target.raters)], "rater")


def _check_targets(card: Scorecard, out: _Found) -> None:
    for _, defined, path in _scopes(card):
        for kpi, here in _kpis(defined, path):
            _check_target(kpi, here, out)


class _Refs:
    """What the rules may name: stages, and KPIs and sections with the scopes that define them."""

    def __init__(self, card: Scorecard) -> None:
        self.card = card
        self.stages = [s.id for s in card.stages]
        self.kpis = _defined(card, "kpi")
        self.sections = _defined(card, "section")
        self.bonuses = [r.id for r in card.incentives if isinstance(r, Bonus)]

    def check(self, kind: str, ident: str, stages: Sequence[str], path: PathKey, out: _Found) -> None:
        """``ident`` names a KPI or section (``kind``) scored in every stage the rule applies in."""
        scopes = (self.kpis if kind == "kpi" else self.sections).get(ident)
        if scopes is None:
            valid = sorted(self.kpis if kind == "kpi" else self.sections)
            out.add(path, _UNKNOWN[kind], key=False, value=ident, valid=valid)
            return
        if None in scopes:
            return
        missing = [s for s in (stages or self.stages) if s not in scopes]
        if missing:
            out.add(path, _OTHER_STAGE[kind], key=False, value=ident, stages=missing)


def _check_rule_refs(refs: _Refs, rule: Any, path: PathKey, out: _Found) -> None:
    for j, stage in enumerate(rule.stages):
        if stage not in refs.stages:
            out.add((*path, "stages", j), "scorecard.unknown-stage", key=False, value=stage, valid=refs.stages)
    stages = [s for s in rule.stages if s in refs.stages]
    for j, kpi in enumerate(rule.requires_met):
        refs.check("kpi", kpi, stages, (*path, "requires_met", j), out)
    for j, section in enumerate(rule.requires_sections):
        refs.check("section", section, stages, (*path, "requires_sections", j), out)
    if isinstance(rule, Deduction):
        if rule.applies_to not in refs.bonuses:
            out.add((*path, "applies_to"), "scorecard.unknown-bonus", key=False, value=rule.applies_to,
                    valid=refs.bonuses)
        for j, kpi in enumerate(rule.when_not_met):
            refs.check("kpi", kpi, stages, (*path, "when_not_met", j), out)
    if isinstance(rule, Bonus) and rule.score_of is not None:
        refs.check("section", rule.score_of, stages, (*path, "score_of"), out)


def _check_bonus(rule: Bonus, path: PathKey, out: _Found) -> None:
    """Exactly one of a multiplier and bands; bands in order, each non-empty, with no overlap nor gap."""
    if (rule.multiplier is None) == (not rule.bands):
        out.add(path, "scorecard.bonus-multiplier", key=False, rule=rule.id)
    for j, band in enumerate(rule.bands):
        if band.to is not None and band.to <= band.from_:
            out.add((*path, "bands", j, "to"), "scorecard.band-empty", key=False, start=band.from_, end=band.to)
    for j, (before, after) in enumerate(pairwise(rule.bands), start=1):
        here: PathKey = (*path, "bands", j, "from")
        if before.to is None:
            out.add(here, "scorecard.bands-after-open", key=False, band=j + 1)
        elif after.from_ < before.to - WEIGHT_TOLERANCE:
            out.add(here, "scorecard.bands-overlap", key=False, start=after.from_, end=before.to, band=j + 1)
        elif after.from_ > before.to + WEIGHT_TOLERANCE:
            out.add(here, "scorecard.bands-gap", key=False, start=before.to, end=after.from_)


def _check_incentives(card: Scorecard, out: _Found) -> None:
    refs = _Refs(card)
    for i, rule in enumerate(card.incentives):
        path: PathKey = ("incentives", i)
        _check_rule_refs(refs, rule, path, out)
        if isinstance(rule, Bonus):
            _check_bonus(rule, path, out)
        elif isinstance(rule, ProfitShare) and rule.percent_from > rule.percent_to:
            out.add((*path, "percent_from"), "scorecard.range-order", key=False, low=rule.percent_from,
                    high=rule.percent_to)
        elif isinstance(rule, Award) and rule.amount_from is not None and rule.amount_from > rule.amount:
            out.add((*path, "amount_from"), "scorecard.range-order", key=False, low=rule.amount_from,
                    high=rule.amount)


def _check_assumptions(card: Scorecard, out: _Found) -> None:
    """An assumption is about ids the file defines (a KPI, section, stage or rule)."""
    known = set(_defined(card, "kpi")) | set(_defined(card, "section")) | {s.id for s in card.stages}
    known |= {r.id for r in card.incentives}
    for i, assumption in enumerate(card.assumptions):
        for j, ident in enumerate(assumption.about):
            if ident not in known:
                out.add(("assumptions", i, "about", j), "scorecard.unknown-id", key=False, value=ident)


def _texts(node: Any, path: PathKey) -> Iterator[tuple[Text, PathKey]]:
    """Every localized text of the model, with its path in the file (field aliases as written)."""
    if isinstance(node, Text):
        yield node, path
    elif isinstance(node, BaseModel):
        for name, info in type(node).model_fields.items():
            yield from _texts(getattr(node, name), (*path, info.alias or name))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _texts(item, (*path, i))


def _check_texts(card: Scorecard, out: _Found) -> None:
    """Both languages written: a text that is only spaces in one language is missing there."""
    for text, path in _texts(card, ()):
        for lang in ("zh", "en"):
            if not getattr(text, lang).strip():
                out.add((*path, lang), "scorecard.missing-text", key=True, lang=lang)


def check_scorecard(card: Scorecard, doc: Locates) -> list[Issue]:
    """Every problem of a scorecard the schema cannot see, each located at its node of ``doc``."""
    out = _Found(doc)
    _check_ids(card, out)
    _check_weights(card, out)
    _check_targets(card, out)
    _check_incentives(card, out)
    _check_assumptions(card, out)
    _check_texts(card, out)
    return sorted(out.issues, key=lambda i: (i.line, i.col, i.code))
