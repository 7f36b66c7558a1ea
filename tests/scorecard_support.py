"""Helpers of the scorecard tests: load a scorecard or values file with positions, find the templates."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from pmladder.io.models import load_model as _load_model
from pmladder.model.scorecard import Scorecard, ScorecardValues

TEMPLATES = ("industrial-value", "lifecycle-stages", "team-and-individual")
FIXTURES = Path(__file__).parent / "scorecard_fixtures"


def template_path(name: str) -> Path:
    """A bundled template, found the way an install finds it (the pmladder.scorecards package)."""
    return Path(str(resources.files("pmladder.scorecards"))) / f"{name}.yaml"


def load_card(text: str | bytes, filename: str = "card.yaml") -> Any:
    raw = text.encode() if isinstance(text, str) else text
    return _load_model(Scorecard, raw, filename)


def load_values(text: str, filename: str = "values.yaml") -> Any:
    return _load_model(ScorecardValues, text.encode(), filename)


def template(name: str) -> Scorecard:
    loaded = load_card(template_path(name).read_bytes(), f"{name}.yaml")
    assert loaded.value is not None, [i.format() for i in loaded.issues]
    card: Scorecard = loaded.value
    return card
