"""`pmladder history rm` in a real pseudo-terminal: it asks, and only yes removes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from history_support import a_year

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow


def _spawn(args: list[str], home: Path) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"PMLADDER_HOME": str(home), "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    return pexpect.spawn(sys.executable, ["-m", "pmladder", "history", *args], env=env, encoding="utf-8", timeout=20)


@pytest.mark.parametrize(("answer", "removed"), [("y", True), ("n", False), ("", False)])
def test_rm_asks_first(pmladder_home: Path, answer: str, removed: bool) -> None:
    saved = a_year()
    child = _spawn(["rm", "20260302", "--lang", "en"], pmladder_home)
    child.expect(r"Remove 20260302-093000 \(2026-03-02, Generic product manager level model, Junior product manager")
    child.expect(r"\[y/N\]: ")
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert saved[0].exists() is not removed
    assert all(path.exists() for path in saved[1:])
