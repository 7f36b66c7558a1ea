"""The report shows only the competencies that the planned track requires."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.console import Console

from pmladder import assess as use_case
from pmladder.io import ladder_files, models
from pmladder.model.answers import Answers
from pmladder.render.assessment import report, to_markdown

LADDER = Path(__file__).parent / "answers" / "ladder.yaml"


def _assess(track: str) -> tuple[str, str]:
    ladder = models.require(ladder_files.load_ladder_file(LADDER))
    path = ladder.tracks()[track]
    ratings = {
        ind.id: 2
        for comp in ladder.competencies
        for level in path
        if (cell := ladder.effective_cell(comp, path, level.id)) is not None
        for ind in cell.indicators
        if level.id != path[-1].id
    }
    evidence = {i: f"Done: the {i} work on project X" for i in ratings}
    answers = Answers(ladder=ladder.id, track=track, ratings=ratings, evidence=evidence)
    result = use_case.assess(ladder, answers, ladder_sha256="0" * 64, created=datetime(2026, 1, 5, tzinfo=UTC))
    console = Console(width=100, color_system=None, force_terminal=False, record=True)
    console.print(report(result, ladder, "en"))
    return console.export_text(), to_markdown(result, ladder, "en")


@pytest.mark.parametrize(("track", "shown"), [("ic", False), ("management", True)])
def test_a_competency_only_another_track_requires_has_no_row(track: str, shown: bool) -> None:
    text, markdown = _assess(track)
    ladder = models.require(ladder_files.load_ladder_file(LADDER))
    coaching = ladder.competency("coaching")
    assert coaching is not None
    name = coaching.name.get("en")
    analysis = ladder.competency("analysis")
    assert analysis is not None
    assert analysis.name.get("en") in text  # the table is there
    assert (name in text) is shown
    assert (name in markdown) is shown
