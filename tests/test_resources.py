"""Learning resources of a ladder: the model, what `pmladder validate` says of them (file:line:col, zh and en)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring_fixtures import PERSONAS, load_persona, run

from pmladder.cli import main
from pmladder.io.ladders import load_ladder
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Ladder, Lang
from pmladder.render.resources import resource_line
from pmladder.rules.resources import well_formed_url

EXAMPLES = Path(__file__).resolve().parent / "example-files"
BUNDLED = ("b2b-business", "b2b-healthcare", "pm-generic", "pmm")
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


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_every_competency_of_a_bundled_ladder_has_resources(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id).ladder
    assert ladder.resources, ladder_id
    for comp in ladder.competencies:
        found = ladder.resources_for(comp.id)
        assert 1 <= len(found) <= 5, (comp.id, len(found))


# ---- the plan --------------------------------------------------------------------------------------------


def _persona_result(name: str) -> tuple[Assessment, Ladder]:
    answers = load_persona(PERSONAS / f"{name}.yaml")
    ladder = load_ladder(answers.ladder).ladder
    return run(ladder, answers), ladder


def test_each_focus_area_carries_the_resources_of_its_competency() -> None:
    result, ladder = _persona_result("b2b-business/junior")
    assert result.plan.focus
    for area in result.plan.focus:
        expected = [(r.kind, r.title, r.author, r.url, r.note) for r in ladder.resources_for(area.competency)]
        assert [(r.kind, r.title, r.author, r.url, r.note) for r in area.resources] == expected
        assert area.resources


def test_the_json_result_has_the_resources_and_reads_back() -> None:
    result, _ladder = _persona_result("pmm/senior")
    data = json.loads(result.model_dump_json(by_alias=True))
    first = data["plan"]["focus"][0]["resources"][0]
    assert set(first) == {"kind", "title", "author", "url", "note"}
    assert set(first["title"]) == {"zh", "en"}
    assert Assessment.model_validate_json(result.model_dump_json(by_alias=True)) == result


def test_a_result_saved_before_resources_existed_still_reads() -> None:
    result, _ladder = _persona_result("pmm/senior")
    data = json.loads(result.model_dump_json(by_alias=True))
    for area in data["plan"]["focus"]:
        del area["resources"]
    old = Assessment.model_validate(data)
    assert all(area.resources == [] for area in old.plan.focus)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Book: Inspired: How to Create Tech Products Customers Love by Marty Cagan — How strong"),
        ("zh", "书：《启示录》（Marty Cagan）——强产品团队如何做产品发现"),
    ],
)
def test_a_resource_line_in_both_languages(lang: Lang, line: str) -> None:
    ladder = load_ladder("pm-generic").ladder
    inspired = next(r for r in ladder.resources if r.author == "Marty Cagan" and r.kind == "book"
                    and r.title.en.startswith("Inspired"))
    assert resource_line(inspired, lang).startswith(line)


def test_an_english_title_gets_no_book_marks_and_an_address_comes_last() -> None:
    ladder = load_ladder("pmm").ladder
    pma = next(r for r in ladder.resources if r.url is not None)
    assert resource_line(pma, "zh") == (
        "社区：Product Marketing Alliance——产品营销从业者的国际社区：文章、活动和同行交流（英文）。"
        " · https://www.productmarketingalliance.com/"
    )
    mom = next(r for r in ladder.resources if r.title.en == "The Mom Test")
    assert resource_line(mom, "zh").startswith("书：The Mom Test（Rob Fitzpatrick）——")
