"""Renders scorecard results and the template list as blocks: attainment, scores, incentives, levers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import param_text, t
from pmladder.render.blocks import Blank, Block, Bullets, Heading, Lines, Para, Table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pmladder.i18n import Lang
    from pmladder.model.scorecard import (
        KpiResult,
        Lever,
        RuleOutcome,
        Scorecard,
        ScorecardResult,
        SectionResult,
        TemplateEntry,
        Text,
    )


def _name(text: Text, lang: Lang) -> str:
    return str(param_text(text.model_dump(), lang))


def list_blocks(entries: Sequence[TemplateEntry], lang: Lang) -> list[Block]:
    """The templates one can type: id, name, bundled or the file of the user's own."""
    rows = [
        [
            entry.id,
            t("scorecard.list.unreadable", lang, path=entry.path) if entry.name is None else _name(entry.name, lang),
            t("scorecard.list.bundled", lang) if entry.bundled else entry.path,
        ]
        for entry in entries
    ]
    header = [t(f"scorecard.list.{key}", lang) for key in ("id", "name", "where")]
    return [
        Heading(t("scorecard.list.title", lang), level=1, gap=False),
        Table(header, rows, ratios=[3, 5, 2]),
        Lines(t("scorecard.list.hint", lang).split("\n")),
    ]


def _number(value: float) -> str:
    return f"{value:,.4g}" if abs(value) < 1e4 else f"{value:,.0f}"


def _value(kpi: KpiResult, lang: Lang) -> str:
    if kpi.value is None:
        return t("scorecard.report.na", lang, reason=kpi.na_reason or "")
    unit = "%" if kpi.unit in ("percent", "change") else ""
    sign = "+" if kpi.unit == "change" and kpi.value > 0 else ""
    return f"{sign}{_number(kpi.value)}{unit}"


def _kpi_rows(section: SectionResult, card: Scorecard, lang: Lang) -> list[list[str]]:
    from pmladder.scorecard import describe_target

    kpis = {kpi.id: kpi for kpi in card.every_kpi()}
    rows = []
    for kpi in section.kpis:
        target = str(param_text(describe_target(kpis[kpi.id], card.currency), lang)) if kpi.id in kpis else ""
        ratio = "—" if kpi.ratio is None else f"{kpi.ratio:.4f}"
        rows.append([
            _name(kpi.name, lang), target, _value(kpi, lang), ratio, t(f"scorecard.status.{kpi.status}", lang),
            f"{kpi.effective_weight:.4g}",
        ])
    for sub in section.sections:
        rows += _kpi_rows(sub, card, lang)
    return rows


def _score(score: float | None, lang: Lang) -> str:
    return t("scorecard.report.unscored", lang) if score is None else f"{score:.2f}"


def _section_rows(sections: Sequence[SectionResult], lang: Lang, depth: int = 0) -> list[list[str]]:
    rows = []
    for section in sections:
        name = "  " * depth + _name(section.name, lang)
        rows.append([name, f"{section.effective_weight:.4g}", _score(section.score, lang)])
        rows += _section_rows(section.sections, lang, depth + 1)
    return rows


def _figures(outcome: RuleOutcome, currency: str, lang: Lang) -> list[str]:
    found = []
    if outcome.multiplier is not None:
        found.append(t("scorecard.rule.multiplier", lang, multiplier=outcome.multiplier))
    if outcome.percent is not None and outcome.amount is None:
        found.append(t("scorecard.rule.percent", lang, percent=outcome.percent))
    if outcome.amount is not None and outcome.amount_to is not None:
        span = {"amount": outcome.amount, "amount_to": outcome.amount_to}
        found.append(t("scorecard.rule.range", lang, currency=currency, **span))
    elif outcome.amount is not None:
        found.append(t("scorecard.rule.amount", lang, amount=outcome.amount, currency=currency))
    return found


def _outcome(outcome: RuleOutcome, currency: str, lang: Lang) -> str:
    status = t(f"scorecard.rule.{outcome.status}", lang)
    figures = _figures(outcome, currency, lang)
    head = t("scorecard.rule.head", lang, name=outcome.name.model_dump(), status=status)
    if figures:
        head += t("scorecard.sep.comma", lang) + " = ".join(figures)
    reasons = [t(note.code, lang, **note.params) for note in outcome.reasons]
    return t("scorecard.sep.semicolon", lang).join([head, *reasons])


def _lever(lever: Lever, lang: Lang) -> str:
    words = [t(f"scorecard.lever.{lever.to}", lang, name=lever.name.model_dump())]
    words.append(t("scorecard.lever.gain", lang, score=lever.score_gain))
    if lever.pay_gain:
        words.append(t("scorecard.lever.pay", lang, pay=round(lever.pay_gain, 6)))
    if lever.rules:
        words.append(t("scorecard.lever.rules", lang, rules=lever.rules))
    return t("scorecard.rule.head", lang, name=words[0], status=t("scorecard.sep.comma", lang).join(words[1:]))


def _pay(result: ScorecardResult, lang: Lang) -> str:
    multiplier = round(result.pay_multiplier, 6)
    if result.base_pay is None:
        return t("scorecard.report.pay", lang, multiplier=multiplier)
    amount = result.base_pay * result.pay_multiplier
    return t("scorecard.report.pay-amount", lang, multiplier=multiplier, amount=amount, currency=result.currency)


def result_blocks(result: ScorecardResult, card: Scorecard, lang: Lang) -> list[Block]:
    """A period's result: attainment per KPI, section and total scores, incentives rule by rule, levers."""
    title = t("scorecard.report.title", lang, name=result.name.model_dump(), period=result.period)
    blocks: list[Block] = [Heading(title, level=1, gap=False)]
    if result.stage is not None:
        stage = next((s.name.model_dump() for s in card.stages if s.id == result.stage), result.stage)
        blocks.append(Para(t("scorecard.report.stage", lang, stage=stage)))
    kpi_header = [t(f"scorecard.report.{key}", lang) for key in ("kpi", "target", "value", "ratio", "status", "weight")]
    rows = [row for section in result.sections for row in _kpi_rows(section, card, lang)]
    blocks += [Heading(t("scorecard.report.kpis", lang)), Table(kpi_header, rows, ratios=[4, 4, 2, 2, 2, 1])]
    section_header = [t(f"scorecard.report.{key}", lang) for key in ("section", "weight", "score")]
    blocks += [Heading(t("scorecard.report.sections", lang)),
               Table(section_header, _section_rows(result.sections, lang), ratios=[5, 1, 1])]
    blocks.append(Para(t("scorecard.report.total", lang, score=_score(result.total, lang)), style="bold"))
    if result.renormalised:
        blocks.append(Para(t("scorecard.report.renormalised", lang)))
    outcomes = [_outcome(o, result.currency, lang) for o in result.incentives]
    blocks += [Heading(t("scorecard.report.incentives", lang)), Bullets(outcomes), Para(_pay(result, lang))]
    levers = [_lever(lever, lang) for lever in result.levers] or [t("scorecard.report.no-levers", lang)]
    blocks += [Heading(t("scorecard.report.levers", lang)), Bullets(levers)]
    blocks += [Blank(), Para(t("scorecard.report.guidance", lang), style="italic", emphasis=True)]
    return blocks
