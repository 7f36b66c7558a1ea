"""Regressions of validate's one run: nothing reported that only follows from what was left out, nothing
hidden until another problem is fixed, a file that stops says so, zh syntax errors in Chinese, !!str,
unknown fields ending in _, the counts of a refusal, odd spaces in texts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pmladder.cli import main
from pmladder.errors import Msg
from pmladder.i18n import Lang, t
from pmladder.io.syntax import phrase
from pmladder.model.issue import Issue
from pmladder.validate import validate_file

ROOT = Path(__file__).resolve().parent.parent
B2B = (ROOT / "ladders" / "b2b-business.yaml").read_text(encoding="utf-8")
MINIMAL = (ROOT / "tests" / "example-files" / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def _parser_phrase(words: str, lang: Lang) -> str:
    """A parser phrase as the edge words it (the core gives a code, or the phrase as it is)."""
    found = phrase(words)
    return t(found.code, lang, **found.params) if isinstance(found, Msg) else found


def _edit(text: str, *edits: tuple[int, str, str]) -> str:
    """``text`` with ``old`` replaced by ``new`` on each given line (1-based)."""
    lines = text.split("\n")
    for number, old, new in edits:
        assert old in lines[number - 1], (number, lines[number - 1])
        lines[number - 1] = lines[number - 1].replace(old, new, 1)
    return "\n".join(lines)


def _codes(text: str, lang: str = "en") -> list[tuple[int, str, str]]:
    return [(i.line, i.code, i.path) for i in validate_file(text.encode(), "k.yaml").issues]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---- 1, 2a: the least is left out, and nothing that follows from it is reported ------------------------


def test_bad_bands_leave_their_levels_in_and_nothing_follows_from_them(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _edit(B2B, (79, "band: 1", "band: 0"), (96, "band: 2", "band: 9"))
    assert _codes(text) == [(79, "schema-value", "levels[0].band"), (96, "schema-value", "levels[1].band")]
    (work / "k3.yaml").write_text(text, encoding="utf-8")
    code, _, err = _run(capsys, "show", "k3.yaml")
    assert code == 1
    assert err.endswith("(and 1 more error; run pmladder validate k3.yaml to see both)\n")


def test_a_stand_in_band_is_compared_with_no_other_band() -> None:
    # a later level's band replaced by a stand-in (1) is not "below" the band before it
    text = _edit(B2B, (137, "band: 5", "band: 9"))
    assert _codes(text) == [(137, "schema-value", "levels[3].band")]


def test_a_mistake_beside_a_rejected_field_shows_in_the_same_run() -> None:
    text = _edit(B2B, (96, "band: 2", "band: 9"), (97, "type: passive", "type: pasive"))
    assert _codes(text) == [(96, "schema-value", "levels[1].band"), (97, "unknown-ref", "levels[1].type")]
    # a text the schema rejects gets a stand-in too: the level stays, and so does its wrong type
    text = _edit(B2B, (95, "en: Junior", 'en: ""'), (97, "type: passive", "type: pasive"))
    assert _codes(text) == [(95, "schema-value", "levels[1].name.en"), (97, "unknown-ref", "levels[1].type")]


def test_no_carry_first_for_want_of_a_level_that_was_left_out() -> None:
    # levels whose id is rejected are left out: the carries above them are not reported
    text = _edit(B2B, (77, "id: entry", "id: Entry"), (94, "id: junior", "id: Junior"))
    assert _codes(text) == [(77, "schema-value", "levels[0].id"), (94, "schema-value", "levels[1].id")]


def test_a_level_missing_a_required_text_is_still_checked() -> None:
    level = "  - {id: lead, summary: {zh: 带团队。, en: Leads a team.}, band: 1}\n"
    text = MINIMAL.replace("competencies:", level + "competencies:", 1)
    # the name gets a stand-in; the level stays, so its band and its missing cell are real problems
    assert _codes(text) == [
        (24, "schema-missing", "levels[2].name"),
        (24, "unreachable-level", "levels[2].id"),
        (24, "band-order", "levels[2].band"),
        (31, "missing-cell", "competencies[0].expectations"),
    ]


# ---- 2b: an unknown field whose value is wrong ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "code"),
    [("remote: yes", "yaml-ambiguous"), ("cadence: 1:30", "yaml-ambiguous"), ("locale: !custom zh", "yaml-tag")],
)
def test_an_unknown_field_is_reported_even_when_its_value_is_wrong(field: str, code: str) -> None:
    text = _edit(B2B, (80, "type: passive", f"type: passive\n    {field}"))
    name = field.split(":")[0]
    assert _codes(text) == [(81, "schema-unknown-field", f"levels[0].{name}"), (81, code, f"levels[0].{name}")]


def test_an_unknown_top_level_field_with_an_unknown_alias() -> None:
    lines = len(B2B.split("\n"))
    assert _codes(B2B + "extra: *nope\n") == [(lines, "schema-unknown-field", "extra"), (lines, "yaml-alias", "extra")]


def test_a_key_that_is_itself_the_problem_is_reported_once() -> None:
    text = _edit(MINIMAL, (5, "name:", "name:\n  yes: 1\n  *nokey : 2\n  1.5: 3\n  x"))
    issues = validate_file(text.encode(), "k.yaml").issues
    assert [i.code for i in issues if i.line in (6, 7, 8)] == ["yaml-ambiguous", "yaml-alias", "yaml-key"]


# ---- 3: a file stopped by a problem says so ------------------------------------------------------------


def _stopped_file(work: Path) -> str:
    text = _edit(B2B, (80, "passive", "yes"), (300, "  ", "\t"))
    (work / "t.yaml").write_text(text, encoding="utf-8")
    return "t.yaml"


def test_a_stopped_file_says_so_in_text(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = _stopped_file(work)
    code, out, _ = _run(capsys, "validate", "--no-cache", name)
    assert code == 1
    assert out.splitlines() == [
        "t.yaml:80:11: error yaml-ambiguous 'yes' means a boolean to some YAML readers and a string to others: "
        "write true/false, or quote it (levels[0].type)",
        "t.yaml:300:1: error yaml-syntax a tab cannot indent YAML: use spaces",
        "t.yaml:300:1: note checking stopped at this yaml-syntax problem: the rest of the file, and its schema "
        "and semantic problems, are not checked until it is fixed",
        "1 file checked: 1 invalid, 2 errors, 0 warnings",
    ]
    code, out, _ = _run(capsys, "validate", "--no-cache", "--lang", "zh", name)
    assert out.splitlines()[2] == (
        "t.yaml:300:1: note 检查在这个 yaml-syntax 问题处停止："
        "修正它之前，文件的其余部分以及 schema 和语义问题都不会检查"
    )


def test_a_stopped_file_says_so_in_json_and_github(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = _stopped_file(work)
    (work / "ok.yaml").write_text(MINIMAL, encoding="utf-8")
    _, out, _ = _run(capsys, "validate", "--no-cache", "--format", "json", name, "ok.yaml")
    files = json.loads(out)["files"]
    assert files[0]["stopped"] == {"line": 300, "col": 1, "code": "yaml-syntax"}
    assert files[1]["stopped"] is None
    assert list(files[0]) == ["file", "kind", "valid", "errors", "warnings", "stopped"]
    _, out, _ = _run(capsys, "validate", "--no-cache", "--format", "github", name)
    assert out.splitlines()[2].startswith("::notice file=t.yaml,line=300,col=1,title=stopped::checking stopped ")


# ---- 4: syntax errors in Chinese ---------------------------------------------------------------------------

SYNTAX_ERRORS = [
    (80, "type: passive", "type: passive {unclosed: ["),
    (80, "type: passive", "type: passive: x"),
    (80, "type", "  type"),
    (80, "passive", '"passive'),
    (80, "passive", "[passive"),
    (80, "passive", "{passive"),
    (80, "passive", "@passive"),
    (80, "passive", "!x!passive"),
    (80, "type: passive", "- type: passive"),
    (80, "passive", "passive\n  *x"),
    (80, "passive", '"p\\qassive"'),
    (80, "passive", "|0\n      x"),
]

#: English words of the parsers' phrases
_ENGLISH = re.compile(r"\b(?:found|expected|while|allowed|could|did|not|find|parsing|scanning|mapping|token)\b")


@pytest.mark.parametrize(("line", "old", "new"), SYNTAX_ERRORS)
def test_syntax_errors_are_in_chinese(line: int, old: str, new: str) -> None:
    text = _edit(B2B, (line, old, new))
    [issue] = [i for i in validate_file(text.encode(), "k.yaml").issues if i.code == "yaml-syntax"]
    assert not _ENGLISH.search(issue.text("zh")), issue.text("zh")
    [english] = [i for i in validate_file(text.encode(), "k.yaml").issues if i.code == "yaml-syntax"]
    assert _ENGLISH.search(english.text()) or "tab" in english.text()


def test_parser_phrases_in_chinese_and_the_fallback() -> None:
    assert _parser_phrase("mapping values are not allowed in this context", "zh").startswith("此处不允许出现映射值")
    assert _parser_phrase("while parsing a block mapping", "zh") == "解析块映射时"
    assert _parser_phrase("expected <block end>, but found '<scalar>'", "zh") == "应为块结束，但遇到文本"
    assert _parser_phrase("found character '@' that cannot start any token", "zh") == (
        "遇到不能作为任何记号开头的字符 '@'"
    )
    assert _parser_phrase("found something new", "zh") == "found something new"  # no translation: as given
    assert _parser_phrase("did not find expected key", "en") == "did not find expected key"


# ---- 5, 6: !!str, unknown fields ending in _ ------------------------------------------------------------


def test_str_tags_are_rejected_like_any_tag() -> None:
    text = _edit(B2B, (78, "zh: 入门", "zh: !!str 入门"))
    issues = validate_file(text.encode(), "k.yaml").issues
    assert [(i.line, i.code, i.text()) for i in issues] == [(78, "yaml-tag", "tags such as !!str are not allowed")]


@pytest.mark.parametrize("name", ["foo_", "band_rationale_", "schema_"])
def test_an_unknown_field_is_named_as_written(name: str) -> None:
    text = _edit(B2B, (80, "type: passive", f"type: passive\n    {name}: x"))
    [issue] = validate_file(text.encode(), "k.yaml").issues
    assert (issue.code, issue.text(), issue.path) == (
        "schema-unknown-field",
        f"unknown field {name!r}",
        f"levels[0].{name}",
    )


# ---- 7: a refusal counts what it names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", " (and 2 more errors; run pmladder validate m.yaml to see them all)\n"),
        ("zh", "（还有 2 个错误；运行 pmladder validate m.yaml 查看全部）\n"),
    ],
)
def test_a_refusal_counts_errors_not_warnings(
    lang: str, words: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _edit(MINIMAL, (4, "id: ", "id: Bad-"), (5, "en: Minimal ladder", "en: Minimal\tladder"))
    text += "extra: 1\nmore: 2\n"
    (work / "m.yaml").write_text(text, encoding="utf-8")
    issues: list[Issue] = validate_file(text.encode(), "m.yaml").issues
    assert [i.severity for i in issues] == ["error", "warning", "error", "error"]  # validate: 3 errors, 1 warning
    code, _, err = _run(capsys, "show", "m.yaml", "--lang", lang)
    assert code == 1
    assert err.endswith(words)


# ---- 8: odd spaces in one-line texts ---------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\t", "\u00a0", "\u200b", "\u2003", "\u202f"])
def test_an_odd_space_in_a_one_line_text_is_a_warning(char: str) -> None:
    text = _edit(B2B, (92, "under guidance", f"under{char}guidance"))
    issues = validate_file(text.encode(), "k.yaml").issues
    assert [(i.line, i.severity, i.code, i.path) for i in issues] == [
        (92, "warning", "odd-space", "levels[0].duties[0].en")
    ]
    assert issues[0].col == B2B.split("\n")[91].index("under guidance") + len("under") + 1


def test_plain_ideographic_and_multi_line_texts_are_fine() -> None:
    text = _edit(B2B, (92, "在指导下", "在指导下\u3000"), (81, "summary:", "summary:"))
    assert validate_file(text.encode(), "k.yaml").issues == []
    text = _edit(B2B, (92, "{zh: 在指导下编写PRD、绘制原型, en: Write PRDs and draw prototypes under guidance}",
                       '{zh: 在指导下编写PRD、绘制原型, en: "Write PRDs\\n\\tand draw prototypes under guidance"}'))
    assert validate_file(text.encode(), "k.yaml").issues == []


def test_a_stand_in_band_of_a_taxonomy_is_not_out_of_order() -> None:
    taxonomy = (ROOT / "ladders" / "taxonomy.yaml").read_text(encoding="utf-8")
    line = next(n for n, text in enumerate(taxonomy.split("\n"), 1) if text == "  - band: 3")
    text = _edit(taxonomy, (line, "band: 3", "band: 9"))
    assert _codes(text) == [(line, "schema-value", "bands[2].band")]
    text = _edit(taxonomy, (line, "band: 3", "band: 4"))
    assert _codes(text) == [(line, "band-order", "bands[2].band")]


def test_a_rejected_reference_keeps_its_competency_and_question() -> None:
    # a bad group: the competency stays (its wrong taxonomy link shows), and no group is called unused
    text = _edit(B2B, (155, "fundamentals", "Fundamentals"), (161, "id: prototyping", "id: prototypin"))
    assert _codes(text) == [
        (155, "schema-value", "competencies[0].group"),
        (161, "unknown-taxonomy", "competencies[0].taxonomy[0].id"),
    ]
    # a bad competency and a bad caps_below of questions: nothing else is made of them
    text = _edit(B2B, (687, "critical-thinking", "Critical"), (746, "junior", "Junior"))
    assert _codes(text) == [
        (687, "schema-value", "questions[0].competency"),
        (746, "schema-value", "questions[2].caps_below"),
    ]


def test_a_field_whose_pattern_no_stand_in_matches_is_left_out_with_its_parent() -> None:
    text = _edit(B2B, (26, "https://", "ftp://"))
    assert _codes(text) == [(26, "schema-value", "source.url")]
