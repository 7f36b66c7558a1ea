"""The history as blocks: the list of saved results, one result shown again, and the names they need."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pmladder.i18n import lookup, param_text, t
from pmladder.render.blocks import Block, Heading, Lines, Para, Table

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pmladder.history import Opened
    from pmladder.i18n import Lang
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.history import HistoryEntry, HistoryList
    from pmladder.model.ladder import Ladder
    from pmladder.model.scorecard import Scorecard, ScorecardResult

#: what marks a result made with another version of its ladder, in the list
CHANGED_MARK = " *"


def level_name(ladder: Ladder | None, level_id: str | None, lang: Lang) -> str:
    """A level's name in ``lang``; "below the first level" for None; the id when the ladder has no such level."""
    if level_id is None:
        return t("render.assessment.below-first", lang)
    level = ladder.level(level_id) if ladder is not None else None
    return level.name.get(lang) if level is not None else level_id


def competency_name(ladder: Ladder | None, competency_id: str, lang: Lang) -> str:
    found = ladder.competency(competency_id) if ladder is not None else None
    return found.name.get(lang) if found is not None else competency_id


def track_name(ladder: Ladder | None, track: str, lang: Lang) -> str:
    from pmladder.render.ladder import track_text

    return track_text(ladder.track_name(track) if ladder is not None else None, track, lang)


def ladder_name(ladder: Ladder | None, ladder_id: str, lang: Lang) -> str:
    return ladder.name.get(lang) if ladder is not None else ladder_id


def who(entry: HistoryEntry, lang: Lang) -> str:
    """Who answered about whom: "self", "Alice (self)", "manager Bob about Alice", "peer about Alice"."""
    role = t(f"history.rater.{entry.role}", lang) if lookup(f"history.rater.{entry.role}") else entry.role
    if entry.role == "self":
        return role if entry.subject is None else t("history.list.self-named", lang, name=entry.subject)
    rater = role if entry.rater is None else f"{role} {entry.rater}"
    return rater if entry.subject is None else t("history.list.about", lang, rater=rater, subject=entry.subject)


def date(entry: HistoryEntry) -> str:
    return (entry.created or "")[:10] or "—"


def level_text(entry: HistoryEntry, ladder: Ladder | None, lang: Lang) -> str:
    """The level of a result, with its track when the ladder has several."""
    level = level_name(ladder, entry.level, lang)
    if ladder is not None and len(ladder.tracks()) > 1 and entry.track is not None:
        return t("history.list.on-track", lang, level=level, track=track_name(ladder, entry.track, lang))
    return level


def range_text(entry: HistoryEntry, ladder: Ladder | None, lang: Lang) -> str:
    return f"{level_name(ladder, entry.strict, lang)} … {level_name(ladder, entry.lenient, lang)}"


def result_text(entry: HistoryEntry, ladder: Ladder | None, lang: Lang) -> str:
    """A result in a few words: the level and its range, or the scorecard's period and score."""
    if entry.kind == "scorecard":
        return t("history.scorecard", lang, period=entry.period or "—", total=total_text(entry))
    return t("history.result", lang, level=level_text(entry, ladder, lang), range=range_text(entry, ladder, lang))


def total_text(entry: HistoryEntry) -> str:
    return "—" if entry.total is None else f"{entry.total:.2f}"


def entry_ladder(entry: HistoryEntry, ladders: Mapping[str, LoadedLadder], lang: Lang) -> str:
    """The ladder's (or template's) name, marked when the result was made with another version of it."""
    if entry.kind == "scorecard":
        return str(param_text(entry.name, lang)) if entry.name else entry.ladder
    found = ladders.get(entry.ladder)
    name = ladder_name(found.ladder if found else None, entry.ladder, lang)
    return name + (CHANGED_MARK if entry.ladder_changed else "")


def _groups(model: HistoryList) -> dict[tuple[str, str], list[HistoryEntry]]:
    """The results by ladder (or scorecard template), each group where its oldest result is."""
    groups: dict[tuple[str, str], list[HistoryEntry]] = {}
    for entry in model.entries:
        groups.setdefault((entry.kind, entry.ladder), []).append(entry)
    return groups


def _row(entry: HistoryEntry, ladder: Ladder | None, lang: Lang) -> list[str]:
    if entry.kind == "scorecard":
        return [entry.id, date(entry), entry.period or "—", total_text(entry), entry.subject or "—"]
    confidence = t(f"render.assessment.{entry.confidence}", lang) if entry.confidence else "—"
    mark = CHANGED_MARK if entry.ladder_changed else ""
    level, span = level_text(entry, ladder, lang), range_text(entry, ladder, lang)
    return [entry.id + mark, date(entry), level, span, confidence, who(entry, lang)]


def list_blocks(model: HistoryList, ladders: Mapping[str, LoadedLadder], lang: Lang) -> list[Block]:
    """Every saved result, by ladder: id, date, level, range, confidence, who (a scorecard result: its
    period and total score)."""
    count = len(model.entries)
    blocks: list[Block] = [Heading(t("history.list.title", lang, count=count), level=1, gap=False)]
    if not model.entries:
        blocks.append(Para(t("history.list.empty", lang)))
    columns = {
        "assessment": (["id", "date", "level", "range", "confidence", "who"], [3, 2, 4, 5, 2, 3]),
        "scorecard": (["id", "date", "period", "total", "who"], [3, 2, 2, 2, 3]),
    }
    for (kind, ladder_id), entries in _groups(model).items():
        found = ladders.get(ladder_id)
        ladder = found.ladder if found is not None else None
        keys, ratios = columns[kind]
        header = [t(f"history.list.{key}", lang) for key in keys]
        title = entry_ladder(entries[0], ladders, lang).removesuffix(CHANGED_MARK)
        if kind == "scorecard":
            title = t("history.list.scorecard-title", lang, name=title)
        rows = [_row(entry, ladder, lang) for entry in entries]
        blocks += [Heading(title, level=2), Table(header, rows, ratios=ratios)]
    notes = []
    if any(entry.ladder_changed for entry in model.entries):
        notes.append(t("history.list.changed-note", lang))
    if model.unreadable:
        notes.append(t("history.list.unreadable-note", lang, count=len(model.unreadable)))
    notes.append(t("history.list.hint", lang))
    return [*blocks, Lines(notes)]


def changed_note(entry: HistoryEntry, lang: Lang) -> Para:
    """Said above a result made with another version of its ladder."""
    return Para(t("history.show.changed", lang, id=entry.id), style="italic", emphasis=True)


def describe(entry: HistoryEntry, lang: Lang) -> str:
    """A result in one line (what ``history rm`` asks about): id, date, ladder, level."""
    from pmladder.history import Ladders

    found = Ladders().get(entry.ladder) if entry.kind == "assessment" else None
    ladder = found.ladder if found is not None else None
    name = entry_ladder(entry, {entry.ladder: found} if found is not None else {}, lang)
    result = result_text(entry, ladder, lang)
    return t("history.describe", lang, id=entry.id, date=date(entry), ladder=name, result=result)


def show_blocks(opened: Opened, lang: Lang, scorecard: tuple[ScorecardResult, Scorecard] | None = None) -> list[Block]:
    """A saved result as its report was (the assessment or scorecard renderer), with a note above it when
    its ladder has changed since."""
    if scorecard is not None:
        from pmladder.render.scorecard import result_blocks

        return result_blocks(scorecard[0], scorecard[1], lang)
    from pmladder.history import need_ladder
    from pmladder.render.assessment import report_blocks

    assert opened.assessment is not None
    blocks = report_blocks(opened.assessment, need_ladder(opened).ladder, lang)
    return [changed_note(opened.entry, lang), *blocks] if opened.entry.ladder_changed else blocks
