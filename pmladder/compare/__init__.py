"""Pure comparison of ladders: alignment (align), what compare and show print (views), results (translate)."""

from __future__ import annotations

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
