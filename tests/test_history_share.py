"""`history export` (with --redact) and `history import`: never overwrite, refuse bad files, change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from history_support import a_year

from pmladder import storage
from pmladder.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())} if path.is_dir() else {}


def test_export_copies_every_result_and_again_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = a_year()
    out = tmp_path / "coach"
    assert _run(capsys, "history", "export", str(out), "--lang", "en") == (0, "", f"exported 3 result(s) to {out}\n")
    assert _folder(out) == {p.name: p.read_bytes() for p in saved}
    code, _, err = _run(capsys, "history", "export", str(out), "--lang", "en")
    assert code == 0 and err.startswith(f"exported 0 result(s) to {out}\n3 result(s) were there already")
    assert len(_folder(out)) == 3


def test_export_of_chosen_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = a_year()
    assert _run(capsys, "history", "export", str(tmp_path / "c"), "20261201", "20260302")[0] == 0
    assert sorted(_folder(tmp_path / "c")) == sorted([saved[2].name, saved[0].name])


def test_redact_removes_examples_and_keeps_a_readable_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = a_year()
    code, _, err = _run(capsys, "history", "export", str(tmp_path / "c"), "--redact", "--lang", "zh")
    assert code == 0 and "已去掉" in err
    for path in saved:
        exported = tmp_path / "c" / path.name
        assert json.loads(exported.read_text(encoding="utf-8"))["answers"]["evidence"] == {}
        original = json.loads(path.read_text(encoding="utf-8"))
        assert original["answers"]["evidence"]  # the saved result keeps its examples
        text = exported.read_text(encoding="utf-8")
        assert not any(example in text for example in original["answers"]["evidence"].values())
        result = storage.load_assessment(exported)
        assert result.tracks == storage.load_assessment(path).tracks


def test_export_into_the_history_folder_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    a_year()
    folder = storage.assessments_dir()
    before = _folder(folder)
    code, _, err = _run(capsys, "history", "export", str(folder), "--lang", "en")
    assert code == 2 and err == f"pmladder: {folder} is the history folder itself; export to another folder\n"
    assert _folder(folder) == before


def test_import_into_an_empty_history_keeps_the_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = a_year()
    assert _run(capsys, "history", "export", str(tmp_path / "c"))[0] == 0
    monkeypatch.setenv("PMLADDER_HOME", str(tmp_path / "coach-home"))
    code, _, err = _run(capsys, "history", "import", str(tmp_path / "c"), "--lang", "en")
    assert (code, err) == (0, f"imported 3 result(s) from {tmp_path / 'c'}\n")
    assert _folder(storage.assessments_dir()) == {p.name: p.read_bytes() for p in saved}
    code, _, err = _run(capsys, "history", "import", str(tmp_path / "c"), "--lang", "en")
    assert code == 0 and "3 result(s) were there already" in err
    assert len(_folder(storage.assessments_dir())) == 3


def test_import_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = a_year()
    incoming = tmp_path / "in"
    incoming.mkdir()
    other = json.loads(saved[2].read_text(encoding="utf-8"))
    other["answers"]["evidence"] = {}
    (incoming / "whatever.json").write_text(json.dumps(other), encoding="utf-8")
    before = saved[2].read_bytes()
    assert _run(capsys, "history", "import", str(incoming))[0] == 0
    assert saved[2].read_bytes() == before
    assert (storage.assessments_dir() / (saved[2].stem + "-2.json")).is_file()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"schema": "pmladder/assessment@1"', "{file}:2:1: error yaml-syntax"),
        ('{"schema": "pmladder/assessment@9"}', "{file}: saved by another version of pmladder"),
        ("[1, 2]", "{file}: not a result pmladder saved"),
    ],
)
def test_import_refuses_a_bad_file_and_changes_nothing(
    tmp_path: Path, content: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = a_year()
    assert _run(capsys, "history", "export", str(tmp_path / "c"))[0] == 0
    for path in saved:
        path.unlink()  # a fresh history: the good files of the folder would be imported
    bad = tmp_path / "c" / "zz-bad.json"
    bad.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, "history", "import", str(tmp_path / "c"), "--lang", "en")
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("pmladder: " + words.format(file=bad)), err
    assert _folder(storage.assessments_dir()) == {}


@pytest.mark.parametrize(("name", "code", "words"), [("missing", 2, "the folder {folder} does not exist")])
def test_import_of_a_missing_folder(tmp_path: Path, name: str, code: int, words: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / name
    assert _run(capsys, "history", "import", str(folder), "--lang", "en") == (
        code, "", f"pmladder: {words.format(folder=folder)}\n"
    )


def test_scorecard_results_travel_to_their_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from history_support import save_scorecard

    a_year()
    card = save_scorecard()
    assert _run(capsys, "history", "export", str(tmp_path / "c"))[0] == 0
    assert (tmp_path / "c" / card.name).read_bytes() == card.read_bytes()
    monkeypatch.setenv("PMLADDER_HOME", str(tmp_path / "coach-home"))
    code, _, err = _run(capsys, "history", "import", str(tmp_path / "c"), "--lang", "en")
    assert code == 0 and err.startswith("imported 4 result(s)")
    assert (tmp_path / "coach-home" / "scorecard-results" / card.name).read_bytes() == card.read_bytes()
    assert len(_folder(storage.assessments_dir())) == 3


def test_redact_of_a_scorecard_result_removes_typed_reasons() -> None:
    from pmladder.history_share import redacted_result

    data = {"kind": "scorecard", "result": {"sections": [{"kpis": [{"id": "a", "na_reason": "no customers yet"},
                                                                    {"id": "b", "na_reason": None}]}]},
            "notes": ["told my manager"]}
    clean, removed = redacted_result("scorecard", data)
    assert removed == 2 and "no customers" not in json.dumps(clean) and "told" not in json.dumps(clean)
    assert clean["result"]["sections"][0]["kpis"][0] == {"id": "a", "na_reason": None}


def test_redact_of_an_assessment_keeps_the_ladders_own_text() -> None:
    from pmladder.history_share import redacted_result

    data = {"answers": {"evidence": {"x.1": "my story"}, "ratings": {"x.1": 2}},
            "plan": {"focus": [{"evidence": {"zh": "证据", "en": "proof"}, "resources": [{"note": {"en": "n"}}]}]}}
    clean, removed = redacted_result("assessment", data)
    assert removed == 1 and clean["answers"] == {"evidence": {}, "ratings": {"x.1": 2}}
    assert clean["plan"] == data["plan"]


def test_nothing_to_export_or_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = "pmladder: no saved results to export: run pmladder assess for a first assessment\n"
    assert _run(capsys, "history", "export", str(tmp_path / "c"), "--lang", "en") == (2, "", words)
    assert not (tmp_path / "c").exists()
    (tmp_path / "empty").mkdir()
    words = f"pmladder: {tmp_path / 'empty'} holds no result files (*.json)\n"
    assert _run(capsys, "history", "import", str(tmp_path / "empty"), "--lang", "en") == (2, "", words)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    words = f"pmladder: {tmp_path / 'file'} is a file, not a folder; give the folder to export to\n"
    assert _run(capsys, "history", "export", str(tmp_path / "file"), "--lang", "en") == (2, "", words)
