"""One run of validate reports every problem of a file (YAML, schema and semantic together), and every
command that refuses a ladder names the same first problem as validate lists first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pmladder.cli import main
from pmladder.model.issue import Issue
from pmladder.validate import validate_file

INVALID = Path(__file__).resolve().parent / "example-files" / "invalid"
MANY = INVALID / "many-mistakes.yaml"

#: every issue of many-mistakes.yaml, in validate's order: (line, col, severity, code, path)
MANY_ISSUES = [
    (6, 1, "error", "duplicate-key", "id"),  # YAML: id given twice
    (10, 8, "error", "schema-value", "source.url"),  # schema: not an http(s) URL
    (12, 14, "error", "yaml-ambiguous", "source.publisher"),  # YAML: unquoted date
    (18, 26, "error", "control-char", "levels[0].name.en"),  # YAML: "\a" escape
    (20, 12, "error", "yaml-tag", "levels[0].motto"),  # YAML: !motto
    (25, 11, "error", "yaml-alias", "levels[1].type"),  # YAML: *kind never defined
    (27, 9, "error", "unreachable-level", "levels[2].id"),  # semantic: senior is carry or has no cell
    (28, 5, "error", "missing-text", "levels[2].name.en"),  # schema: no en (the name gets a stand-in)
    (34, 11, "error", "band-order", "levels[3].band"),  # semantic: band 1 after band 3
    (39, 30, "warning", "cjk-space", "competencies[0].description.zh"),  # semantic: "， 而"
    (41, 11, "error", "yaml-ambiguous", "competencies[0].core"),  # YAML: yes
    (52, 17, "error", "duplicate-indicator", "competencies[0].expectations.specialist.indicators[0].id"),
    (60, 13, "error", "schema-type", "competencies[0].expectations.expert.indicators[0].text"),  # a list
    (62, 9, "warning", "no-taxonomy", "competencies[1].id"),  # semantic
    (63, 12, "error", "unknown-ref", "competencies[1].group"),  # semantic: group execution
    (65, 63, "error", "schema-unknown-field", "competencies[1].description.on time."),  # a comma in {...}
    (66, 13, "error", "yaml-ambiguous", "competencies[1].weight"),  # YAML: 010
    (67, 5, "error", "missing-cell", "competencies[1].expectations"),  # semantic: no cell for expert
    (69, 7, "error", "schema-missing", "competencies[1].expectations.specialist.evidence"),  # the typo...
    (74, 9, "error", "schema-unknown-field", "competencies[1].expectations.specialist.evidnce"),  # ...evidnce
    (81, 17, "error", "unknown-level", "questions[0].caps_below"),  # semantic: level lead
]


def _where(issues: list[Issue]) -> list[tuple[int, int, str, str, str]]:
    return [(i.line, i.col, i.severity, i.code, i.path) for i in issues]


def test_a_file_with_mistakes_of_every_kind_reports_them_all_in_one_run() -> None:
    report = validate_file(MANY.read_bytes(), MANY.name)
    assert _where(report.issues) == MANY_ISSUES
    kinds = {"yaml": 0, "schema": 0, "semantic": 0}
    for issue in report.issues:
        yaml_level = issue.code.startswith("yaml-") or issue.code in ("duplicate-key", "control-char")
        schema = issue.code.startswith("schema-") or issue.code == "missing-text"
        kinds["yaml" if yaml_level else "schema" if schema else "semantic"] += 1
    assert kinds == {"yaml": 7, "schema": 6, "semantic": 8}


def test_validate_prints_them_all_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    assert main(["validate", "--no-cache", MANY.name]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(MANY_ISSUES) + 1
    assert lines[-1] == "1 file checked: 1 invalid, 19 errors, 2 warnings"
    for line, (row, col, severity, code, path) in zip(lines, MANY_ISSUES, strict=False):
        assert line.startswith(f"many-mistakes.yaml:{row}:{col}: {severity} {code} ")
        assert line.endswith(f"({path})")


MINIMAL = (INVALID.parent / "valid" / "minimal.yaml").read_text(encoding="utf-8")
CONTRA = (
    "questions:\n  - kind: contra\n    id: analysis.trap\n    competency: analysis\n"
    "    name: {zh: 传声筒, en: Messenger}\n    text: {zh: 我原样转达。, en: I pass it on.}\n"
    "    caps_below: lead\n    advice: {zh: 先问为什么。, en: Ask why.}\n"
)


def test_a_reference_to_a_level_the_schema_rejects_is_not_reported_too() -> None:
    text = MINIMAL.replace("competencies:", "  - {id: lead, band: 9}\ncompetencies:", 1) + CONTRA
    assert _where(validate_file(text.encode(), "f.yaml").issues) == [
        (24, 5, "error", "schema-missing", "levels[2].name"),
        (24, 5, "error", "schema-missing", "levels[2].summary"),
        # the level stays (its name, summary and band get stand-ins), and has no cell of its own
        (24, 10, "error", "unreachable-level", "levels[2].id"),
        (24, 22, "error", "schema-value", "levels[2].band"),
        (31, 5, "error", "missing-cell", "competencies[0].expectations"),
    ]  # and no unknown-level 'lead' at caps_below
    # without that level, the reference is reported
    text = MINIMAL + CONTRA
    assert _where(validate_file(text.encode(), "f.yaml").issues) == [
        (49, 17, "error", "unknown-level", "questions[0].caps_below"),
    ]


def test_a_rejected_cell_is_still_a_cell() -> None:
    """No missing-cell, unreachable-level or carry-first follows from a cell the schema rejects."""
    text = MINIMAL.replace(
        "      specialist:\n        summary",
        "      specialist:\n        requirement: carry\n        note: [x]\n        summary",
    )
    assert [(i.line, i.code) for i in validate_file(text.encode(), "f.yaml").issues] == [
        (39, "schema-type"),
        (40, "schema-unknown-field"),
        (41, "schema-unknown-field"),
        (44, "schema-unknown-field"),
    ]


def test_a_file_of_a_newer_format_reports_that_alone() -> None:
    text = MINIMAL.replace("ladder@1", "ladder@2").replace("band: 2", "band: 9")
    assert _where(validate_file(text.encode(), "f.yaml").issues) == [(3, 9, "error", "schema-value", "schema")]


# ---- the same first problem everywhere ----------------------------------------------------------------

#: invalid example files of several kinds: a mix of everything, semantic only, schema only, YAML only,
#: and one whose syntax error stops the file
FIRST_PROBLEM_FILES = [
    "many-mistakes.yaml",
    "missing-cell.yaml",
    "schema-value.yaml",
    "bad-cell.yaml",
    "duplicate-key.yaml",
    "control-char.yaml",
]


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _first_problem(path: Path) -> str:
    """What a command says about an invalid ladder: validate's first error and how many more there are."""
    errors = [i for i in validate_file(path.read_bytes(), path.name).issues if i.severity == "error"]
    assert errors
    if len(errors) == 1:
        return errors[0].format()
    if len(errors) == 2:
        return f"{errors[0].format()} (and 1 more error; run pmladder validate {path.name} to see both)"
    return (
        f"{errors[0].format()} (and {len(errors) - 1} more errors; run pmladder validate {path.name} "
        "to see them all)"
    )


@pytest.mark.parametrize("name", FIRST_PROBLEM_FILES)
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
def test_commands_name_the_first_problem_validate_lists(
    name: str, command: list[str], work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(INVALID / name, work / name)
    (work / "a.yaml").write_text("ladder: x\n", encoding="utf-8")
    code = main([part.format(ladder=name) for part in command])
    captured = capsys.readouterr()
    assert (code, captured.out) == (1, "")
    assert captured.err == f"pmladder: {_first_problem(work / name)}\n"


@pytest.mark.parametrize("name", FIRST_PROBLEM_FILES)
def test_ladders_lists_the_first_problem_validate_lists(
    name: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(INVALID / name, work / name)
    assert main(["ladders", name, "--format", "json"]) == 1
    [entry] = [e for e in json.loads(capsys.readouterr().out)["ladders"] if e["path"] == name]
    first = next(i for i in validate_file((work / name).read_bytes(), name).issues if i.severity == "error")
    assert entry["error"] == first.format()


def test_the_first_problem_is_the_same_in_chinese(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(MANY, work / MANY.name)
    assert main(["show", MANY.name, "--lang", "zh"]) == 1
    errors = [i for i in validate_file(MANY.read_bytes(), MANY.name).issues if i.severity == "error"]
    assert capsys.readouterr().err == (
        f"pmladder: {errors[0].format('zh')}"
        f"（还有 {len(errors) - 1} 个错误；运行 pmladder validate {MANY.name} 查看全部）\n"
    )


def test_a_taxonomy_reports_schema_and_semantic_problems_in_one_run() -> None:
    from pmladder.io.ladder_files import bundled_dir

    text = (bundled_dir() / "taxonomy.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: prototyping\n", "  - id: Bad Id\n", 1)
    text = text.replace("  - id: planning\n", "  - id: analysis\n", 1)
    issues = validate_file(text.encode(), "tax.yaml").issues
    # the duplicate is found at its place in the file although the item before it was left out
    assert [(i.code, i.path) for i in issues] == [
        ("schema-value", "competencies[1].id"),
        ("duplicate-id", "competencies[2].id"),
    ]
    assert issues[1].line == text[: text.index("  - id: analysis\n", text.index("Bad Id"))].count("\n") + 1
