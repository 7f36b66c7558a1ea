"""assess --about NAME --as manager|peer: the "about NAME" frame, sessions kept apart, who rated whom recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_stdin import terminal

from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/answers/ladder.yaml"
SENIOR = "tests/personas/pm-generic/senior.yaml"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "1000")  # one message, one line


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def typed(monkeypatch: pytest.MonkeyPatch, keys: bytes) -> None:
    monkeypatch.setattr("sys.stdin", terminal(keys))


def test_an_answers_file_rated_by_a_peer_records_who_rated_whom(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "assess", "pm-generic", "--answers", SENIOR, "--about", "Alice", "--as", "peer", "--name", "Carol",
        "--format", "json", "--no-save",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert (data["schema"], data["subject"], data["role"], data["rater"]) == (
        "pmladder/assessment@2",
        "Alice",
        "peer",
        "Carol",
    )


@pytest.mark.parametrize(
    ("lang", "title", "rows"),
    [
        ("en", "Manager's rating of Alice", ["About" + " " * 21 + "Alice", "Rated by" + " " * 18 + "Bob (manager)"]),
        ("zh", "上级对Alice的评价", ["被评价者", "Bob（上级）"]),
    ],
)
def test_the_report_says_whom_it_is_about_and_who_rated(
    lang: str, title: str, rows: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("--about", "Alice", "--as", "manager", "--name", "Bob", "--no-save", "--lang", lang)
    code, out, _ = run(capsys, "assess", "pm-generic", "--answers", SENIOR, *args)
    assert code == 0
    assert title in out.splitlines()[0]
    assert all(row in out for row in rows)


def test_a_name_is_escaped_in_markdown_and_shown_as_typed_on_the_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--about", "[b]Al*ice*[/b]", "--as", "peer", "--no-save", "--lang", "en")
    code, out, _ = run(capsys, "assess", "pm-generic", "--answers", SENIOR, *args, "--format", "markdown")
    assert code == 0
    assert out.splitlines()[0] == r"# Peer rating of \[b\]Al\*ice\*\[/b\]"
    code, out, _ = run(capsys, "assess", "pm-generic", "--answers", SENIOR, *args)
    assert "Peer rating of [b]Al*ice*[/b]" in out.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "lang", "message"),
    [
        (("--as", "manager"), "en", "pmladder: --as manager rates someone else: say who with --about NAME\n"),
        (("--as", "manager"), "zh", "pmladder: --as manager 是为别人评分：用 --about NAME 说明评的是谁\n"),
        (
            ("--about", "A", "--as", "boss"),
            "en",
            "pmladder: --as does not know 'boss': choose one of self, manager, peer\n",
        ),
        (("--about", "", "--as", "peer"), "en", "pmladder: --about needs a name (it is empty)\n"),
    ],
)
def test_bad_rating_options_are_one_line_usage_errors(
    args: tuple[str, ...], lang: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "assess", "pm-generic", "--answers", SENIOR, *args, "--lang", lang) == (2, "", message)


def test_every_question_about_someone_else_is_framed_with_their_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(monkeypatch, b"1\n2\n2\nq\n")
    code = main(["assess", FIXTURE, "--lang", "en", "--about", "Alice", "--as", "manager", "--track", "ic"])
    out = capsys.readouterr().out
    assert code == 130
    assert "Roughly which level is Alice at now?" in out
    assert "You are rating Alice (as their manager). Each statement is written as Alice would say it" in out
    assert "3 consistently, others rely on Alice · n not seen" in out
    questions = out.count("Alice: rating 0-3 / n > ")
    assert questions == 3
    assert out.count("About Alice (as their manager) · Competency 1/2") == questions
    assert "you at now" not in out and "Rating 0-3" not in out


def test_a_frame_in_chinese(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    typed(monkeypatch, b"1\n2\nq\n")
    assert main(["assess", FIXTURE, "--lang", "zh", "--about", "王小明", "--as", "peer", "--track", "ic"]) == 130
    out = capsys.readouterr().out
    assert "王小明现在大致在哪个级别？" in out
    assert "你在评价王小明（作为同事）。下面每句话都以王小明的口吻写成" in out
    assert out.count("王小明：评分 0-3 / n > ") == 2
    assert "评价王小明（作为同事）· 能力 1/2" in out


def test_sessions_of_different_people_and_roles_are_kept_apart_and_resumed(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(monkeypatch, b"1\n2\nq\n")
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    typed(monkeypatch, b"1\n0\nq\n")
    assert main(["assess", FIXTURE, "--lang", "en", "--about", "Alice", "--as", "manager", "--track", "ic"]) == 130
    typed(monkeypatch, b"1\n1\nq\n")
    assert main(["assess", FIXTURE, "--lang", "en", "--about", "Alice", "--as", "peer", "--track", "ic"]) == 130
    sessions = sorted(p.name for p in (pmladder_home / "sessions").glob("*.json"))
    assert len(sessions) == 3
    assert "answers-fixture.json" in sessions
    capsys.readouterr()
    # the manager's session, named by LADDER, --about and --as, continues framed and keeps its answers
    typed(monkeypatch, b"q\n")
    resume = ["assess", FIXTURE, "--resume", "--lang", "en", "--about", "Alice", "--as", "manager"]
    assert main(resume) == 130
    out = capsys.readouterr().out
    assert "Resuming your rating of Alice on Test ladder (as their manager) where you stopped: 1 answer so far." in out
    saved = json.loads(next((pmladder_home / "sessions").glob("*--manager--*.json")).read_text(encoding="utf-8"))
    assert (saved["subject"], saved["role"], list(saved["answers"]["ratings"].values())) == ("Alice", "manager", [0])


def test_a_rating_of_someone_else_is_never_last_time_of_a_self_assessment(
    pmladder_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "assess", "pm-generic", "--answers", SENIOR, "--lang", "en")[0] == 0
    code, out, _ = run(
        capsys, "assess", "pm-generic", "--answers", SENIOR, "--about", "Alice", "--as", "manager", "--lang", "en"
    )
    assert code == 0 and "Since last time" not in out
    code, out, _ = run(capsys, "assess", "pm-generic", "--answers", SENIOR, "--lang", "en")
    assert code == 0 and "Since last time" in out
    assert len(list((pmladder_home / "assessments").glob("*.json"))) == 3


def test_resume_names_the_other_unfinished_runs_with_whom_they_are_about(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed(monkeypatch, b"1\n2\nq\n")
    assert main(["assess", FIXTURE, "--lang", "en", "--about", "Alice Wong", "--as", "peer", "--track", "ic"]) == 130
    typed(monkeypatch, b"1\n2\nq\n")
    assert main(["assess", FIXTURE, "--lang", "en", "--track", "ic"]) == 130
    capsys.readouterr()
    typed(monkeypatch, b"q\n")
    assert main(["assess", "--resume", "--lang", "en"]) == 130
    out = capsys.readouterr().out
    assert "Test ladder, about Alice Wong (pmladder assess " in out
    assert "--about 'Alice Wong' --as peer --resume)" in out
