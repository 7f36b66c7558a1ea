"""Names of ladder parts inside a usage error: a ladder, a track, the values an option takes with names."""

from __future__ import annotations

from collections.abc import Iterable

from pmladder import plan
from pmladder.i18n import Lang, param_text, quoted
from pmladder.model.ladder import Ladder, Level


def ladder_words(ladder: Ladder, lang: Lang) -> str:
    """A ladder named inside a sentence."""
    return quoted(ladder.name.get(lang), lang)


def track_words(ladder: Ladder, track: str, lang: Lang) -> str:
    """A track as the user reads it: its declared name, else its id."""
    return str(param_text(plan.track_name(ladder, track), lang))


def level_choices(levels: Iterable[Level], lang: Lang) -> str:
    """Levels as an option takes them (ids) with their names beside: ``expert (Product expert), …``."""
    return str(param_text(plan.level_choices(levels), lang))


def track_choices(ladder: Ladder, lang: Lang, tracks: Iterable[str] | None = None) -> str:
    """Tracks as ``--track`` takes them (ids) with their declared names beside."""
    return str(param_text(plan.track_choices(ladder, tracks), lang))
