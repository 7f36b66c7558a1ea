"""`pmladder scorecard TEMPLATE` asking KPI by KPI: typed values, hints, na, back, quit and resume, stages, busy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_stdin import terminal
from scorecard_support import FIXTURES

from pmladder.cli import main

#: the worked example of docs/scorecard.md typed in, in the template's order (percent_input: points);
#: then the dividend's two figures and no innovation award
CASE_1_KEYS = ["88%", "4.2", "90", "25", "3", "1", "60", "80", "4", "90", "2", "10000000", "10%", "n"]


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # one message, one line, however long the paths


def _run(monkeypatch: pytest.MonkeyPatch, keys: list[str], *args: str, eof: bool = False) -> int:
    typed = "".join(f"{key}\n" for key in keys)
    monkeypatch.setattr("sys.stdin", terminal(typed.encode()))
    return main(["scorecard", *args])


def _session(home: Path, scorecard: str = "industrial-value") -> dict[str, object]:
    data: dict[str, object] = json.loads((home / "sessions" / "scorecards" / f"{scorecard}.json").read_text("utf-8"))
    return data


def _saved(home: Path) -> list[dict[str, object]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((home / "scorecard-results").glob("*.json"))]


def test_the_worked_example_typed_in_gives_what_the_file_gives(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    code = _run(monkeypatch, CASE_1_KEYS, "industrial-value", "--period", "2026-H2", "--base-pay", "20000",
                "--format", "json", "--lang", "en")
    captured = capsys.readouterr()
    assert code == 0
    asked = json.loads(captured.out[captured.out.index("{\n"):])
    assert main(["scorecard", "industrial-value", "--values", str(FIXTURES / "case1-after.yaml"), "-f", "json",
                 "--no-save"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    assert asked == from_file
    assert asked["total"] == pytest.approx(103.35, abs=0.005)
    # the session is gone, the result is kept with its period
    assert not (pmladder_home / "sessions" / "scorecards" / "industrial-value.json").exists()
    [saved] = _saved(pmladder_home)
    assert (saved["schema"], saved["kind"], saved["scorecard"], saved["period"]) == (
        "pmladder/scorecard-saved@1", "scorecard", "industrial-value", "2026-H2")
    assert saved["result"] == from_file
    assert captured.err.startswith(f"Result saved to {pmladder_home / 'scorecard-results'}/industrial-value-2026-H2-")


@pytest.mark.parametrize(
    ("lang", "typed", "hint"),
    [
        ("en", "lots", "'lots' is not a number"),
        ("zh", "lots", "'lots' 不是数字"),
        ("en", "120%", "'120%' is above 100%, the most a share can be"),
        ("zh", "120", "'120' 超过了 100%，这是占比的上限"),
        ("en", "-3", "'-3' is negative; this KPI takes zero or more"),
        ("en", "nan", "'nan' is not a finite number"),
        ("en", "", "Type the value; na and a reason if it does not apply; b back, ? help, q save and quit"),
        ("zh", "", "请输入数值；不适用请输入 na 和原因；b 上一项，? 说明，q 保存并退出"),
    ],
)
def test_a_bad_value_is_answered_with_one_line_and_asked_again(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lang: str, typed: str, hint: str
) -> None:
    assert _run(monkeypatch, [typed, "88", "q"], "industrial-value", "--lang", lang) == 130
    out = capsys.readouterr().out
    prompt = "百分比（88 或 88%） > " if lang == "zh" else "Percent (88 or 88%) > "
    assert f"{prompt}{hint}\n{prompt}" in out
    assert out.count(prompt) == 2  # asked again once; the next KPI is a rating


def test_a_percent_without_its_sign_is_refused_when_the_template_does_not_say_how_to_read_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    card = tmp_path / "sign.yaml"
    card.write_text((FIXTURES / "mini.yaml").read_text("utf-8").replace("scoring: {percent_input: points}\n", ""))
    assert _run(monkeypatch, ["0.88", "88%", "q"], str(card), "--lang", "en") == 130
    out = capsys.readouterr().out
    hint = (
        "'0.88': the scorecard does not say how to read a bare number as a percent; write it with a % sign "
        "(such as 0.88%)"
    )
    assert f"Percent, with its sign (88%) > {hint}\n" in out


def test_na_takes_a_reason_on_the_line_or_asks_for_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    keys = ["na: 还没有客户（新版本）", "na", "", "none of the customers rated", "q"]
    assert _run(monkeypatch, keys, "industrial-value", "--lang", "en") == 130
    out = capsys.readouterr().out
    hint = "A KPI marked na needs the reason it does not apply; type it, or b to go back"
    assert f"Why does it not apply? > {hint}\n" in out
    values = _session(pmladder_home)["values"]
    assert values == {"renewal": {"na": "还没有客户（新版本）"}, "satisfaction": {"na": "none of the customers rated"}}


def test_a_rating_by_raters_and_full_width_digits(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["８５％", "1", "sales=4 rd=5", "q"], str(FIXTURES / "mini.yaml"), "--lang", "en") == 130
    out = capsys.readouterr().out
    assert "Score from 1 to 5, or per rater: sales=… rd=… > " in out
    rating = {"by": {"sales": 4.0, "rd": 5.0}}
    assert _session(pmladder_home, "mini")["values"] == {"renewal": "85%", "defects": "1%", "rating": rating}


def test_b_undoes_the_last_answer_and_says_which(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["b", "88", "b", "86", "q"], "industrial-value", "--lang", "en") == 130
    out = capsys.readouterr().out
    assert "Nothing to undo yet.\n" in out
    assert "↩ Undid: Key-customer renewal rate\n" in out
    assert _session(pmladder_home)["values"] == {"renewal": "86%"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_quit_saves_and_running_again_continues_where_it_stopped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path, lang: str
) -> None:
    assert _run(monkeypatch, [*CASE_1_KEYS[:3], "q"], "industrial-value", "--lang", lang, "--period", "2026-H2") == 130
    err = capsys.readouterr().err
    path = pmladder_home / "sessions" / "scorecards" / "industrial-value.json"
    if lang == "en":
        words = "continue with: pmladder scorecard industrial-value"
        assert err == f"pmladder: progress saved (3 answers) to {path}; {words}\n"
    else:
        assert err == f"pmladder: 已保存进度（3 个回答）到 {path}；继续：pmladder scorecard industrial-value\n"
    saved = _session(pmladder_home)
    assert (saved["schema"], saved["period"], saved["lang"]) == ("pmladder/scorecard-session@1", "2026-H2", lang)
    assert saved["history"] == ["kpi:renewal", "kpi:satisfaction", "kpi:issue-closure"]
    # no --lang: the session's language; Enter continues at the fourth KPI
    assert _run(monkeypatch, ["", *CASE_1_KEYS[3:]], "industrial-value", "-f", "json", "--no-save") == 0
    out = capsys.readouterr().out
    name = "业务价值导向考核（工业互联网）" if lang == "zh" else "Business-value scorecard (industrial internet)"
    assert (f"从上次停下的地方继续{name}：已有 3 个回答。" if lang == "zh" else
            f"Continuing {name} where you stopped: 3 answers so far.") in out
    assert json.loads(out[out.index("{\n"):])["total"] == pytest.approx(103.35, abs=0.005)
    assert not path.exists() and not (pmladder_home / "scorecard-results").exists()


def test_end_of_input_and_ctrl_c_save_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["88"], "industrial-value", "--lang", "en") == 130  # the input ends
    assert "progress saved (1 answer)" in capsys.readouterr().err
    assert _session(pmladder_home)["values"] == {"renewal": "88%"}
    assert not list((pmladder_home / "sessions" / "scorecards").glob(".*.tmp"))


def test_stopping_before_any_answer_saves_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["q"], "industrial-value", "--lang", "en") == 130
    assert capsys.readouterr().err == "pmladder: stopped before the first answer; nothing to save\n"
    assert not (pmladder_home / "sessions" / "scorecards" / "industrial-value.json").exists()


def test_r_and_restart_start_over(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["88", "q"], "industrial-value", "--lang", "en") == 130
    assert _run(monkeypatch, ["x", "r", "90", "q"], "industrial-value", "--lang", "en") == 130
    out = capsys.readouterr().out
    assert "Continue it? Enter/c continue, r start over > Press Enter or type c to continue the saved period" in out
    assert _session(pmladder_home)["values"] == {"renewal": "90%"}
    assert _run(monkeypatch, ["91", "q"], "industrial-value", "--restart", "--lang", "en") == 130
    assert _session(pmladder_home)["values"] == {"renewal": "91%"}


def test_a_different_period_for_the_unfinished_one_says_how_to_start_over(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["88", "q"], "industrial-value", "--period", "2026-Q3", "--lang", "en") == 130
    capsys.readouterr()
    assert _run(monkeypatch, [""], "industrial-value", "--period", "2026-Q4", "--lang", "en") == 2
    assert capsys.readouterr().err == (
        "pmladder: --period '2026-Q4': the unfinished period being continued has 2026-Q3; to start over: "
        "pmladder scorecard industrial-value --restart --period 2026-Q4\n"
    )
    assert _session(pmladder_home)["values"] == {"renewal": "88%"}  # nothing lost


def test_a_second_run_of_the_same_scorecard_is_refused_exit_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    from pmladder import scorecard_store

    with scorecard_store.locked("industrial-value"):
        assert _run(monkeypatch, ["88"], "industrial-value", "--lang", "en") == 3
    lock = pmladder_home / "sessions" / "scorecards" / ".industrial-value.lock"
    assert capsys.readouterr().err == (
        f"pmladder: another pmladder run is entering the values of scorecard 'industrial-value' (it holds {lock}); "
        "finish or quit it first; nothing was changed\n"
    )


def test_a_template_with_stages_asks_the_stage_and_only_its_kpis(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    assert _run(monkeypatch, ["9", "2", "q"], "lifecycle-stages", "--lang", "en") == 130
    out = capsys.readouterr().out
    assert "Which lifecycle stage is the product in this period?" in out
    assert "Number 1-3 (q quits) > Type a number from 1 to 3, then Enter\n" in out
    assert _run(monkeypatch, ["4", "q"], "lifecycle-stages", "--stage", "growth", "--lang", "en") == 130
    saved = _session(pmladder_home, "lifecycle-stages")
    assert saved["stage"] == "growth"
    from pmladder.model.scorecard import walk_kpis
    from pmladder.scorecard_run import load_template

    card = load_template("lifecycle-stages")
    first = walk_kpis(card.sections_of("growth"))[0].id
    assert saved["history"] == [f"kpi:{first}"]


def test_a_damaged_session_is_kept_aside_and_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], pmladder_home: Path
) -> None:
    folder = pmladder_home / "sessions" / "scorecards"
    folder.mkdir(parents=True)
    (folder / "industrial-value.json").write_text('{"schema": "pmladder/scorecard-session@1"', encoding="utf-8")
    assert _run(monkeypatch, ["88"], "industrial-value", "--lang", "en") == 1
    err = capsys.readouterr().err
    kept = folder / "industrial-value.json.damaged"
    assert err.startswith("pmladder: the unfinished period could not be read (") and str(kept) in err
    assert err.count("\n") == 1
    assert kept.is_file()
