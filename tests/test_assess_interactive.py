"""The interactive assess flow through pmladder.cli.main: the continue prompt, resuming, the pickers."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "tests" / "answers"
FIXTURE = "tests/answers/ladder.yaml"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "300")  # one message, one line


class _Tty(io.TextIOWrapper):
    """A stdin made of given bytes that claims to be a terminal."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")

    def isatty(self) -> bool:
        return True


def _run(monkeypatch: pytest.MonkeyPatch, keys: bytes, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", _Tty(keys))
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
