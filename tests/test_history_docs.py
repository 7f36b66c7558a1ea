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


def test_the_trend_of_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    assert main(["history", "trend", "--lang", "en"]) == 0
    assert capsys.readouterr().out == _text_block("Trend: Generic product manager level model")


def test_the_status_of_the_worked_example() -> None:
    import io
    from datetime import date

    from rich.console import Console

    from pmladder import reassess
    from pmladder.render.reassess import status_blocks
    from pmladder.render.to_rich import to_rich

    a_year()
    model, ladders = reassess.status(date(2027, 1, 20))
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system=None, highlight=False)
    console.print(to_rich(status_blocks(model, ladders, "en")))
    assert buffer.getvalue() == _text_block("Check-ins and re-assessments (today: 2027-01-20)")
