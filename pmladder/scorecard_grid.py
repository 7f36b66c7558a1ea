"""Capability beside performance: a saved assessment and a scorecard period placed on a 3 × 3 grid."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pmladder.errors import PmladderError
from pmladder.model.scorecard import ScorecardResult, Text
from pmladder.model.scorecard_saved import (
    Capability,
    CapabilityPerformance,
    CapabilityTier,
    Performance,
    PerformanceTier,
)

#: a total below this is ``below`` (the performance tier), from it up to EXCEEDS_FROM ``meets``
MEETS_FROM = 90.0
EXCEEDS_FROM = 110.0
_CAPABILITY_TIERS: tuple[CapabilityTier, ...] = ("lower", "middle", "upper")


@dataclass(frozen=True)
class Capable:
    """A saved assessment read for the grid: where it places the person, and the file it came from."""

    capability: Capability
    path: Path


def capability_tier(position: int, levels: int) -> CapabilityTier:
    """The third of the track a level is in: 1-based ``position`` of ``levels`` (0, below the first: lower)."""
    if position <= 0 or levels <= 0:
        return "lower"
    return _CAPABILITY_TIERS[min(2, math.ceil(3 * position / levels) - 1)]


def performance_tier(total: float | None) -> PerformanceTier | None:
    """``below`` under 90, ``meets`` from 90 to under 110, ``exceeds`` from 110 (100 is on target everywhere)."""
    if total is None:
        return None
    return "below" if total < MEETS_FROM else "meets" if total < EXCEEDS_FROM else "exceeds"


def _named(text: Text | None, fallback: str) -> Text:
    return text if text is not None else Text(zh=fallback, en=fallback)


def capability_of(path: Path) -> Capable:
    """A saved assessment (``--with-assessment``) as a place on its ladder's primary track; a damaged
    file is an InputError at file:line:col. A ladder that is gone leaves its ids as names."""
    from pmladder.io.ladders import ladder_named
    from pmladder.storage import load_assessment

    assessment = load_assessment(path)
    track = next(t for t in assessment.tracks if t.track == assessment.primary_track)
    try:
        ladder = ladder_named(assessment.ladder)
    except PmladderError:
        ladder = None
    level = ladder.level(track.level) if ladder is not None and track.level is not None else None
    position = track.path.index(track.level) + 1 if track.level in track.path else 0
    capability = Capability(
        ladder=assessment.ladder,
        ladder_name=_named(ladder.name if ladder is not None else None, assessment.ladder),
        created=assessment.created, subject=assessment.subject, role=assessment.role, rater=assessment.rater,
        track=track.track, level=track.level,
        level_name=None if track.level is None else _named(level.name if level is not None else None, track.level),
        strict=track.strict, lenient=track.lenient, position=position, levels=len(track.path),
        confidence=assessment.confidence.level, tier=capability_tier(position, len(track.path)),
    )
    return Capable(capability, path)


def side_by_side(capable: Capable, result: ScorecardResult) -> CapabilityPerformance:
    """The assessment and the period together, with their cell on the grid and whether they belong together."""
    from pmladder.scorecard_store import made_for

    tier = performance_tier(result.total)
    performance = Performance(
        scorecard=result.scorecard, scorecard_name=result.name, period=result.period, stage=result.stage,
        total=result.total, pay_multiplier=result.pay_multiplier, tier=tier,
    )
    made = date.fromisoformat(capable.capability.created[:10])
    return CapabilityPerformance(
        period=result.period, same_period=made_for(result.period, made), capability=capable.capability,
        performance=performance, cell=[capable.capability.tier, tier] if tier is not None else None,
        assessment_file=str(capable.path), scorecard_result=result,
    )
