"""The validate cache: unchanged files are not checked again, and the reports never change."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import pmladder
from pmladder import cache
from pmladder import validate as checks
from pmladder.cli import main
from pmladder.io.ladder_files import bundled_dir
from pmladder.render.issues import issue_line

EXAMPLES = Path(__file__).resolve().parent / "example-files"
MINIMAL = (EXAMPLES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
SIMILAR = EXAMPLES / "invalid" / "similar-wording.yaml"  # a warning only
TAXONOMY = bundled_dir() / "taxonomy.yaml"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files validate_file really checks, in order."""
    names: list[str] = []
    real: Callable[..., checks.FileReport] = checks.validate_file

    def spy(raw: bytes, filename: str, **kwargs: Any) -> checks.FileReport:
        names.append(filename)
        return real(raw, filename, **kwargs)

    monkeypatch.setattr(checks, "validate_file", spy)
    return names


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["validate", *args])
    return code, capsys.readouterr().out


def cache_file(home: Path) -> Path:
    return home / "cache" / cache.FILE_NAME


def test_an_unchanged_clean_file_is_not_checked_again(
    work: Path, pmladder_home: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    first = run(["a.yaml"], capsys)
    second = run(["a.yaml"], capsys)
    assert first == second == (0, "1 file checked: 0 invalid, 0 errors, 0 warnings\n")
    assert checked == ["a.yaml"]
    assert cache_file(pmladder_home).is_file()


def test_the_same_content_under_another_name_is_a_hit_and_keeps_its_kind(
    work: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(TAXONOMY, work / "taxonomy.yaml")
    assert run(["taxonomy.yaml"], capsys)[0] == 0
    shutil.copyfile(TAXONOMY, work / "copy.yml")
    code, out = run(["--format", "json", "copy.yml"], capsys)
    assert code == 0
    assert json.loads(out)["files"] == [
        {"file": "copy.yml", "kind": "taxonomy", "valid": True, "errors": 0, "warnings": 0, "stopped": None}
    ]
    assert checked == ["taxonomy.yaml"]


def test_a_file_with_a_warning_is_remembered_too_and_strict_still_applies(
    work: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(SIMILAR, work / "similar.yaml")
    first = run(["--strict", "similar.yaml"], capsys)
    second = run(["--strict", "similar.yaml"], capsys)
    relaxed = run(["similar.yaml"], capsys)
    assert first == second
    assert first[0] == 1 and relaxed[0] == 0
    assert "warning similar-wording" in first[1]
    assert checked == ["similar.yaml"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (MINIMAL.replace("{zh: 两个级别、", "{zh: 两个级别， 一个", 1), "warning cjk-space"),
        ((EXAMPLES / "invalid" / "many-mistakes.yaml").read_text(encoding="utf-8"), "error duplicate-key"),
    ],
    ids=["cjk-space-only", "many-mistakes"],
)
def test_a_file_with_issues_is_checked_once_and_reported_in_full_under_any_name_and_language(
    text: str, code: str, work: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "l.yaml").write_text(text, encoding="utf-8")
    (work / "copy.yaml").write_text(text, encoding="utf-8")
    for fmt in ("text", "json", "github"):
        first = run(["--format", fmt, "l.yaml"], capsys)
        second = run(["--format", fmt, "l.yaml"], capsys)
        assert first == second == run(["--no-cache", "--format", fmt, "l.yaml"], capsys)
        assert run(["--format", fmt, "copy.yaml"], capsys) == run(["--no-cache", "--format", fmt, "copy.yaml"], capsys)
        zh = run(["--lang", "zh", "--format", fmt, "l.yaml"], capsys)
        assert zh == run(["--lang", "zh", "--format", fmt, "l.yaml"], capsys)
        assert zh == run(["--no-cache", "--lang", "zh", "--format", fmt, "l.yaml"], capsys)
    assert code in run(["l.yaml"], capsys)[1]
    # 6 runs with --no-cache check it; with the cache, the first run only: every issue is a code and
    # parameters, the same report in either language
    assert checked.count("l.yaml") == 6 + 1


def test_a_changed_file_is_checked_again(work: Path, checked: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    path = work / "a.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert run(["a.yaml"], capsys)[0] == 0
    path.write_text(MINIMAL.replace("band: 1", "band: one", 1), encoding="utf-8")
    code, out = run(["a.yaml"], capsys)
    assert code == 1
    assert "error schema-type" in out
    assert checked == ["a.yaml", "a.yaml"]


def test_no_cache_neither_reads_nor_writes_the_cache(
    work: Path, pmladder_home: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    assert run(["--no-cache", "a.yaml"], capsys)[0] == 0
    assert not cache_file(pmladder_home).exists()
    assert run(["a.yaml"], capsys)[0] == 0
    assert run(["--no-cache", "a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml", "a.yaml", "a.yaml"]


def test_standard_input_is_never_cached(
    work: Path, pmladder_home: Path, checked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(2):
        result = checks.validate_paths(["-"], read_stdin=MINIMAL.encode)
        assert result.ok
    assert checked == ["<stdin>", "<stdin>"]
    assert not cache_file(pmladder_home).exists()


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe garbage", b"[1, 2]", b'{"fingerprint": 7, "clean": []}', b"", b"{" * 10_000],
    ids=["bytes", "list", "wrong-types", "empty", "deep"],
)
def test_a_corrupt_cache_is_ignored_and_replaced(
    content: bytes, work: Path, pmladder_home: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    cache_file(pmladder_home).parent.mkdir(parents=True)
    cache_file(pmladder_home).write_bytes(content)
    (work / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    assert run(["a.yaml"], capsys) == (0, "1 file checked: 0 invalid, 0 errors, 0 warnings\n")
    assert run(["a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml"]
    assert len(json.loads(cache_file(pmladder_home).read_text(encoding="utf-8"))["entries"]) == 1


def test_a_cache_that_claims_a_file_is_clean_under_another_fingerprint_is_discarded(
    work: Path, pmladder_home: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = MINIMAL.replace("band: 1", "band: one", 1).encode("utf-8")
    stale = {"fingerprint": "from another version", "clean": {cache.content_key(broken): "ladder"}}
    cache_file(pmladder_home).parent.mkdir(parents=True)
    cache_file(pmladder_home).write_text(json.dumps(stale), encoding="utf-8")
    (work / "a.yaml").write_bytes(broken)
    assert run(["a.yaml"], capsys)[0] == 1
    assert checked == ["a.yaml"]
    assert json.loads(cache_file(pmladder_home).read_text(encoding="utf-8"))["fingerprint"] != "from another version"


def test_an_unwritable_cache_folder_is_not_an_error(
    work: Path, pmladder_home: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (pmladder_home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    (work / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    assert run(["a.yaml"], capsys) == (0, "1 file checked: 0 invalid, 0 errors, 0 warnings\n")
    assert run(["a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml", "a.yaml"]
    assert not list(pmladder_home.glob("*.tmp"))


def test_the_fingerprint_follows_the_taxonomy_and_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    base = cache.fingerprint(b"taxonomy a")
    assert cache.fingerprint(b"taxonomy a") == base
    assert cache.fingerprint(b"taxonomy b") != base
    monkeypatch.setattr(pmladder, "__version__", "99.0")
    assert cache.fingerprint(b"taxonomy a") != base


def test_another_taxonomy_checks_the_files_again(
    work: Path, checked: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    shutil.copyfile(TAXONOMY, work / "tax.yaml")
    assert run(["a.yaml"], capsys)[0] == 0
    # the same taxonomy text given with --taxonomy is the same fingerprint: a hit
    assert run(["--taxonomy", "tax.yaml", "a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml"]
    text = TAXONOMY.read_text(encoding="utf-8")
    # the cache keys on the taxonomy's bytes: even a comment is another taxonomy
    (work / "tax.yaml").write_text("# a comment\n" + text, encoding="utf-8")
    assert run(["--taxonomy", "tax.yaml", "a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml", "a.yaml"]
    edited = text.replace("Learns under guidance", "Learns with guidance", 1)
    assert edited != text
    (work / "tax.yaml").write_text(edited, encoding="utf-8")
    assert run(["--taxonomy", "tax.yaml", "a.yaml"], capsys)[0] == 0
    assert checked == ["a.yaml", "a.yaml", "a.yaml"]


def test_only_the_most_recent_entries_are_kept(
    work: Path, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    names = []
    for n in range(3):
        name = f"l{n}.yaml"
        (work / name).write_text(MINIMAL.replace("id: minimal", f"id: minimal-{n}", 1), encoding="utf-8")
        names.append(name)
        assert run([name], capsys)[0] == 0
    kept = json.loads(cache_file(pmladder_home).read_text(encoding="utf-8"))["entries"]
    expected = [cache.content_key((work / name).read_bytes()) for name in names[1:]]
    assert list(kept) == expected


def test_a_large_batch_with_some_files_cached_gives_the_reports_of_a_full_check(
    work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = sorted((EXAMPLES / "valid").glob("*.yaml")) + sorted((EXAMPLES / "invalid").glob("*.yaml"))
    for n in range(70):
        shutil.copyfile(sources[n % len(sources)], work / f"{n:03d}-{sources[n % len(sources)].name}")
    monkeypatch.setattr(checks, "PARALLEL_MIN_FILES", 2)
    full = checks.validate_paths(["."], use_cache=False)
    checks.validate_paths(["000-branching.yaml", "001-minimal.yaml"])  # put two files in the cache
    cached = checks.validate_paths(["."])
    again = checks.validate_paths(["."])

    def summary(result: checks.ValidationResult) -> list[tuple[str, str, list[str]]]:
        return [(r.file, r.kind, [issue_line(i) for i in r.issues]) for r in result.files]

    assert summary(cached) == summary(again) == summary(full)
    assert sum(r.errors for r in full.files) > 40


def test_the_cache_folder_is_under_pmladder_home_or_the_user_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from platformdirs import user_cache_dir

    monkeypatch.setenv("PMLADDER_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("PMLADDER_HOME")
    assert cache.cache_dir() == Path(user_cache_dir("pmladder", appauthor=False))


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd (process substitution)")
def test_a_pipe_is_read_once(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # pmladder validate <(cat ladder.yaml): the cache lookup must not consume what the check reads
    for _ in range(2):  # the second time its content is in the cache
        read, write = os.pipe()
        os.write(write, MINIMAL.encode("utf-8"))
        os.close(write)
        try:
            assert run([f"/dev/fd/{read}"], capsys) == (0, "1 file checked: 0 invalid, 0 errors, 0 warnings\n")
        finally:
            os.close(read)
