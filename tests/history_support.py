"""Saved results made for the history tests: a persona's answers assessed at a chosen time and saved."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pmladder import assess, storage
from pmladder.feedback import SELF, Who
from pmladder.io.ladders import load_ladder
from pmladder.io.models import load_model, require
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment

ROOT = Path(__file__).resolve().parent.parent
PERSONAS = ROOT / "tests" / "personas"


def assessed(ladder: str, persona: str, created: str, rated: Who = SELF) -> Assessment:
    """``persona``'s answers (tests/personas/LADDER/PERSONA.yaml) assessed at ``created`` (ISO, with offset)."""
    path = PERSONAS / ladder / f"{persona}.yaml"
    answers = require(load_model(Answers, path.read_bytes(), str(path)))
    found = load_ladder(ladder)
    when = datetime.fromisoformat(created)
    return assess.assess(found.ladder, answers, ladder_sha256=found.sha256, created=when, rated=rated)


def save(ladder: str, persona: str, created: str, rated: Who = SELF) -> Path:
    """The same, saved in the history folder as `pmladder assess` saves it; returns its file."""
    return storage.save_assessment(assessed(ladder, persona, created, rated))


#: a PM's year on pm-generic: junior in March, intermediate in June, senior in December
YEAR = (
    ("junior", "2026-03-02T09:30:00+08:00"),
    ("intermediate", "2026-06-01T10:00:00+08:00"),
    ("senior", "2026-12-01T18:45:10+08:00"),
)


def a_year() -> list[Path]:
    return [save("pm-generic", persona, created) for persona, created in YEAR]


def save_scorecard(created: str = "2026-12-20T17:00:00+08:00") -> Path:
    """A scored period as `pmladder scorecard` keeps it (``kind: scorecard`` with its period, beside the
    assessments, in ``<data>/scorecard-results``): the worked example of docs/scorecard.md."""
    import json
    import re

    from pmladder.paths import data_dir
    from pmladder.scorecard_run import score

    scored = score("industrial-value", ROOT / "tests" / "scorecard_fixtures" / "case1-after.yaml")
    saved = {
        "schema": "pmladder/scorecard-saved@1",
        "kind": "scorecard",
        "scorecard": "industrial-value",
        "period": "2026-H2",
        "stage": None,
        "created": created,
        "template_sha256": "0" * 64,
        "result": scored.result.model_dump(mode="json", by_alias=True),
    }
    folder = data_dir() / "scorecard-results"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"industrial-value-2026-H2-{re.sub(r'[^0-9T]', '', created[:19])}.json"
    path.write_text(json.dumps(saved, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
