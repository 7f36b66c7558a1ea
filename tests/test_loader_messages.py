"""What the loader says about files and ladder names, in both languages, through every command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pmladder.cli import main

ANSWERS_BAD_RATING = "ladder: pmm\nratings: {research.junior.1: '2', b: 7}\n"


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "pmladder: missing.yaml: no such file\n"),
        ("zh", "pmladder: missing.yaml：没有这个文件\n"),
    ],
)
def test_a_missing_answers_file(
    work: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str
) -> None:
    assert run(capsys, "assess", "pmm", "--answers", "missing.yaml", "--lang", lang) == (2, "", expected)


def test_an_answers_folder_in_chinese(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "answers").mkdir()
    assert run(capsys, "assess", "pmm", "--answers", "answers", "--lang", "zh") == (
        2,
        "",
        "pmladder: answers：这是文件夹，不是文件\n",
    )


def test_an_unknown_ladder_in_chinese(work: Path, pmladder_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "a.yaml").write_text("ladder: nope\n", encoding="utf-8")
    code, out, err = run(capsys, "assess", "--answers", "a.yaml", "--lang", "zh")
    assert (code, out) == (2, "")
    assert err == (
        "pmladder: 未知的职级体系 'nope'；内置：b2b-business, b2b-healthcare, pm-generic, pmm；"
        f"用户目录 {pmladder_home / 'ladders'}：无\n"
    )


def test_a_folder_named_like_a_ladder_does_not_hide_it_from_assess(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "pmm").mkdir()
    (work / "a.yaml").write_text("ladder: pmm\n", encoding="utf-8")
    code, out, err = run(capsys, "assess", "pmm", "--answers", "a.yaml", "--format", "json")
    assert code == 0
    assert err.startswith("saved the assessment to ")
    assert json.loads(out)["ladder"] == "pmm"


def test_a_bad_rating_in_chinese_has_no_english_in_it(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "a.yaml").write_text(ANSWERS_BAD_RATING, encoding="utf-8")
    assert run(capsys, "assess", "pmm", "--answers", "a.yaml", "--lang", "zh") == (
        1,
        "",
        "pmladder: a.yaml:2:30: error schema-value 必须是 0, 1, 2, 3 或 'na'（实际是 '2'） "
        "(ratings.research.junior.1)（还有 1 个错误；运行 pmladder validate a.yaml 查看全部）\n",
    )


def test_the_validate_command_it_suggests_shows_every_problem(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "a.yaml").write_text(ANSWERS_BAD_RATING, encoding="utf-8")
    code, _out, err = run(capsys, "assess", "pmm", "--answers", "a.yaml")
    assert code == 1
    assert err.endswith("(and 1 more error; run pmladder validate a.yaml to see both)\n")
    code, out, _err = run(capsys, "validate", "a.yaml")
    assert code == 1
    assert out.splitlines() == [
        "a.yaml:2:30: error schema-value must be 0, 1, 2, 3 or 'na' (got '2') (ratings.research.junior.1)",
        "a.yaml:2:38: error schema-value must be 0, 1, 2, 3 or 'na' (got 7) (ratings.b)",
        "1 file checked: 1 invalid, 2 errors, 0 warnings",
    ]


def test_validate_checks_a_saved_assessment(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "a.yaml").write_text("ladder: pmm\n", encoding="utf-8")
    assert run(capsys, "assess", "pmm", "--answers", "a.yaml", "--output", "result.json")[0] == 0
    code, out, _ = run(capsys, "validate", "--format", "json", "result.json")
    assert code == 0
    assert json.loads(out)["files"] == [
        {"file": "result.json", "kind": "assessment", "valid": True, "errors": 0, "warnings": 0, "stopped": None}
    ]
    data = json.loads((work / "result.json").read_text(encoding="utf-8"))
    data["schema"] = "pmladder/assessment@3"
    (work / "result.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "validate", "result.json")
    assert code == 1
    assert out.splitlines()[0] == (
        "result.json:1:12: error schema-value 'pmladder/assessment@3' is a newer format than this pmladder "
        "reads ('pmladder/assessment@1' or 'pmladder/assessment@2'): upgrade pmladder (schema)"
    )


@pytest.mark.parametrize("schema_line", ["schema: pmladder/answers@1\n", ""])
def test_an_answers_file_given_as_a_result_says_what_to_run(
    schema_line: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "a.yaml").write_text(schema_line + "ladder: pm-generic\nratings: {}\n", encoding="utf-8")
    assert run(capsys, "compare", "pm-generic", "pmm", "--result", "a.yaml") == (
        1,
        "",
        "pmladder: a.yaml is an answers file, not a saved result: run pmladder assess pm-generic --answers "
        "a.yaml --output result.json, then pass --result result.json\n",
    )


def test_another_kind_of_pmladder_file_is_named_and_validate_is_not_suggested(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "t.yaml").write_text("schema: pmladder/taxonomy@1\nbands: []\n", encoding="utf-8")
    code, out, err = run(capsys, "compare", "pm-generic", "pmm", "--result", "t.yaml")
    assert (code, out) == (1, "")
    assert err.startswith(
        "pmladder: t.yaml:1:9: error schema-value this is a pmladder taxonomy file ('pmladder/taxonomy@1'), "
        "not what is expected here ('pmladder/assessment@1' or 'pmladder/assessment@2') (schema)"
    )
    assert "validate" not in err


MISSING_CELL = Path(__file__).resolve().parent / "example-files" / "invalid" / "missing-cell.yaml"


@pytest.mark.parametrize(
    "command",
    [
        ["show", "{ladder}"],
        ["compare", "{ladder}", "pmm"],
        ["compare", "pmm", "{ladder}"],
        ["assess", "{ladder}", "--answers", "a.yaml"],
    ],
    ids=["show", "compare-a", "compare-b", "assess"],
)
def test_a_ladder_that_validate_rejects_is_not_used(
    command: list[str], work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(MISSING_CELL, work / "l.yaml")
    (work / "a.yaml").write_text("ladder: missing-cell\n", encoding="utf-8")
    code, out, err = run(capsys, *(part.format(ladder="l.yaml") for part in command))
    assert (code, out) == (1, "")
    assert err == (
        "pmladder: l.yaml:87:5: error missing-cell competency 'analysis' has no cell for level(s) 'vp': write "
        "requirement: none (not expected yet) or carry (stays as before) (competencies[0].expectations) "
        "(and 1 more error; run pmladder validate l.yaml to see both)\n"
    )


def test_ladders_flags_a_ladder_with_a_semantic_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(MISSING_CELL, work / "l.yaml")
    code, out, _ = run(capsys, "ladders", "l.yaml", "--format", "json")
    assert code == 1
    [entry] = [e for e in json.loads(out)["ladders"] if e["path"] == "l.yaml"]
    assert entry["error"].startswith("l.yaml:87:5: error missing-cell ")


def test_a_ladder_without_its_schema_line_still_suggests_validate(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a missing schema: line is not "another kind of file": the other problems are worth listing
    text = (MISSING_CELL.parent / "schema-unknown-field.yaml").read_text(encoding="utf-8")
    (work / "l.yaml").write_text("\n".join(line for line in text.splitlines() if not line.startswith("schema:")),
                                 encoding="utf-8")
    code, out, err = run(capsys, "show", "l.yaml")
    assert (code, out) == (1, "")
    assert "error schema-missing required field 'schema' is missing" in err
    assert err.endswith("(schema) (and 3 more errors; run pmladder validate l.yaml to see them all)\n")
