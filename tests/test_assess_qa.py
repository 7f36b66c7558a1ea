"""`pmladder assess` regressions from exploratory QA: redirected output, late target errors, --output
checks, translated answers-file errors, the continue prompt, plurals and the narrow competency table."""

from __future__ import annotations

import errno
import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_stdin import FakeStdin, terminal
from rich.console import Console

from pmladder import assess as use_case
from pmladder import storage
from pmladder.cli import main
from pmladder.i18n import error_text
from pmladder.io import ladder_files, ladders, models
from pmladder.model.answers import Answers
from pmladder.render import assessment as render

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/answers/ladder.yaml"
#: level picker: mid; mid.1 = 3, mid.2 = 2, the mid example, senior = 0, option 2, contra 0, skip delivery
COMPLETE_RUN = b"2\n3\n2\nWrote the root-cause memo\n0\n2\n0\ns\n"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def test_questions_go_to_stderr_when_only_stdout_is_redirected(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`pmladder assess LADDER --format json > result.json`: questions on the terminal, JSON in the file."""
    monkeypatch.setattr("sys.stdin", terminal(COMPLETE_RUN))
    monkeypatch.setattr("pmladder.cli.prompting.interview.is_tty", lambda stream: stream is sys.stderr)
    args = ["assess", FIXTURE, "--lang", "en", "--track", "ic", "--format", "json", "--no-save"]
    assert main(args) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)  # nothing but the report on stdout
    assert data["answers"]["ratings"] == {"analysis.mid.1": 3, "analysis.mid.2": 2, "analysis.senior.1": 0}
    assert "Rating 0-3 / n > " in captured.err
    assert "Example > " in captured.err


def test_a_text_report_goes_to_stdout_when_the_questions_are_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", terminal(COMPLETE_RUN))
    monkeypatch.setattr("pmladder.cli.prompting.interview.is_tty", lambda stream: stream is sys.stderr)
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert captured.out.lstrip().startswith("╭") and "Self-assessment result" in captured.out
    assert "Rating 0-3 / n > " not in captured.out
    assert "Self-assessment result" not in captured.err


def test_a_target_below_the_estimate_does_not_cost_an_interactive_run(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", terminal(COMPLETE_RUN))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic", "--target", "junior"]) == 0
    captured = capsys.readouterr()
    assert "Self-assessment result" in captured.out
    [saved] = storage.list_assessments()
    assert captured.err == (
        "the target, Junior PM, is not above the current estimate (Mid-level PM, track ic): pick a higher level: "
        "senior (Senior PM) (this report plans toward the default target instead)\n"
        f"saved the assessment to {saved}\n"
    )
    assert storage.load_assessment(saved).plan.target == "senior"
    assert not (pmladder_home / "sessions" / "answers-fixture.json").exists()


def test_a_target_below_the_estimate_in_an_answers_file_names_the_higher_levels(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "--target", "junior", "--no-save"]
    assert main([*args, "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: the target, Junior PM, is not above the current estimate (Mid-level PM, track ic): "
        "pick a higher level: senior (Senior PM)\n"
    )
    assert main([*args, "--lang", "zh"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: 目标级别“初级产品经理”不高于当前估计（中级产品经理，ic 路径）："
        "请选择更高的级别：senior（高级产品经理）\n"
    )


def test_a_target_at_the_top_says_to_leave_it_out() -> None:
    ladder = ladder_files.load_ladder_file(ROOT / FIXTURE).value
    assert ladder is not None
    ratings = {
        "analysis.junior.1": 2,
        "analysis.junior.2": 2,
        "analysis.mid.1": 2,
        "analysis.mid.2": 2,
        "analysis.senior.1": 2,
        "delivery.junior.1": 2,
        "delivery.senior.1": 2,
        "delivery.senior.2": 2,
    }
    evidence = {"analysis.mid.1": "x", "analysis.senior.1": "x", "delivery.senior.1": "x"}
    answers = Answers(ladder=ladder.id, track="ic", target="senior", ratings=ratings, evidence=evidence)
    from pmladder.plan import TargetNotAbove

    with pytest.raises(TargetNotAbove) as err:
        use_case.assess(ladder, answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))
    assert error_text(err.value) == (
        "the target, Senior PM, is not above the current estimate (Senior PM, track ic), the top of that track: "
        "leave the target out"
    )


def test_answers_file_schema_errors_follow_lang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "a.yaml"
    bad.write_text("ladder: answers-fixture\nratings:\n  analysis.mid.1: 2\nrating: {}\n", encoding="utf-8")
    assert main(["assess", FIXTURE, "--answers", str(bad), "--lang", "zh", "--no-save"]) == 1
    assert capsys.readouterr().err == f"pmladder: {bad}:4:1: error schema-unknown-field 未知字段 'rating' (rating)\n"


@pytest.mark.parametrize("keys", [b"", b"q\n"])
def test_stopping_at_the_continue_prompt_says_the_session_is_kept(
    keys: bytes, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", terminal(b"1\n2\nq\n"))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", terminal(keys))
    assert main(["assess", FIXTURE, "--lang", "en"]) == 130
    assert capsys.readouterr().err == (
        "pmladder: stopped; the unfinished assessment is still saved; continue with: pmladder assess --resume\n"
    )
    assert (pmladder_home / "sessions" / "answers-fixture.json").is_file()


def test_the_continue_prompt_shows_a_local_time_and_plurals(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", terminal(b"1\n2\n2\nq\n"))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    assert "progress saved (2 answers) to " in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", terminal(b"q\n"))
    assert main(["assess", FIXTURE, "--lang", "en"]) == 130
    out = capsys.readouterr().out
    assert "There is an unfinished assessment of Test ladder (2 answers, saved " in out
    assert "+00:00" not in out and "T" not in out.split("saved ")[1][:16]


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("tests", "it is a folder; give a file name"),
        ("no-such-folder/result.md", "the folder no-such-folder does not exist"),
    ],
)
def test_an_output_that_cannot_be_written_stops_before_any_question(
    output: str, reason: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", terminal(COMPLETE_RUN))
    assert main(["assess", FIXTURE, "--lang", "en", "--output", output]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"pmladder: cannot write {output}: {reason}\n"
    assert captured.out == ""


def test_an_output_folder_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-o", "tests", "--lang", "zh", "--no-save"]
    assert main(args) == 2
    assert capsys.readouterr().err == "pmladder: 无法写入 tests：这是一个文件夹，请给出文件名\n"


def test_a_permission_error_on_output_is_translated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(target: Path, text: str) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("pmladder.files._write_exclusive", refuse)
    target = tmp_path / "r.md"
    args = ["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-o", str(target), "--lang", "zh", "--no-save"]
    assert main(args) == 74  # the command line was right: a write failure, not a usage error
    assert capsys.readouterr().err == f"pmladder: 无法写入 {target}：没有写入权限\n"


def _table_text(persona: str, width: int, lang: str = "en") -> str:
    ladder_id = persona.split("/")[0]
    ladder = ladders.ladder_named(ladder_id)
    raw = (ROOT / "tests" / "personas" / f"{persona}.yaml").read_bytes()
    answers = models.require(models.load_model(Answers, raw, persona))

    result = use_case.assess(ladder, answers, ladder_sha256="0" * 64, created=datetime(2025, 1, 31, tzinfo=UTC))
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(
        render.report(result, ladder, lang)  # type: ignore[arg-type]
    )
    text = buffer.getvalue()
    return text[text.index("Competencies (") if lang == "en" else text.index("各能力（") :]


def test_the_competency_table_at_80_columns_breaks_no_word() -> None:
    table = _table_text("b2b-healthcare/blocker", 80)
    header = table.splitlines()[3]
    assert header.split() == ["Competency", "Floor", "target", "level"]  # "Against" / "Next" above
    assert "Product expert" in table  # a level name fits on one line
    assert "Prototyping and" in table and "Prototypin\n" not in table
    assert "Flags" not in table  # no competency has a flag


def test_the_competencies_at_60_columns_are_one_block_each() -> None:
    lines = [line.rstrip() for line in _table_text("b2b-healthcare/blocker", 60).splitlines()]
    at = lines.index("Prototyping and specs")
    # every requirement met up to the top, its own ones ending at manager: said in words (issue 9)
    assert lines[at + 1 : at + 5] == [
        "  Floor           meets all this ladder asks of it, up to",
        "                  Product manager",
        "  Against target  ██████",
        "  Next level      —",
    ]
    assert "Flags" not in "\n".join(lines)  # no competency has a flag


@pytest.mark.parametrize(("lang", "width", "tail"), [("en", 80, "4 answered")])
def test_the_question_header_keeps_the_count_with_its_word(lang: str, width: int, tail: str) -> None:
    """(Chinese may break between any two characters, so only English is checked.)"""
    from pmladder.cli.prompting import Prompter

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    prompter = Prompter(console, io.StringIO(), lang)  # type: ignore[arg-type]
    name, group = ("Market and user research", "Product craft") if lang == "en" else ("市场与用户调研", "产品专业能力")
    prompter.say("header", index=1, total=15, bar="[------------]", name=name, group=group, answered=4)
    assert any(tail in line for line in buffer.getvalue().splitlines())


def test_output_dash_is_standard_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-o", "-", "-f", "json", "--no-save"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["ladder"] == "answers-fixture"
    assert captured.err == ""
    assert not (ROOT / "-").exists()


def test_resume_without_a_terminal_first_says_there_is_nothing_to_resume(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b""))
    assert main(["assess", "--resume", "--lang", "en"]) == 2
    folder = pmladder_home / "sessions"
    assert capsys.readouterr().err == (
        f"pmladder: no unfinished assessment to resume (looked in {folder}); start one with: pmladder assess\n"
    )


def test_one_competency_is_not_competencies() -> None:
    from pmladder.model.assessment import Reason

    names = render._Names(ladders.ladder_named("pm-generic"), "en")
    one = Reason(code="unobserved", values={"count": 1, "competencies": "innovation"})
    two = Reason(code="unobserved", values={"count": 2, "competencies": "innovation, data"})
    assert render.reason_text(one, names) == "nothing rated for 1 competency: Product innovation"
    assert render.reason_text(two, names) == "nothing rated for 2 competencies: Product innovation, Data analysis"
