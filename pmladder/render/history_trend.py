"""Two saved results compared, and a ladder's results over time as a compact chart, as blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.render.blocks import Block, Heading, Lines, Para, Table
from pmladder.render.history import competency_name, date, level_name, track_name, who

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.history import CompetencyStep, HistoryDiff, HistoryTrend, TrendPoint
    from pmladder.model.ladder import Ladder

#: a floor's height on the chart, from below the first level to the top of the track
BARS = "▁▂▃▄▅▆▇█"
#: not observed in that result (skipped, or every answer "no opportunity")
NOT_OBSERVED = "·"
#: a level that is no longer on the track (the ladder changed)
GONE = "?"
#: how a move is marked before its word
ARROWS = {"up": "↑", "down": "↓", "same": "="}


def _move(move: str | None, lang: Lang) -> str:
    if move is None:
        return t("history.diff.not-compared", lang)
    return f"{ARROWS[move]} {t(f'history.diff.{move}', lang)}"


def _floor(ladder: Ladder | None, floor: str | None, observed: bool, lang: Lang) -> str:
    return level_name(ladder, floor, lang) if observed else t("history.diff.not-observed", lang)


def _step_row(step: CompetencyStep, ladder: Ladder | None, lang: Lang) -> list[str]:
    mark = t("render.assessment.core-mark", lang) if step.core else ""
    return [
        competency_name(ladder, step.competency, lang) + mark,
        _floor(ladder, step.before, step.before_observed, lang),
        _floor(ladder, step.after, step.after_observed, lang),
        _move(step.move, lang),
    ]


def diff_blocks(model: HistoryDiff, ladder: Ladder | None, lang: Lang) -> list[Block]:
    """The level then each competency's floor in both results, and how it moved."""
    before, after = model.before, model.after
    title = t("history.diff.title", lang, first=before.id, second=after.id)
    lines = [
        t("history.diff.who", lang, ladder=ladder.name.get(lang) if ladder else model.ladder, who=who(after, lang),
          track=track_name(ladder, model.track, lang)),
        t("history.diff.level", lang, before=level_name(ladder, model.before_level, lang),
          after=level_name(ladder, model.after_level, lang), move=_move(model.move, lang)),
    ]
    if model.ladder_changed:
        lines.append(t("history.diff.changed", lang))
    header = [t("history.diff.competency", lang), date(before), date(after), t("history.diff.move", lang)]
    rows = [_step_row(step, ladder, lang) for step in model.competencies]
    moved = sum(1 for step in model.competencies if step.move in ("up", "down"))
    return [
        Heading(title, level=1, gap=False),
        Lines(lines),
        Table(header, rows, ratios=[4, 3, 3, 2]),
        Para(t("history.diff.summary", lang, moved=moved, count=len(rows))),
    ]


# ---- the trend ------------------------------------------------------------------------------------------


def _one(count: int) -> str | None:
    return "one" if count == 1 else None


def spark(points: list[TrendPoint], levels: int) -> str:
    """One character per result: the floor's height on the track (▁ below the first level, █ the top)."""
    chars = []
    for point in points:
        if not point.observed:
            chars.append(NOT_OBSERVED)
        elif point.index is None:
            chars.append(GONE)
        else:
            chars.append(BARS[round((point.index + 1) * (len(BARS) - 1) / max(levels, 1))])
    return "".join(chars)


def _latest(points: list[TrendPoint], ladder: Ladder | None, lang: Lang) -> str:
    last = points[-1]
    return level_name(ladder, last.floor, lang) if last.observed else t("history.diff.not-observed", lang)


def trend_blocks(model: HistoryTrend, ladder: Ladder | None, lang: Lang) -> list[Block]:
    """The level and every competency over the results, one chart character per result, with a label."""
    first, last = model.results[0], model.results[-1]
    levels = len(model.path)
    title = t("history.trend.title", lang, ladder=ladder.name.get(lang) if ladder else model.ladder,
              track=track_name(ladder, model.track, lang))
    count = len(model.results)
    span = t("history.trend.span", lang, count=count, first=date(first), last=date(last), variant=_one(count))
    header = [t("history.diff.competency", lang), t("history.trend.chart", lang),
              t("history.trend.now", lang), t("history.trend.label", lang)]
    overall = t(f"history.trend.{model.level_label}", lang)
    rows = [[t("history.trend.level", lang), spark(model.level, levels), _latest(model.level, ladder, lang), overall]]
    for row in model.competencies:
        mark = t("render.assessment.core-mark", lang) if row.core else ""
        rows.append([competency_name(ladder, row.competency, lang) + mark, spark(row.points, levels),
                     _latest(row.points, ladder, lang), t(f"history.trend.{row.label}", lang)])
    top = level_name(ladder, model.path[-1], lang) if model.path else ""
    legend = t("history.trend.legend", lang, low=BARS[0], high=BARS[-1], top=top, none=NOT_OBSERVED, gone=GONE)
    items = [t("history.trend.date-item", lang, n=n, date=date(e), id=e.id) for n, e in enumerate(model.results, 1)]
    dates = t("history.trend.dates", lang, dates=items)
    return [Heading(title, level=1, gap=False), Para(span), Table(header, rows, ratios=[4, 2, 4, 3]),
            Lines([legend, dates, t("history.trend.rule", lang)])]
