"""`pmladder assess` twice: the second report says what changed since the first; --no-compare; damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmladder import storage
from pmladder.cli import main
from pmladder.model.ladder import Lang

ROOT = Path(__file__).resolve().parent.parent
LADDER = "tests/answers/ladder.yaml"
MID = "tests/answers/valid.yaml"
#: The mid-level PM of tests/answers/valid.yaml a few months later: the senior cells met, with examples.
SENIOR = """\
schema: pmladder/answers@1
ladder: answers-fixture
track: ic
level_hint: mid
ratings:
  analysis.mid.1: 2
  analysis.mid.2: 3
  analysis.senior.1: 2
  delivery.junior.1: 3
  delivery.senior.1: 3
  delivery.senior.2: 2
evidence:
  analysis.mid.1: Traced the export complaints to a missing bulk filter.
  analysis.senior.1: Framed the reporting problem of the analytics line.
  delivery.senior.1: Shipped the Q3 release across three teams.
"""

EXPECTED: dict[Lang, list[str]] = {
    "en": [
        "Since last time ({date})",
        "• Level: Mid-level PM → Senior PM (up)",
        "• Range: Mid-level PM … Mid-level PM → Senior PM … Senior PM",
        "• Moved up: Analysis (Mid-level PM → Senior PM); Delivery (Junior PM → Senior PM)",
        "• Focus areas of the last plan (toward Senior PM): Analysis: met; Delivery: met",
    ],
    "zh": [
        "与上次相比（{date}）",
        "• 级别：中级产品经理 → 高级产品经理（上升）",
        "• 范围：中级产品经理 … 中级产品经理 → 高级产品经理 … 高级产品经理",
        "• 提升：需求分析（中级产品经理 → 高级产品经理）；交付（初级产品经理 → 高级产品经理）",
        "• 上次计划的重点（迈向高级产品经理）：需求分析：已达到；交付：已达到",
    ],
}


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.fixture
def senior(tmp_path: Path) -> str:
    path = tmp_path / "senior.yaml"
    path.write_text(SENIOR, encoding="utf-8")
    return str(path)


def _section(out: str, title: str) -> list[str]:
    """The lines of the "since last time" section: from its title to the blank line after it."""
    lines = [line.strip() for line in out.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    return lines[start : lines.index("", start)]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_second_run_says_what_changed_since_the_first(
    lang: Lang, senior: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", LADDER, "--answers", MID, "--lang", lang]) == 0
    first_out = capsys.readouterr().out
    [first] = storage.list_assessments()
    assert EXPECTED[lang][0].split("（")[0].split(" (")[0] not in first_out  # a first assessment has none
    assert main(["assess", LADDER, "--answers", senior, "--lang", lang]) == 0
    captured = capsys.readouterr()
    date = storage.load_assessment(first).created[:10]
    expected = [line.format(date=date) for line in EXPECTED[lang]]
    assert _section(captured.out, expected[0]) == expected
    # the section sits between the summary panel and the competency table
    out = captured.out
    table = "Competencies (ic track" if lang == "en" else "各能力（ic 路线"
    assert out.index("╰") < out.index(expected[0]) < out.index(expected[-1]) < out.index(table)
    [saved] = [p for p in storage.list_assessments() if p != first]
    assert captured.err == ("saved the assessment to" if lang == "en" else "结果已保存到") + f" {saved}\n"
    since = storage.load_assessment(saved).since
    assert since is not None and (since.previous_level, since.current_level, since.move) == ("mid", "senior", "up")


def test_json_output_has_since_only_when_there_is_a_previous_assessment(
    senior: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", LADDER, "--answers", MID, "--format", "json"]) == 0
    assert "since" not in json.loads(capsys.readouterr().out)
    assert main(["assess", LADDER, "--answers", senior, "--format", "json", "--no-save"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "pmladder/assessment@1"
    assert data["since"]["move"] == "up"
    assert data["since"]["moved"] == [
        {"competency": "analysis", "previous": "mid", "current": "senior", "move": "up"},
        # delivery's mid level repeats junior's requirement: junior is what it met (issue 9)
        {"competency": "delivery", "previous": "junior", "current": "senior", "move": "up"},
    ]
    assert data["since"]["focus"] == [
        {"competency": "analysis", "status": "met", "floor": "senior"},
        {"competency": "delivery", "status": "met", "floor": "senior"},
    ]
    assert data["since"]["ladder_changed"] is False


def test_markdown_output_has_the_section(senior: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", LADDER, "--answers", MID, "--no-save", "-f", "json"]) == 0
    assert main(["assess", LADDER, "--answers", MID]) == 0
    capsys.readouterr()
    assert main(["assess", LADDER, "--answers", senior, "-f", "markdown", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert "\n## Since last time (" in out
    assert "\n- Level: Mid-level PM → Senior PM (up)\n" in out


def test_no_compare_leaves_the_section_out(senior: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", LADDER, "--answers", MID]) == 0
    assert main(["assess", LADDER, "--answers", senior, "--no-compare"]) == 0
    out = capsys.readouterr().out
    assert "Since last time" not in out
    newest = max(storage.list_assessments(), key=lambda p: p.name)
    assert storage.load_assessment(newest).since is None


def test_a_damaged_saved_file_is_skipped_with_a_one_line_note(
    senior: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", LADDER, "--answers", MID]) == 0
    capsys.readouterr()
    [first] = storage.list_assessments()
    # saved after the first one, in the same second: read before it
    damaged = first.with_name(first.name.replace(".json", "-2.json"))
    damaged.write_text("{not json", encoding="utf-8")
    assert main(["assess", LADDER, "--answers", senior, "--lang", "en"]) == 0
    captured = capsys.readouterr()
    note, saved = captured.err.splitlines()
    assert note == (
        f"skipped a damaged saved assessment: {damaged}:2:1: error yaml-syntax "
        "while parsing a flow mapping (from line 1): did not find expected ',' or '}'"
    )
    assert saved.startswith("saved the assessment to ")
    assert "• Level: Mid-level PM → Senior PM (up)" in captured.out


def test_the_note_is_in_chinese_too(capsys: pytest.CaptureFixture[str]) -> None:
    storage.assessments_dir().mkdir(parents=True)
    damaged = storage.assessments_dir() / "answers-fixture-20000101T000000.json"
    damaged.write_text("[]", encoding="utf-8")
    assert main(["assess", LADDER, "--answers", MID, "--lang", "zh", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f"已跳过一个损坏的已保存自评：{damaged}:1:1: ")
    assert len(captured.err.splitlines()) == 1
    assert "与上次相比" not in captured.out


def test_assessments_of_another_ladder_are_not_compared(capsys: pytest.CaptureFixture[str]) -> None:
    answers = ROOT / "tests" / "personas" / "pm-generic" / "senior.yaml"
    assert main(["assess", "--answers", str(answers)]) == 0
    assert main(["assess", LADDER, "--answers", MID]) == 0
    assert "Since last time" not in capsys.readouterr().out
