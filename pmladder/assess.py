"""The assess use case: scoring, the plan and "since last time" composed into one Assessment (pure)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pmladder import plan as planning
from pmladder import progress, scoring
from pmladder.feedback import SELF, Who
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment, WeakExample
from pmladder.model.ladder import Ladder


def assess(
    ladder: Ladder,
    answers: Answers,
    *,
    ladder_sha256: str,
    created: datetime,
    find_previous: Callable[[Assessment], Assessment | None] | None = None,
    rated: Who = SELF,
) -> Assessment:
    """The full assessment of ``answers`` against ``ladder`` (pure: the caller passes time and digest).

    Raises NotFoundError when ``answers.track`` or ``answers.target`` name no track or level of the
    ladder, and TargetNotAbove (a UsageError) when the target is not above the estimate; both carry a
    code of pmladder/i18n/plan.py. ``find_previous``, when given, is asked for the saved assessment
    that came before this one (e.g. through ``storage.find_previous``); the result's ``since`` then
    says what moved. ``rated`` says who answered about whom (a manager or a peer rating someone else:
    pmladder/feedback.py); the result records it.
    """
    if created.tzinfo is None:
        raise ValueError("created must be an aware datetime")
    planning.check_track(ladder, answers.track)
    estimate = scoring.estimate(ladder, answers)
    plan_track, target = planning.resolve_target(ladder, estimate.tracks, estimate.primary_track, answers.target)
    result = Assessment(
        ladder=ladder.id,
        ladder_sha256=ladder_sha256,
        created=created.isoformat(timespec="seconds"),
        answers=answers,
        primary_track=estimate.primary_track,
        tracks=estimate.tracks,
        confidence=estimate.confidence,
        stats=estimate.stats,
        holds_back=estimate.holds_back,
        weak_examples=[WeakExample(id=i, problem=problem) for i, problem in estimate.weak_examples.items()],
        plan=planning.make_plan(ladder, plan_track, answers, target, created),
        subject=rated.subject,
        role=rated.role,
        rater=rated.rater,
    )
    if find_previous is None:
        return result
    return progress.with_progress(result, find_previous(result))
