"""docs/feedback.md's worked example is real: its commands run, and every line of the output it shows is printed."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "feedback.md"


def _section() -> str:
    text = DOC.read_text(encoding="utf-8")
    return text[text.index("## A worked example") :]


def _commands() -> list[list[str]]:
    block = re.search(r"```console\n(.*?)```", _section(), flags=re.S)
    assert block
    return [shlex.split(line[2:])[1:] for line in block.group(1).splitlines() if line.startswith("$ pmladder ")]


def _shown() -> list[str]:
    block = re.search(r"```text\n(.*?)```", _section(), flags=re.S)
    assert block
    return block.group(1).splitlines()


def _dated(line: str) -> str:
    return re.sub(r"\d{4}-\d{2}-\d{2}", "DATE", line.rstrip())


def test_the_worked_example_prints_what_the_doc_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    commands = _commands()
    assert len(commands) == 4 and commands[-1][0] == "review"
    for args in commands[:-1]:
        args = [str(ROOT / a) if a.startswith("tests/") else a for a in args]
        assert main(args) == 0, capsys.readouterr()
    capsys.readouterr()
    assert main(commands[-1]) == 0
    printed = [_dated(line) for line in capsys.readouterr().out.splitlines()]
    # every shown line, in order; "…" stands for lines left out
    at = 0
    for line in _shown():
        if line == "…":
            continue
        wanted = _dated(line)
        assert wanted in printed[at:], f"docs/feedback.md shows a line the command does not print: {line!r}"
        at = printed.index(wanted, at) + 1
