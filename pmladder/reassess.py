"""Re-assessment: when the latest plan of each ladder asks for a check-in or a new assessment, and its focus."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pmladder import history

if TYPE_CHECKING:
    from pmladder.io.ladders import LoadedLadder
    from pmladder.model.assessment import Assessment
    from pmladder.model.history import Due, HistoryEntry, Status


def due(assessment: Assessment, entry: HistoryEntry, today: date) -> Due:
    """What the plan of ``assessment`` asks for on ``today``: the re-assessment once its date has come,
    else the check-in once its date has come, else nothing yet (pure)."""
    from pmladder.model.history import Due, DueKind

    plan = assessment.plan
    check_in, reassess = date.fromisoformat(plan.check_in), date.fromisoformat(plan.reassess)
    kind: DueKind = "reassess" if today >= reassess else "check-in" if today >= check_in else "none"
    return Due(
        entry=entry,
        due=kind,
        check_in=plan.check_in,
        reassess=plan.reassess,
        check_in_days=(check_in - today).days,
        reassess_days=(reassess - today).days,
        track=plan.track,
        target=plan.target,
        focus=[area.competency for area in plan.focus],
    )


def status(today: date, ladder: str | None = None) -> tuple[Status, dict[str, LoadedLadder]]:
    """The latest self-assessment of every ladder (or of ``ladder``) and what its plan asks for on
    ``today``, the soonest re-assessment first; ratings of someone else are left out (their plans are
    the person's own to follow)."""
    from pmladder.model.history import Status

    ladder = history.ladder_id_of(ladder) if ladder is not None else None
    found = history.listing()
    latest: dict[str, history.Opened] = {}
    for opened in found.opened:  # oldest first: the last one of a ladder wins
        entry = opened.entry
        if entry.kind == "assessment" and entry.role == "self" and ladder in (None, entry.ladder):
            latest[entry.ladder] = opened
    plans = [due(o.assessment, o.entry, today) for o in latest.values() if o.assessment is not None]
    plans.sort(key=lambda plan: (plan.reassess, plan.check_in))  # the most pressing first
    return Status(today=today.isoformat(), plans=plans), found.ladders


def due_before(previous: Assessment | None, today: date) -> Due | None:
    """For `assess`: the previous result's plan, when its check-in or re-assessment has come (else None)."""
    if previous is None:
        return None
    from pmladder.model.history import HistoryEntry

    entry = HistoryEntry(id="", file="", kind="assessment", created=previous.created, ladder=previous.ladder)
    found = due(previous, entry, today)
    return found if found.due != "none" else None
