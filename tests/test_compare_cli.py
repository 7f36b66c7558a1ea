"""`pmladder compare`: exit codes, messages, golden renders (width 100, no colour, zh and en) and JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from compare_fixtures import ALPHA, BETA, alpha, beta

from pmladder import assess as use_case
from pmladder import compare
from pmladder.cli import main
from pmladder.io.ladder_files import load_taxonomy
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment
from pmladder.model.comparison import Comparison, LevelDiff, SideBySide, Translation
from pmladder.model.ladder import Ladder

if TYPE_CHECKING:
    from conftest import Golden

A, B = str(ALPHA), str(BETA)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _result_file(tmp_path: Path) -> Path:
    ladder = alpha()
    # everything up to lead met, except mentoring at lead not observed: strict senior .. lenient lead
    ratings: dict[str, int | str] = {
        i: 3
        for i, (_, level, _) in ladder.indicators().items()
        if level in ("junior", "mid", "senior", "lead")
    }
    ratings["mentoring.lead.1"] = "na"
    answers = Answers.model_validate({"ladder": "alpha", "ratings": ratings})
    result = use_case.assess(
        ladder, answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC)
    )
    path = tmp_path / "result.json"
    path.write_text(result.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    return path


# ---- golden renders ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_comparison(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, err = _run(capsys, "compare", A, B, "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"compare/alpha-beta.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_comparison_markdown(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, B, "--format", "markdown", "--lang", lang)
    assert code == 0
    golden(f"compare/alpha-beta.{lang}.md", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_side_by_side(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, B, "--competency", "analysis", "--lang", lang)
    assert code == 0
    golden(f"compare/alpha-beta-analysis.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_level_diff(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, "--from", "junior", "--to", "mid", "--lang", lang)
    assert code == 0
    golden(f"compare/alpha-junior-mid.{lang}.txt", out)


def test_golden_level_diff_markdown(golden: Golden, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "compare", A, "--from", "lead", "--to", "director", "--format", "markdown")
    assert code == 0
    golden("compare/alpha-lead-director.en.md", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_translation(golden: Golden, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str) -> None:
    result = _result_file(tmp_path)
    code, out, _ = _run(capsys, "compare", A, B, "--result", str(result), "--lang", lang)
    assert code == 0
    golden(f"compare/alpha-beta-result.{lang}.txt", out)


def test_the_width_is_respected(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "compare", A, B, "--lang", "en")
    assert max(len(line) for line in out.splitlines()) <= 100


# ---- JSON output is the pydantic model -------------------------------------------------------------------


def test_comparison_json_validates_against_its_model(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "compare", A, B, "--format", "json")
    assert code == 0
    parsed = Comparison.model_validate_json(out)
    assert parsed == compare.compare(alpha(), beta(), load_taxonomy())
    assert '"schema": "pmladder/comparison@1"' in out


def test_side_by_side_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(
        capsys, "compare", A, B, "--competency", "design", "--level", "senior", "--format", "json"
    )
    assert SideBySide.model_validate_json(out) == compare.side_by_side(alpha(), beta(), "design", "senior")


def test_level_diff_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "compare", A, "--from", "Junior", "--to", "高级", "--format", "JSON")
    assert LevelDiff.model_validate_json(out) == compare.level_diff(alpha(), "junior", "senior")


def test_the_result_range_spans_the_aligned_levels(tmp_path: Path) -> None:
    assessment = Assessment.model_validate_json(_result_file(tmp_path).read_text(encoding="utf-8"))
    primary = assessment.primary()
    assert (primary.strict, primary.level, primary.lenient) == ("senior", "senior", "lead")
    (placement,) = compare.translate_result(assessment, alpha(), beta()).placements
    assert placement.low is not None and placement.high is not None
    assert (placement.low.id, placement.high.id, [c.id for c in placement.central]) == (
        "owner",
        "lead",
        ["owner"],
    )


def test_translation_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _result_file(tmp_path)
    _, out, _ = _run(capsys, "compare", A, B, "--result", str(result), "--format", "json")
    assessment = Assessment.model_validate_json(result.read_text(encoding="utf-8"))
    assert Translation.model_validate_json(out) == compare.translate_result(assessment, alpha(), beta())


def test_json_does_not_depend_on_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    _, zh, _ = _run(capsys, "compare", A, B, "--format", "json", "--lang", "zh")
    _, en, _ = _run(capsys, "compare", A, B, "--format", "json", "--lang", "en")
    assert zh == en


# ---- bundled ladders through the CLI ---------------------------------------------------------------------


def test_bundled_ladders_compare_in_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("text", "markdown", "json"):
        code, out, err = _run(
            capsys, "compare", "b2b-healthcare", "pm-generic", "--format", fmt, "--lang", "zh"
        )
        assert (code, err) == (0, ""), err
        assert "b2b-healthcare" in out


def test_healthcare_level_diff_by_chinese_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "compare", "b2b-healthcare", "--from", "产品助理", "--to", "产品专员", "--lang", "zh"
    )
    assert code == 0
    assert "产品助理 (1) → 产品专员 (2)" in out
    assert "单个功能" in out


# ---- errors: one line, documented exit codes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["compare", A], 2, "give a second ladder, or --from and --to to compare two levels of one ladder"),
        (["compare", A, "--from", "junior"], 2, "--from and --to go together"),
        (
            ["compare", A, B, "--from", "junior", "--to", "mid"],
            2,
            "--from/--to compare two levels of one ladder: give only one ladder",
        ),
        (
            ["compare", A, "--from", "junior", "--to", "mid", "--competency", "analysis"],
            2,
            "--from/--to cannot be combined with --competency or --level",
        ),
        (["compare", A, B, "--level", "mid"], 2, "--level needs --competency"),
        (
            ["compare", A, B, "--result", "r.json", "--competency", "analysis"],
            2,
            "--result cannot be combined with --competency, --level, --from or --to",
        ),
        (["compare", A, B, "--format", "html"], 2, "--format must be one of text|markdown|json, not 'html'"),
        (["compare", A, B, "--lang", "fr"], 2, "--lang must be zh or en, not 'fr'"),
        (
            ["compare", A, "--from", "junior", "--to", "cto"],
            2,
            "unknown level 'cto' in Alpha ladder; levels: junior (Junior), mid (Mid), senior (Senior), lead (Lead), "
            "director (Director), architect (Architect)",
        ),
        (
            ["compare", A, "--from", "mid", "--to", "junior"],
            2,
            "in Alpha ladder, Mid does not come before Junior: --from must be a lower level on the same track",
        ),
        (
            ["compare", A, B, "--competency", "x", "--lang", "zh"],
            2,
            "“阿尔法体系”与“贝塔体系”中都没有能力 'x'，它也不是分类表中的能力；“阿尔法体系”的能力：analysis（分析）、"
            "design（设计）、mentoring（带人）、process（流程）；“贝塔体系”的能力：requirements（需求）、ux（体验）、"
            "people（带团队）、gtm（上市）",
        ),
        (
            ["compare", A, B, "--competency", "analysis", "--level", "owner"],
            2,
            "unknown level 'owner' in Alpha ladder; levels: junior (Junior), mid (Mid), senior (Senior), "
            "lead (Lead), director (Director), architect (Architect)",
        ),
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str) -> None:
    got, out, err = _run(capsys, *args)
    assert got == code
    assert err == f"pmladder: {message}\n"
    assert out == ""


def test_an_unknown_ladder_names_the_bundled_ones(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "compare", "nope", "pm-generic")
    assert code == 2
    assert err.startswith("pmladder: unknown ladder 'nope'; bundled ladders: ")
    assert "pm-generic" in err and err.count("\n") == 1


def test_a_result_of_another_ladder_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = _result_file(tmp_path)
    code, _, err = _run(capsys, "compare", B, A, "--result", str(result))
    assert code == 2
    assert err == (
        "pmladder: the result was assessed on ladder alpha, not on Beta ladder: "
        f"use pmladder compare alpha beta --result {result}\n"
    )
    code, _, err = _run(capsys, "compare", B, A, "--result", str(result), "--lang", "zh")
    assert code == 2 and err.endswith(f"请改用 pmladder compare alpha beta --result {result}\n")


def test_a_missing_result_file_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "compare", A, B, "--result", str(tmp_path / "none.json"))
    assert code == 2
    assert err == f"pmladder: {tmp_path / 'none.json'}: no such file\n"


def test_a_broken_result_file_is_an_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "pmladder/assessment@1", "ladder": "alpha"}\n', encoding="utf-8")
    code, _, err = _run(capsys, "compare", A, B, "--result", str(broken))
    assert code == 1
    assert err.startswith(f"pmladder: {broken}:1:1: error schema-missing required field ")
    assert "Traceback" not in err


def test_a_round_trip_that_misses_its_start_says_where_it_lands() -> None:
    from compare_fixtures import render

    from pmladder.render.compare import comparison_markdown, render_comparison

    result = compare.compare(alpha(), beta(), load_taxonomy())
    alignment = result.alignments[0]
    trips = [
        t.model_copy(update={"back": ["senior"], "returns": False}) if t.start == "mid" else t
        for t in alignment.round_trip
    ]
    broken = alignment.model_copy(update={"round_trip": trips, "monotone": False})
    changed = result.model_copy(update={"alignments": [broken]})
    text = render(render_comparison(changed, "en"))
    assert "✗ lands on Senior" in text
    assert "Order preserved: no; round trip A → B → A: 4 of 5 levels return to the start." in text
    assert "| 中级 (2) | 负责人 (2–3) | ✗ 回到 高级 |" in comparison_markdown(changed, "zh")

# ---- QA regressions ---------------------------------------------------------------------------------------


def _beta_sharing_nothing() -> Ladder:
    """beta with every taxonomy link renamed, so nothing maps onto alpha."""
    comps = [
        c.model_copy(update={"taxonomy": [link.model_copy(update={"id": "zz-" + link.id}) for link in c.taxonomy]})
        for c in beta().competencies
    ]
    return beta().model_copy(update={"competencies": comps})


def test_an_empty_crosswalk_says_so_instead_of_an_empty_table() -> None:
    from compare_fixtures import render

    from pmladder.render.compare import comparison_markdown, render_comparison

    result = compare.compare(alpha(), _beta_sharing_nothing(), load_taxonomy())
    assert result.crosswalk.pairs == []
    text = render(render_comparison(result, "en"))
    assert "No competency maps onto another: the two ladders share no taxonomy id." in text
    assert "No competency is required by both ladders: nothing to cross-check." in text
    assert "All 0 agree" not in text
    assert "Via (taxonomy)" not in text  # no header of an empty table
    markdown = comparison_markdown(result, "zh")
    assert "*没有相互映射的能力：两个体系的能力在分类表中没有共同的 id。*" in markdown
    assert "经由" not in markdown
    assert "没有两套体系都要求的能力，无从核对。" in markdown


def test_one_finding_is_not_all_one() -> None:
    from compare_fixtures import render

    from pmladder.render.compare import render_comparison

    text = render(
        render_comparison(compare.compare(load_ladder("pmm"), load_ladder("b2b-business"), load_taxonomy()), "en")
    )
    assert "The one finding agrees." in text and "All 1 agree" not in text


def test_nothing_carried_over_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # only mentoring and process are rated: neither has a counterpart in B closer than related
    ratings = {i: 0 for i in alpha().indicators() if i.startswith(("mentoring.", "process."))}
    answers = Answers.model_validate({"ladder": "alpha", "ratings": ratings})
    result = use_case.assess(alpha(), answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))
    path = tmp_path / "empty.json"
    path.write_text(result.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    code, out, _ = _run(capsys, "compare", A, B, "--result", str(path), "--lang", "en")
    assert code == 0
    assert "Nothing carries over: no competency measured on A has a counterpart in B closer than related." in out
    assert "Reached on A" not in out
    _, out, _ = _run(capsys, "compare", A, B, "--result", str(path), "--format", "markdown", "--lang", "zh")
    assert "| B 能力 |" not in out
    assert "*没有可沿用的能力：在 A 上测到的能力在 B 中都没有比“相关”更近的对应。*" in out


def test_a_result_with_nothing_rated_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = Answers.model_validate({"ladder": "alpha", "ratings": {}})
    result = use_case.assess(alpha(), answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))
    path = tmp_path / "empty.json"
    path.write_text(result.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    code, out, err = _run(capsys, "compare", A, B, "--result", str(path), "--lang", "en")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "has no estimate: nothing was rated on Alpha ladder" in err


def test_a_ladder_compared_with_itself_maps_each_competency_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    generic = load_ladder("pm-generic")
    walk = compare.crosswalk(generic, generic)
    itself = {p.a.id: p.relation for p in walk.pairs if p.a.id == p.b.id}
    assert set(itself) == {c.id for c in generic.competencies}
    assert set(itself.values()) == {"exact"}  # innovation (narrow) and team (close) were "related"/"close"
    code, out, _ = _run(capsys, "compare", "pm-generic", "pm-generic", "--lang", "en")
    assert code == 0
    assert (
        "A and B are the same ladder (Generic product manager level model). To see what changes between two of "
        "its levels, use pmladder compare pm-generic --from LEVEL --to LEVEL."
    ) in " ".join(out.split())
    _, zh, _ = _run(capsys, "compare", "pm-generic", "pm-generic", "--lang", "zh", "--format", "markdown")
    assert "A 和 B 是同一个职级体系（通用产品经理级别模型）。" in zh
    _, out, _ = _run(capsys, "compare", A, B, "--lang", "en")
    assert "same ladder" not in out


def test_round_trip_names_are_joined_the_chinese_way(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--format", "markdown", "--lang", "zh")
    assert "✓ 回到起点，另含 产品专家、产品VP" in out
    assert "产品专家, 产品VP" not in out


def test_from_and_to_the_same_level(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "compare", A, "--from", "junior", "--to", "初级", "--lang", "en")
    assert (code, out) == (2, "")
    assert err == "pmladder: --from and --to are the same level (Junior): give two different levels\n"
    _, _, err = _run(capsys, "compare", A, "--from", "junior", "--to", "junior", "--lang", "zh")
    assert err == "pmladder: --from 和 --to 是同一个级别（初级）：请给出两个不同的级别\n"


def test_a_move_between_tracks_says_changed_not_raised(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "compare", A, "--from", "director", "--to", "architect", "--lang", "en")
    assert code == 0
    assert "Between tracks" in out and " · changed " in out and " · same " in out
    assert "raised" not in out and "carried" not in out
    _, out, _ = _run(
        capsys, "compare", A, "--from", "director", "--to", "architect", "--format", "markdown", "--lang", "zh"
    )
    assert "| 不同 |" in out and "提高" not in out
    _, out, _ = _run(capsys, "compare", A, "--from", "junior", "--to", "mid", "--lang", "en")
    assert "raised" in out  # on one track it is still raised


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--result", "{tmp}", "--lang", "zh"], "{tmp}：这是文件夹，不是文件"),
        (["--result", "{tmp}/none.json", "--lang", "zh"], "{tmp}/none.json：没有这个文件"),
        (["--result", "{tmp}", "--lang", "en"], "{tmp}: is a folder, not a file"),
    ],
)
def test_result_file_errors_are_translated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "compare", A, B, *(a.format(tmp=tmp_path) for a in args))
    assert (code, out) == (2, "")
    assert err == f"pmladder: {message.format(tmp=tmp_path)}\n"


# ---- names, not ids (issue 8, section 5) ------------------------------------------------------------


def test_compare_names_tracks_and_taxonomy_competencies_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    code, en, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--lang", "en", "--format", "markdown")
    assert code == 0
    assert en.startswith("# Comparison: B2B healthcare product manager ladder ↔ Generic product manager level model\n")
    # pm-generic has no tracks: it is just B; b2b-healthcare's tracks by their names
    assert "## Level alignment: A Management track ↔ B\n" in en
    assert "## Content cross-check (advisory): A Architect track ↔ B\n" in en
    assert "(same as A Management track ↔ B)" in en
    assert "Order preserved: yes; round trip A → B → A: 6 of 6 levels return to the start." in en
    assert (
        "| Analysis | exact | Requirements analysis and management | Requirements analysis, Logic and critical "
        "thinking |"
    ) in en
    assert "Only in A: Process and standards" in en
    _, zh, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--lang", "zh", "--format", "markdown")
    assert zh.startswith("# 比较：B端医疗产品经理职级体系 ↔ 通用产品经理级别模型\n")
    assert "## 级别对应：A 管理路线 ↔ B\n" in zh
    assert "| 分析能力 | 完全对应 | 需求分析与管理 | 需求分析、逻辑与批判性思维 |" in zh
    assert "仅 A 有：流程规范" in zh
    for text in (en, zh):
        for raw in ("critical-thinking", "`management`", " main", "Main track", "主线", "→ pm-generic", "pm-generic:"):
            assert raw not in text, raw


def test_two_ladders_without_tracks_name_no_track(capsys: pytest.CaptureFixture[str]) -> None:
    _, en, _ = _run(capsys, "compare", "pm-generic", "b2b-business", "--lang", "en", "--format", "markdown")
    assert "## Level alignment\n" in en and "## Content cross-check (advisory)\n" in en
    _, zh, _ = _run(capsys, "compare", "pm-generic", "--from", "junior", "--to", "senior", "--lang", "zh")
    assert "主线" not in zh and "main" not in zh
    _, side, _ = _run(capsys, "compare", "pm-generic", "b2b-business", "-c", "analysis", "--lang", "en")
    assert "Main track" not in side and "A ↔ B" not in side


def test_the_terms_of_compare_are_explained_in_one_legend_line(capsys: pytest.CaptureFixture[str]) -> None:
    _, en, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--lang", "en", "--format", "markdown")
    assert (
        "\nTerms: band = the shared 1–7 seniority scale · declared / derived = the bands overlap / the nearest "
        "bands · round trip = A → B → back to A (✓ returns to the start) · A broader / A narrower = A's competency "
        "covers more / part of B's (exact, close, related = the same, nearly the same, only linked)\n"
    ) in en
    _, zh, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--lang", "zh", "--format", "markdown")
    assert (
        "\n术语：段位 = 共用的 1–7 级刻度 · 声明 / 推导 = 段位重叠 / 不重叠时取最近的段位 · 往返 = A → B → 再回到 A"
        "（✓ 回到起点）· A 更宽 / A 更窄 = A 的能力涵盖 B 的更多 / 一部分（完全对应、相近、相关 = 相同、几乎相同、"
        "仅有关联）\n"
    ) in zh
    _, diff, _ = _run(capsys, "compare", "pm-generic", "--from", "junior", "--to", "senior", "-f", "markdown")
    assert "Terms: new = not required before · raised = a higher expectation · carried = the same" in diff


def test_the_comparison_json_names_the_taxonomy_ids_it_goes_through(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "compare", "b2b-healthcare", "pm-generic", "--format", "json")
    walk = Comparison.model_validate_json(out).crosswalk
    via = {canonical for pair in walk.pairs for canonical in pair.via}
    assert set(walk.names) == via
    assert walk.names["critical-thinking"].get("zh") == "逻辑与批判性思维"
