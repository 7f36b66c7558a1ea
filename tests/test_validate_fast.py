"""The plain path of validate (entry.py): the output of the full CLI without typer; when cached, without pydantic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmladder import cache, entry
from pmladder.cli import main as cli_main

EXAMPLES = Path(__file__).resolve().parent / "example-files"
HEAVY = {"typer", "pydantic", "rich", "yaml", "click"}
#: a clean ladder, one with warnings of the rules, one with the rules' errors, one with the loader's
FILES = {
    "minimal.yaml": EXAMPLES / "valid" / "minimal.yaml",
    "similar.yaml": EXAMPLES / "invalid" / "similar-wording.yaml",
    "band-order.yaml": EXAMPLES / "invalid" / "band-order.yaml",
    "many.yaml": EXAMPLES / "invalid" / "many-mistakes.yaml",
}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    for name, source in FILES.items():
        shutil.copyfile(source, folder / name)
    monkeypatch.chdir(folder)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def _run(run: object, args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)  # type: ignore[operator]
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["text", "json", "github"])
@pytest.mark.parametrize("strict", [False, True], ids=["relaxed", "strict"])
def test_a_cached_run_says_exactly_what_the_full_cli_says(
    lang: str, fmt: str, strict: bool, work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [*FILES, "minimal.yaml"]  # a file named twice is listed once
    args = ["validate", "--lang", lang, "-f", fmt, *(["--strict"] if strict else []), *files]
    slow = _run(cli_main, args, capsys)  # checks every file and fills the cache
    taken: list[bool] = []
    real = entry._plain_validate_run

    def spy(rest: list[str]) -> int | None:
        found = real(rest)
        taken.append(found is not None)
        return found

    monkeypatch.setattr(entry, "_plain_validate_run", spy)
    fast = _run(entry.main, args, capsys)
    assert taken == [True]
    assert fast == slow == _run(cli_main, args, capsys)
    assert slow[0] == 1 and slow[1]


def test_the_bundled_files_by_default_and_the_other_spellings_of_the_options(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")  # the default format is then github
    for args in (
        ["validate"],
        ["validate", "--format=JSON", "--lang=zh_CN.UTF-8"],
        ["validate", "--strict"],
        ["validate", "--no-cache", "--strict", "-f", "github", "many.yaml", "similar.yaml"],
    ):
        slow = _run(cli_main, args, capsys)
        assert _run(entry.main, args, capsys) == slow
        assert slow[0] == (1 if "many.yaml" in args else 0)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "-", "--stdin-filename", "x.yaml"],
        ["validate", "."],
        ["validate", "missing.yaml"],
        ["validate", "--format", "xml", "minimal.yaml"],
        ["validate", "--lang", "fr", "minimal.yaml"],
        ["validate", "--taxonomy", "t.yaml", "minimal.yaml"],
        ["validate", "--help"],
        ["validate", "minimal.yaml", "--format"],
        ["validate", "--", "minimal.yaml"],
    ],
)
def test_anything_else_is_left_to_the_full_cli(args: list[str], work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(cli_main, ["validate", "minimal.yaml"], capsys)[0] == 0  # in the cache
    assert entry._plain_validate_run(args[1:]) is None
    assert capsys.readouterr() == ("", "")


def test_without_the_cache_the_files_are_checked_as_the_full_cli_checks_them(
    work: Path, pmladder_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmladder import validate

    checked: list[str] = []
    real = validate.validate_file

    def spy(raw: bytes, filename: str, **kwargs: object) -> object:
        checked.append(filename)
        return real(raw, filename, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(validate, "validate_file", spy)
    args = ["validate", "--lang", "zh", "minimal.yaml", "similar.yaml"]
    fast = _run(entry.main, args, capsys)  # nothing cached yet: checked
    assert checked == ["minimal.yaml", "similar.yaml"]
    assert fast == _run(entry.main, args, capsys) == _run(cli_main, args, capsys)  # then cached
    assert checked == ["minimal.yaml", "similar.yaml"]
    (work / "similar.yaml").write_text((work / "similar.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _run(entry.main, args, capsys) == fast
    assert checked == ["minimal.yaml", "similar.yaml", "similar.yaml"]
    # another fingerprint (another pmladder, another taxonomy...) is a miss too
    path = pmladder_home / "cache" / cache.FILE_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "fingerprint": "another"}), encoding="utf-8")
    assert _run(entry.main, args, capsys) == fast
    assert checked == ["minimal.yaml", "similar.yaml", "similar.yaml", "minimal.yaml", "similar.yaml"]


def test_a_checking_run_imports_neither_typer_nor_rich(work: Path) -> None:
    code = (
        "import sys\n"
        "from pmladder.entry import main\n"
        "code = main(['validate', '--format', 'github', 'minimal.yaml', 'band-order.yaml'])\n"
        "print(code, ' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    exit_code, *loaded = result.stderr.split()
    assert exit_code == "1"
    assert {"pydantic", "yaml"} <= set(loaded)
    assert not set(loaded) & {"typer", "click", "rich"}
    assert result.stdout.startswith("::error file=band-order.yaml,line=55,col=11,title=band-order::band 4 of level")


def test_a_cached_run_imports_none_of_typer_pydantic_rich_yaml(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(cli_main, ["validate", "minimal.yaml", "band-order.yaml"], capsys)[0] == 1
    code = (
        "import sys\n"
        "from pmladder.entry import main\n"
        "code = main(['validate', '--lang', 'zh', '--format', 'json', 'minimal.yaml', 'band-order.yaml'])\n"
        "print(code, ' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ})
    exit_code, *loaded = result.stderr.split()
    assert exit_code == "1"
    assert not set(loaded) & HEAVY, sorted(set(loaded) & HEAVY)
    assert json.loads(result.stdout)["summary"]["errors"] == 2


def test_the_cache_reads_as_much_of_a_file_as_the_loader() -> None:
    from pmladder.io.reading import MAX_BYTES

    assert cache.READ_LIMIT == MAX_BYTES


def test_the_cache_folder_is_platformdirs_and_home_is_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_dir

    from pmladder import paths

    assert cache.HOME_ENV == paths.HOME_ENV
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    for xdg in (None, "", "  ", "/tmp/xdg-cache"):
        if xdg is None:
            monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
        else:
            monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert cache.cache_dir() == Path(user_cache_dir("pmladder", appauthor=False))


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_example_file_reads_back_from_the_cache_as_checked(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every kind of problem (stopped files, the loader's, the rules', answers files...) survives the cache."""
    folder = tmp_path / "examples"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("*.expected"))
    monkeypatch.chdir(folder)
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))
    assert len(names) >= 60
    for fmt in ("text", "json"):
        args = ["validate", "--lang", lang, "--format", fmt, *names]
        checked = _run(cli_main, [*args[:1], "--no-cache", *args[1:]], capsys)
        assert _run(cli_main, args, capsys) == checked  # fills the cache
        assert _run(entry.main, args, capsys) == checked
    from pmladder import validate

    monkeypatch.setattr(validate, "validate_file", None)  # any check would fail: every report is cached
    assert entry._plain_validate_run(["--lang", lang, *names]) == 1
