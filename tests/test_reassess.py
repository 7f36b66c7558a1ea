"""Re-assessment: `pmladder status` says what each plan asks for now; `assess` mentions it; `assess --since ID`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from history_support import ROOT, a_year, assessed, save

from pmladder import history, reassess
from pmladder.cli import main
from pmladder.feedback import Who
from pmladder.model.history import HistoryEntry
from pmladder.render.reassess import status_blocks
from pmladder.render.to_markdown import to_markdown

ANSWERS = str(ROOT / "tests" / "personas" / "pm-generic" / "senior.yaml")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _entry() -> HistoryEntry:
    return HistoryEntry(id="x", file="x.json", kind="assessment", ladder="pm-generic")


@pytest.mark.parametrize(
    ("today", "due", "check_in_days", "reassess_days"),
    [
        ("2026-12-02", "none", 41, 89),
        ("2027-01-12", "check-in", 0, 48),
        ("2027-02-01", "check-in", -20, 28),
        ("2027-03-01", "reassess", -48, 0),
    ],
)
def test_what_is_due_on_a_day(today: str, due: str, check_in_days: int, reassess_days: int) -> None:
    result = assessed("pm-generic", "senior", "2026-12-01T18:45:10+08:00")
    assert (result.plan.check_in, result.plan.reassess) == ("2027-01-12", "2027-03-01")
    found = reassess.due(result, _entry(), date.fromisoformat(today))
    assert (found.due, found.check_in_days, found.reassess_days) == (due, check_in_days, reassess_days)
    assert found.focus == [area.competency for area in result.plan.focus] and found.target == "principal"


def test_status_takes_the_latest_self_assessment_of_each_ladder() -> None:
    a_year()
    save("pm-generic", "junior", "2026-12-05T10:00:00+08:00", Who("manager", "Alice", "Bob"))  # not one's own
    save("pmm", "pmm", "2026-11-01T10:00:00+08:00")
    model, ladders = reassess.status(date(2027, 1, 20))
    plans = [(p.entry.id, p.due) for p in model.plans]
    assert plans == [("20261101-100000", "check-in"), ("20261201-184510", "check-in")]
    text = to_markdown(status_blocks(model, ladders, "en"))
    assert "Check-in: 2027-01-12 (8 days ago) · Re-assess: 2027-03-01 (in 40 days)" in text
    assert "Focus toward Principal product manager: Product innovation, " in text
    zh = to_markdown(status_blocks(model, ladders, "zh"))
    assert "中期回顾：2027-01-12（8 天前） · 重新评估：2027-03-01（40 天后）" in zh
    only, _ = reassess.status(date(2027, 1, 20), "pmm")
    assert [p.entry.ladder for p in only.plans] == ["pmm"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_the_status_command(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    code, out, err = _run(capsys, "status", "--format", fmt, "--lang", "en")
    assert (code, err) == (0, "")
    if fmt == "json":
        data = json.loads(out)
        assert data["schema"] == "pmladder/status@1" and data["plans"][0]["reassess"] == "2027-03-01"
    else:
        assert "Generic product manager level model" in out and "Latest self-assessment: 20261201-184510" in out


def test_status_without_results(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "status", "--lang", "en")
    assert code == 0 and "no saved self-assessment yet" in out


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "This is the re-assessment the plan of your last result (2026-03-02) set for 2026-06-02 "
         "(focus: "),
        ("zh", "这正是上次（2026-03-02）的计划在 2026-06-02 安排的重新评估（重点："),
    ],
)
def test_assess_mentions_a_re_assessment_that_has_come(
    lang: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save("pm-generic", "junior", "2026-03-02T09:30:00+08:00")
    code, _, err = _run(capsys, "assess", "pm-generic", "--answers", ANSWERS, "--lang", lang, "--format", "json")
    assert code == 0 and words in err


def test_assess_since_a_chosen_result(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    code, out, _ = _run(capsys, "assess", "pm-generic", "--answers", ANSWERS, "--since", "20260302",
                        "--format", "json", "--no-save")
    assert code == 0
    since = json.loads(out)["since"]
    assert since["previous_created"] == "2026-03-02T09:30:00+08:00" and since["previous_level"] == "junior"
    code, out, _ = _run(capsys, "assess", "pm-generic", "--answers", ANSWERS, "--format", "json", "--no-save")
    assert json.loads(out)["since"]["previous_created"] == "2026-12-01T18:45:10+08:00"  # the last one by default


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--since", "1999"], 2, "no saved result has the id '1999' (3 saved)"),
        (["--since", "20260302", "--no-compare"], 2, "--since and --no-compare do not go together"),
    ],
)
def test_assess_since_refusals(args: list[str], code: int, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    before = sorted(history.ids())
    result = _run(capsys, "assess", "pm-generic", "--answers", ANSWERS, "--lang", "en", *args)
    assert result[0] == code and result[1] == "" and words in result[2] and result[2].count("\n") == 1
    assert sorted(history.ids()) == before


def test_assess_since_a_result_of_another_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    save("pmm", "pmm", "2026-11-01T10:00:00+08:00")
    code, out, err = _run(capsys, "assess", "pm-generic", "--answers", ANSWERS, "--since", "20261101", "--lang", "en")
    assert (code, out) == (1, "")
    assert err == ("pmladder: the result --since names belongs to 'pmm', and this assessment to 'pm-generic'; "
                   "name a result of the same ladder\n")


def test_a_saved_result_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    [path, *_] = a_year()
    assert path.stat().st_mode & 0o077 == 0
