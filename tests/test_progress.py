"""Since last time: compare_with on the fixture ladder, picking the previous saved file, the rendered section."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from rich.console import Console
from scoring_fixtures import CREATED, FIXTURE_LADDER, answers, assess_fixture, fixture_ladder, run
from test_scoring import L2, L3, L3_EVIDENCE

from pmladder import assess as use_case
from pmladder import storage
from pmladder.errors import InputError
from pmladder.i18n import error_text
from pmladder.model.assessment import Assessment, FloorMove, FocusOutcome
from pmladder.model.ladder import Ladder, Lang
from pmladder.progress import compare_with, saved_name, with_progress
from pmladder.render import assessment as render

if TYPE_CHECKING:
    from conftest import Golden

LATER = CREATED + timedelta(days=120)
#: analysis reaches l3 (with its example), communication drops to l1, design stays at l2.
MIXED: dict[str, Any] = {**L2, "analysis.l3.1": 2, "analysis.l3.2": 2, "communication.l2.1": 1}


def at_l2() -> Assessment:
    return assess_fixture(ratings=L2)


def at_l3(created: datetime = LATER) -> Assessment:
    return run(fixture_ladder(), answers(ratings=L3, evidence=L3_EVIDENCE), created)


def mixed(*, skip_design: bool = False) -> Assessment:
    """MIXED; with ``skip_design`` design is skipped with nothing rated (so it is not observed)."""
    ratings = {k: v for k, v in MIXED.items() if not (skip_design and k.startswith("design."))}
    skipped = ["design"] if skip_design else []
    given = answers(ratings=ratings, evidence={"analysis.l3.1": "Product X analysis"}, skipped=skipped)
    return run(fixture_ladder(), given, LATER)


# ---- compare_with --------------------------------------------------------------------------------------


def test_level_up_every_floor_that_moved_and_the_focus_areas_now_met() -> None:
    progress = compare_with(at_l2(), at_l3())
    assert progress.previous_created == "2025-01-31T09:30:00+08:00"
    assert not progress.ladder_changed
    assert progress.track == "management"
    assert (progress.previous_level, progress.previous_strict, progress.previous_lenient) == ("l2", "l2", "l2")
    assert (progress.current_level, progress.current_strict, progress.current_lenient) == ("l3", "l3", "l3")
    assert progress.move == "up"
    assert progress.moved == [
        FloorMove(competency="analysis", previous="l2", current="l3", move="up"),
        FloorMove(competency="design", previous="l2", current="l3", move="up"),
        FloorMove(competency="communication", previous="l2", current="l3", move="up"),
    ]  # team was not rated the first time: not compared; communication's l4 repeats l3: l3 is reported
    assert (progress.plan_track, progress.plan_target) == ("management", "l3")
    assert progress.focus == [
        FocusOutcome(competency="analysis", status="met", floor="l3"),
        FocusOutcome(competency="design", status="met", floor="l3"),
        FocusOutcome(competency="communication", status="met", floor="l3"),
    ]


def test_level_down_and_the_previous_plans_focus_not_met() -> None:
    progress = compare_with(at_l3(CREATED), at_l2())
    assert (progress.previous_level, progress.current_level, progress.move) == ("l3", "l2", "down")
    assert [(m.competency, m.previous, m.current, m.move) for m in progress.moved] == [
        ("analysis", "l3", "l2", "down"),
        ("design", "l3", "l2", "down"),
        ("communication", "l3", "l2", "down"),
    ]
    assert progress.plan_target == "l4"
    assert progress.focus == [
        FocusOutcome(competency="analysis", status="not_met", floor="l2"),
        FocusOutcome(competency="design", status="not_met", floor="l2"),
        FocusOutcome(competency="team", status="not_observed", floor=None),
    ]


def test_the_same_answers_again_move_nothing() -> None:
    later = run(fixture_ladder(), answers(ratings=L2), LATER)
    progress = compare_with(at_l2(), later)
    assert (progress.previous_level, progress.current_level, progress.move) == ("l2", "l2", "same")
    assert progress.moved == []
    assert [(f.competency, f.status) for f in progress.focus] == [
        ("analysis", "not_met"),
        ("design", "not_met"),
        ("communication", "not_met"),
    ]


def test_same_level_with_one_floor_up_and_one_down() -> None:
    progress = compare_with(at_l2(), mixed())
    assert (progress.current_level, progress.current_strict, progress.current_lenient) == ("l2", "l1", "l2")
    assert progress.move == "same"
    assert progress.moved == [
        FloorMove(competency="analysis", previous="l2", current="l3", move="up"),
        FloorMove(competency="communication", previous="l2", current="l1", move="down"),
    ]
    assert [(f.competency, f.status, f.floor) for f in progress.focus] == [
        ("analysis", "met", "l3"),
        ("design", "not_met", "l2"),
        ("communication", "not_met", "l1"),
    ]


def test_a_competency_skipped_this_time_has_not_moved_down() -> None:
    progress = compare_with(at_l2(), mixed(skip_design=True))
    # without design, communication's drop leaves l2 short of the threshold: the level goes down
    assert (progress.previous_level, progress.current_level, progress.move) == ("l2", "l1", "down")
    assert [(m.competency, m.move) for m in progress.moved] == [("analysis", "up"), ("communication", "down")]
    assert progress.focus == [
        FocusOutcome(competency="analysis", status="met", floor="l3"),
        FocusOutcome(competency="design", status="not_observed", floor=None),
        FocusOutcome(competency="communication", status="not_met", floor="l1"),
    ]


def _without_design() -> Ladder:
    raw = yaml.safe_load(FIXTURE_LADDER.read_text(encoding="utf-8"))
    raw["competencies"] = [c for c in raw["competencies"] if c["id"] != "design"]
    raw["development"] = [d for d in raw["development"] if d["competency"] != "design"]
    return Ladder.model_validate(raw)


def test_a_changed_ladder_is_said_and_only_ids_that_still_exist_are_compared() -> None:
    ladder = _without_design()
    ratings = {k: v for k, v in L3.items() if not k.startswith("design.")}
    evidence = {k: v for k, v in L3_EVIDENCE.items() if not k.startswith("design.")}
    current = use_case.assess(
        ladder, answers(ratings=ratings, evidence=evidence), ladder_sha256="1" * 64, created=LATER
    )
    progress = compare_with(at_l2(), current)
    assert progress.ladder_changed
    assert progress.previous_ladder_sha256 == "0" * 64
    assert progress.move == "up"
    assert [m.competency for m in progress.moved] == ["analysis", "communication"]
    assert progress.focus[1] == FocusOutcome(competency="design", status="gone", floor=None)
    lines = render.since_section(current, ladder, "en", progress)[1]
    assert lines[0] == (
        "The ladder has changed since then: only competencies and levels that still exist are compared."
    )
    assert lines[-1] == (
        "Focus areas of the last plan (toward Level three): Analysis: met; design: no longer in the ladder; "
        "Communication: met"
    )


def test_a_level_no_longer_on_the_track_is_not_compared() -> None:
    previous = at_l2()
    renamed = [t.model_copy(update={"level": "retired"}) for t in previous.tracks]
    progress = compare_with(previous.model_copy(update={"tracks": renamed}), at_l3())
    assert (progress.previous_level, progress.move) == ("retired", None)
    lines = render.since_section(at_l3(), fixture_ladder(), "zh", progress)[1]
    assert lines[0] == "级别：retired → 三级（无法比较：上次的级别已不在这条路径上）"


def test_a_previous_plan_at_the_top_has_no_focus_line() -> None:
    top = at_l2().model_copy(update={"plan": at_l2().plan.model_copy(update={"target": None, "focus": []})})
    progress = compare_with(top, at_l3())
    assert (progress.plan_target, progress.focus) == (None, [])
    lines = render.since_section(at_l3(), fixture_ladder(), "en", progress)[1]
    assert not any(line.startswith("Focus areas") for line in lines)


def test_with_progress_fills_since_only_when_there_is_a_previous_assessment() -> None:
    current = at_l3()
    assert with_progress(current, None) is current
    assert with_progress(current, at_l2()).since == compare_with(at_l2(), current)


# ---- the saved file --------------------------------------------------------------------------------------


def test_a_first_assessment_is_saved_without_since_and_loads(pmladder_home: Path) -> None:
    path = storage.save_assessment(at_l2())
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "since" not in data
    assert storage.load_assessment(path).since is None


def test_since_is_saved_and_loaded_with_the_assessment() -> None:
    current = with_progress(at_l3(), at_l2())
    path = storage.save_assessment(current)
    assert json.loads(path.read_text(encoding="utf-8"))["since"]["move"] == "up"
    assert storage.load_assessment(path) == current
    assert json.loads(render.to_json(at_l3(), current.since))["since"]["previous_level"] == "l2"


# ---- which saved assessment is the previous one ------------------------------------------------------------


def test_saved_names_are_parsed_exactly() -> None:
    assert saved_name("fixture-20250131T093000.json", "fixture") is not None
    key = saved_name("fixture-20250131T093000-3.json", "fixture")
    assert key is not None and (key.stamp, key.counter) == (datetime(2025, 1, 31, 9, 30), 3)
    assert saved_name("fixture-extra-20250131T093000.json", "fixture") is None
    assert saved_name("fixture-20251331T093000.json", "fixture") is None  # month 13
    assert saved_name("mine.json", "fixture") is None


def _save(assessment: Assessment, name: str | None = None) -> Path:
    folder = storage.assessments_dir()
    return storage.save_assessment(assessment, folder / name if name else None)


def test_the_most_recent_earlier_assessment_of_the_same_ladder_is_found() -> None:
    first = _save(at_l2())
    second = _save(at_l3(CREATED + timedelta(days=30)))
    _save(at_l3(CREATED + timedelta(days=200)))  # after the current one: not "previous"
    other = at_l2().model_copy(update={"ladder": "fixture-two", "created": "2025-05-01T09:30:00+08:00"})
    _save(other)  # another ladder whose id starts with "fixture-"
    found = storage.find_previous(at_l3())
    assert (found.path, found.damaged) == (second, [])
    assert found.assessment == storage.load_assessment(second)
    assert storage.find_previous(at_l3(), exclude=second).path == first
    assert storage.find_previous(at_l2(), exclude=first).assessment is None  # nothing before the first


def test_two_in_the_same_second_the_later_saved_one_counts() -> None:
    _save(at_l2())
    second = _save(at_l3(CREATED))
    assert second.name == "fixture-20250131T093000-2.json"
    assert storage.find_previous(at_l3()).path == second
    assert storage.find_previous(at_l3(CREATED), exclude=second).assessment == at_l2()


def test_creation_times_with_their_offsets_decide_not_the_names() -> None:
    # 09:30 at +08:00 is 01:30 UTC; 00:00 at -05:00 is 05:00 UTC: later, though its name sorts earlier
    east = _save(at_l2())
    west = _save(at_l2().model_copy(update={"created": "2025-01-31T00:00:00-05:00"}))
    assert (west.name, east.name) == ("fixture-20250131T000000.json", "fixture-20250131T093000.json")
    assert storage.find_previous(at_l3()).path == west


def test_a_damaged_file_is_skipped_and_reported(pmladder_home: Path) -> None:
    good = _save(at_l2())
    damaged = storage.assessments_dir() / "fixture-20250301T093000.json"
    damaged.write_text('{"schema": "pmladder/assessment@1", "ladder": ', encoding="utf-8")
    found = storage.find_previous(at_l3())
    assert found.path == good
    [problem] = found.damaged
    assert isinstance(problem, InputError)
    assert re.fullmatch(rf"{re.escape(str(damaged))}:2:1: error yaml-syntax .+", error_text(problem))
    assert "\n" not in error_text(problem)


def test_a_saved_time_that_does_not_exist_is_a_located_error_not_a_crash() -> None:
    good = _save(at_l2())
    bad = storage.assessments_dir() / "fixture-20250301T093000.json"
    text = good.read_text(encoding="utf-8").replace("2025-01-31T09:30:00+08:00", "2025-13-31T09:30:00+08:00")
    bad.write_text(text, encoding="utf-8")
    found = storage.find_previous(at_l3())
    assert found.path == good
    [problem] = found.damaged
    line = text.splitlines().index('  "created": "2025-13-31T09:30:00+08:00",') + 1
    assert error_text(problem) == (
        f"{bad}:{line}:14: error schema-value '2025-13-31T09:30:00+08:00' is not a real date and time (created)"
    )


def test_files_far_older_than_the_one_found_are_not_read() -> None:
    recent = _save(at_l3(CREATED + timedelta(days=30)))
    old = storage.assessments_dir() / "fixture-20240101T000000.json"
    old.write_text("not json", encoding="utf-8")
    found = storage.find_previous(at_l3())
    assert (found.path, found.damaged) == (recent, [])
    # with nothing newer, the damaged old file is read, reported and skipped
    recent.unlink()
    found = storage.find_previous(at_l3())
    assert found.assessment is None and len(found.damaged) == 1


def test_a_saved_file_of_another_ladder_under_this_ladders_name_is_ignored() -> None:
    other = at_l2().model_copy(update={"ladder": "pm-generic"})
    storage.save_assessment(other, storage.assessments_dir() / "fixture-20250101T000000.json")
    assert storage.find_previous(at_l3()).assessment is None


# ---- the rendered section ---------------------------------------------------------------------------------

LANGS: list[Lang] = ["en", "zh"]


def _render_text(assessment: Assessment, lang: Lang) -> str:
    console = Console(width=100, color_system=None, force_terminal=False, record=True)
    console.print(render.report(assessment, fixture_ladder(), lang))
    return console.export_text()


def _golden_case() -> Assessment:
    """Floors up and down, a skipped focus area, and a ladder file that changed in between."""
    previous = at_l2().model_copy(update={"ladder_sha256": "1" * 64})
    return with_progress(mixed(skip_design=True), previous)


@pytest.mark.parametrize("lang", LANGS)
def test_golden_report_with_the_since_section(golden: Golden, lang: Lang) -> None:
    golden(f"assess/fixture-since.{lang}.txt", _render_text(_golden_case(), lang))


@pytest.mark.parametrize("lang", LANGS)
def test_golden_markdown_with_the_since_section(golden: Golden, lang: Lang) -> None:
    golden(f"assess/fixture-since.{lang}.md", render.to_markdown(_golden_case(), fixture_ladder(), lang))


def test_the_section_comes_right_after_the_summary_panel() -> None:
    text = _render_text(_golden_case(), "en")
    panel_end = text.index("╰")
    assert text.index("Since last time (2025-01-31)") == text.index("\n", panel_end) + 1
    assert text.index("Since last time") < text.index("Competencies (management track")
    assert "Since last time" not in _render_text(mixed(), "en")


def test_the_explicit_progress_argument_wins_over_since() -> None:
    current = with_progress(mixed(), at_l2())
    shown = render.since_section(current, fixture_ladder(), "en", compare_with(at_l3(CREATED), current))
    assert shown is not None
    assert shown[1][0] == "Level: Level three → Level two (down)"


def test_ladder_text_in_the_section_is_escaped() -> None:
    raw = yaml.safe_load(FIXTURE_LADDER.read_text(encoding="utf-8"))
    raw["competencies"][0]["name"]["en"] = "[bold]Analysis[/bold] *x*"
    ladder = Ladder.model_validate(raw)
    current = with_progress(at_l3(), at_l2())
    console = Console(width=200, color_system=None, force_terminal=False, record=True)
    console.print(render.report(current, ladder, "en"))
    assert "Moved up: [bold]Analysis[/bold] *x* (Level two → Level three)" in console.export_text()
    markdown = render.to_markdown(current, ladder, "en")
    assert r"- Moved up: \[bold\]Analysis\[/bold\] \*x\* (Level two → Level three)" in markdown


def test_the_previous_date_is_its_own_calendar_date() -> None:
    previous = at_l2().model_copy(update={"created": "2025-01-31T23:30:00-05:00"})
    current = at_l3(datetime(2025, 6, 1, tzinfo=UTC))
    title = render.since_section(current, fixture_ladder(), "zh", compare_with(previous, current))[0]
    assert title == "与上次相比（2025-01-31）"


def test_the_assess_use_case_fills_since_from_the_previous_result_it_is_handed() -> None:
    previous = at_l2()
    asked: list[Assessment] = []

    def find_previous(current: Assessment) -> Assessment | None:
        asked.append(current)
        return previous

    current = use_case.assess(
        fixture_ladder(),
        answers(ratings=L3, evidence=L3_EVIDENCE),
        ladder_sha256="0" * 64,
        created=LATER,
        find_previous=find_previous,
    )
    assert [a.since for a in asked] == [None]  # asked with the fresh result, before "since" exists
    assert current.since == compare_with(previous, asked[0])
    assert current.model_copy(update={"since": None}) == asked[0] == at_l3()
    none_before = use_case.assess(
        fixture_ladder(), answers(ratings=L2), ladder_sha256="0" * 64, created=CREATED, find_previous=lambda _r: None
    )
    assert none_before.since is None and none_before == at_l2()
