"""Prompts in a real pseudo-terminal (readline): an overlong example comes back on the input line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def _spawn(args: list[str], home: Path) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"PMLADDER_HOME": str(home), "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    return pexpect.spawn(
        sys.executable,
        ["-m", "pmladder", *args],
        env=env,
        encoding="utf-8",
        timeout=10,
        dimensions=(50, 100),
        cwd=str(ROOT),
    )


def test_an_overlong_example_is_filled_in_for_editing(pmladder_home: Path) -> None:
    child = _spawn(
        ["assess", "tests/answers/ladder.yaml", "--lang", "en", "--level-hint", "mid", "--track", "ic"],
        pmladder_home,
    )
    for _ in range(2):
        child.expect("Rating 0-3 / n > ")
        child.sendline("2")
    child.expect("Example > ")
    long = "Shipped the export fix " + "word " * 100
    child.sendline(long)
    child.expect(r"it\s+is\s+filled\s+in\s+below,\s+shorten\s+it\s+and\s+press\s+Enter")
    child.expect("< word word")  # the example back on the line (TERM=dumb: scrolled sideways)
    child.send("\b" * 30 + "\r")  # 30 backspaces on the line readline filled in, then Enter
    child.expect("Rating 0-3 / n > ")
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = json.loads((pmladder_home / "sessions" / "answers-fixture.json").read_text(encoding="utf-8"))
    assert saved["answers"]["evidence"] == {"analysis.mid.1": long.strip()[:-30]}


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])  # strict decoding, and surrogateescape (C locale)
def test_bytes_that_are_not_utf8_and_bidi_controls_at_a_terminal(pmladder_home: Path, locale: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"PMLADDER_HOME": str(pmladder_home), "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    env["LC_ALL"] = locale
    args = ["-m", "pmladder", "assess", "tests/answers/ladder.yaml", "--lang", "en", "--level-hint", "mid"]
    child = pexpect.spawn(sys.executable, [*args, "--track", "ic"], env=env, timeout=10, cwd=str(ROOT))
    for _ in range(2):
        child.expect("Rating 0-3 / n > ")
        child.sendline(b"2")
    child.expect("Example > ")
    child.send(b"abc\xff\r")
    child.expect(rb"not\s+UTF-8\s+text;\s+please\s+type\s+it\s+again")
    child.expect("Example > ")
    child.send("led \u202ethe\u200f launch\r".encode())
    child.expect("Rating 0-3 / n > ")
    child.sendline(b"q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert b"Traceback" not in (child.before or b"")
    saved = json.loads((pmladder_home / "sessions" / "answers-fixture.json").read_text(encoding="utf-8"))
    assert saved["answers"]["evidence"] == {"analysis.mid.1": "led the launch"}
