"""`pmladder scorecard`: the template list, --init, a worked example scored (golden renders, JSON), bad input."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from scorecard_support import FIXTURES, template_path

from pmladder.cli import main

if TYPE_CHECKING:
    from conftest import Golden

CASE_1 = FIXTURES / "case1-after.yaml"
MINI = FIXTURES / "mini.yaml"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command's exit code, stdout and stderr; a scored period is not kept (tests/test_scorecard_saved.py)."""
    keep = "--values" not in args and "-v" not in args
    code = main(["scorecard", *args, *([] if keep else ["--no-save"])])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _values(tmp_path: Path, old: str, new: str) -> Path:
    """The worked example's values with one line changed."""
    text = CASE_1.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "values.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


# ---- the worked example of docs/scorecard.md (case 1 after the change) ---------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_worked_example_as_text(capsys: pytest.CaptureFixture[str], golden: Golden, lang: str) -> None:
    code, out, err = _run(capsys, "industrial-value", "--values", str(CASE_1), "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"scorecard/case1-after.{lang}.txt", out)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_worked_example_as_markdown(capsys: pytest.CaptureFixture[str], golden: Golden, lang: str) -> None:
    code, out, err = _run(capsys, "industrial-value", "--values", str(CASE_1), "--lang", lang, "--format", "markdown")
    assert (code, err) == (0, "")
    golden(f"scorecard/case1-after.{lang}.md", out)


def test_the_docs_show_the_worked_example_as_the_command_prints_it() -> None:
    docs = (Path(__file__).resolve().parent.parent / "docs" / "scorecard.md").read_text(encoding="utf-8")
    shown = (Path(__file__).parent / "golden" / "scorecard" / "case1-after.en.txt").read_text(encoding="utf-8")
    assert f"$ pmladder scorecard industrial-value --values case1-after.yaml\n{shown}```" in docs


def test_worked_example_as_json_has_the_documented_score_and_outcome(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, _ = _run(capsys, "industrial-value", "--values", str(CASE_1), "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert result["schema"] == "pmladder/scorecard-result@1"
    assert result["total"] == pytest.approx(103.35, abs=0.005)
    rules = {o["id"]: o for o in result["incentives"]}
    assert (rules["performance-bonus"]["status"], rules["performance-bonus"]["amount"]) == ("earned", 20000)
    assert rules["performance-bonus"]["reasons"] == [
        {"code": "scorecard.outcome.band", "params": {"score": pytest.approx(103.3529, abs=1e-4), "multiplier": 1.0}}
    ]
    assert rules["usage-deduction"]["status"] == "not-applied"
    dividend = rules["project-dividend"]
    assert (dividend["amount"], dividend["amount_to"]) == (50000, 80000)
    assert result["pay_multiplier"] == 1.0
    assert [lever["kpi"] for lever in result["levers"]] == ["satisfaction", "new-scenarios", "defect-rate"]


def test_base_pay_on_the_command_line_wins_over_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, _ = _run(capsys, "industrial-value", "-v", str(CASE_1), "--base-pay", "30000", "-f", "json")
    assert code == 0
    bonus = json.loads(out)["incentives"][0]
    assert bonus["amount"] == 30000


def test_usage_missed_takes_20_percent_off_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    values = _values(tmp_path, "core-usage: 60", "core-usage: 54")
    code, out, _ = _run(capsys, "industrial-value", "--values", str(values))
    assert code == 0
    assert "Total: 102.60" in out
    assert "Bonuses in all: 0.8 × base pay = 16,000 CNY" in out
    assert "Deduction when core-feature usage is not met: applied, 20 %; not met: Core-feature usage rate" in out


def test_the_result_says_it_is_guidance_not_payroll(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "industrial-value", "--values", str(CASE_1), "--lang", "zh", "-f", "markdown")
    assert out.rstrip().endswith("*本结果仅供沟通参考，不是薪酬核算：每个数字都给出了计算依据。*")


# ---- the list and --init -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_list_shows_the_bundled_templates(capsys: pytest.CaptureFixture[str], golden: Golden, lang: str) -> None:
    code, out, err = _run(capsys, "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"scorecard/list.{lang}.txt", out)


def test_the_list_shows_the_users_own(capsys: pytest.CaptureFixture[str], pmladder_home: Path) -> None:
    import json

    own = pmladder_home / "scorecards"
    own.mkdir()
    (own / "mini.yaml").write_bytes(MINI.read_bytes())
    (own / "broken.yaml").write_text("schema: pmladder/scorecard@1\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--format", "json")
    assert code == 0
    found = {entry["id"]: entry for entry in json.loads(out)["templates"]}
    assert list(found) == ["industrial-value", "lifecycle-stages", "team-and-individual", "broken", "mini"]
    assert found["mini"]["name"] == {"zh": "小考核表", "en": "Mini scorecard"}
    assert (found["mini"]["bundled"], found["broken"]["name"]) == (False, None)
    assert found["industrial-value"]["path"] == "scorecards/industrial-value.yaml"


def test_a_users_own_template_is_scored_by_its_id(capsys: pytest.CaptureFixture[str], pmladder_home: Path) -> None:
    (pmladder_home / "scorecards").mkdir()
    (pmladder_home / "scorecards" / "mine.yaml").write_bytes(template_path("industrial-value").read_bytes())
    code, out, _ = _run(capsys, "mine", "--values", str(CASE_1))
    assert code == 0
    assert "Total: 103.35" in out


def test_init_prints_the_bundled_file_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--init", "lifecycle-stages")
    assert code == 0
    assert out == template_path("lifecycle-stages").read_text(encoding="utf-8")


# ---- bad input: one line, the right exit code ------------------------------------------------------

ALONE = "--values, --stage, --period, --base-pay, --with-assessment, --restart and --no-save"
BAD_USAGE = [
    (["nope", "--values", str(CASE_1)],
     "unknown scorecard template 'nope'; choose one of: industrial-value, lifecycle-stages, team-and-individual"),
    (["industrial-value"],
     "stdin is not a terminal, so the values cannot be asked; give them with --values FILE (see docs/scorecard.md)"),
    (["industrial-value", "--lang", "zh"],
     "标准输入不是终端，无法逐项提问；请用 --values FILE 提供数值（见 docs/scorecard.md）"),
    (["industrial-value", "--values", str(CASE_1), "--restart"],
     "--restart discards an unfinished period that was being asked; it does not go with --values"),
    (["industrial-value", "--values", str(CASE_1), "--period", "2026 H2"],
     "--period '2026 H2': give a short label of letters, digits, '.', '_' or '-' (such as 2026-H2)"),
    (["--period", "2026-H2"], f"{ALONE} need a TEMPLATE"),
    (["--values", str(CASE_1)], f"{ALONE} need a TEMPLATE"),
    (["--init", "industrial-value", "--format", "json"], "--init takes no other option"),
    (["--init", "industrial-value", "--lang", "zh", "--stage", "x"], "--init 不能与其他选项同用"),
    (["industrial-value", "--values", str(CASE_1), "--stage", "growth"], "--stage: industrial-value has no stages"),
    (["lifecycle-stages", "--values", str(CASE_1), "--stage", "old"],
     "--stage 'old': lifecycle-stages has the stages startup, growth, mature"),
    (["industrial-value", "--values", str(CASE_1), "--base-pay", "-5"],
     "--base-pay -5: give an amount of zero or more"),
    (["industrial-value", "--values", "missing.yaml"], "missing.yaml: no such file"),
]


@pytest.mark.parametrize(("args", "line"), BAD_USAGE)
def test_usage_errors_are_one_line_exit_2(capsys: pytest.CaptureFixture[str], args: list[str], line: str) -> None:
    code, out, err = _run(capsys, *args)
    assert (code, out, err) == (2, "", f"pmladder: {line}\n")


def test_values_for_another_scorecard_are_refused_with_their_place(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "lifecycle-stages", "--values", str(CASE_1))
    assert (code, out) == (1, "")
    words = "these values are for scorecard 'industrial-value', not 'lifecycle-stages'"
    assert err == f"pmladder: {CASE_1}:3:12: {words}\n"


@pytest.mark.parametrize(
    ("old", "new", "lang", "line"),
    [
        ("renewal: 88%", "renewal: lots", "en", "7:12: 'lots' is not a number"),
        ("  renewal: 88%\n", "", "zh", "6:1: 缺少 renewal 的数值：请填写数值，或写 na 并说明不适用的原因"),
        ("  renewal: 88%\n", "  renewal: 88%\n  nps: 3\n", "en", "8:3: unknown KPI 'nps'"),
    ],
)
def test_bad_values_are_one_line_with_their_place_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, old: str, new: str, lang: str, line: str
) -> None:
    values = _values(tmp_path, old, new)
    code, out, err = _run(capsys, "industrial-value", "--values", str(values), "--lang", lang)
    assert (code, out) == (1, "")
    assert err.startswith(f"pmladder: {values}:{line}")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_broken_template_is_refused_with_its_first_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = template_path("industrial-value").read_text(encoding="utf-8")
    broken.write_text(text.replace("weight: 5\n", "weight: 6\n", 1), encoding="utf-8")
    code, out, err = _run(capsys, str(broken), "--values", str(CASE_1))
    assert (code, out) == (1, "")
    assert err.startswith(f"pmladder: {broken}:") and "scorecard.weights-sum" in err
    assert err.count("\n") == 1
