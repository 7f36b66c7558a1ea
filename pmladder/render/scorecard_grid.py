"""Renders capability beside performance as blocks: both named, the 3 × 3 grid with the person's cell, the result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import param_text, t
from pmladder.render.blocks import Block, Bullets, Cell, Heading, Para, Table

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.scorecard import Scorecard
    from pmladder.model.scorecard_saved import CapabilityPerformance

_CAPABILITY = ("upper", "middle", "lower")
_PERFORMANCE = ("below", "meets", "exceeds")


def _name(value: object, lang: Lang) -> str:
    return str(param_text(value, lang))


def _grid(both: CapabilityPerformance, lang: Lang) -> Table:
    """Capability down (upper third first), performance across; the person's cell marked."""
    header = [t("scorecard.grid.corner", lang), *(t(f"scorecard.grid.performance.{p}", lang) for p in _PERFORMANCE)]
    rows: list[list[str | Cell]] = []
    for capability in _CAPABILITY:
        row: list[str | Cell] = [t(f"scorecard.grid.capability.{capability}", lang)]
        for performance in _PERFORMANCE:
            here = both.cell == [capability, performance]
            row.append(Cell(t("scorecard.grid.here", lang), style="bold") if here else "·")
        rows.append(row)
    return Table(header, rows, ratios=[3, 2, 2, 2])


def grid_blocks(both: CapabilityPerformance, card: Scorecard, lang: Lang) -> list[Block]:
    """Both results named, where they place the person, the grid, then the scorecard result in full."""
    from pmladder.render.scorecard import result_blocks

    cap, perf = both.capability, both.performance
    blocks: list[Block] = [Heading(t("scorecard.grid.title", lang, period=both.period), level=1, gap=False)]
    no_level = t("scorecard.grid.no-level", lang)
    level = _name(cap.level_name.model_dump(), lang) if cap.level_name is not None else no_level
    total = "—" if perf.total is None else f"{perf.total:.2f}"
    lines = [
        t("scorecard.grid.capability", lang, ladder=cap.ladder_name.model_dump(), date=cap.created[:10], level=level,
          position=cap.position, levels=cap.levels, confidence=t(f"scorecard.grid.confidence.{cap.confidence}", lang),
          tier=t(f"scorecard.grid.capability.{cap.tier}", lang)),
        t("scorecard.grid.performance", lang, scorecard=perf.scorecard_name.model_dump(), period=perf.period,
          total=total, tier=t(f"scorecard.grid.performance.{perf.tier or 'none'}", lang)),
    ]
    blocks.append(Bullets(lines))
    if both.same_period is False:
        blocks.append(Para(t("scorecard.grid.other-period", lang, date=cap.created[:10], period=both.period),
                           style="yellow"))
    blocks += [_grid(both, lang), Para(t("scorecard.grid.aid", lang), style="italic", emphasis=True)]
    # the result's own title becomes a section of this report, its sections one level below it
    result = [
        Heading(block.text, level=block.level + 1, style=block.style, gap=True, aside=block.aside)
        if isinstance(block, Heading) else block
        for block in result_blocks(both.scorecard_result, card, lang)
    ]
    return blocks + result
