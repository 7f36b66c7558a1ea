"""The worked example of docs/history.md is what pmladder prints."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from history_support import a_year

from pmladder.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "history.md"


def _text_block(starting: str) -> str:
    blocks = re.findall(r"```text\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    return next(block for block in blocks if block.startswith(starting))


def test_the_list_of_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    assert main(["history", "--lang", "en"]) == 0
    assert capsys.readouterr().out == _text_block("Saved results (3)")


def test_the_id_errors_of_the_docs(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    lines = _text_block("pmladder: the id").splitlines()
    for typed, line in zip(("2026", "1999"), lines, strict=True):
        assert main(["history", "show", typed, "--lang", "en"]) == 2
        assert capsys.readouterr().err == line + "\n"
