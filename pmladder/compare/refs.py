"""References to ladder parts in comparison models, lookup of levels and competencies by id or name, cells."""

from __future__ import annotations

from collections.abc import Sequence

from pmladder.errors import Msg, NotFoundError
from pmladder.model.comparison import CellState, CellView, CompetencyRef, IndicatorView, LadderRef, LevelRef
from pmladder.model.ladder import Carry, Competency, Expectation, Ladder, Level, NoRequirement, resolve_cell
from pmladder.rules.answers import choice, level_choices
from pmladder.rules.answers import text as bilingual


def ladder_ref(ladder: Ladder) -> LadderRef:
    return LadderRef(id=ladder.id, name=ladder.name, track_names={t.id: t.name for t in ladder.track_names})


def level_ref(level: Level) -> LevelRef:
    low, high = level.bands()
    return LevelRef(id=level.id, name=level.name, band=low, band_to=high)


def competency_ref(competency: Competency) -> CompetencyRef:
    return CompetencyRef(id=competency.id, name=competency.name, group=competency.group)


# ---- names inside a message (codes of pmladder/i18n/compare.py) ---------------------------------------


def competency_choices(ladder: Ladder) -> list[Msg | str]:
    """The competencies as --competency takes them (ids), with their names beside."""
    return [choice(c.id, c.name) for c in ladder.competencies]


# ---- lookup -------------------------------------------------------------------------------------------


def _folded(key: str) -> str:
    """A name or id as compared: trimmed, case-folded."""
    return key.strip().casefold()


def find_level(ladder: Ladder, key: str) -> Level:
    """A level by id, or by its zh or en name (case-insensitive); NotFoundError naming the valid ids."""
    found = ladder.level(key)
    if found is None:
        wanted = _folded(key)
        found = next(
            (lv for lv in ladder.levels if wanted in (_folded(lv.name.zh), _folded(lv.name.en))), None
        )
    if found is None:
        valid = level_choices(ladder.levels)
        raise NotFoundError("compare.unknown-level", ladder=bilingual(ladder.name), wanted=key, valid=valid)
    return found


def lookup_competency(ladder: Ladder, key: str) -> Competency | None:
    """A competency by id, or by its zh or en name (case-insensitive); None when there is none."""
    found = ladder.competency(key)
    if found is None:
        wanted = _folded(key)
        found = next(
            (c for c in ladder.competencies if wanted in (_folded(c.name.zh), _folded(c.name.en))), None
        )
    return found


def find_competency(ladder: Ladder, key: str) -> Competency:
    """A competency by id, or by its zh or en name; NotFoundError naming the valid ids."""
    found = lookup_competency(ladder, key)
    if found is None:
        valid = competency_choices(ladder)
        raise NotFoundError("compare.unknown-competency", ladder=bilingual(ladder.name), wanted=key, valid=valid)
    return found


# ---- cells --------------------------------------------------------------------------------------------


def cell_view(competency: Competency, path: Sequence[Level], level: Level) -> CellView:
    """The cell of ``competency`` at ``level`` on ``path``, with ``carry`` resolved."""
    cell = competency.expectations.get(level.id)
    expectation, defined_at = resolve_cell(competency, path, level.id)
    state: CellState = (
        "defined" if isinstance(cell, Expectation) else "carry" if isinstance(cell, Carry) else "none"
    )
    note = cell.note if isinstance(cell, Carry | NoRequirement) else None
    if expectation is None:
        return CellView(competency=competency.id, level=level.id, state=state, note=note)
    return CellView(
        competency=competency.id,
        level=level.id,
        state=state,
        summary=expectation.summary,
        indicators=[IndicatorView(id=i.id, text=i.text) for i in expectation.indicators],
        evidence=expectation.evidence,
        carried_from=level_ref(defined_at) if state == "carry" and defined_at is not None else None,
        note=note,
    )
