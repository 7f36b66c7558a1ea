"""`pmladder scorecard TEMPLATE` through a real pseudo-terminal: answer, a bad value, Ctrl-C, continue, finish."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

PERCENT = r"Percent \(88 or 88%\) > "
#: what each prompt of industrial-value wants, in order, to type the worked example of docs/scorecard.md
CASE_1 = ["88%", "4.2", "90", "25", "3", "1", "60", "80", "4", "90", "2", "10000000", "10%", "n"]


def _spawn(args: list[str], home: Path) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"PMLADDER_HOME": str(home), "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    return pexpect.spawn(
        sys.executable, ["-m", "pmladder", "scorecard", *args], env=env, encoding="utf-8", timeout=15,
        dimensions=(50, 100),
    )


def test_answer_interrupt_continue_and_finish(pmladder_home: Path) -> None:
    session_file = pmladder_home / "sessions" / "scorecards" / "industrial-value.json"
    child = _spawn(["industrial-value", "--lang", "en", "--period", "2026-H2", "--base-pay", "20000"], pmladder_home)
    child.expect(r"KPI 1/14 \[-+\] Core KPIs › Customer value")
    child.expect("target: at least 85%")
    child.expect(PERCENT)
    child.sendline("88%")
    child.expect(r"Score from 1 to 5 > ")
    child.sendline("9")  # off the scale: a one-line hint, asked again
    child.expect("'9' is not on the scale from 1 to 5")
    child.expect(r"Score from 1 to 5 > ")
    child.sendline("4.2")
    child.expect(PERCENT)
    child.sendcontrol("c")
    child.expect(r"progress saved \(2 answers\) to .*; continue with: pmladder scorecard industrial-value")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = json.loads(session_file.read_text(encoding="utf-8"))
    assert saved["values"] == {"renewal": "88%", "satisfaction": 4.2}
    assert not list(session_file.parent.glob(".*.tmp"))  # atomic writes leave no temporary file

    child = _spawn(["industrial-value"], pmladder_home)  # the language comes from the session
    child.expect(r"There\s+is\s+an\s+unfinished\s+period\s+2026-H2\s+of\s+Business-value\s+scorecard")
    child.expect(r"Continue it\? Enter/c continue, r start over > ")
    child.sendline("")
    words = r"Continuing Business-value scorecard \(industrial internet\) where you stopped: 2 answers so far\."
    child.expect(words.replace(" ", r"\s+"))
    for typed in CASE_1[2:]:
        child.expect(" > ")
        child.sendline(typed)
    child.expect("Total: 103.35")
    child.expect(r"Bonuses in all: 1 × base pay = 20,000 CNY")
    child.expect("Result saved to ")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not session_file.exists()
    [result] = (pmladder_home / "scorecard-results").glob("industrial-value-2026-H2-*.json")
    kept = json.loads(result.read_text(encoding="utf-8"))
    assert (kept["kind"], kept["period"], kept["result"]["base_pay"]) == ("scorecard", "2026-H2", 20000)
    assert oct(result.stat().st_mode & 0o777) == "0o600"


def test_end_of_input_at_the_first_question_saves_nothing(pmladder_home: Path) -> None:
    child = _spawn(["industrial-value", "--lang", "zh"], pmladder_home)
    child.expect(r"百分比（88 或 88%） > ")
    child.sendeof()
    child.expect("已退出，还没有任何回答需要保存")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not (pmladder_home / "sessions" / "scorecards" / "industrial-value.json").exists()
