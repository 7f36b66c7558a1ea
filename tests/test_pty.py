"""`pmladder assess` driven through a real pseudo-terminal: answer, go back, skip, Ctrl-C, resume, finish."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from pmladder import questionnaire
from pmladder.io import ladders
from pmladder.model.answers import Answers

pexpect = pytest.importorskip("pexpect")

pytestmark = pytest.mark.slow

LADDER = "b2b-healthcare"
RATING = "Rating 0-3 / n > "
EXAMPLE = "Example > "
CHOICE = r"Choose 1-\d > "
CONTRA = r"Does this describe you\? 0-3 > "


def _spawn(args: list[str], home: Path) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update({"PMLADDER_HOME": str(home), "COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"})
    return pexpect.spawn(
        sys.executable,
        ["-m", "pmladder", "assess", *args],
        env=env,
        encoding="utf-8",
        timeout=10,
        dimensions=(50, 100),
    )


def _finish(child: Any) -> int:
    """Answer 0 / no example / option 1 until the report appears; returns how many prompts were answered."""
    answered = 0
    while True:
        found = child.expect([RATING, EXAMPLE, CHOICE, CONTRA, "Self-assessment result"])
        if found == 4:
            return answered
        child.sendline({0: "0", 1: "", 2: "1", 3: "0"}[found])
        answered += 1
        assert answered < 200, "the questionnaire does not end"


def test_answer_back_skip_interrupt_resume_and_finish(pmladder_home: Path) -> None:
    ladder = ladders.ladder_named(LADDER)
    total = len(questionnaire.competencies(ladder, questionnaire.track_path(ladder, Answers(ladder=LADDER))))
    session_file = pmladder_home / "sessions" / f"{LADDER}.json"

    child = _spawn([LADDER, "--lang", "en"], pmladder_home)
    child.expect(rf"Number 1-{len(ladder.levels)}, or Enter > ")
    child.sendline("")  # start from the first level
    child.expect(rf"Competency 1/{total} \[-+\] ")
    child.expect(RATING)
    child.sendline("2")
    child.expect(RATING)
    child.sendline("7")  # not a key: a one-line hint, asked again
    child.expect("Type 0, 1, 2, 3 or n, then Enter")
    child.expect(RATING)
    child.sendline("1")
    child.expect([RATING, EXAMPLE, CHOICE, CONTRA])
    child.sendline("b")  # undo the 1, naming it
    child.expect("↩ Undid: ")
    child.expect(RATING)
    child.sendline("3")  # the first level is met now: up to the next one
    child.expect([RATING, EXAMPLE, CHOICE, CONTRA])
    child.sendline("s")  # skip the rest of the first competency
    child.expect("Skipped: ")
    child.expect(rf"Competency 2/{total} \[#*-+\] ")
    child.expect(RATING)
    child.sendcontrol("c")
    child.expect(r"progress saved \(2 answers\) to .*; continue with: pmladder assess --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    saved = json.loads(session_file.read_text(encoding="utf-8"))
    assert saved["schema"] == "pmladder/session@1"
    assert saved["ladder"] == LADDER
    assert saved["lang"] == "en"
    first = questionnaire.competencies(ladder, questionnaire.track_path(ladder, Answers(ladder=LADDER)))[0]
    assert saved["answers"]["skipped"] == [first.id]
    assert sorted(saved["answers"]["ratings"].values()) == [2, 3]
    assert [entry.split(":")[0] for entry in saved["history"]] == ["indicator", "indicator", "skip"]
    assert not list((pmladder_home / "sessions").glob(".*.tmp"))  # atomic writes leave no temp files

    child = _spawn(["--resume"], pmladder_home)  # the language comes from the session
    name = r"B2B\s+healthcare\s+product\s+manager\s+ladder"
    child.expect(rf"Resuming\s+your\s+assessment\s+of\s+{name}\s+where\s+you\s+stopped:\s+2\s+answers\s+so\s+far\.")
    child.expect(rf"Competency 2/{total} ")
    answered = _finish(child)
    assert answered > 0
    child.expect("Development plan toward")
    child.expect(r"saved the assessment to (.+\.json)")
    result_file = Path(child.match.group(1).strip())
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not session_file.exists()
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["ladder"] == LADDER
    assert result["answers"]["skipped"] == [first.id]
    assert len(result["answers"]["ratings"]) == 2 + sum(
        1 for v in result["answers"]["ratings"].values() if v == 0
    )


def test_q_then_resume_with_nothing_left_to_resume(pmladder_home: Path) -> None:
    child = _spawn([LADDER, "--lang", "en", "--level-hint", "manager"], pmladder_home)
    child.expect(RATING)
    child.sendline("q")
    child.expect("stopped before the first answer; nothing to save")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not list((pmladder_home / "sessions").glob("*.json"))  # only the run's lock file is there

    child = _spawn(["--resume", "--lang", "en"], pmladder_home)
    child.expect("no unfinished assessment to resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_end_of_input_saves(pmladder_home: Path) -> None:
    ladder = ladders.ladder_named(LADDER)
    state = questionnaire.start(ladder, Answers(ladder=LADDER, level_hint="manager"))
    first = questionnaire.next_item(state)
    assert first is not None and first.cell is not None and first.level is not None
    cell = [indicator.id for indicator in first.cell.indicators]
    assert len(cell) >= 2  # the example is asked once, after the cell's last indicator

    child = _spawn([LADDER, "--lang", "zh", "--level-hint", "manager"], pmladder_home)
    for _ in cell:
        child.expect("评分 0-3 / n > ")
        child.sendline("2")
    # the example prompt shows what the level expects of the competency
    child.expect(re.escape(f"{first.level.name.zh}：{first.cell.summary.zh}"))
    child.expect("实例 > ")
    child.sendeof()
    child.expect("继续：pmladder assess --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    saved = json.loads((pmladder_home / "sessions" / f"{LADDER}.json").read_text(encoding="utf-8"))
    assert saved["answers"]["ratings"] == dict.fromkeys(cell, 2)
    assert saved["answers"]["evidence"] == {}
    assert saved["history"] == [f"indicator:{i}" for i in cell]  # the example was not answered
    assert saved["answers"]["level_hint"] == "manager"
