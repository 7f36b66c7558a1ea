"""Shared helpers of the assess-core tests: the fixture ladder, persona files and a fixed clock."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

from pmladder import assess as use_case
from pmladder.io.ladder_files import load_ladder_file
from pmladder.io.models import load_model, require
from pmladder.io.reading import read_bytes
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Ladder

TESTS = Path(__file__).resolve().parent
PERSONAS = TESTS / "personas"
FIXTURE_LADDER = PERSONAS / "_ladders" / "fixture.yaml"
GOLDEN = TESTS / "golden" / "assess"
#: Every assessment in the tests is made at this moment (UTC+8, as most users are).
CREATED = datetime(2025, 1, 31, 9, 30, tzinfo=timezone(timedelta(hours=8)))


@cache
def fixture_ladder() -> Ladder:
    return require(load_ladder_file(FIXTURE_LADDER))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def answers(ladder: str = "fixture", **fields: Any) -> Answers:
    return Answers.model_validate({"ladder": ladder, **fields})


def run(ladder: Ladder, given: Answers, created: datetime = CREATED) -> Assessment:
    return use_case.assess(ladder, given, ladder_sha256="0" * 64, created=created)


def assess_fixture(**fields: Any) -> Assessment:
    return run(fixture_ladder(), answers(**fields))


def load_persona(path: Path) -> Answers:
    """A persona file is an ordinary answers file (docs/answers-format.md)."""
    return require(load_model(Answers, read_bytes(path), str(path)))
