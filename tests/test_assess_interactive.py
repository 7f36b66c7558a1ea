"""The interactive assess flow through pmladder.cli.main: the continue prompt, resuming, the pickers."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_stdin import terminal

from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "answers"
FIXTURE = "tests/answers/ladder.yaml"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "1000")  # one message, one line, however long the paths


def _run(monkeypatch: pytest.MonkeyPatch, keys: bytes, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", terminal(keys))
    return main(["assess", *args])


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        (
            "en",
            "Press Enter or type c to continue the saved assessment, r to discard it and start over, "
            "or q to quit (it stays saved)",
        ),
        ("zh", "请直接回车或输入 c 继续上次的自评，输入 r 丢弃它并重新开始，输入 q 退出（进度仍然保存着）"),
    ],
)
def test_the_continue_prompt_answers_a_wrong_key_with_every_key(
    lang: str, hint: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, b"1\n2\nq\n", FIXTURE, "--lang", lang, "--track", "ic") == 130
    capsys.readouterr()
    assert _run(monkeypatch, b"x\nyes\nq\n", FIXTURE, "--lang", lang) == 130
    out = capsys.readouterr().out
    assert out.count(f" > {hint}\n") == 2
    name = "测试职级体系" if lang == "zh" else "Test ladder"
    assert name in out and "answers-fixture" not in out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ladder_picker_marks_an_invalid_user_ladder_and_refuses_it(
    lang: str, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = pmladder_home / "ladders"
    folder.mkdir()
    text = (ANSWERS / "ladder.yaml").read_text(encoding="utf-8")
    (folder / "broken.yaml").write_text(text.replace("band: 1\n", "band: 9\n", 1), encoding="utf-8")
    (folder / "mine.yaml").write_text(text, encoding="utf-8")
    broken = folder / "broken.yaml"
    # 5 is the broken ladder (after the four bundled ones): refused, asked again; 6 is fine
    assert _run(monkeypatch, b"5\n6\nq\n", "--lang", lang) == 130
    out = capsys.readouterr().out
    if lang == "en":
        assert f"  5) broken  {broken}  (invalid: run pmladder validate {broken})\n" in out
        assert f"  6) Test ladder  {folder / 'mine.yaml'}\n" in out
        assert (
            f"Number 1-6 (q quits) > This ladder has errors and cannot be used: {broken}:20:11: error "
            f"schema-value must be at most 7 (got 9) (levels[0].band); choose another one, or fix it first "
            f"(pmladder validate {broken})\n"
        ) in out
        assert "Roughly which level are you at now?" in out  # the valid one was taken
    else:
        assert f"  5) broken  {broken}  （无效：运行 pmladder validate {broken}）\n" in out
        assert (
            f"编号 1-6（q 退出） > 这个职级体系有错误，不能用于自评：{broken}:20:11: error schema-value "
        ) in out
        assert f"；请选另一个，或先修正它（pmladder validate {broken}）\n" in out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_picker_says_how_many_more_problems_a_ladder_has(
    lang: str, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = pmladder_home / "ladders"
    folder.mkdir()
    text = (ANSWERS / "ladder.yaml").read_text(encoding="utf-8")
    (folder / "two.yaml").write_text(text.replace("band: 1\n", "band: 9\n", 1).replace("band: 2\n", "band: 8\n", 1))
    assert _run(monkeypatch, b"5\nq\n", "--lang", lang) == 130
    out = capsys.readouterr().out
    two = folder / "two.yaml"
    if lang == "en":
        assert (
            f"This ladder has errors and cannot be used: {two}:20:11: error schema-value must be at most 7 "
            f"(got 9) (levels[0].band) (and 1 more error); choose another one"
        ) in out
    else:
        assert f"这个职级体系有错误，不能用于自评：{two}:20:11: error schema-value " in out
        assert "(levels[0].band)（另有 1 个错误）；请选另一个" in out


def test_a_ladder_with_a_semantic_error_is_marked_too(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = pmladder_home / "ladders"
    folder.mkdir()
    text = (ANSWERS / "ladder.yaml").read_text(encoding="utf-8")
    # a situational question about a competency that does not exist: schema-valid, rejected by validate
    (folder / "odd.yaml").write_text(text.replace("competency: analysis", "competency: nothing", 1), encoding="utf-8")
    assert _run(monkeypatch, b"5\nq\n", "--lang", "en") == 130
    out = capsys.readouterr().out
    odd = folder / "odd.yaml"
    assert f"  5) Test ladder  {odd}  (invalid: run pmladder validate {odd})\n" in out
    assert f"This ladder has errors and cannot be used: {odd}:" in out


def _age(path: Path, seconds: int) -> None:
    import os

    os.utime(path, (1_700_000_000 + seconds, 1_700_000_000 + seconds))


def test_resume_names_the_ladder_and_the_other_unfinished_assessments(
    tmp_path: Path, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = pmladder_home / "sessions"
    spaced = tmp_path / "my ladder.yaml"  # a ladder file given by path, with a space to quote
    spaced.write_text((ANSWERS / "ladder.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert _run(monkeypatch, b"1\nq\n", str(spaced), "--lang", "en", "--level-hint", "junior") == 130
    assert _run(monkeypatch, b"\n1\nq\n", "pm-generic", "--lang", "en") == 130
    assert _run(monkeypatch, b"\n1\nq\n", "pmm", "--lang", "en") == 130
    _age(sessions / "answers-fixture.json", 1)
    _age(sessions / "pm-generic.json", 2)
    _age(sessions / "pmm.json", 3)  # the most recent: --resume takes it
    capsys.readouterr()
    assert _run(monkeypatch, b"q\n", "--resume") == 130
    out = capsys.readouterr().out
    assert out.startswith(
        "Resuming your assessment of Product marketing manager (PMM) ladder where you stopped: 1 answer so far.\n"
        "There are 2 other unfinished assessments: Generic product manager level model (pmladder assess "
        f"pm-generic --resume); Test ladder (pmladder assess '{spaced}' --resume)\n"
    )
    # with LADDER the choice was made: no note
    assert _run(monkeypatch, b"q\n", "pm-generic", "--resume", "--lang", "zh") == 130
    out = capsys.readouterr().out
    assert out.startswith("继续上次“通用产品经理级别模型”的自评：已有 1 个回答。\n\n")


def test_resume_names_a_user_ladder_by_its_file_name_in_chinese(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = pmladder_home / "ladders"
    folder.mkdir()
    (folder / "mine.yaml").write_text((ANSWERS / "ladder.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    assert _run(monkeypatch, b"1\nq\n", "mine", "--lang", "zh", "--level-hint", "junior") == 130
    assert _run(monkeypatch, b"\n1\nq\n", "pmm", "--lang", "zh") == 130
    _age(pmladder_home / "sessions" / "answers-fixture.json", 1)
    _age(pmladder_home / "sessions" / "pmm.json", 2)
    capsys.readouterr()
    assert _run(monkeypatch, b"q\n", "--resume") == 130
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [
        "继续上次“产品营销经理（PMM）职级体系”的自评：已有 1 个回答。",
        "另有 1 次未完成的自评：测试职级体系（pmladder assess mine --resume）",
    ]


def test_undoing_every_answer_keeps_no_session(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # one answer, b (undone), b (back to the start level), a new start level, then q
    assert _run(monkeypatch, b"1\nb\nb\n2\nq\n", FIXTURE, "--lang", "en", "--track", "ic") == 130
    assert capsys.readouterr().err == "pmladder: stopped before the first answer; nothing to save\n"
    assert not (pmladder_home / "sessions" / "answers-fixture.json").exists()
    # so the next run does not offer to continue an assessment with nothing in it
    assert _run(monkeypatch, b"q\n", FIXTURE, "--lang", "en") == 130
    assert "unfinished" not in capsys.readouterr().out
