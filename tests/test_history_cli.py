"""`pmladder history`: the list, show again in any format and language, ids, rm, and bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from history_support import a_year, save

from pmladder import history, storage
from pmladder.cli import main
from pmladder.feedback import Who


@pytest.fixture
def year() -> list[Path]:
    return a_year()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_list_golden(year: list[Path], lang: str, capsys: pytest.CaptureFixture[str], golden) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "history", "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"history/list.{lang}.txt", out)
    assert _run(capsys, "history", "list", "--lang", lang)[1] == out


def test_the_list_as_json_has_ids_and_levels(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "history", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["schema"] == "pmladder/history@1"
    assert [e["id"] for e in data["entries"]] == ["20260302-093000", "20260601-100000", "20261201-184510"]
    assert [e["level"] for e in data["entries"]] == ["junior", "intermediate", "senior"]
    assert {e["ladder_changed"] for e in data["entries"]} == {False}
    assert data["entries"][0]["rater"] is None and data["entries"][0]["confidence"] == "high"
    assert data["entries"][0]["role"] == "self"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["manager Bob about Alice", "peer about Alice", "Alice (self)"]),
        ("zh", ["经理 Bob 评 Alice", "同事 评 Alice", "Alice（本人）"]),
    ],
)
def test_who_rated_whom(lang: str, words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    save("pm-generic", "senior", "2026-12-02T10:00:00+08:00", Who("manager", "Alice", "Bob"))
    save("pm-generic", "intermediate", "2026-12-03T10:00:00+08:00", Who("peer", "Alice"))
    save("pm-generic", "intermediate", "2026-12-04T10:00:00+08:00", Who("self", "Alice"))
    from pmladder.model.history import HistoryEntry
    from pmladder.render.history import who

    assert _run(capsys, "history", "--lang", lang)[0] == 0
    entries = history.listing().model.entries
    assert [who(entry, lang) for entry in entries] == words  # type: ignore[arg-type]
    assert isinstance(entries[0], HistoryEntry)
    data = json.loads(_run(capsys, "history", "--format", "json")[1])
    assert [(e["role"], e["rater"], e["subject"]) for e in data["entries"]] == [
        ("manager", "Bob", "Alice"), ("peer", None, "Alice"), ("self", None, "Alice")
    ]


def test_an_empty_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "history", "--lang", "en")
    assert code == 0 and "no saved results yet: run pmladder assess" in out


@pytest.mark.parametrize(
    "typed",
    ["20260601", "20260601-1000", "20260601T100000", "2026-06-01", "2026-06", "pm-generic-20260601T100000.json"],
)
def test_an_id_may_be_typed_in_several_ways(year: list[Path], typed: str) -> None:
    assert history.resolve(typed) == ("20260601-100000", year[1])


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("2026", 2, "pmladder: the id '2026' matches several results: 20260302-093000, 20260601-100000, "
         "20261201-184510; type more of it"),
        ("1999", 2, "pmladder: no saved result has the id '1999' (3 saved); run pmladder history to see the ids"),
    ],
)
def test_unknown_and_ambiguous_ids(
    year: list[Path], typed: str, code: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "history", "show", typed)[::2] == (code, words + "\n")


def test_same_second_on_two_ladders_gets_file_name_ids(capsys: pytest.CaptureFixture[str]) -> None:
    save("pm-generic", "junior", "2026-03-02T09:30:00+08:00")
    save("pm-generic", "junior", "2026-03-02T09:30:00+08:00")
    save("pmm", "pmm", "2026-03-02T09:30:00+08:00")
    assert sorted(history.ids()) == ["20260302-093000-2", "pm-generic-20260302T093000", "pmm-20260302T093000"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_show_renders_as_assess_did(year: list[Path], fmt: str, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    from pmladder.cli.output import _formatted
    from pmladder.io.ladders import load_ladder

    code, out, err = _run(capsys, "history", "show", "20261201", "--format", fmt, "--lang", lang)
    assert (code, err) == (0, "")
    saved = storage.load_assessment(year[2])
    expected = _formatted(saved, load_ladder("pm-generic").ladder, fmt, lang)  # type: ignore[arg-type]
    if fmt == "json":
        assert json.loads(out) == json.loads(year[2].read_text(encoding="utf-8"))
    else:
        assert out.rstrip() == expected.rstrip()


def test_a_result_of_an_older_ladder_is_shown_with_a_note(
    pmladder_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from history_support import ROOT

    ladders = pmladder_home / "ladders"
    ladders.mkdir()
    text = (ROOT / "tests" / "answers" / "ladder.yaml").read_text(encoding="utf-8")
    (ladders / "answers-fixture.yaml").write_text(text, encoding="utf-8")
    assert main(["assess", "answers-fixture", "--answers", "tests/answers/valid.yaml", "--format", "json"]) == 0
    (ladders / "answers-fixture.yaml").write_text(text.replace("Mid-level PM", "Mid-level product manager"), "utf-8")
    capsys.readouterr()
    [ident] = history.ids()
    code, out, err = _run(capsys, "history", "show", ident, "--lang", "en")
    assert code == 0 and err == ""
    assert out.startswith(f"Note: result {ident} was made with an earlier version of this ladder")
    assert "Mid-level product manager" in out
    code, out, _ = _run(capsys, "history", "--lang", "en")
    assert "* made with an earlier version of the ladder" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"schema": "pmladder/assessment@1", "ladder": "pm-generic"', "{file}:2:1: error yaml-syntax"),
        ("", "{file}:"),
        ('{"schema": "pmladder/assessment@3", "ladder": "pm-generic"}',
         "{file}: saved by another version of pmladder (pmladder/assessment@3), which this one cannot read; "
         "upgrade pmladder"),
        ('{"hello": 1}', "{file}: not a result pmladder saved (no schema it knows)"),
    ],
)
def test_a_bad_file_is_one_line_and_nothing_changes(
    year: list[Path], content: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = storage.assessments_dir() / "pm-generic-20260701T120000.json"
    bad.write_text(content, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in storage.assessments_dir().iterdir()}
    code, out, err = _run(capsys, "history", "show", "20260701", "--lang", "en")
    assert code == 1 and out == ""
    assert err.startswith("pmladder: " + words.format(file=bad)) and err.count("\n") == 1
    code, out, err = _run(capsys, "history", "--lang", "en")  # the list goes on without it
    assert code == 0 and "20260601-100000" in out and "1 file(s) could not be read" in out
    assert err.startswith(f"cannot read: {bad}") and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in storage.assessments_dir().iterdir()} == before


def test_rm_asks_and_yes_removes(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "history", "rm", "20260302", "--lang", "en")
    words = "pmladder: stdin is not a terminal, so pmladder cannot ask; add --yes to remove 20260302-093000\n"
    assert code == 2 and err == words
    assert year[0].exists()
    code, _, err = _run(capsys, "history", "rm", "20260302", "--yes", "--lang", "zh")
    assert code == 0 and err == f"已删除 20260302-093000（{year[0].name}）\n"
    assert not year[0].exists() and year[1].exists()
    assert _run(capsys, "history", "rm", "20260302", "--yes")[0] == 2


def test_scorecard_results_are_listed_and_shown(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    from history_support import save_scorecard

    path = save_scorecard()
    data = json.loads(_run(capsys, "history", "--format", "json")[1])
    entry = data["entries"][-1]
    assert (entry["id"], entry["kind"], entry["ladder"], entry["period"]) == (
        "20261220-170000", "scorecard", "industrial-value", "2026-H2"
    )
    assert round(entry["total"], 2) == 103.35 and entry["name"]["en"].startswith("Business-value scorecard")
    out = _run(capsys, "history", "--lang", "en")[1]
    assert "Scorecard: Business-value scorecard (industrial internet)" in out and "2026-H2" in out and "103.35" in out
    code, out, err = _run(capsys, "history", "show", "20261220", "--lang", "en")
    assert (code, err) == (0, "") and "2026-H2" in out
    code, out, _ = _run(capsys, "history", "show", "20261220", "--format", "json")
    assert code == 0 and json.loads(out) == json.loads(path.read_text(encoding="utf-8"))
    assert _run(capsys, "history", "diff", "20261201", "20261220", "--lang", "en")[::2] == (
        1, "pmladder: 20261220-170000 is a scorecard result, not an assessment; diff and trend compare assessments\n"
    )


def test_a_ladder_that_is_not_installed_is_named_with_ladder(capsys: pytest.CaptureFixture[str]) -> None:
    from history_support import ROOT

    ladder = str(ROOT / "tests" / "answers" / "ladder.yaml")
    answers = str(ROOT / "tests" / "answers" / "valid.yaml")
    assert main(["assess", ladder, "--answers", answers, "--format", "json"]) == 0
    capsys.readouterr()
    [ident] = history.ids()
    words = (f"pmladder: the ladder 'answers-fixture' of result {ident} is not installed; name its file with "
             "--ladder FILE, or use --format json\n")
    assert _run(capsys, "history", "show", ident, "--lang", "en") == (2, "", words)
    code, out, err = _run(capsys, "history", "show", ident, "--ladder", ladder, "--lang", "en")
    assert (code, err) == (0, "") and "Mid-level PM" in out
    assert _run(capsys, "history", "show", ident, "--format", "json")[0] == 0
    code, _, err = _run(capsys, "history", "show", ident, "--ladder", "pm-generic", "--lang", "en")
    assert (code, err) == (1, "pmladder: --ladder names 'pm-generic', but this result belongs to 'answers-fixture'\n")


def test_a_damaged_file_can_be_removed(year: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    bad = storage.assessments_dir() / "pm-generic-20260701T120000.json"
    bad.write_text("{", encoding="utf-8")
    assert _run(capsys, "history", "rm", "20260701", "--yes", "--lang", "en") == (
        0, "", f"removed 20260701-120000 ({bad.name})\n"
    )
    assert not bad.exists() and all(path.exists() for path in year)
