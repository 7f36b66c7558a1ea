"""Learning resources of a ladder: the model, what `pmladder validate` says of them (file:line:col, zh and en)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmladder.cli import main
from pmladder.rules.resources import well_formed_url

EXAMPLES = Path(__file__).resolve().parent / "example-files"
MINIMAL = (EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def ladder_with(resources: str) -> str:
    """The minimal ladder (one competency, ``analysis``) with a ``resources:`` block appended."""
    return MINIMAL + "resources:\n" + resources


def validate(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    (tmp_path / "l.yaml").write_text(text, encoding="utf-8")
    code = main(["validate", "--no-cache", str(tmp_path / "l.yaml"), *args])
    out = capsys.readouterr().out
    return code, [line.replace(str(tmp_path) + "/", "") for line in out.splitlines()]


LINE = len(MINIMAL.splitlines()) + 2  # the first line of the first resource


def test_a_resource_with_everything_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ladder_with(
        "  - kind: book\n"
        "    title: {zh: 人人都是产品经理, en: Everyone Is a Product Manager}\n"
        "    author: 苏杰\n"
        "    url: https://www.example.com/book?id=1\n"
        "    note: {zh: 入门经典。, en: A classic introduction.}\n"
        "    competencies: [analysis]\n"
    )
    assert validate(tmp_path, text, capsys, "--strict") == (0, ["1 file checked: 0 invalid, 0 errors, 0 warnings"])


def test_a_bad_kind_is_located_at_the_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ladder_with("  - kind: video\n    title: {zh: 视频, en: A video}\n    competencies: [analysis]\n")
    code, lines = validate(tmp_path, text, capsys)
    assert code == 1
    assert lines[0] == (
        f"l.yaml:{LINE}:11: error schema-value must be 'book', 'course', 'practice' or 'community' (got 'video')"
        " (resources[0].kind)"
    )


def test_a_title_without_its_chinese_is_missing_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ladder_with("  - kind: book\n    title: {en: The Mom Test}\n    competencies: [analysis]\n")
    code, lines = validate(tmp_path, text, capsys, "--lang", "zh")
    assert code == 1
    assert lines[0].startswith(f"l.yaml:{LINE + 1}:5: error missing-text ")
    assert lines[0].endswith("(resources[0].title.zh)")


@pytest.mark.parametrize(
    ("url", "col", "words"),
    [
        ("www.example.com", 10, "schema-value 'www.example.com' is not an http(s) URL"),
        ("https://example/page", 10, "resource-url 'https://example/page' is not a web address: it names no host "
         "such as example.com"),
        ("https://example.com:port/", 10, "resource-url 'https://example.com:port/' is not a web address: it names "
         "no host such as example.com"),
    ],
)
def test_a_malformed_address_is_an_error_at_the_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, col: int, words: str
) -> None:
    text = ladder_with(f"  - kind: course\n    title: {{zh: 课, en: A course}}\n    url: {url}\n"
                       "    competencies: [analysis]\n")
    code, lines = validate(tmp_path, text, capsys)
    assert code == 1
    assert lines[0] == f"l.yaml:{LINE + 2}:{col}: error {words} (resources[0].url)"


def test_the_address_rule_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ladder_with("  - kind: course\n    title: {zh: 课, en: A course}\n    url: https://x\n"
                       "    competencies: [analysis]\n")
    code, lines = validate(tmp_path, text, capsys, "--lang", "zh")
    assert code == 1
    assert lines[0] == (
        f"l.yaml:{LINE + 2}:10: error resource-url 'https://x' 不是有效的网址：没有 example.com 这样的主机名"
        " (resources[0].url)"
    )


def test_duplicates_name_the_first_line_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = ladder_with(
        "  - kind: book\n    title: {zh: 启示录, en: Inspired}\n    competencies: [analysis]\n"
        "  - kind: book\n    title: {zh: 另一本, en: ' inspired '}\n    competencies: [analysis, analysis]\n"
    )
    code, lines = validate(tmp_path, text, capsys)
    assert code == 1
    assert lines[:2] == [
        f"l.yaml:{LINE + 4}:5: error duplicate-resource the resource ' inspired ' is listed twice "
        f"(first at line {LINE}) (resources[1].title)",
        f"l.yaml:{LINE + 5}:30: error duplicate-resource competency 'analysis' is listed twice for this resource "
        f"(first at line {LINE + 5}) (resources[1].competencies[1])",
    ]
    code, lines = validate(tmp_path, text, capsys, "--lang", "zh")
    assert lines[0] == (
        f"l.yaml:{LINE + 4}:5: error duplicate-resource 资源 '另一本' 重复列出（第一次在第 {LINE} 行）"
        " (resources[1].title)"
    )


def test_an_unknown_competency_is_an_unknown_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ladder_with("  - kind: practice\n    title: {zh: 练习, en: A practice}\n    competencies: [design]\n")
    code, lines = validate(tmp_path, text, capsys, "--format", "json")
    assert code == 1
    issues = json.loads("\n".join(lines))["issues"]
    issue = next(i for i in issues if i["severity"] == "error")
    assert (issue["line"], issue["col"], issue["code"]) == (LINE + 2, 20, "unknown-ref")
    assert issue["params"] == {"variant": "competency", "id": "design", "known": "analysis"}


def test_well_formed_url() -> None:
    assert well_formed_url("https://www.svpg.com/books/")
    assert well_formed_url("http://例子.测试/路径")
    assert well_formed_url("https://example.com:8080/a?b=c#d")
    for bad in ("https://", "https://example", "https://-bad.com", "https://a..com", "https://example.com:x/"):
        assert not well_formed_url(bad), bad
