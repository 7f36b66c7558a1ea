"""Every `pmladder scorecard` and `validate` example of docs/scorecard.md runs and prints what the page shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from scorecard_support import FIXTURES

from pmladder.cli import main

DOC = Path(__file__).resolve().parent.parent / "docs" / "scorecard.md"


def _examples() -> list[tuple[str, list[str]]]:
    """(command, the lines shown under it) for every ``$ pmladder …`` line of a ```console block; a
    command that writes to a file (``>``) or a pipe is left out."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S):
        current: tuple[str, list[str]] | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                current = (line[2:], [])
                if not re.search(r"[>|]", line):
                    found.append(current)
            elif current is not None:
                current[1].append(line)
    return found


EXAMPLES = _examples()


def test_the_page_has_its_examples() -> None:
    commands = [command for command, _ in EXAMPLES]
    assert len(commands) >= 6
    assert any("--with-assessment" in c for c in commands) and any(c.startswith("pmladder validate") for c in commands)


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_an_example_prints_what_the_page_shows(
    command: str, shown: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run in tests/scorecard_fixtures (the files the examples name) at 100 columns; what is shown is the
    standard output, and the standard error of a command that fails (not "Result saved to"); a last line ``…``
    means the rest is left out."""
    monkeypatch.chdir(FIXTURES)
    args = shlex.split(command)
    assert args[0] == "pmladder"
    code = main(args[1:])
    captured = capsys.readouterr()
    printed = [line.rstrip() for line in (captured.out + (captured.err if code else "")).splitlines()]
    expected = [line.rstrip() for line in shown]
    if expected and expected[-1] == "…":
        expected.pop()
        printed = printed[: len(expected)]
    assert printed == expected
    failing = command.startswith("pmladder validate") or any(line.startswith("pmladder: ") for line in shown)
    assert (code != 0) == failing
