"""The assessment report as blocks: summary, since last time, competencies, what holds back, plan, strengths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.render.blocks import Blank, Block, Bullets, Field, Heading, Lines, Para, ScoreRow, Scores, Summary
from pmladder.render.report_words import PREFIX, Names, colon, current, flag_text, pct, reason_text, words
from pmladder.render.resources import resource_bullets
from pmladder.render.to_markdown import to_markdown as blocks_markdown

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pmladder.model.assessment import (
        Assessment,
        CompetencyResult,
        FloorMove,
        FocusArea,
        Plan,
        Progress,
        TrackResult,
    )
    from pmladder.model.ladder import Ladder, Lang

__all__ = ["PREFIX", "Names", "_Names", "reason_text", "report", "report_blocks", "to_json", "to_markdown"]

#: the ids to names of one report (kept under its old name for callers)
_Names = Names
_m = words

BAR_MET, BAR_LENIENT, BAR_NOT_OBSERVED, BAR_GAP, BAR_ABOVE = "█", "▓", "?", "░", "·"
KINDS = ("experience", "exposure", "education")


def report(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> RenderableType:
    """The report as one Rich renderable: summary panel, since last time (when ``progress``, else
    ``assessment.since``, is given), competency table, holds-back, plan, strengths.

    Every piece of ladder text goes through ``rich.text.Text`` (never markup), so it needs no escaping.
    """
    from pmladder.render.to_rich import to_rich

    return to_rich(report_blocks(assessment, ladder, lang, progress))


def to_markdown(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> str:
    """The same content as ``report`` as GitHub-flavoured Markdown."""
    return blocks_markdown(report_blocks(assessment, ladder, lang, progress))


def to_json(assessment: Assessment, progress: Progress | None = None) -> str:
    """The assessment as JSON (the saved format: ``schema`` pmladder/assessment@1).

    ``progress`` (else ``assessment.since``) is the optional ``since`` field; without it the key is absent.
    """
    if progress is not None:
        assessment = assessment.model_copy(update={"since": progress})
    return assessment.model_dump_json(by_alias=True, indent=2)


def report_blocks(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> list[Block]:
    """Every section of the report, in order."""
    names = Names(ladder, lang, frozenset(assessment.answers.skipped))
    blocks: list[Block] = [_summary(assessment, ladder, names)]
    since = since_section(assessment, ladder, lang, progress)
    if since is not None:
        blocks += [Heading(since[0], style="bold", gap=False), Bullets(since[1]), Blank()]
    blocks.append(_scores(assessment, ladder, names))
    blocks += _holds_back(assessment, ladder, names)
    blocks += _plan(assessment, ladder, names)
    sep = "、" if lang == "zh" else ", "
    strengths = sep.join(names.competency(c) for c in assessment.plan.strengths) or _m("strengths-none", lang)
    return [*blocks, Blank(), Field(_m("strengths", lang), strengths, label_style="bold")]


def _heading(text: str) -> Heading:
    return Heading(text, style="bold", gap=False)


# ---- the summary ----------------------------------------------------------------------------------------


def _summary(assessment: Assessment, ladder: Ladder, names: Names) -> Summary:
    """Ladder, level, type, range, tracks, answers, confidence and date; the reasons of the confidence."""
    lang, primary = names.lang, assessment.primary()
    pairs: list[tuple[str, str]] = [
        (_m("ladder", lang), f"{ladder.name.get(lang)} ({ladder.id})"),
        (_m("level", lang), _m("no-estimate", lang) if primary.no_estimate else names.level(primary.level)),
    ]
    if primary.type is not None:
        level_type = next((t for t in ladder.types if t.id == primary.type), None)
        pairs.append((_m("type", lang), level_type.name.get(lang) if level_type else primary.type))
    span = "—" if primary.no_estimate else f"{names.level(primary.strict)} … {names.level(primary.lenient)}"
    pairs.append((_m("range", lang), span))
    if len(assessment.tracks) > 1:
        pairs.append((_m("track", lang), names.track(primary.track)))
        others = [
            f"{names.track(t.track)}{colon(lang)}{_track_level(t, names)}"
            for t in assessment.tracks
            if t.track != primary.track
        ]
        pairs.append((_m("other-tracks", lang), "; ".join(others)))
    stats = assessment.stats
    answered = _m(
        "answered-value", lang, answered=stats.answered, na=stats.na, unverified=stats.unverified, skipped=stats.skipped
    )
    pairs.append((_m("answered", lang), answered))
    pairs.append((_m("confidence", lang), _m(assessment.confidence.level, lang)))
    pairs.append((_m("date", lang), assessment.created[:10]))
    reasons = [reason_text(r, names) for r in assessment.confidence.reasons] or [_m("no-reasons", lang)]
    if assessment.subject is None and not assessment.about_someone_else:
        return Summary(_m("title", lang), pairs, reasons, _m("reasons-title", lang))
    from pmladder.render.review import rated_rows, rated_title

    title = rated_title(assessment, lang)
    return Summary(title, rated_rows(assessment, lang) + pairs, reasons, _m("reasons-title", lang))


def _track_level(track: TrackResult, names: Names) -> str:
    return _m("no-estimate-short", names.lang) if track.no_estimate else names.level(track.level)


# ---- the competency table -------------------------------------------------------------------------------


def _plan_track(assessment: Assessment) -> TrackResult:
    return assessment.track(assessment.plan.track) or assessment.primary()


def _target_name(plan: Plan, names: Names) -> str:
    return names.level(plan.target) if plan.target else _m("no-target", names.lang)


def _scores(assessment: Assessment, ladder: Ladder, names: Names) -> Scores:
    """One row per competency the plan's track requires: floor, a bar against the target, progress, flags."""
    lang, plan = names.lang, assessment.plan
    track = _plan_track(assessment)
    target_index = track.index(plan.target) if plan.target else track.index(track.level)
    rows = []
    for result in track.competencies:
        if not _required_on(ladder, track, result.competency):
            continue  # e.g. coaching on an individual-contributor track: nothing to show or plan
        flags = [flag_text(f, names) for f in result.flags]
        rows.append(
            ScoreRow(
                name=names.competency(result.competency),
                core=result.core,
                floor=floor_text(result, names),
                bar=_bar(track, result, target_index),
                progress="—" if result.progress is None else pct(result.progress),
                flags=", ".join(flags) if lang == "en" else "，".join(flags),
            )
        )
    key = "table-title" if len(ladder.tracks()) > 1 else "table-title-one"
    title = _m(key, lang, track=names.track(track.track), target=_target_name(plan, names))
    header = [_m(k, lang) for k in ("col-competency", "col-floor", "col-bar", "col-progress", "col-flags")]
    return Scores(title, header, rows, _m("legend", lang))


def floor_text(result: CompetencyResult, names: Names) -> str:
    """The reported level of a competency; when the ladder asks nothing new of it above that level and
    all of it is met, said in words instead of a higher level nobody asked about (issue 9)."""
    if result.meets_all and result.floor is not None and result.floor != result.passes_up_to:
        return _m("floor-meets-all", names.lang, level=names.level(result.floor))
    if result.floor is None and result.passes_up_to is not None:  # only levels that ask nothing of it
        return _m("floor-nothing-asked", names.lang, level=names.level(result.passes_up_to))
    if result.floor != result.passes_up_to:  # it also passes levels that repeat a requirement below them
        level, reach = names.level(result.floor), names.level(result.passes_up_to)
        return _m("floor-nothing-new", names.lang, level=level, reach=reach)
    return names.level(result.floor)


def _required_on(ladder: Ladder, track: TrackResult, competency_id: str) -> bool:
    """Whether the competency is required at any level of the track."""
    competency, path = ladder.competency(competency_id), ladder.tracks().get(track.track)
    if competency is None or path is None:
        return True
    return any(ladder.effective_cell(competency, path, level.id) is not None for level in path)


def _bar(track: TrackResult, result: CompetencyResult, target: int) -> str:
    floor, lenient = track.index(result.passes_up_to), track.index(result.lenient_floor)
    status = {cell.level: cell.status for cell in result.cells}
    chars: list[str] = []
    for i, level in enumerate(track.path):
        if i <= floor:
            chars.append(BAR_MET)
        elif i <= lenient:
            # passed only leniently: not observed (skipped or all n/a), or unverified; a cell that
            # requires nothing goes with the cell before it
            cell = status.get(level)
            if cell == "not_observed" or (cell == "none" and chars and chars[-1] == BAR_NOT_OBSERVED):
                chars.append(BAR_NOT_OBSERVED)
            else:
                chars.append(BAR_LENIENT)
        elif i <= target:
            chars.append(BAR_GAP)
        else:
            chars.append(BAR_ABOVE)
    return "".join(chars)


# ---- what holds back the next level ---------------------------------------------------------------------


def _holds_back(assessment: Assessment, ladder: Ladder, names: Names) -> list[Block]:
    """The binding competencies and why, and the smallest change of answers that moves the estimate up."""
    lang, holds = names.lang, assessment.holds_back
    if holds is None:
        primary = assessment.primary()
        at_top = primary.index(primary.level) + 1 >= len(primary.path)
        heading = _heading(_m("holds-title", lang, level="—"))
        return [heading, Lines([_m("holds-top" if at_top else "holds-none", lang)])]
    items = []
    for b in holds.binding:
        why = [_why(w, ladder, lang) for w in b.why]
        if lang == "zh":
            items.append(f"{names.competency(b.competency)}（{'，'.join(why)}）")
        else:
            items.append(f"{names.competency(b.competency)} ({', '.join(why)})")
    binding = _m("binding", lang, items=("；" if lang == "zh" else "; ").join(items))
    heading = _heading(_m("holds-title", lang, level=names.level(holds.next_level)))
    if not holds.smallest_change:
        return [heading, Lines([binding, _m("smallest-none", lang)])]
    count, level = len(holds.smallest_change), names.level(holds.next_level)
    blocks: list[Block] = [heading, Lines([binding, _m("smallest", lang, count=count, level=level)])]
    changes = []
    for change in holds.smallest_change:
        what = names.question(change.id) if change.kind == "contra" else names.indicator(change.id)
        arrow = "→" if lang == "zh" else " → "
        now = _m("change-" + change.kind, lang, current=current(change.current, lang))
        changes.append(f"{names.competency(change.competency)}{colon(lang)}{what}{arrow}{now}")
    return [*blocks, Bullets(changes)]


def _why(reason: str, ladder: Ladder, lang: Lang) -> str:
    """Why a competency binds: core, too far short, or it lowers the share that passes."""
    if reason == "core":
        return _m("why-core", lang)
    if reason == "shortfall":
        return _m("why-shortfall", lang, n=ladder.scoring.max_shortfall)
    return _m("why-share", lang)


# ---- the development plan -------------------------------------------------------------------------------


def _plan(assessment: Assessment, ladder: Ladder, names: Names) -> list[Block]:
    """The plan's title and dates, a note when there is nothing to plan, and each focus area."""
    lang, plan = names.lang, assessment.plan
    if plan.target is not None:
        branches = len(ladder.tracks()) > 1  # one track: naming it says nothing
        key = "plan-title" if branches else "plan-title-one"
        title = _m(key, lang, target=_target_name(plan, names), track=names.track(plan.track))
    else:
        title = _m("plan-top", lang, level=names.level(plan.current))
    dates = _m("plan-dates", lang, check_in=plan.check_in, reassess=plan.reassess, months=plan.reassess_months)
    blocks: list[Block] = [Blank(), _heading(title), Para(dates)]
    if plan.target is not None and not plan.focus:
        blocks.append(Para(_empty_plan(assessment, names)))
    for n, area in enumerate(plan.focus, start=1):
        blocks += _area(n, area, names)
    return blocks


def _empty_plan(assessment: Assessment, names: Names) -> str:
    """Why a plan toward a target has no focus area: the target is undetermined (core competencies with
    nothing rated), everything is met already, or too little was answered."""
    plan, lang = assessment.plan, names.lang
    unsettled = _plan_track(assessment).undetermined
    if unsettled is not None and unsettled.level == plan.target:
        return _m("plan-undetermined", lang, competencies=names.competencies(", ".join(unsettled.competencies)))
    return _m("plan-empty" if plan.strengths else "plan-no-data", lang)


def _area_tags(area: FocusArea, names: Names) -> str:
    """Blocker (and why), how many levels short and the weight."""
    lang, tags = names.lang, []
    if area.blocker:
        why = [_why(w, names.ladder, lang) for w in ("core", "shortfall") if w in area.why]
        joined = "（" + "，".join(why) + "）" if lang == "zh" else " (" + ", ".join(why) + ")"
        tags.append(_m("area-blocker", lang) + joined)
    tags.append(_m("area-gap", lang, gap=area.gap, weight=f"{area.weight:g}"))
    return " · ".join(tags)


def _area(n: int, area: FocusArea, names: Names) -> list[Block]:
    """One focus area: behaviours to build, traps to leave, 70-20-10 actions, evidence, a goal."""
    lang = names.lang
    title = _m("area-title", lang, n=n, name=names.competency(area.competency))
    blocks: list[Block] = [Heading(title, 3, style="bold", aside=_area_tags(area, names))]
    unmet = []
    for u in area.unmet:
        where, status = names.level(u.level), _m("status-" + u.status, lang)
        text = names.indicator(u.id)
        unmet.append(f"{text}（{where}·{status}）" if lang == "zh" else f"{text} [{where} · {status}]")
    if unmet:
        blocks.append(Bullets(unmet, label=_m("area-unmet", lang)))
    if area.traps:
        traps = [f"{names.question(q)}{colon(lang)}{names.advice(q)}" for q in area.traps]
        blocks.append(Bullets(traps, label=_m("area-traps", lang)))
    ordered = [a for kind in KINDS for a in area.actions if a.kind == kind]
    actions = [f"{_m(f'kind-{a.kind}', lang)}{colon(lang)}{a.text.get(lang)}" for a in ordered]
    if actions:
        blocks.append(Bullets(actions, label=_m("area-actions", lang)))
    else:
        blocks.append(Bullets([_m("area-no-actions", lang)], mark="", label=_m("area-actions", lang)))
    resources = resource_bullets(list(area.resources), lang)
    if resources is not None:
        blocks.append(resources)
    if area.evidence:
        blocks.append(Field(_m("area-evidence", lang), area.evidence.get(lang)))
    return [*blocks, Field(_m("area-goal", lang), area.goal.get(lang))]


# ---- since last time ------------------------------------------------------------------------------------


def _since_item(move: FloorMove, names: Names) -> str:
    """A competency whose floor moved: ``Analysis (Level two → Level three)``."""
    before, after = names.level(move.previous), names.level(move.current)
    return _m("since-item", names.lang, name=names.competency(move.competency), previous=before, current=after)


def _since_levels(progress: Progress, names: Names, none_now: bool) -> list[str]:
    """The level and range then and now; a side with nothing rated says "no estimate", not a level."""
    lang, level, none_before = names.lang, names.level, progress.previous_no_estimate
    move_key = "move-no-estimate" if none_before or none_now else "move-none"
    move = _m(f"move-{progress.move}" if progress.move else move_key, lang)
    no_estimate = _m("no-estimate-short", lang)
    before = no_estimate if none_before else level(progress.previous_level)
    after = no_estimate if none_now else level(progress.current_level)
    previous = "—" if none_before else f"{level(progress.previous_strict)} … {level(progress.previous_lenient)}"
    now = "—" if none_now else f"{level(progress.current_strict)} … {level(progress.current_lenient)}"
    return [
        _m("since-level", lang, previous=before, current=after, move=move),
        _m("since-range", lang, previous=previous, current=now),
    ]


def since_section(
    assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None
) -> tuple[str, list[str]] | None:
    """The "since last time" section (``progress``, else ``assessment.since``): a title and a few lines
    (pmladder/progress.py computes it); None without an earlier assessment."""
    progress = progress if progress is not None else assessment.since
    if progress is None:
        return None
    names = Names(ladder, lang, frozenset(assessment.answers.skipped))
    level, sep = names.level, ("；" if lang == "zh" else "; ")
    lines = [_m("since-changed", lang)] if progress.ladder_changed else []
    lines += _since_levels(progress, names, assessment.primary().no_estimate)
    for direction in ("up", "down"):
        moved = [m for m in progress.moved if m.move == direction]
        items = [_since_item(m, names) for m in moved]
        if items:
            lines.append(_m(f"since-{direction}", lang, items=sep.join(items)))
    if not progress.moved:
        lines.append(_m("since-none", lang))
    if progress.plan_target is not None and progress.focus:
        items = [
            _m(f"focus-{f.status}", lang, name=names.competency(f.competency), floor=level(f.floor))
            for f in progress.focus
        ]
        lines.append(_m("since-focus", lang, target=level(progress.plan_target), items=sep.join(items)))
    return _m("since-title", lang, date=progress.previous_created[:10]), lines
