"""`pmladder compare`: exit codes, messages, golden renders (width 100, no colour, zh and en) and JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from compare_fixtures import ALPHA, BETA, alpha, beta, check_golden

from pmladder import compare, scoring
from pmladder.cli import main
from pmladder.loader import load_taxonomy
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment
from pmladder.model.comparison import Comparison, LevelDiff, SideBySide, Translation

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
    result = scoring.assess(
        ladder, answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC)
    )
    path = tmp_path / "result.json"
    path.write_text(result.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    return path


# ---- golden renders ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_comparison(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, err = _run(capsys, "compare", A, B, "--lang", lang)
    assert (code, err) == (0, "")
    check_golden(f"compare/alpha-beta.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_comparison_markdown(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, B, "--format", "markdown", "--lang", lang)
    assert code == 0
    check_golden(f"compare/alpha-beta.{lang}.md", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_side_by_side(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, B, "--competency", "analysis", "--lang", lang)
    assert code == 0
    check_golden(f"compare/alpha-beta-analysis.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_level_diff(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = _run(capsys, "compare", A, "--from", "junior", "--to", "mid", "--lang", lang)
    assert code == 0
    check_golden(f"compare/alpha-junior-mid.{lang}.txt", out)


def test_golden_level_diff_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "compare", A, "--from", "lead", "--to", "director", "--format", "markdown")
    assert code == 0
    check_golden("compare/alpha-lead-director.en.md", out)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_golden_translation(capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str) -> None:
    result = _result_file(tmp_path)
    code, out, _ = _run(capsys, "compare", A, B, "--result", str(result), "--lang", lang)
    assert code == 0
    check_golden(f"compare/alpha-beta-result.{lang}.txt", out)


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
    assert SideBySide.model_validate_json(out) == compare.side_by_side(
        alpha(), beta(), "design", "senior", "en"
    )


def test_level_diff_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "compare", A, "--from", "Junior", "--to", "高级", "--format", "JSON")
    assert LevelDiff.model_validate_json(out) == compare.level_diff(alpha(), "junior", "senior", "en")


def test_the_result_range_spans_the_aligned_levels(tmp_path: Path) -> None:
    assessment = Assessment.model_validate_json(_result_file(tmp_path).read_text(encoding="utf-8"))
    primary = assessment.primary()
    assert (primary.strict, primary.level, primary.lenient) == ("senior", "senior", "lead")
    (placement,) = compare.translate_result(assessment, alpha(), beta(), "en").placements
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
    assert Translation.model_validate_json(out) == compare.translate_result(assessment, alpha(), beta(), "en")


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
            "unknown level 'cto' in alpha; levels: junior, mid, senior, lead, director, architect",
        ),
        (
            ["compare", A, "--from", "mid", "--to", "junior"],
            2,
            "in alpha, mid does not come before junior: --from must be a lower level on the same track",
        ),
        (
            ["compare", A, B, "--competency", "x", "--lang", "zh"],
            2,
            "alpha 与 beta 中都没有能力 'x'，它也不是分类表中的能力；"
            "alpha 的能力：analysis, design, mentoring, process；beta 的能力：requirements, ux, people, gtm",
        ),
        (
            ["compare", A, B, "--competency", "analysis", "--level", "owner"],
            2,
            "unknown level 'owner' in alpha; levels: junior, mid, senior, lead, director, architect",
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
        "pmladder: the result was assessed on ladder alpha, not beta: "
        "use pmladder compare alpha beta --result\n"
    )


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
    assert "Order preserved: no; round trip alpha → beta → alpha: 4 of 5 levels return to the start." in text
    assert "| 中级 (2) | 负责人 (2–3) | ✗ 回到 高级 |" in comparison_markdown(changed, "zh")
