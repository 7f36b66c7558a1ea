"""What is due (`pmladder status`, and the line `assess` says when a plan's date has come), as blocks and words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.render.blocks import Block, Heading, Lines, Para
from pmladder.render.history import competency_name, date, ladder_name, level_name

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pmladder.i18n import Lang
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.assessment import Assessment
    from pmladder.model.history import Due, Status
    from pmladder.model.ladder import Ladder


def when(day: str, days: int, lang: Lang) -> str:
    """``2027-01-12 (in 2 days)``, ``(today)``, ``(12 days ago)``."""
    variant = "today" if days == 0 else "future" if days > 0 else "past"
    count = abs(days)
    return t("history.status.when", lang, date=day, count=count, variant=variant + ("-one" if count == 1 else ""))


def focus_text(plan: Due, ladder: Ladder | None, lang: Lang) -> str:
    names = [competency_name(ladder, competency, lang) for competency in plan.focus]
    if plan.target is None:
        return t("history.status.top", lang)
    if not names:
        return t("history.status.no-focus", lang, target=level_name(ladder, plan.target, lang))
    return t("history.status.focus", lang, target=level_name(ladder, plan.target, lang), names=names)


def plan_lines(plan: Due, ladder: Ladder | None, lang: Lang) -> list[str]:
    return [
        t("history.status.result", lang, id=plan.entry.id, date=date(plan.entry)),
        t("history.status.dates", lang, check_in=when(plan.check_in, plan.check_in_days, lang),
          reassess=when(plan.reassess, plan.reassess_days, lang)),
        t(f"history.status.due-{plan.due}", lang, ladder=plan.entry.ladder, id=plan.entry.id),
        focus_text(plan, ladder, lang),
    ]


def status_blocks(model: Status, ladders: Mapping[str, LoadedLadder], lang: Lang) -> list[Block]:
    """Each ladder's latest plan: its dates, what is due today, its focus areas."""
    blocks: list[Block] = [Heading(t("history.status.title", lang, today=model.today), level=1, gap=False)]
    if not model.plans:
        return [*blocks, Para(t("history.status.none", lang))]
    for plan in model.plans:
        found = ladders.get(plan.entry.ladder)
        ladder = found.ladder if found is not None else None
        blocks += [Heading(ladder_name(ladder, plan.entry.ladder, lang)), Lines(plan_lines(plan, ladder, lang))]
    return blocks


def due_line(plan: Due, ladder: Ladder, lang: Lang) -> str:
    """The one line `assess` says when the previous plan's check-in or re-assessment has come."""
    day = plan.reassess if plan.due == "reassess" else plan.check_in
    names = [competency_name(ladder, competency, lang) for competency in plan.focus] or ["—"]
    return t(f"history.status.assess-{plan.due}", lang, date=day, created=date(plan.entry), names=names)


def due_note(previous: Assessment | None, ladder: Ladder, lang: Lang) -> str | None:
    """For `assess`: the line to say when the plan of the result compared with set a check-in or this
    re-assessment for today or earlier; None when nothing has come yet (or there is no such result)."""
    from datetime import date

    from pmladder.reassess import due_before

    plan = due_before(previous, date.today())
    return due_line(plan, ladder, lang) if plan is not None else None
