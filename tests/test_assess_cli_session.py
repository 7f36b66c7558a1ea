"""Unfinished sessions: atomic saves, finding the one to resume, and resuming on a changed ladder."""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_stdin import terminal

from pmladder import questionnaire, session
from pmladder.cli import main
from pmladder.errors import InputError, UsageError
from pmladder.io import ladders
from pmladder.model.answers import Answers
from pmladder.model.ladder import Ladder

ANSWERS = Path(__file__).resolve().parent / "answers"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    return ladders.ladder_named(str(ANSWERS / "ladder.yaml"))


def _state(ladder: Ladder) -> questionnaire.State:
    """analysis.mid.1 = 3, analysis.mid.2 = 2, then the mid cell's one example."""
    state = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    for value in (3, 2, "An example."):
        item = questionnaire.next_item(state)
        assert item is not None
        state = questionnaire.answer(state, item, value)
    return state


def _record(ladder: Ladder, sha: str = "a" * 64) -> session.Session:
    return session.to_session(_state(ladder), ladder_source="x.yaml", ladder_sha256=sha, answered_in="zh", now=NOW)


def test_save_and_load_round_trip(ladder: Ladder, pmladder_home: Path) -> None:
    path = session.save_session(_record(ladder))
    assert path == pmladder_home / "sessions" / "answers-fixture.json"
    assert [p.name for p in path.parent.iterdir()] == ["answers-fixture.json"]  # no temporary file left
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "pmladder/session@1"
    assert data["updated"] == "2025-03-01T09:30:00+00:00"
    assert data["history"] == ["indicator:analysis.mid.1", "indicator:analysis.mid.2", "evidence:analysis.mid.1"]
    assert data["answers"]["evidence"] == {"analysis.mid.1": "An example."}
    loaded = session.load_session(path)
    assert loaded == _record(ladder)
    state = session.resume(loaded, ladder, "a" * 64, path)
    assert state == _state(ladder)


def test_find_session_takes_the_named_or_the_latest(ladder: Ladder, pmladder_home: Path) -> None:
    first = session.save_session(_record(ladder))
    other = session.save_session(_record(ladder), pmladder_home / "sessions" / "pmm.json")
    os.utime(first, (1_000_000, 1_000_000))
    assert session.find_session(None) == other
    assert session.find_session("answers-fixture") == first
    with pytest.raises(UsageError) as caught:
        session.find_session("b2b-business")
    assert caught.value.message == (
        f"no unfinished assessment of 'b2b-business' to resume (looked in {pmladder_home / 'sessions'}); "
        "start one with: pmladder assess b2b-business"
    )


def test_a_damaged_session_is_located(pmladder_home: Path) -> None:
    path = pmladder_home / "sessions" / "answers-fixture.json"
    path.parent.mkdir(parents=True)
    path.write_text('{"schema": "pmladder/session@1", "ladder": "answers-fixture"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"answers-fixture\.json:1:1: error schema-missing required field"):
        session.load_session(path)


def test_a_changed_ladder_resumes_while_the_answers_fit(ladder: Ladder, tmp_path: Path) -> None:
    record = _record(ladder, sha="b" * 64)
    state = session.resume(record, ladder, "c" * 64, tmp_path / "s.json")
    assert state.answers.ratings == {"analysis.mid.1": 3, "analysis.mid.2": 2}
    assert state.answers.evidence == {"analysis.mid.1": "An example."}
    assert state.history == ("indicator:analysis.mid.1", "indicator:analysis.mid.2", "evidence:analysis.mid.1")


def test_a_changed_ladder_that_no_longer_fits_is_refused(ladder: Ladder, tmp_path: Path) -> None:
    changed = ladder.model_copy(update={"competencies": ladder.competencies[1:]})
    with pytest.raises(InputError) as caught:
        session.resume(_record(ladder, sha="b" * 64), changed, "c" * 64, tmp_path / "s.json")
    assert caught.value.message == (
        "ladder 'answers-fixture' changed since the session was saved and its answers no longer fit "
        "(ratings.analysis.mid.1: unknown indicator 'analysis.mid.1' (not in ladder 'answers-fixture')); "
        "start again (the answers are discarded): pmladder assess x.yaml --restart, "
        f"or delete {tmp_path / 's.json'}"
    )


def test_a_session_of_another_ladder_is_refused(ladder: Ladder, tmp_path: Path) -> None:
    record = _record(ladder).model_copy(update={"ladder": "pmm"})
    with pytest.raises(UsageError, match="holds a session of ladder 'pmm', not 'answers-fixture'"):
        session.resume(record, ladder, "a" * 64, tmp_path / "s.json")


def test_resuming_through_the_cli_after_the_ladder_file_changed(
    tmp_path: Path, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ladder_file = tmp_path / "mine.yaml"
    shutil.copy(ANSWERS / "ladder.yaml", ladder_file)
    monkeypatch.setattr("sys.stdin", terminal(b"3\nq\n"))
    assert main(["assess", str(ladder_file), "--level-hint", "mid", "--track", "ic", "--lang", "en"]) == 130
    capsys.readouterr()
    # a cosmetic change: the answers still fit, the session goes on
    ladder_file.write_text(ladder_file.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", terminal(b"q\n"))
    assert main(["assess", "--resume"]) == 130
    assert "progress saved (1 answer)" in capsys.readouterr().err
    # the rated indicator is renamed: the answers no longer fit
    text = ladder_file.read_text(encoding="utf-8").replace("analysis.mid.1", "analysis.mid.one")
    ladder_file.write_text(text, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", terminal(b""))
    assert main(["assess", "--resume"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        "pmladder: ladder 'answers-fixture' changed since the session was saved and its answers "
    )
    saved = pmladder_home / "sessions" / "answers-fixture.json"
    assert err.endswith(f"pmladder assess {ladder_file} --restart, or delete {saved}\n")
    assert "unknown indicator 'analysis.mid.1'" in err
