"""The examples of docs/answers-format.md are real: both load, fit their ladder and agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pmladder.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "answers-format.md"


def _block(language: str) -> str:
    found = re.search(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert found, f"docs/answers-format.md has no ```{language} block"
    return found.group(1)


def test_the_yaml_and_json_examples_give_the_same_assessment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = []
    for name, language in (("my-answers.yaml", "yaml"), ("my-answers.json", "json")):
        path = tmp_path / name
        path.write_text(_block(language), encoding="utf-8")
        assert main(["assess", "--answers", str(path), "--format", "json", "--no-save"]) == 0, (
            capsys.readouterr()
        )
        data = json.loads(capsys.readouterr().out)
        del data["created"]
        results.append(data)
    assert results[0] == results[1]
    assert results[0]["ladder"] == "pm-generic"
    # the example describes an intermediate PM planning toward senior
    assert results[0]["tracks"][0]["level"] == "intermediate"
    assert results[0]["plan"]["target"] == "senior"
    # one example per cell, filed under its first rating of 2 or 3, verifies every rating of the cell
    assert results[0]["stats"]["unverified"] == 0
    assert results[0]["answers"]["ratings"]["requirements.intermediate.2"] == 3
    assert "requirements.intermediate.2" not in results[0]["answers"]["evidence"]
