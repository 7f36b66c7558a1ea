"""Pure comparison of ladders: alignment (align), what compare and show print (views), results (translate)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pmladder.compare.align import (
        DISAGREEMENT_THRESHOLD,
        LEADERSHIP_IDS,
        align_levels,
        align_track,
        band_distance,
        combine_relations,
        content_bands,
        cross_check,
        crosswalk,
        leadership_start,
        match_level,
        track_pairs,
    )
    from pmladder.compare.refs import (
        cell_view,
        competency_ref,
        find_competency,
        find_level,
        ladder_ref,
        level_ref,
    )
    from pmladder.compare.translate import translate_result
    from pmladder.compare.views import compare, ladder_entry, ladder_view, level_diff, side_by_side

#: where each name of this package is; a submodule is imported on first use, so that ``show`` (views) does
#: not pay for the assessment models that ``translate`` needs (~15 ms)
_HOME = {
    "DISAGREEMENT_THRESHOLD": "align",
    "LEADERSHIP_IDS": "align",
    "align_levels": "align",
    "align_track": "align",
    "band_distance": "align",
    "combine_relations": "align",
    "content_bands": "align",
    "cross_check": "align",
    "crosswalk": "align",
    "leadership_start": "align",
    "match_level": "align",
    "track_pairs": "align",
    "cell_view": "refs",
    "competency_ref": "refs",
    "find_competency": "refs",
    "find_level": "refs",
    "ladder_ref": "refs",
    "level_ref": "refs",
    "translate_result": "translate",
    "compare": "views",
    "ladder_entry": "views",
    "ladder_view": "views",
    "level_diff": "views",
    "side_by_side": "views",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _HOME:
        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DISAGREEMENT_THRESHOLD",
    "LEADERSHIP_IDS",
    "align_levels",
    "align_track",
    "band_distance",
    "cell_view",
    "combine_relations",
    "compare",
    "competency_ref",
    "content_bands",
    "cross_check",
    "crosswalk",
    "find_competency",
    "find_level",
    "ladder_entry",
    "ladder_ref",
    "ladder_view",
    "leadership_start",
    "level_diff",
    "level_ref",
    "match_level",
    "side_by_side",
    "track_pairs",
    "translate_result",
]
