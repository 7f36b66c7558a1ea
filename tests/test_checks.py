"""The semantic checks and the validate service, called directly (the CLI tests go through main)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmladder.io.ladder_files import bundled_dir, bundled_ladder_files, load_taxonomy
from pmladder.io.models import load_model
from pmladder.io.reading import read_bytes
from pmladder.model.issue import Issue
from pmladder.model.ladder import Ladder, Taxonomy
from pmladder.rules.ladder import check_ladder, check_taxonomy
from pmladder.validate import FileReport, ValidationResult, expand_paths, validate_file, validate_paths

EXAMPLES = Path(__file__).resolve().parent / "example-files"
BRANCHING = (EXAMPLES / "valid" / "branching.yaml").read_text(encoding="utf-8")


def issues_of(text: str, lang: str = "en") -> list[str]:
    loaded = load_model(Ladder, text.encode(), "b.yaml")
    assert loaded.value is not None and loaded.document is not None, loaded.issues
    found = check_ladder(loaded.value, loaded.document, load_taxonomy())
    return [i.format(lang) for i in found]


def edit(*pairs: tuple[str, str]) -> str:
    text = BRANCHING
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("path", sorted((EXAMPLES / "valid").glob("*.yaml")), ids=lambda p: p.name)
def test_valid_examples_have_no_issue(path: Path) -> None:
    assert validate_file(path.read_bytes(), path.name).issues == []


@pytest.mark.parametrize("path", bundled_ladder_files(), ids=lambda p: p.name)
def test_bundled_ladders_have_no_issue_not_even_a_warning(path: Path) -> None:
    report = validate_file(read_bytes(path), path.name)
    assert report.kind == "ladder"
    assert [i.format() for i in report.issues] == []


def test_the_bundled_taxonomy_is_consistent() -> None:
    path = bundled_dir() / "taxonomy.yaml"
    loaded = load_model(Taxonomy, read_bytes(path), "taxonomy.yaml")
    assert loaded.value is not None and loaded.document is not None
    assert check_taxonomy(loaded.value, loaded.document) == []


SPECIALIST_EN = "On my own I find the real problem behind a feature request."
SPECIALIST_ZH = "我能独立找出一个功能请求背后的真实问题。"


@pytest.mark.parametrize(
    ("zh", "en", "warned"),
    [
        (SPECIALIST_ZH, "I now coach others in how I find problems.", True),  # zh identical
        ("我带领团队拆解复杂问题。", SPECIALIST_EN, True),  # en identical
        ("我带领团队拆解复杂问题。", "On my own I find the real problem behind every feature request.", True),
        ("我带领团队拆解复杂问题。", "On my own I find the problem.", False),
        (
            "我能独立找出一个功能请求背后的问题。",
            "I lead the team through complex problems.",
            True,
        ),  # zh ratio 0.95
        ("我能找出需求背后的问题。", "I lead the team through complex problems.", False),
    ],
    ids=[
        "zh-identical",
        "en-identical",
        "en-one-word-more",
        "en-much-shorter",
        "zh-two-chars-less",
        "different",
    ],
)
def test_similar_wording_between_neighbouring_defined_cells(zh: str, en: str, warned: bool) -> None:
    text = edit(
        (
            "{id: analysis.manager.2, text: {zh: 我能用数据验证需求是否真实存在。, "
            "en: I check with data whether a need is real.}}",
            f"{{id: analysis.manager.2, text: {{zh: {zh}, en: {en}}}}}",
        )
    )
    expected = (
        "b.yaml:100:38: warning similar-wording indicator 'analysis.manager.2' reads almost the same as "
        "'analysis.specialist.1' at level 'specialist' below it: say what changes "
        "(competencies[0].expectations.manager.indicators[1].text)"
    )
    assert issues_of(text) == ([expected] if warned else [])


def test_similar_wording_skips_over_carry_cells_to_the_last_defined_one() -> None:
    # communication: assistant defined, specialist carry, manager defined: manager is compared with assistant
    text = edit(
        (
            "en: I get engineering and design to agree on a solution.}",
            "en: I record meeting decisions accurately and share them.}",
        )
    )
    assert issues_of(text) == [
        "b.yaml:129:43: warning similar-wording indicator 'communication.manager.1' reads almost the same as "
        "'communication.assistant.1' at level 'assistant' below it: say what changes "
        "(competencies[1].expectations.manager.indicators[0].text)"
    ]


def test_band_order_on_a_branch_names_the_track() -> None:
    text = edit(("    band: 6\n    band_to: 7\n", "    band: 4\n    band_to: 7\n"))
    assert issues_of(text) == [
        "b.yaml:70:11: error band-order band 4 of level 'vp' is below band 5 of 'director' before it "
        "on track "
        "'management' (levels[5].band)"
    ]


def test_a_trunk_problem_is_reported_once_not_once_per_track() -> None:
    text = edit(
        ("    band: 2\n    type: passive\n", "    band: 1\n    type: passive\n"),
        ("    band: 1\n", "    band: 2\n"),
    )
    assert issues_of(text) == [
        "b.yaml:47:11: error band-order band 1 of level 'specialist' is below band 2 of 'assistant' "
        "before it "
        "(levels[1].band)"
    ]


def test_messages_in_chinese() -> None:
    text = edit(("caps_below: manager", "caps_below: lead"))
    assert issues_of(text, lang="zh") == [
        "b.yaml:178:17: error unknown-level 未知的级别 'lead'；"
        "已有级别：assistant, specialist, manager, expert, "
        "director, vp, architect (questions[1].caps_below)"
    ]


def test_a_file_that_does_not_parse_is_reported_as_a_ladder() -> None:
    report = validate_file(b"a: [\n", "x.yaml")
    assert report.kind == "ladder"
    assert [i.code for i in report.issues] == ["yaml-syntax"]


def test_issues_are_sorted_by_position() -> None:
    report = validate_file((EXAMPLES / "invalid" / "unknown-level.yaml").read_bytes(), "u.yaml")
    positions = [(i.line, i.col) for i in report.issues]
    assert positions == sorted(positions) and len(positions) == 6


def test_result_counts_and_strict() -> None:
    def issue(severity: str) -> Issue:
        return Issue(file="f", line=1, col=1, severity=severity, code="c", message="m")  # type: ignore[arg-type]

    files = [
        FileReport("a", "ladder", [issue("error"), issue("warning")]),
        FileReport("b", "ladder", [issue("warning")]),
        FileReport("c", "ladder", []),
    ]
    relaxed, strict = ValidationResult(files), ValidationResult(files, strict=True)
    assert (relaxed.errors, relaxed.warnings, relaxed.invalid, relaxed.ok) == (1, 2, 1, False)
    assert (strict.invalid, strict.ok) == (2, False)
    assert ValidationResult([files[2]], strict=True).ok


def test_expand_paths_without_arguments_lists_the_bundled_files() -> None:
    names = [Path(name).name for name, _ in expand_paths([])]
    assert names == sorted(p.name for p in bundled_dir().glob("*.yaml"))


def test_validate_paths_reads_standard_input_only_through_the_injected_reader() -> None:
    from pmladder.errors import NotFoundError

    with pytest.raises(NotFoundError):
        validate_paths(["-"])
    result = validate_paths(["-"], read_stdin=lambda: BRANCHING.encode(), stdin_filename="in.yaml")
    assert [(r.file, r.issues) for r in result.files] == [("in.yaml", [])]


# ---- stray spaces in Chinese text (cjk-space) ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # a line break inside folded or plain text becomes a space: the warning is at the line's end
        ("description:\n  zh: >-\n    唯一最优解，\n    甚至把它当作标准。\n  en: x\n", [(3, 11)]),
        ("description:\n  zh: 唯一最优解，\n    甚至把它当作标准。\n  en: x\n", [(2, 13)]),
        ("description:\n  zh: 执行过程\n    和自身产品\n  en: x\n", [(2, 11)]),
        # a space typed into the text: at the space
        ("description: {zh: 找出真实需求， 而不是表面的要求。, en: x}\n", [(1, 26)]),
        ("description: {zh: '需求 （BRD） 和原型', en: x}\n", [(1, 22), (1, 28)]),
        ("description: {zh: 先定目标。  再排需求； 最后复盘。, en: x}\n", [(1, 24), (1, 31)]),
        # spaces between Chinese and Latin text or digits are fine
        ("description: {zh: 用 PRD 写清需求，共 3 档。, en: x}\n", []),
        ("description:\n  zh: >-\n    写好PRD\n    文档。\n  en: x\n", []),
        ("description: {zh: '结尾。 ', en: x}\n", []),
    ],
    ids=["folded", "plain", "between-characters", "after-comma", "brackets", "two", "latin", "folded-latin", "end"],
)
def test_stray_spaces_in_chinese_are_warned_at_their_position(value: str, found: list[tuple[int, int]]) -> None:
    minimal = (EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    at = minimal.index("\ndescription: {") + 1  # the ladder's description, on line 6
    text = minimal[:at] + value + minimal[minimal.index("\n", at) + 1 :]
    issues = validate_file(text.encode(), "m.yaml").issues
    assert [(i.line - 5, i.col) for i in issues if i.code == "cjk-space"] == found
    assert all(i.severity == "warning" and i.path == "description.zh" for i in issues)


def test_a_stray_space_message_quotes_the_text_around_it_in_both_languages() -> None:
    text = BRANCHING.replace("description: {zh: 与角色", "description: {zh: 唯一最优解， 甚至与角色", 1)
    [en] = [i for i in validate_file(text.encode(), "b.yaml").issues if i.code == "cjk-space"]
    assert isinstance(en, Issue) and not en.message  # a code and parameters: words are made at the edge
    assert en.params == {"context": "最优解， 甚至与角"}
    assert "('最优解， 甚至与角')" in en.text("en") and "line break inside folded text" in en.text("en")
    assert "（'最优解， 甚至与角'）" in en.text("zh") and "折叠文本中的换行" in en.text("zh")
    zh = en
    assert (en.line, en.col, en.path) == (zh.line, zh.col, zh.path) == (26, 29, "groups[1].description.zh")


def test_stray_spaces_fail_validate_strict_only(tmp_path: Path) -> None:
    text = BRANCHING.replace("description: {zh: ", "description: {zh: 唯一最优解， 甚至", 1)
    (tmp_path / "l.yaml").write_text(text, encoding="utf-8")
    assert validate_paths([str(tmp_path / "l.yaml")], use_cache=False).ok
    assert not validate_paths([str(tmp_path / "l.yaml")], use_cache=False, strict=True).ok
