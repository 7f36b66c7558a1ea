"""Scorecard results kept with their period, capability beside performance, periods, completion of template ids."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from scorecard_support import FIXTURES

from pmladder.cli import main
from pmladder.scorecard_grid import capability_tier, performance_tier
from pmladder.scorecard_store import default_period, made_for, period_dates

if TYPE_CHECKING:
    from conftest import Golden

CASE_1 = str(FIXTURES / "case1-after.yaml")
SENIOR = str(FIXTURES / "senior-2026-12.json")


def test_a_scored_file_is_kept_with_its_period_and_never_replaced(
    capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    for _ in range(3):
        assert main(["scorecard", "industrial-value", "--values", CASE_1, "--period", "2026-Q4"]) == 0
    err = capsys.readouterr().err
    kept = sorted((pmladder_home / "scorecard-results").glob("*.json"))
    assert len(kept) == 3 and err.count("Result saved to ") == 3
    assert all(p.name.startswith("industrial-value-2026-Q4-") for p in kept)
    saved = json.loads(kept[0].read_text(encoding="utf-8"))
    assert (saved["schema"], saved["kind"], saved["period"], saved["stage"]) == (
        "pmladder/scorecard-saved@1", "scorecard", "2026-Q4", None)
    assert saved["result"]["period"] == "2026-Q4" and len(saved["template_sha256"]) == 64
    from pmladder.scorecard_store import load_result

    assert load_result(kept[0]).result.total == pytest.approx(103.35, abs=0.005)


def test_the_saved_line_is_in_the_language_of_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard", "industrial-value", "--values", CASE_1, "--lang", "zh", "-f", "json"]) == 0
    assert capsys.readouterr().err.startswith("结果已保存到 ")


@pytest.mark.parametrize(
    ("today", "period"), [(date(2026, 1, 1), "2026-H1"), (date(2026, 6, 30), "2026-H1"), (date(2026, 7, 1), "2026-H2")]
)
def test_the_default_period_is_the_half_year_of_today(today: date, period: str) -> None:
    assert default_period(today) == period


def test_period_labels_and_the_review_season() -> None:
    assert period_dates("2026-H2") == (date(2026, 7, 1), date(2026, 12, 31))
    assert period_dates("2026-Q1") == (date(2026, 1, 1), date(2026, 3, 31))
    assert period_dates("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert period_dates("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_dates("FY26") is None and made_for("FY26", date(2026, 1, 1)) is None
    assert made_for("2026-H2", date(2027, 3, 31)) and not made_for("2026-H2", date(2027, 4, 3))
    assert not made_for("2026-H2", date(2026, 6, 30))


@pytest.mark.parametrize(
    ("position", "levels", "tier"),
    [(0, 5, "lower"), (1, 5, "lower"), (2, 5, "middle"), (3, 5, "middle"), (4, 5, "upper"), (5, 5, "upper"),
     (1, 3, "lower"), (2, 3, "middle"), (3, 3, "upper"), (6, 6, "upper")],
)
def test_capability_tiers_are_thirds_of_the_track(position: int, levels: int, tier: str) -> None:
    assert capability_tier(position, levels) == tier


def test_performance_tiers() -> None:
    tiers = [performance_tier(x) for x in (None, 89.99, 90, 103.35, 109.99, 110)]
    assert tiers == [None, "below", "meets", "meets", "meets", "exceeds"]


def test_capability_beside_performance_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["scorecard", "industrial-value", "--values", CASE_1, "--with-assessment", SENIOR, "-f", "json", "--no-save"]
    assert main(args) == 0
    both = json.loads(capsys.readouterr().out)
    assert (both["schema"], both["kind"], both["period"], both["same_period"]) == (
        "pmladder/capability-performance@1", "capability-performance", "2026-H2", True)
    cap = both["capability"]
    assert (cap["ladder"], cap["track"], cap["level"], cap["position"], cap["levels"], cap["tier"]) == (
        "pm-generic", "main", "senior", 3, 5, "middle")
    assert cap["level_name"] == {"zh": "高级产品经理", "en": "Senior product manager"}
    assert (cap["strict"], cap["lenient"], cap["confidence"]) == ("intermediate", "senior", "high")
    assert (cap["subject"], cap["role"], cap["rater"]) == (None, "self", None)
    perf = both["performance"]
    assert (perf["scorecard"], perf["period"], perf["tier"], perf["pay_multiplier"]) == (
        "industrial-value", "2026-H2", "meets", 1.0)
    assert perf["total"] == pytest.approx(103.35, abs=0.005)
    assert both["cell"] == ["middle", "meets"]
    assert both["assessment_file"] == SENIOR and both["scorecard_result"]["schema"] == "pmladder/scorecard-result@1"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_report_names_both_and_says_when_the_periods_differ(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")
    args = ["scorecard", "industrial-value", "--values", CASE_1, "--with-assessment", SENIOR, "--period", "2025-H1",
            "--no-save", "-f", "markdown", "--lang", lang]
    assert main(args) == 0
    out = capsys.readouterr().out
    if lang == "en":
        assert out.startswith("# Capability and performance, period 2025-H1\n")
        assert ("Capability: Generic product manager level model, assessed 2026-12-15: Senior product manager "
                "(level 3 of 5 on the track), confidence high: middle third of the track") in out
        assert "Note: the assessment was made on 2026-12-15, not in period 2025-H1 nor in the 92 days after it." in out
        assert "| middle third of the track | · | ● here | · |" in out
    else:
        assert "能力：通用产品经理级别模型，2026-12-15 自评：高级产品经理（该路线第 3/5 级），可信度高：路线中段" in out
        assert "注意：这次自评做于 2026-12-15，不在考核期 2025-H1 内，也不在其结束后 92 天内。" in out
    assert "\n## " in out and "\n### " in out  # the scorecard result nested under the report


def test_a_damaged_assessment_is_refused_before_anything_is_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pmladder_home: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "pmladder/assessment@1"}\n', encoding="utf-8")
    assert main(["scorecard", "industrial-value", "--with-assessment", str(bad), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"pmladder: {bad}:1:1: ") and err.count("\n") == 1
    assert not (pmladder_home / "sessions" / "scorecards").exists()


def _bash(line: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    words = line.split(" ")
    monkeypatch.setenv("_PMLADDER_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", line)
    monkeypatch.setenv("COMP_CWORD", str(len(words) - 1))
    assert main([]) == 0
    return [value for value in capsys.readouterr().out.splitlines() if value]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("pmladder scorecard ", ["industrial-value", "lifecycle-stages", "team-and-individual", "mine"]),
        ("pmladder scorecard i", ["industrial-value"]),
        ("pmladder scorecard --init l", ["lifecycle-stages"]),
        ("pmladder scorecard lifecycle-stages --stage ", ["startup", "growth", "mature"]),
        ("pmladder scorecard industrial-value --stage ", []),
        ("pmladder scorecard ./", []),
        ("pmladder scorecard --per", ["--period"]),
    ],
)
def test_bash_completes_template_ids_and_stages(
    line: str, expected: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    pmladder_home: Path,
) -> None:
    (pmladder_home / "scorecards").mkdir()
    (pmladder_home / "scorecards" / "mine.yaml").write_text("not even a scorecard\n", encoding="utf-8")
    assert _bash(line, monkeypatch, capsys) == expected


@pytest.mark.parametrize(
    ("lang", "fmt", "ext"), [("en", "text", "txt"), ("zh", "text", "txt"), ("en", "markdown", "md")]
)
def test_capability_beside_performance_golden(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, golden: Golden, lang: str, fmt: str, ext: str
) -> None:
    monkeypatch.chdir(FIXTURES)
    args = ["scorecard", "industrial-value", "--values", "case1-after.yaml", "--with-assessment", "senior-2026-12.json",
            "--no-save", "--lang", lang, "-f", fmt]
    assert main(args) == 0
    golden(f"scorecard/grid-case1.{lang}.{ext}", capsys.readouterr().out)


def test_a_kept_result_is_in_the_history_with_its_period_and_total(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard", "industrial-value", "--values", CASE_1, "--period", "2026-Q4"]) == 0
    capsys.readouterr()
    assert main(["history", "--format", "json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)["entries"]
    assert (entry["kind"], entry["ladder"], entry["period"]) == ("scorecard", "industrial-value", "2026-Q4")
    assert entry["total"] == pytest.approx(103.35, abs=0.005)
    assert main(["history", "show", entry["id"], "--lang", "en"]) == 0
    assert "Total: 103.35" in capsys.readouterr().out
