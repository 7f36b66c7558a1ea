"""Words and blocks of feedback: who rated whom in a result's summary, and the perception-gap report."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pmladder.i18n import t
from pmladder.render.blocks import Block, Bullets, Cell, Heading, Para, Summary, Table
from pmladder.render.report_words import Names

if TYPE_CHECKING:
    from pmladder.i18n import Lang
    from pmladder.model.assessment import Assessment
    from pmladder.model.ladder import Ladder
    from pmladder.model.review import CompetencyGap, Discussion, Review


def rated_title(assessment: Assessment, lang: Lang) -> str:
    """The title of a result that names someone: "Manager's rating of Alice", "Self-assessment: Alice"."""
    return t("feedback.result-title", lang, variant=assessment.role, person=assessment.subject or "")


def rater_text(role: str, rater: str | None, lang: Lang) -> str:
    """Who rated: "Bob (manager)", "a peer", "self"."""
    if rater is None:
        return t("feedback.rater-unnamed", lang, variant=role)
    return t("feedback.rater-named", lang, variant=role, rater=rater)


def rated_rows(assessment: Assessment, lang: Lang) -> list[tuple[str, str]]:
    """The summary rows "About" and "Rated by" of a result that names someone."""
    rows = [(t("feedback.row-about", lang), assessment.subject or t("feedback.unnamed", lang))]
    rows.append((t("feedback.row-rated-by", lang), rater_text(assessment.role, assessment.rater, lang)))
    return rows


# ---- the perception-gap report -------------------------------------------------------------------------


def _w(key: str, lang: Lang, **values: object) -> str:
    return t(f"review.report.{key}", lang, **values)


def step_text(step: float | None, path: Sequence[str], names: Names) -> str:
    """A view as words: a level, "below the first level", "between A and B" (a median), "—" (not observed)."""
    if step is None:
        return "—"
    if step != int(step):
        low, high = math.floor(step), math.ceil(step)
        return _w("between", names.lang, low=_level(low, path, names), high=_level(high, path, names))
    return _level(int(step), path, names)


def _level(index: int, path: Sequence[str], names: Names) -> str:
    return names.level(path[index] if 0 <= index < len(path) else None)


def signed(value: float | None) -> str:
    """``+1``, ``−2``, ``0``, ``+0.5``; ``—`` when there is nothing to compare."""
    if value is None:
        return "—"
    text = f"{abs(value):g}"
    return "0" if value == 0 else ("+" if value > 0 else "−") + text


def review_blocks(review: Review, ladder: Ladder, lang: Lang) -> list[Block]:
    """The report: who rated, the combined estimate and its rule, the table, blind spots, over-estimates,
    and questions to discuss for each flagged competency."""
    names = Names(ladder, lang)
    blocks: list[Block] = [_summary(review, ladder, names), _table(review, names)]
    for direction in ("blind-spot", "over-estimate", "mixed"):
        items = [
            _gap_line(gap, review.path, names)
            for gap in review.competencies
            if gap.flags and gap.direction == direction
        ]
        if items:
            blocks += [Heading(_w(f"title-{direction}", lang), style="bold"), Bullets(items)]
    flagged = [gap for gap in review.competencies if gap.flags and gap.discuss]
    if flagged:
        blocks.append(Heading(_w("title-discuss", lang), style="bold"))
        for gap in flagged:
            label = names.competency(gap.competency) + names.core_mark(gap.competency)
            blocks.append(Bullets([_question(d, names) for d in gap.discuss], label=label))
    if not any(gap.flags for gap in review.competencies):
        blocks.append(Para(_w("no-flags", lang), style="green"))
    blocks.append(Para(_w("rule", lang), style="dim", emphasis=True))
    return blocks


def _summary(review: Review, ladder: Ladder, names: Names) -> Summary:
    lang = names.lang
    person = review.subject or t("feedback.unnamed", lang)
    pairs = [(_w("about", lang), person), (_w("ladder", lang), f"{ladder.name.get(lang)} ({ladder.id})")]
    if len(ladder.tracks()) > 1:
        pairs.append((_w("track", lang), names.track(review.track)))
    notes = []
    for view in review.raters:
        who = _w("self", lang) if view.role == "self" else rater_text(view.role, view.rater, lang)
        level = names.level(view.level)
        pairs.append((who, _w("view", lang, level=level, date=view.created[:10], file=view.file)))
        if view.ladder_changed:
            notes.append(_w("ladder-changed", lang, file=view.file))
    combined = review.combined
    low, high = names.level(combined.low), names.level(combined.high)
    pairs.append(
        (_w("combined", lang), _w("combined-value", lang, level=names.level(combined.level), low=low, high=high))
    )
    shares = [f"{_w('group-' + role, lang)} {share:.0%}" for role, share in combined.weights.items()]
    weights = t("review.report.list", lang).join(shares)
    notes.append(_w("weights", lang, weights=weights))
    return Summary(_w("title", lang, person=person), pairs, notes, _w("notes-title", lang))


def _table(review: Review, names: Names) -> Table:
    lang, path = names.lang, review.path
    rows = []
    for gap in review.competencies:
        flags = t("review.report.list", lang).join(_w(f"flag-{flag}", lang) for flag in gap.flags)
        peers = step_text(gap.peers_step, path, names)
        if gap.peers > 1:
            peers = _w("peers-count", lang, value=peers, count=gap.peers)
        rows.append(
            [
                names.competency(gap.competency) + names.core_mark(gap.competency),
                step_text(gap.self_step, path, names),
                step_text(gap.manager_step, path, names),
                peers,
                signed(gap.difference),
                Cell(flags, style="bold red") if gap.flags else "",
            ]
        )
    header = [
        _w(key, lang) for key in ("competency", "col-self", "col-manager", "col-peers", "col-difference", "col-flag")
    ]
    return Table(header, rows, ratios=[4, 3, 3, 3, 2, 3], title=_w("table-title", lang))


def _gap_line(gap: CompetencyGap, path: Sequence[str], names: Names) -> str:
    """``Data analysis: you Director; manager Junior (−3), peers Director (0)``: each view, and how far
    from yours, so that the view that raised the flag is plain."""
    lang = names.lang
    views = []
    for key, step, difference in (
        ("manager", gap.manager_step, gap.manager_difference),
        ("peers", gap.peers_step, gap.peers_difference),
    ):
        if step is not None:
            views.append(_w(f"gap-{key}", lang, level=step_text(step, path, names), difference=signed(difference)))
    name = names.competency(gap.competency) + names.core_mark(gap.competency)
    mine = step_text(gap.self_step, path, names)
    return _w("gap-line", lang, name=name, self=mine, others=t("review.report.list", lang).join(views))


def _question(discussion: Discussion, names: Names) -> str:
    lang = names.lang
    text, level = names.indicator(discussion.indicator), names.level(discussion.level)
    if discussion.kind == "next-step":
        return _w("ask-next-step", lang, text=text, level=level)
    yes = {"met", "unverified", "implied"}
    wanted = discussion.kind == "others-only"  # the raters who say yes, else those who say not yet
    roles = [
        role
        for role, statuses in discussion.statuses.items()
        if role != "self" and any((status in yes) == wanted for status in statuses if status != "na")
    ]
    raters = t("review.report.and", lang).join(_w(f"who-{role}", lang) for role in roles)
    return _w(f"ask-{discussion.kind}", lang, text=text, level=level, raters=raters)
