"""Every example file through `pmladder validate`: valid ones pass, invalid ones print their .expected."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pmladder.cli import main

if TYPE_CHECKING:
    from conftest import Golden

EXAMPLES = Path(__file__).resolve().parent / "example-files"
VALID = sorted(p for p in (EXAMPLES / "valid").iterdir() if p.suffix in (".yaml", ".yml", ".json"))
INVALID = sorted(p for p in (EXAMPLES / "invalid").iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def documented_codes() -> set[str]:
    """The issue codes listed in the tables of docs/validate.md (rows starting with a `code`)."""
    text = (EXAMPLES.parent.parent / "docs" / "validate.md").read_text(encoding="utf-8")
    codes = set(re.findall(r"^\| `([a-z0-9-]+)` \| (?:error|warning) \|", text, flags=re.M))
    assert len(codes) > 30, "docs/validate.md lost its tables of issue codes"
    return codes


def scorecard_codes() -> set[str]:
    """The codes of the table of docs/scorecard.md's "The rules `validate` will check" (``duplicate-*`` is
    one per kind of id)."""
    text = (EXAMPLES.parent.parent / "docs" / "scorecard.md").read_text(encoding="utf-8")
    table = text[text.index("## The rules `validate` will check") : text.index("## Worked example")]
    codes: set[str] = set()
    for row in re.findall(r"^\| (`scorecard\.[^|]+) \|", table, flags=re.M):
        codes.update(re.findall(r"`(scorecard\.[a-z*-]+)`", row))
    kinds = ("stage", "section", "kpi", "rule", "rater")
    codes.update(f"scorecard.duplicate-{kind}" for kind in kinds if "scorecard.duplicate-*" in codes)
    codes.discard("scorecard.duplicate-*")
    assert len(codes) > 25, "docs/scorecard.md lost its table of rules"
    return codes


def _expected(path: Path) -> Path:
    return path.with_name(path.name + ".expected")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_passes_strict(
    path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(path.parent)
    assert main(["validate", "--strict", path.name]) == 0
    assert capsys.readouterr().out == "1 file checked: 0 invalid, 0 errors, 0 warnings\n"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_reports_exactly_its_expected_issues(
    golden: Golden, path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(path.parent)
    code = main(["validate", "--strict", path.name])
    captured = capsys.readouterr()
    golden(_expected(path), captured.out)
    assert code == 1
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert len(lines) >= 2, "an invalid example must report at least one issue"
    for line in lines[:-1]:
        assert line.startswith(f"{path.name}:"), line
    assert lines[-1].startswith("1 file checked: 1 invalid, ")


def test_every_invalid_example_has_an_expected_file_and_a_comment() -> None:
    for path in INVALID:
        assert _expected(path).is_file(), f"{path.name} has no {path.name}.expected"
    orphans = [p.name for p in (EXAMPLES / "invalid").glob("*.expected") if not p.with_suffix("").is_file()]
    assert not orphans, orphans


def test_the_examples_cover_every_issue_code() -> None:
    """Each code documented in docs/validate.md is produced by at least one example file."""
    reported = set()
    for path in INVALID:
        for line in _expected(path).read_text(encoding="utf-8").splitlines()[:-1]:
            if line.split(" ")[1] != "note":  # where a problem stopped the file: not an issue of its own
                reported.add(line.split(" ")[2])
    generated_at_test_time = {"too-large", "unreadable", "too-many-problems"}  # tests/test_loader.py: 1,000+
    documented = documented_codes() | scorecard_codes()
    missing = documented - reported - generated_at_test_time
    assert not missing, f"no example file produces: {sorted(missing)}"
    undocumented = reported - documented
    assert not undocumented, f"codes missing from docs/validate.md: {sorted(undocumented)}"
