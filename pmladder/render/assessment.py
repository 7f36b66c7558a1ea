"""The assessment report: a Rich renderable, Markdown and JSON with the same content."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.table import Table

from pmladder.i18n import catalogues, t
from pmladder.model.assessment import (
    Assessment,
    CompetencyResult,
    FocusArea,
    Progress,
    Reason,
    ReasonValue,
    TrackResult,
)
from pmladder.model.ladder import Ladder, Lang
from pmladder.render.ladder import md, md_block, track_text
from pmladder.render.layout import STACKED_BELOW, Capped, indented
from pmladder.render.wrap import CjkText as RichText

BAR_MET, BAR_LENIENT, BAR_NOT_OBSERVED, BAR_GAP, BAR_ABOVE = "█", "▓", "?", "░", "·"
KINDS = ("experience", "exposure", "education")


#: the value that picks the singular "-one" variant of a message when it is 1 (English plurals)
_COUNTS = ("count", "n", "gap")


def _m(key: str, lang: Lang, **values: object) -> str:
    if _known(f"{key}-one") and any(values.get(name) == 1 for name in _COUNTS):
        key += "-one"  # "1 competency", not "1 competencies"
    return t(PREFIX + key, lang, **values)


#: the codes of the report's words in pmladder.i18n (render_assessment.py)
PREFIX = "render.assessment."


def _known(key: str) -> bool:
    """Whether the report has words for ``key`` (a reason or flag code the core may add later has none)."""
    return PREFIX + key in catalogues()


# ---- a view model shared by the Rich and the Markdown renderers --------------------------------------


@dataclass
class _Row:
    name: str
    core: bool
    floor: str
    bar: str
    progress: str
    flags: str


@dataclass
class _Area:
    title: str
    tags: str
    unmet: list[str]
    traps: list[str]
    actions: list[tuple[str, str]]
    evidence: str | None
    goal: str


@dataclass
class _View:
    title: str
    summary: list[tuple[str, str]]
    reasons: list[str]
    table_title: str
    rows: list[_Row]
    legend: str
    holds_title: str
    holds_lines: list[str]
    changes: list[str]
    plan_title: str
    plan_dates: str
    areas: list[_Area] = field(default_factory=list)
    plan_note: str | None = None
    strengths: str = ""
    since_title: str | None = None
    since_lines: list[str] = field(default_factory=list)


class _Names:
    """Ladder ids to display names in one language."""

    def __init__(self, ladder: Ladder, lang: Lang, skipped: frozenset[str] = frozenset()) -> None:
        self.ladder = ladder
        self.lang = lang
        #: the competencies the PM skipped
        self.skipped = skipped

    def level(self, level_id: str | None) -> str:
        if level_id is None:
            return _m("below-first", self.lang)
        level = self.ladder.level(level_id)
        return level.name.get(self.lang) if level else level_id

    def track(self, track_id: str) -> str:
        return track_text(self.ladder.track_name(track_id), track_id, self.lang)

    def competency(self, competency_id: str) -> str:
        comp = self.ladder.competency(competency_id)
        return comp.name.get(self.lang) if comp else competency_id

    def competencies(self, joined: ReasonValue, core: bool = False) -> str:
        """Competency ids joined by ", " as names; with ``core``, core ones are marked so."""
        sep = "、" if self.lang == "zh" else ", "
        return sep.join(self.competency(c) + self.core_mark(c, core) for c in str(joined).split(", ") if c)

    def core_mark(self, competency_id: str, wanted: bool = True) -> str:
        comp = self.ladder.competency(competency_id)
        return _m("core-mark", self.lang) if wanted and comp is not None and comp.core else ""

    def indicator(self, indicator_id: str) -> str:
        found = self.ladder.indicators().get(indicator_id)
        return found[2].text.get(self.lang) if found else indicator_id

    def advice(self, question_id: str) -> str:
        question = next((q for q in self.ladder.questions if q.id == question_id), None)
        advice = getattr(question, "advice", None)
        return advice.get(self.lang) if advice is not None else ""

    def question(self, question_id: str) -> str:
        question = next((q for q in self.ladder.questions if q.id == question_id), None)
        if question is None:
            return question_id
        name = getattr(question, "name", None) or getattr(question, "prompt", None)
        return name.get(self.lang) if name is not None else question_id


def _pct(value: ReasonValue) -> str:
    return f"{round(float(value) * 100)}%"


def reason_text(reason: Reason, names: _Names) -> str:
    """A confidence reason as one translated sentence."""
    values = dict(reason.values)
    if "share" in values:
        values["share"] = _pct(values["share"])
    if "competencies" in values:
        values["competencies"] = names.competencies(values["competencies"], core=reason.code == "skipped")
    if "questions" in values:
        sep = "、" if names.lang == "zh" else ", "
        values["questions"] = sep.join(names.question(q) for q in str(values["questions"]).split(", ") if q)
    key = f"reason-{reason.code}"
    listed = str(reason.values.get("competencies", "")).split(", ")
    if reason.code == "not_observed" and names.skipped.intersection(listed):
        key += "-skipped"  # the cells of a competency skipped part-way were not answered "no opportunity"
    if not _known(key):
        return reason.code
    return _m(key, names.lang, **values)


def flag_text(flag: Reason, names: _Names) -> str:
    """A per-competency flag as a short translated phrase."""
    key = f"flag-{flag.code}"
    if not _known(key):
        return flag.code
    values: dict[str, object] = dict(flag.values)
    if flag.code == "contra":
        values["name"] = names.question(str(flag.values.get("question", "")))
    return _m(key, names.lang, **values)


def _required_on(ladder: Ladder, track: TrackResult, competency_id: str) -> bool:
    """Whether the competency is required at any level of the track."""
    competency, path = ladder.competency(competency_id), ladder.tracks().get(track.track)
    if competency is None or path is None:
        return True
    return any(ladder.effective_cell(competency, path, level.id) is not None for level in path)


def _bar(track: TrackResult, result: CompetencyResult, target: int) -> str:
    floor, lenient = track.index(result.floor), track.index(result.lenient_floor)
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


def _colon(lang: Lang) -> str:
    """Chinese runs have no spaces to wrap at: keep them joined so Rich folds them evenly."""
    return "：" if lang == "zh" else ": "


def _current(value: object, lang: Lang) -> str:
    return _m("unrated", lang) if value is None else ("n/a" if value == "na" else str(value))


def _area(n: int, area: FocusArea, names: _Names, lang: Lang) -> _Area:
    tags = []
    if area.blocker:
        why = []
        if "core" in area.why:
            why.append(_m("why-core", lang))
        if "shortfall" in area.why:
            why.append(_m("why-shortfall", lang, n=names.ladder.scoring.max_shortfall))
        tags.append(
            _m("area-blocker", lang) + ("（" + "，".join(why) + "）" if lang == "zh" else " (" + ", ".join(why) + ")")
        )
    tags.append(_m("area-gap", lang, gap=area.gap, weight=f"{area.weight:g}"))
    unmet = []
    for u in area.unmet:
        where, status = names.level(u.level), _m("status-" + u.status, lang)
        unmet.append(
            f"{names.indicator(u.id)}（{where}·{status}）"
            if lang == "zh"
            else f"{names.indicator(u.id)} [{where} · {status}]"
        )
    actions = [(_m(f"kind-{a.kind}", lang), a.text.get(lang)) for kind in KINDS for a in area.actions if a.kind == kind]
    traps = [f"{names.question(q)}{_colon(lang)}{names.advice(q)}" for q in area.traps]
    return _Area(
        title=_m("area-title", lang, n=n, name=names.competency(area.competency)),
        tags=" · ".join(tags),
        unmet=unmet,
        traps=traps,
        actions=actions,
        evidence=area.evidence.get(lang) if area.evidence else None,
        goal=area.goal.get(lang),
    )


def _since(progress: Progress, names: _Names, lang: Lang) -> tuple[str, list[str]]:
    """The "since last time" section: a title and a few lines (pmladder/progress.py computes it)."""
    level, sep = names.level, ("；" if lang == "zh" else "; ")
    lines = [_m("since-changed", lang)] if progress.ladder_changed else []
    move = _m(f"move-{progress.move}" if progress.move else "move-none", lang)
    previous, current = level(progress.previous_level), level(progress.current_level)
    lines.append(_m("since-level", lang, previous=previous, current=current, move=move))
    lines.append(
        _m(
            "since-range",
            lang,
            previous=f"{level(progress.previous_strict)} … {level(progress.previous_lenient)}",
            current=f"{level(progress.current_strict)} … {level(progress.current_lenient)}",
        )
    )
    for direction in ("up", "down"):
        items = []
        for m in progress.moved:
            if m.move == direction:
                name, before, after = names.competency(m.competency), level(m.previous), level(m.current)
                items.append(_m("since-item", lang, name=name, previous=before, current=after))
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


def _view(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> _View:
    names = _Names(ladder, lang, frozenset(assessment.answers.skipped))
    primary = assessment.primary()
    plan = assessment.plan
    summary: list[tuple[str, str]] = [
        (_m("ladder", lang), f"{ladder.name.get(lang)} ({ladder.id})"),
        (_m("level", lang), names.level(primary.level)),
    ]
    if primary.type is not None:
        level_type = next((t for t in ladder.types if t.id == primary.type), None)
        summary.append((_m("type", lang), level_type.name.get(lang) if level_type else primary.type))
    summary.append((_m("range", lang), f"{names.level(primary.strict)} … {names.level(primary.lenient)}"))
    if len(assessment.tracks) > 1:
        summary.append((_m("track", lang), names.track(primary.track)))
        others = [
            f"{names.track(t.track)}{_colon(lang)}{names.level(t.level)}"
            for t in assessment.tracks
            if t.track != primary.track
        ]
        summary.append((_m("other-tracks", lang), "; ".join(others)))
    stats = assessment.stats
    summary.append(
        (
            _m("answered", lang),
            _m(
                "answered-value",
                lang,
                answered=stats.answered,
                na=stats.na,
                unverified=stats.unverified,
                skipped=stats.skipped,
            ),
        )
    )
    summary.append((_m("confidence", lang), _m(assessment.confidence.level, lang)))
    summary.append((_m("date", lang), assessment.created[:10]))
    reasons = [reason_text(r, names) for r in assessment.confidence.reasons] or [_m("no-reasons", lang)]

    plan_track = assessment.track(plan.track) or primary
    target_index = plan_track.index(plan.target) if plan.target else plan_track.index(plan_track.level)
    rows = []
    for result in plan_track.competencies:
        if not _required_on(ladder, plan_track, result.competency):
            continue  # e.g. coaching on an individual-contributor track: nothing to show or plan
        flags = [flag_text(f, names) for f in result.flags]
        rows.append(
            _Row(
                name=names.competency(result.competency),
                core=result.core,
                floor=names.level(result.floor),
                bar=_bar(plan_track, result, target_index),
                progress="—" if result.progress is None else _pct(result.progress),
                flags=", ".join(flags) if lang == "en" else "，".join(flags),
            )
        )
    target_name = names.level(plan.target) if plan.target else _m("no-target", lang)

    holds = assessment.holds_back
    holds_lines: list[str] = []
    changes: list[str] = []
    if holds is None:
        at_top = primary.index(primary.level) + 1 >= len(primary.path)
        holds_title = _m("holds-title", lang, level="—")
        holds_lines.append(_m("holds-top" if at_top else "holds-none", lang))
    else:
        holds_title = _m("holds-title", lang, level=names.level(holds.next_level))
        items = []
        for b in holds.binding:
            why = [
                _m("why-core", lang)
                if w == "core"
                else _m("why-shortfall", lang, n=ladder.scoring.max_shortfall)
                if w == "shortfall"
                else _m("why-share", lang)
                for w in b.why
            ]
            joined = "，".join(why) if lang == "zh" else ", ".join(why)
            items.append(
                f"{names.competency(b.competency)}（{joined}）"
                if lang == "zh"
                else f"{names.competency(b.competency)} ({joined})"
            )
        holds_lines.append(_m("binding", lang, items=("；" if lang == "zh" else "; ").join(items)))
        if holds.smallest_change:
            holds_lines.append(
                _m("smallest", lang, count=len(holds.smallest_change), level=names.level(holds.next_level))
            )
            for change in holds.smallest_change:
                current = _current(change.current, lang)
                what = names.question(change.id) if change.kind == "contra" else names.indicator(change.id)
                arrow = "→" if lang == "zh" else " → "
                changes.append(
                    f"{names.competency(change.competency)}{_colon(lang)}{what}{arrow}"
                    f"{_m('change-' + change.kind, lang, current=current)}"
                )
        else:
            holds_lines.append(_m("smallest-none", lang))

    if plan.target is not None:
        branches = len(ladder.tracks()) > 1  # one track: naming it says nothing
        plan_title = _m(
            "plan-title" if branches else "plan-title-one", lang, target=target_name, track=names.track(plan.track)
        )
    else:
        plan_title = _m("plan-top", lang, level=names.level(plan.current))
    view = _View(
        title=_m("title", lang),
        summary=summary,
        reasons=reasons,
        table_title=_m(
            "table-title" if len(ladder.tracks()) > 1 else "table-title-one",
            lang,
            track=names.track(plan_track.track),
            target=target_name,
        ),
        rows=rows,
        legend=_m("legend", lang),
        holds_title=holds_title,
        holds_lines=holds_lines,
        changes=changes,
        plan_title=plan_title,
        plan_dates=_m("plan-dates", lang, check_in=plan.check_in, reassess=plan.reassess, months=plan.reassess_months),
        areas=[_area(n, area, names, lang) for n, area in enumerate(plan.focus, start=1)],
    )
    if plan.target is not None and not plan.focus:
        view.plan_note = _m("plan-empty" if plan.strengths else "plan-no-data", lang)
    sep = "、" if lang == "zh" else ", "
    view.strengths = sep.join(names.competency(c) for c in plan.strengths) or _m("strengths-none", lang)
    progress = progress if progress is not None else assessment.since
    if progress is not None:
        view.since_title, view.since_lines = _since(progress, names, lang)
    return view


# ---- Rich -------------------------------------------------------------------------------------------


def _indented(lines: list[str], bullet: str = "• ") -> Table:
    """Lines as a list with a hanging indent, so wrapped text lines up under its first line."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for line in lines:
        grid.add_row(RichText("  " + bullet), RichText(line))
    return grid


def _heading(text: str, style: str = "bold") -> RichText:
    return RichText(text, style=style)


#: Below this width the headers of the bar and progress columns wrap, leaving room for the names.
NARROW = 100


class _CompetencyTable:
    """The competency table, laid out for the width it is rendered at."""

    def __init__(self, view: _View, lang: Lang) -> None:
        self.view = view
        self.lang = lang

    def table(self, width: int) -> Table:
        view, lang = self.view, self.lang
        table = Table(
            title=RichText(view.table_title, style="bold"),
            box=box.SIMPLE_HEAD,
            expand=True,
            caption=RichText(view.legend),
            caption_justify="left",
        )
        # On a narrow terminal the headers of the bar and progress columns wrap ("Against / target"),
        # their cells never do; a Flags column with nothing in it is left out.
        narrow = width < NARROW
        bar_width = max((len(row.bar) for row in view.rows), default=1)
        flagged = any(row.flags for row in view.rows)
        # the core mark has a column of its own, so a wrapped competency name keeps its indent
        table.add_column("", width=1, no_wrap=True)
        table.add_column(_m("col-competency", lang), ratio=4, overflow="fold")
        table.add_column(_m("col-floor", lang), ratio=3, overflow="fold")
        table.add_column(_m("col-bar", lang), overflow="fold", max_width=max(bar_width, 8) if narrow else None)
        table.add_column(_m("col-progress", lang), justify="right", overflow="fold", max_width=6 if narrow else None)
        if flagged:
            table.add_column(_m("col-flags", lang), ratio=3, overflow="fold")
        for row in view.rows:
            cells = [
                RichText("★" if row.core else ""),
                RichText(row.name),
                RichText(row.floor),
                RichText(row.bar, no_wrap=True),
                RichText(row.progress, no_wrap=True),
            ]
            table.add_row(*cells, *([RichText(row.flags)] if flagged else []))
        return table

    def blocks(self) -> list[RenderableType]:
        """Below STACKED_BELOW columns: one block per competency, its values under their headers."""
        view, lang = self.view, self.lang
        parts: list[RenderableType] = [RichText(view.table_title, style="bold")]
        for row in view.rows:
            parts.append(RichText(("★ " if row.core else "") + row.name, style="bold"))
            grid = Table.grid(padding=(0, 2, 0, 0))
            grid.add_column(no_wrap=True, style="italic")
            grid.add_column(overflow="fold")
            grid.add_row(RichText(_m("col-floor", lang)), RichText(row.floor))
            grid.add_row(RichText(_m("col-bar", lang)), RichText(row.bar, no_wrap=True))
            grid.add_row(RichText(_m("col-progress", lang)), RichText(row.progress))
            if row.flags:
                grid.add_row(RichText(_m("col-flags", lang)), RichText(row.flags))
            parts.append(indented(grid, 2))
        parts.append(RichText(view.legend))
        return parts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < STACKED_BELOW:
            yield from self.blocks()
        else:
            yield self.table(options.max_width)


class _Summary:
    """The summary's label/value pairs: side by side, or below STACKED_BELOW each value under its label."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < STACKED_BELOW - 4:  # the panel's borders and padding take 4
            for label, value in self.pairs:
                yield RichText(label, style="bold")
                yield indented(RichText(value), 2)
            return
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for label, value in self.pairs:
            grid.add_row(RichText(label), RichText(value))
        yield grid


def report(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> RenderableType:
    """The report as one Rich renderable: summary panel, since last time (when ``progress``, else
    ``assessment.since``, is given), competency table, holds-back, plan, strengths.

    Every piece of ladder text goes through ``rich.text.Text`` (never markup), so it needs no escaping.
    """
    view = _view(assessment, ladder, lang, progress)
    summary = Panel(
        Group(_Summary(view.summary), RichText(""), _indented(view.reasons, "")),
        title=RichText(view.title, style="bold"),
        box=box.ROUNDED,
        expand=True,
    )
    table = _CompetencyTable(view, lang)

    parts: list[RenderableType] = [summary]
    if view.since_title is not None:
        parts += [_heading(view.since_title), _indented(view.since_lines), RichText("")]
    parts += [table, _heading(view.holds_title)]
    parts += [RichText(line) for line in view.holds_lines]
    if view.changes:
        parts.append(_indented(view.changes))
    parts += [RichText(""), _heading(view.plan_title), RichText(view.plan_dates)]
    if view.plan_note:
        parts.append(RichText(view.plan_note))
    for area in view.areas:
        title = RichText("\n" + area.title, style="bold")
        title.append("  " + area.tags, style="")
        parts.append(title)
        if area.unmet:
            parts += [_heading(_m("area-unmet", lang), "italic"), _indented(area.unmet)]
        if area.traps:
            parts += [_heading(_m("area-traps", lang), "italic"), _indented(area.traps)]
        parts.append(_heading(_m("area-actions", lang), "italic"))
        if area.actions:
            parts.append(_indented([f"{label}{_colon(lang)}{text}" for label, text in area.actions]))
        else:
            parts.append(_indented([_m("area-no-actions", lang)], ""))
        if area.evidence:
            parts += [_heading(_m("area-evidence", lang), "italic"), _indented([area.evidence], "")]
        parts += [_heading(_m("area-goal", lang), "italic"), _indented([area.goal], "")]
    parts += [RichText(""), _heading(_m("strengths", lang)), _indented([view.strengths], "")]
    return Capped(Group(*parts))


# ---- Markdown ---------------------------------------------------------------------------------------


def to_markdown(assessment: Assessment, ladder: Ladder, lang: Lang, progress: Progress | None = None) -> str:
    """The same content as ``report`` as GitHub-flavoured Markdown."""
    view = _view(assessment, ladder, lang, progress)
    out: list[str] = [f"# {md(view.title)}", ""]
    out += [f"- **{md(label)}**: {md(value)}" for label, value in view.summary]
    out += ["", f"**{_m('reasons-title', lang)}**", ""]
    out += [f"- {md_block(line)}" for line in view.reasons]
    if view.since_title is not None:
        out += ["", f"## {md(view.since_title)}", ""]
        out += [f"- {md_block(line)}" for line in view.since_lines]
    out += ["", f"## {md(view.table_title)}", ""]
    headers = [_m(k, lang) for k in ("col-competency", "col-floor", "col-bar", "col-progress", "col-flags")]
    out.append("| " + " | ".join(headers) + " |")
    out.append("|---|---|---|--:|---|")
    for row in view.rows:
        name = ("★ " if row.core else "") + md(row.name)
        cells = [name, md(row.floor), f"`{row.bar}`", row.progress, md(row.flags)]
        out.append("| " + " | ".join(cells) + " |")
    out += ["", md_block(view.legend), "", f"## {md(view.holds_title)}", ""]
    out += [md_block(line) for line in view.holds_lines]
    if view.changes:
        out.append("")
        out += [f"- {md_block(line)}" for line in view.changes]
    out += ["", f"## {md(view.plan_title)}", "", md_block(view.plan_dates)]
    if view.plan_note:
        out += ["", md_block(view.plan_note)]
    for area in view.areas:
        out += [
            "",
            f"### {md(area.title)}",
            "",
            f"*{md(area.tags)}*",
        ]
        if area.unmet:
            out += ["", f"**{_m('area-unmet', lang)}**", ""]
            out += [f"- {md_block(line)}" for line in area.unmet]
        if area.traps:
            out += ["", f"**{_m('area-traps', lang)}**", ""]
            out += [f"- {md_block(line)}" for line in area.traps]
        out += ["", f"**{_m('area-actions', lang)}**", ""]
        if not area.actions:
            out.append(_m("area-no-actions", lang))
        out += [f"- {md(label)}{_colon(lang)}{md(text)}" for label, text in area.actions]
        if area.evidence:
            out += ["", f"**{_m('area-evidence', lang)}** {md(area.evidence)}"]
        out += ["", f"**{_m('area-goal', lang)}** {md(area.goal)}"]
    out += ["", f"**{_m('strengths', lang)}** {md(view.strengths)}", ""]
    return "\n".join(out)


# ---- JSON -------------------------------------------------------------------------------------------


def to_json(assessment: Assessment, progress: Progress | None = None) -> str:
    """The assessment as JSON (the saved format: ``schema`` pmladder/assessment@1).

    ``progress`` (else ``assessment.since``) is the optional ``since`` field; without it the key is absent.
    """
    if progress is not None:
        assessment = assessment.model_copy(update={"since": progress})
    return assessment.model_dump_json(by_alias=True, indent=2)
