"""`pmladder history diff` and `trend`: two results competency by competency, a ladder over time (goldens)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from history_support import a_year, save

from pmladder.cli import main
from pmladder.feedback import Who
from pmladder.history_trend import label
from pmladder.model.history import TrendPoint


@pytest.fixture
def year() -> list[Path]:
    return a_year()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_diff_golden(year: list[Path], lang: str, capsys: pytest.CaptureFixture[str], golden) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "history", "diff", "20260302", "20261201", "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"history/diff.{lang}.txt", out)


def test_diff_as_json(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(capsys, "history", "diff", "20260601", "20261201", "--format", "json")[1])
    assert data["schema"] == "pmladder/history-diff@1"
    assert (data["before_level"], data["after_level"], data["move"]) == ("intermediate", "senior", "up")
    steps = {step["competency"]: step for step in data["competencies"]}
    assert steps["requirements"]["move"] == "up"
    assert steps["resources"]["move"] is None and not steps["resources"]["after_observed"]


def test_diff_markdown_names_both_dates(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "history", "diff", "20260302", "20260601", "--format", "markdown", "--lang", "en")[1]
    assert out.startswith("# 20260302-093000 → 20260601-100000\n")
    assert "| Competency | 2026-03-02 | 2026-06-01 | Change |" in out


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        ("pmm", "pmladder: 20260302-093000 and 20261205-100000 belong to different ladders (pm-generic, pmm); "
         "compare two results of one ladder, or translate one with pmladder compare --result"),
        ("manager", "pmladder: 20260302-093000 and 20261205-100000 rate different people, or in different "
         "roles; diff compares one person rated the same way"),
    ],
)
def test_results_that_do_not_belong_together_are_refused(
    year: list[Path], setup: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if setup == "pmm":
        save("pmm", "pmm", "2026-12-05T10:00:00+08:00")
    else:
        save("pm-generic", "senior", "2026-12-05T10:00:00+08:00", Who("manager", "Alice", "Bob"))
    assert _run(capsys, "history", "diff", "20260302", "20261205", "--lang", "en") == (1, "", words + "\n")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_trend_golden(year: list[Path], lang: str, capsys: pytest.CaptureFixture[str], golden) -> None:  # type: ignore[no-untyped-def]
    save("pm-generic", "senior", "2026-12-05T10:00:00+08:00", Who("manager", "Alice", "Bob"))  # not a self one
    code, out, err = _run(capsys, "history", "trend", "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"history/trend.{lang}.txt", out)
    assert _run(capsys, "history", "trend", "pm-generic", "--lang", lang)[1] == out


def test_trend_as_json(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(capsys, "history", "trend", "pm-generic", "--format", "json")[1])
    assert data["schema"] == "pmladder/history-trend@1"
    assert [p["floor"] for p in data["level"]] == ["junior", "intermediate", "senior"]
    assert data["level_label"] == "improving"
    rows = {row["competency"]: row for row in data["competencies"]}
    assert rows["requirements"]["label"] == "improving"
    assert rows["resources"]["label"] == "one-result"


def test_trend_of_a_ladder_without_results(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    words = ("pmladder: no self-assessment of 'pmm' to show a trend of (3 saved results); "
             "run pmladder history to see them\n")
    assert _run(capsys, "history", "trend", "pmm", "--lang", "en") == (2, "", words)


def _points(*floors: int | None, focus: tuple[bool, ...] = ()) -> list[TrendPoint]:
    return [
        TrendPoint(floor=None, index=f, observed=f is not None, focus=focus[n] if n < len(focus) else False)
        for n, f in enumerate(floors)
    ]


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        (_points(0, 1, 2), "improving"),
        (_points(2, None, 1), "declining"),
        (_points(1, 2, 1), "stable"),
        (_points(1, 1, 1, focus=(False, True, True)), "persistent-gap"),
        (_points(1, 1, 1, focus=(True, True, False)), "stable"),
        (_points(None, 2), "one-result"),
    ],
)
def test_the_trend_rule(points: list[TrendPoint], expected: str) -> None:
    assert label(points) == expected
