"""Saved assessments: the data folder, atomic JSON writes, loading with file:line:col errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from scoring_fixtures import assess_fixture
from test_scoring import L2

from pmladder import storage
from pmladder.errors import InputError, NotFoundError, WriteError


def test_the_data_folder_follows_pmladder_home(pmladder_home: Path) -> None:
    assert storage.data_dir() == pmladder_home


def test_without_pmladder_home_it_is_the_platform_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv("PMLADDER_HOME")
    assert storage.data_dir() == Path(user_data_dir("pmladder", appauthor=False))


def test_save_and_load_round_trip(pmladder_home: Path) -> None:
    result = assess_fixture(ratings=L2, evidence={"analysis.l2.1": "spec for feature X"})
    path = storage.save_assessment(result)
    assert path == pmladder_home / "assessments" / "fixture-20250131T093000.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "pmladder/assessment@1"
    assert data["answers"]["schema"] == "pmladder/answers@1"
    assert (data["ladder"], data["created"]) == ("fixture", "2025-01-31T09:30:00+08:00")
    assert storage.load_assessment(path) == result
    assert storage.list_assessments() == [path]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left


def test_a_second_save_in_the_same_second_does_not_overwrite() -> None:
    result = assess_fixture(ratings=L2)
    first = storage.save_assessment(result)
    second = storage.save_assessment(result)
    assert second.name == "fixture-20250131T093000-2.json"
    assert first.exists()
    assert set(storage.list_assessments()) == {first, second}


def test_save_to_a_given_path(tmp_path: Path) -> None:
    target = tmp_path / "out" / "mine.json"
    assert storage.save_assessment(assess_fixture(ratings=L2), target) == target
    assert json.loads(target.read_text(encoding="utf-8"))["ladder"] == "fixture"
    assert storage.list_assessments() == []


def test_an_unwritable_path_is_a_write_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match=r"cannot write"):
        storage.save_assessment(assess_fixture(ratings=L2), blocker / "sub" / "a.json")


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", encoding="utf-8")

    def broken(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pmladder.files.os.replace", broken)
    with pytest.raises(WriteError, match=r"a\.json: cannot write \(the disk is full\)"):
        storage.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_damaged_file_is_an_input_error_with_its_location(tmp_path: Path) -> None:
    path = storage.save_assessment(assess_fixture(ratings=L2), tmp_path / "a.json")
    text = path.read_text(encoding="utf-8").replace('"primary_track": "management"', '"primary_track": 7')
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if '"primary_track"' in row)
    with pytest.raises(InputError) as raised:
        storage.load_assessment(path)
    message = str(raised.value)
    assert message.startswith(f"{path}:{line}:20: error schema-")
    assert "primary_track" in message


def test_a_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no such file"):
        storage.load_assessment(tmp_path / "nope.json")


def test_list_ignores_other_files(pmladder_home: Path) -> None:
    folder = pmladder_home / "assessments"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder / ".a.json.123.tmp").write_text("x", encoding="utf-8")
    assert storage.list_assessments() == []


def test_a_file_that_cannot_be_written_is_a_usage_error_in_chinese(tmp_path: Path) -> None:
    from pmladder.errors import WriteError
    from pmladder.i18n import t
    from pmladder.storage import write_atomic

    (tmp_path / "file").write_text("a file where a folder should be", encoding="utf-8")
    target = tmp_path / "file" / "result.json"
    with pytest.raises(WriteError) as caught:
        write_atomic(target, "{}")
    words = t(caught.value.code, "zh", **caught.value.params)
    assert words == f"{target}：无法写入（路径中有一部分是文件而不是文件夹）"


def test_a_saved_result_read_the_quick_way_is_what_the_loader_reads(pmladder_home: Path) -> None:
    """A result as pmladder writes it is read as JSON; the loader reads the same value from it."""
    from pmladder.io.models import load_model, require
    from pmladder.model.assessment import Assessment

    path = storage.save_assessment(assess_fixture())
    raw = path.read_bytes()
    quick = storage._as_written(raw)
    assert quick is not None
    assert quick == require(load_model(Assessment, raw, str(path)))


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text.replace('"ladder": "', '"ladder": "\\u001b', 1),  # an escape of a control character
        lambda text: text.replace("{", '{"ladder": "x",', 1),  # a key twice
        lambda text: text.replace('"ladder": "', '"ladder": "\u202e', 1),  # a bidi override as it is
        lambda text: "\ufeff" + text,  # a BOM
    ],
)
def test_what_the_loader_would_refuse_is_left_to_the_loader(pmladder_home: Path, change: Callable[[str], str]) -> None:
    path = storage.save_assessment(assess_fixture())
    changed = change(path.read_text(encoding="utf-8"))
    assert storage._as_written(changed.encode("utf-8")) is None
