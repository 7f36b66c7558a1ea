"""`pmladder assess` end to end through pmladder.cli.main: answers files, output, errors, exit codes."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from fake_stdin import FakeStdin

from pmladder import storage
from pmladder.cli import main
from pmladder.io import ladder_files, ladders

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "answers"
FIXTURE = "tests/answers/ladder.yaml"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths in messages are the ones given on the command line."""
    monkeypatch.chdir(ROOT)


def _saved() -> list[Path]:
    return storage.list_assessments()


# ---- the non-interactive path -------------------------------------------------------------------------


def test_an_answers_file_gives_a_text_report_and_is_saved(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", FIXTURE, "--answers", "tests/answers/valid.yaml", "--lang", "en"]) == 0
    captured = capsys.readouterr()
    assert "Self-assessment result" in captured.out
    assert "Mid-level PM" in captured.out
    [saved] = _saved()
    assert captured.err == f"saved the assessment to {saved}\n"
    result = storage.load_assessment(saved)
    assert result.ladder == "answers-fixture"
    assert result.ladder_sha256 == hashlib.sha256((ANSWERS / "ladder.yaml").read_bytes()).hexdigest()
    assert result.answers.ratings["analysis.mid.2"] == 3
    assert result.primary().level == "mid"


def test_json_output_parses_and_matches_the_answers(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["assess", FIXTURE, "--answers", "tests/answers/valid.json", "--format", "json", "--no-save"])
        == 0
    )
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["schema"] == "pmladder/assessment@1"
    assert data["ladder"] == "answers-fixture"
    assert (
        data["answers"]["evidence"]["analysis.mid.1"]
        == "Traced the export complaints to a missing bulk filter."
    )
    assert data["primary_track"] == "ic"
    assert captured.err == ""
    assert _saved() == []


def test_markdown_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-f", "markdown", "--no-save"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("#")
    assert "Mid-level PM" in out


def test_output_to_a_json_file_infers_the_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "result.json"
    assert main(["assess", FIXTURE, "--answers", "tests/answers/valid.yaml", "--output", str(target)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    [saved] = _saved()
    assert captured.err == f"wrote the report to {target}\nsaved the assessment to {saved}\n"
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["ladder"] == "answers-fixture"
    assert data == json.loads(saved.read_text(encoding="utf-8"))


def test_output_as_text_and_markdown_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text_file, md_file = tmp_path / "result.txt", tmp_path / "result.md"
    assert main(["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-o", str(text_file), "--no-save"]) == 0
    assert main(["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-o", str(md_file), "--no-save"]) == 0
    capsys.readouterr()
    text = text_file.read_text(encoding="utf-8")
    assert "Self-assessment result" in text and "\x1b[" not in text
    assert md_file.read_text(encoding="utf-8").startswith("#")


def test_answers_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin((ANSWERS / "valid.json").read_bytes()))
    assert main(["assess", FIXTURE, "--answers", "-", "--format", "json", "--no-save"]) == 0
    assert json.loads(capsys.readouterr().out)["answers"]["choices"] == {"analysis.q1": "ask"}


def test_the_ladder_comes_from_the_answers_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ladder = ladders.ladder_named("b2b-healthcare")
    first = next(iter(ladder.indicators()))
    answers = tmp_path / "answers.yaml"
    answers.write_text(f"ladder: b2b-healthcare\nratings:\n  {first}: 2\n", encoding="utf-8")
    assert main(["assess", "--answers", str(answers), "--format", "json", "--no-save"]) == 0
    assert json.loads(capsys.readouterr().out)["ladder"] == "b2b-healthcare"


def test_a_user_ladder_in_the_data_folder_is_found_by_id(
    pmladder_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pmladder_home / "ladders").mkdir()
    shutil.copy(ANSWERS / "ladder.yaml", pmladder_home / "ladders" / "answers-fixture.yaml")
    assert main(["assess", "--answers", "tests/answers/valid.yaml", "-f", "json", "--no-save"]) == 0
    assert json.loads(capsys.readouterr().out)["ladder"] == "answers-fixture"


def test_options_override_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["assess", FIXTURE, "-a", "tests/answers/valid.yaml", "-f", "json", "--no-save"]
    assert main([*args, "--track", "management", "--target", "lead", "--level-hint", "junior"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["answers"]["track"], data["answers"]["target"], data["answers"]["level_hint"]) == (
        "management",
        "lead",
        "junior",
    )
    assert data["plan"]["target"] == "lead"


# ---- errors: one line, file:line:col, exit codes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line"),
    [
        (
            "unknown-indicator.yaml",
            "tests/answers/unknown-indicator.yaml:4:3: error answers-unknown-indicator unknown indicator "
            "'analysis.mid.9' (not in ladder 'answers-fixture') (ratings.analysis.mid.9)",
        ),
        (
            "rating-4.yaml",
            "tests/answers/rating-4.yaml:3:19: error schema-value must be 0, 1, 2, 3 or 'na' (got 4) "
            "(ratings.analysis.mid.1)",
        ),
        (
            "rating-x.yaml",
            "tests/answers/rating-x.yaml:3:19: error schema-value must be 0, 1, 2, 3 or 'na' (got 'x') "
            "(ratings.analysis.mid.1)",
        ),
        (
            "missing-ladder.yaml",
            "tests/answers/missing-ladder.yaml:1:1: error schema-missing required field 'ladder' is "
            "missing (ladder)",
        ),
        ("empty.yaml", "tests/answers/empty.yaml:1:1: error empty the document is empty"),
        (
            "syntax.json",
            "tests/answers/syntax.json:3:51: error yaml-syntax while parsing a flow mapping: did not "
            "find expected "
            "',' or '}'",
        ),
        (
            "problems.yaml",
            "tests/answers/problems.yaml:4:9: error answers-level-off-track level 'lead' in target "
            "is not on track "
            "'ic'; its levels: junior (Junior PM), mid (Mid-level PM), senior (Senior PM) (target) "
            "(and 10 more errors)",
        ),
    ],
)
def test_a_bad_answers_file_is_one_line_and_exit_1(
    name: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", FIXTURE, "--answers", f"tests/answers/{name}"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"pmladder: {line}\n"
    assert captured.out == ""
    assert _saved() == []


def test_answers_for_another_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "pmm", "--answers", "tests/answers/valid.yaml", "--lang", "zh"]) == 1
    assert capsys.readouterr().err == (
        "pmladder: tests/answers/valid.yaml:3:9: error answers-ladder-mismatch 答案属于职级体系 "
        "'answers-fixture'，"
        "而不是 'pmm' (ladder)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--target", "cto"],
            "--target 'cto' is not a level of Test ladder; levels: junior (Junior PM), mid (Mid-level PM), "
            "senior (Senior PM), lead (Product lead)",
        ),
        (
            ["--level-hint", "boss"],
            "--level-hint 'boss' is not a level of Test ladder; levels: junior (Junior PM), mid (Mid-level PM), "
            "senior (Senior PM), lead (Product lead)",
        ),
        (
            ["--track", "design"],
            "--track 'design' is not a track of Test ladder; tracks: ic, management",
        ),
        (
            ["--track", "ic", "--target", "lead"],
            "--target 'lead' (Product lead) is not on track ic; its levels: junior (Junior PM), mid (Mid-level PM), "
            "senior (Senior PM)",
        ),
        (["--format", "html"], "--format must be one of text|json|markdown, not 'html'"),
        (["--resume"], "--answers and --resume cannot be used together"),
        (["--lang", "fr"], "--lang must be zh or en, not 'fr'"),
    ],
)
def test_bad_options_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", FIXTURE, "--answers", "tests/answers/valid.yaml", *args]) == 2
    assert capsys.readouterr().err == f"pmladder: {message}\n"


def test_a_missing_answers_file_or_ladder_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", FIXTURE, "--answers", "nope.yaml"]) == 2
    assert capsys.readouterr().err == "pmladder: nope.yaml: no such file\n"
    assert main(["assess", "no-such-ladder", "--answers", "tests/answers/valid.yaml"]) == 2
    assert capsys.readouterr().err.startswith("pmladder: unknown ladder 'no-such-ladder'; bundled ladders: ")


# (--resume without a terminal first says whether there is anything to resume: test_assess_qa.py)
@pytest.mark.parametrize("extra", [[], [FIXTURE]])
def test_no_tty_without_answers_names_answers(
    extra: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b"2\n"))
    assert main(["assess", *extra, "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: stdin is not a terminal, so questions cannot be asked; give an answers file with "
        "--answers FILE "
        "(or --answers - to read it from stdin)\n"
    )


def test_no_tty_message_in_chinese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b""))
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["assess"]) == 2
    assert "--answers FILE" in capsys.readouterr().err


def test_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "--help"]) == 0
    out = capsys.readouterr().out
    assert "Examples / 示例:" in out
    assert "  pmladder assess --resume" in out
    for option in ("--answers", "--resume", "--format", "--output", "--target", "--level-hint", "--track"):
        assert option in out


# ---- the interactive path, in process (the real terminal is in test_pty.py) --------------------------------


def test_resume_without_a_session_exits_2(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b"", tty=True))
    assert main(["assess", "--resume", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        f"pmladder: no unfinished assessment to resume (looked in {pmladder_home / 'sessions'}); "
        "start one with: pmladder assess\n"
    )


def test_interactive_run_stop_and_resume_in_process(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    session_file = pmladder_home / "sessions" / "answers-fixture.json"
    # level picker: 2 (mid); rate mid.1 3, then quit in the middle of the mid cell
    monkeypatch.setattr("sys.stdin", FakeStdin(b"2\n3\nq\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    captured = capsys.readouterr()
    assert captured.err == (
        f"pmladder: progress saved (1 answer) to {session_file}; continue with: pmladder assess --resume\n"
    )
    saved = json.loads(session_file.read_text(encoding="utf-8"))
    assert saved["answers"]["ratings"] == {"analysis.mid.1": 3}
    assert saved["answers"]["evidence"] == {}
    assert saved["answers"]["level_hint"] == "mid"
    assert saved["history"] == ["indicator:analysis.mid.1"]
    assert _saved() == []

    # resume mid-cell: mid.2 = 2, then the cell's one example (filed under mid.1), senior = 0, option 2,
    # contra 0, skip delivery
    monkeypatch.setattr("sys.stdin", FakeStdin(b"2\nWrote the root-cause memo\n0\n2\n0\ns\n", tty=True))
    assert main(["assess", "--resume"]) == 0
    captured = capsys.readouterr()
    assert "Resuming your assessment of Test ladder where you stopped: 1 answer so far." in captured.out
    assert "other unfinished" not in captured.out  # there is no other one
    assert captured.out.count("Example > ") == 1
    assert "Mid-level PM: Analyses requirements alone." in captured.out
    assert "Self-assessment result" in captured.out
    assert not session_file.exists()
    [result_file] = _saved()
    assert captured.err == f"saved the assessment to {result_file}\n"
    result = storage.load_assessment(result_file)
    assert result.answers.ratings == {"analysis.mid.1": 3, "analysis.mid.2": 2, "analysis.senior.1": 0}
    assert result.answers.evidence == {"analysis.mid.1": "Wrote the root-cause memo"}
    assert result.answers.skipped == ["delivery"]
    # the one example verifies both ratings of the cell
    analysis = result.primary().competency("analysis")
    assert analysis is not None and analysis.unverified == [] and analysis.floor == "mid"


def test_resume_cannot_change_the_route(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b"", tty=True))
    assert main(["assess", "--resume", "--level-hint", "mid", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: --level-hint cannot change when resuming (it changes which questions are asked); "
        "run again without --level-hint, or start a new assessment\n"
    )


def test_an_unfinished_session_is_offered_when_starting_again(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b"1\n2\nq\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    capsys.readouterr()
    # starting again: Enter continues the saved session (junior.1 = 2 kept), r would start over
    monkeypatch.setattr("sys.stdin", FakeStdin(b"\n2\nq\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en"]) == 130
    out = capsys.readouterr().out
    assert "There is an unfinished assessment of Test ladder (1 answer, saved " in out
    saved = json.loads((pmladder_home / "sessions" / "answers-fixture.json").read_text(encoding="utf-8"))
    assert saved["answers"]["ratings"] == {"analysis.junior.1": 2, "analysis.junior.2": 2}


def test_the_ladder_picker(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (pmladder_home / "ladders").mkdir()
    shutil.copy(ANSWERS / "ladder.yaml", pmladder_home / "ladders" / "answers-fixture.yaml")
    bundled = [p.stem for p in ladder_files.bundled_ladder_files()]
    pick = str(len(bundled) + 1).encode()
    monkeypatch.setattr("sys.stdin", FakeStdin(pick + b"\n\nq\n", tty=True))
    assert main(["assess", "--lang", "en"]) == 130
    captured = capsys.readouterr()
    assert "Choose a ladder:" in captured.out
    assert (
        f"  {len(bundled) + 1}) Test ladder  {pmladder_home / 'ladders' / 'answers-fixture.yaml'}"
        in captured.out
    )
    assert "B2B healthcare" in captured.out
    assert "Competency 1/2" in captured.out  # the test ladder's first track has two competencies
    assert captured.err == "pmladder: stopped before the first answer; nothing to save\n"


def test_resume_a_named_ladder(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", FakeStdin(b"1\n0\nq\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    monkeypatch.setattr("sys.stdin", FakeStdin(b"q\n", tty=True))
    assert main(["assess", "pmm", "--resume"]) == 2
    assert "no unfinished assessment of 'pmm' to resume" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", FakeStdin(b"0\n1\n0\ns\n", tty=True))
    assert main(["assess", FIXTURE, "--resume", "--no-save"]) == 0
    captured = capsys.readouterr()
    assert "Resuming your assessment of Test ladder where you stopped: 1 answer so far." in captured.out
    assert captured.err == ""
    assert not (pmladder_home / "sessions" / "answers-fixture.json").exists()
    assert _saved() == []


def test_an_unfinished_session_with_an_out_of_range_time_is_offered_as_written(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a hand-edited "updated" that cannot be shown in local time: no OverflowError traceback
    monkeypatch.setattr("sys.stdin", FakeStdin(b"1\n2\nq\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    capsys.readouterr()
    path = pmladder_home / "sessions" / "answers-fixture.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    saved["updated"] = "0001-01-01T00:00:00+14:00"
    path.write_text(json.dumps(saved), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", FakeStdin(b"q\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en"]) == 130
    assert "(1 answer, saved 0001-01-01T00:00:00+14:00)" in capsys.readouterr().out
