"""A ladder that loaded clean is validated from its kept data next time, never read wrong from it."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from pmladder.errors import InputError
from pmladder.io import ladder_files, models, recall
from pmladder.io.ladders import load_ladder

ROOT = Path(__file__).resolve().parent.parent


def _kept(home: Path) -> list[Path]:
    folder = home / "cache" / recall.FOLDER
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*args: object, **kwargs: object) -> object:
        raise AssertionError("parsed again")

    monkeypatch.setattr(models, "load_model", parse)


def test_a_bundled_ladder_is_parsed_once(pmladder_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_ladder("pm-generic")
    assert len(_kept(pmladder_home)) == 1
    _no_parsing(monkeypatch)
    again = load_ladder("pm-generic")
    assert again.ladder == first.ladder
    assert (again.sha256, again.source, again.display) == (first.sha256, first.source, first.display)


def test_the_taxonomy_is_parsed_once(pmladder_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ladder_files.load_taxonomy()
    _no_parsing(monkeypatch)
    assert ladder_files.load_taxonomy() == first


def _own_ladder(home: Path, text: str) -> Path:
    folder = home / "ladders"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_changed_file_is_read_again(pmladder_home: Path) -> None:
    source = (ROOT / "ladders" / "pm-generic.yaml").read_text(encoding="utf-8")
    path = _own_ladder(pmladder_home, source.replace("id: pm-generic", "id: mine", 1))
    load_ladder("mine")
    path.write_text(path.read_text(encoding="utf-8").replace("id: mine", "id: mine-2", 1), encoding="utf-8")
    assert load_ladder("mine").ladder.id == "mine-2"


def test_a_ladder_with_an_error_is_never_kept(pmladder_home: Path) -> None:
    source = (ROOT / "ladders" / "pm-generic.yaml").read_text(encoding="utf-8")
    _own_ladder(pmladder_home, source.replace("id: pm-generic", "id: Not An Id", 1))
    for _ in range(2):
        with pytest.raises(InputError):
            load_ladder("mine")
    kept = [json.loads(p.read_text(encoding="utf-8"))["data"] for p in _kept(pmladder_home)]
    assert all("levels" not in data for data in kept)  # the taxonomy's, at most


@pytest.mark.parametrize("damage", ["{not json", json.dumps({"stamp": "other", "data": {}}), json.dumps([1, 2])])
def test_a_damaged_or_foreign_entry_is_ignored(pmladder_home: Path, damage: str) -> None:
    first = load_ladder("pm-generic")
    (entry,) = _kept(pmladder_home)
    entry.write_text(damage, encoding="utf-8")
    assert load_ladder("pm-generic").ladder == first.ladder


def test_kept_data_that_no_longer_validates_is_read_again(pmladder_home: Path) -> None:
    first = load_ladder("pm-generic")
    (entry,) = _kept(pmladder_home)
    kept = json.loads(entry.read_text(encoding="utf-8"))
    kept["data"]["levels"] = "not a list"
    entry.write_text(json.dumps(kept), encoding="utf-8")
    assert load_ladder("pm-generic").ladder == first.ladder


def test_a_cache_that_cannot_be_written_is_no_cache(pmladder_home: Path) -> None:
    (pmladder_home / "cache").mkdir(parents=True, exist_ok=True)
    (pmladder_home / "cache" / recall.FOLDER).write_text("a file where the folder would be", encoding="utf-8")
    assert load_ladder("pm-generic").ladder.id == "pm-generic"
    assert load_ladder("pm-generic").ladder.id == "pm-generic"


@pytest.mark.parametrize(
    ("data", "exact"),
    [
        ({"a": [1, 2.5, None, True, "x"]}, True),
        ({1: "an integer key"}, False),
        ({"when": datetime.date(2026, 12, 2)}, False),
        ({"a": (1, 2)}, False),
    ],
)
def test_only_data_json_holds_as_it_is_is_kept(pmladder_home: Path, data: object, exact: bool) -> None:
    recall.remember("k" * 64, "stamp", data)
    assert (recall.recall("k" * 64, "stamp") == data) is exact
    assert recall.recall("k" * 64, "another stamp") is None


def test_at_most_so_many_files_are_kept(pmladder_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recall, "MAX_ENTRIES", 3)
    for i in range(5):
        recall.remember(f"{i:064d}", "stamp", {"i": i})
    assert len(_kept(pmladder_home)) == 3
