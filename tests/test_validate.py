"""`pmladder validate` through the real CLI: inputs, formats, exit codes, hostile files, inert output."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmladder.cli import main
from pmladder.io.ladder_files import bundled_dir

EXAMPLES = Path(__file__).resolve().parent / "example-files"
VALID = EXAMPLES / "valid"
INVALID = EXAMPLES / "invalid"
MINIMAL = (VALID / "minimal.yaml").read_text(encoding="utf-8")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, so reported file names are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---- inputs ---------------------------------------------------------------------------------------


def test_no_argument_validates_the_bundled_files(capsys: pytest.CaptureFixture[str]) -> None:
    bundled = sorted(bundled_dir().glob("*.yaml"))
    assert any(p.name == "taxonomy.yaml" for p in bundled)
    code, out, err = run([], capsys)
    assert (code, err) == (0, "")
    assert out == f"{len(bundled)} files checked: 0 invalid, 0 errors, 0 warnings\n"


def test_folders_are_searched_recursively_and_every_file_is_reported(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, "ladders/good.yaml", MINIMAL)
    write(work, "ladders/deeper/bad.yml", MINIMAL.replace("band: 2", "band: 0"))
    write(work, "ladders/deeper/other.yaml", MINIMAL.replace("year: 2024", "year: 2024\n  year: 2025"))
    write(work, "ladders/.hidden/ignored.yaml", "not: [valid\n")
    write(work, "ladders/notes.txt", "not yaml")
    code, out, _ = run(["ladders"], capsys)
    assert code == 1
    assert out == (
        "ladders/deeper/bad.yml:23:11: error schema-value must be at least 1 (got 0) (levels[1].band)\n"
        "ladders/deeper/other.yaml:12:3: error duplicate-key duplicate key 'year' (first at line 11, col 3) "
        "(source.year)\n"
        "3 files checked: 2 invalid, 2 errors, 0 warnings\n"
    )


def test_a_file_given_twice_is_checked_once(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(work, "a.yaml", MINIMAL)
    assert run(["a.yaml", "./a.yaml", "."], capsys)[1] == "1 file checked: 0 invalid, 0 errors, 0 warnings\n"


def test_a_missing_path_is_a_usage_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(work, "a.yaml", MINIMAL)
    code, out, err = run(["a.yaml", "nope.yaml"], capsys)
    assert (code, out, err) == (2, "", "pmladder: nope.yaml: no such file or folder\n")


def test_a_folder_without_yaml_files_is_a_usage_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "empty").mkdir()
    code, out, err = run(["empty"], capsys)
    assert (code, out, err) == (2, "", "pmladder: empty: no .yaml or .yml files in this folder\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml"], "pmladder: --format must be one of text|json|github, not 'xml'\n"),
        (["--format", "markdown"], "pmladder: --format must be one of text|json|github, not 'markdown'\n"),
        (
            ["--stdin-filename", "x.yaml"],
            "pmladder: --stdin-filename names standard input: give - among the paths as well\n",
        ),
        (["--lang", "fr"], "pmladder: --lang must be zh or en, not 'fr'\n"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(args, capsys) == (2, "", message)


def test_an_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--frobnicate"], capsys)
    assert code == 2
    assert "unknown option --frobnicate" in err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_standard_input_with_a_file_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, MINIMAL.replace("band: 2", "band: 2\n    band: 3").encode())
    code, out, _ = run(["-", "--stdin-filename", "ladders/mine.yaml"], capsys)
    assert code == 1
    assert out.splitlines()[0] == (
        "ladders/mine.yaml:24:5: error duplicate-key duplicate key 'band' (first at line 23, col 5) "
        "(levels[1].band)"
    )


def test_standard_input_without_a_name(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"- just\n- a list\n")
    code, out, _ = run(["-"], capsys)
    assert code == 1
    assert out.splitlines()[0] == (
        "<stdin>:1:1: error schema-type the top of the file must be a mapping (key: value lines), not a list"
    )


def test_standard_input_over_the_size_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"a: '" + b"x" * (3 * 1024 * 1024) + b"'\n")
    code, out, _ = run(["-"], capsys)
    assert code == 1
    assert out.startswith("<stdin>:1:1: error too-large ")


def test_files_are_dispatched_on_their_schema_line(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(bundled_dir() / "taxonomy.yaml", work / "taxonomy.yaml")
    write(work, "answers.json", json.dumps({"schema": "pmladder/answers@1", "ladder": "minimal"}))
    write(work, "ladder.yaml", MINIMAL)
    code, out, _ = run(["--format", "json", "taxonomy.yaml", "answers.json", "ladder.yaml"], capsys)
    assert code == 0
    assert [(f["file"], f["kind"]) for f in json.loads(out)["files"]] == [
        ("taxonomy.yaml", "taxonomy"),
        ("answers.json", "answers"),
        ("ladder.yaml", "ladder"),
    ]


def test_taxonomy_override(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    taxonomy = (bundled_dir() / "taxonomy.yaml").read_text(encoding="utf-8")
    write(work, "tax.yaml", taxonomy.replace("  - id: analysis\n", "  - id: analysing\n"))
    write(work, "ladder.yaml", MINIMAL)
    code, out, _ = run(["--taxonomy", "tax.yaml", "ladder.yaml"], capsys)
    assert code == 1
    assert out.splitlines()[0] == (
        "ladder.yaml:29:21: error unknown-taxonomy 'analysis' is not a competency of the taxonomy "
        "(ladders/taxonomy.yaml) (competencies[0].taxonomy[0].id)"
    )


def test_an_invalid_taxonomy_override_is_an_input_error(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, "tax.yaml", "schema: pmladder/taxonomy@1\nbands: []\n")
    write(work, "ladder.yaml", MINIMAL)
    code, out, err = run(["--taxonomy", "tax.yaml", "ladder.yaml"], capsys)
    assert (code, out) == (1, "")
    assert err == (  # the first problem validate lists for it (missing fields are shown at the top)
        "pmladder: tax.yaml:1:1: error schema-missing required field 'competencies' is missing (competencies) "
        "(and 1 more error; run pmladder validate tax.yaml to see both)\n"
    )


def test_a_missing_taxonomy_override_is_a_usage_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(work, "ladder.yaml", MINIMAL)
    code, _, err = run(["--taxonomy", "nope.yaml", "ladder.yaml"], capsys)
    assert (code, err) == (2, "pmladder: nope.yaml: no such file\n")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file_is_reported_and_the_rest_still_checked(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, "a.yaml", MINIMAL)
    locked = write(work, "b.yaml", MINIMAL)
    locked.chmod(0)
    code, out, _ = run(["a.yaml", "b.yaml"], capsys)
    assert code == 1
    assert out.startswith("b.yaml:1:1: error unreadable cannot read (permission denied)\n")


# ---- formats --------------------------------------------------------------------------------------


def test_json_format_is_a_stable_document(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    code, out, _ = run(["--format", "json", "band-order.yaml", "similar-wording.yaml"], capsys)
    assert code == 1
    document = json.loads(out)
    assert list(document) == ["files", "issues", "summary"]
    assert document["files"] == [
        {"file": "band-order.yaml", "kind": "ladder", "valid": False, "errors": 2, "warnings": 0, "stopped": None},
        {"file": "similar-wording.yaml", "kind": "ladder", "valid": True, "errors": 0, "warnings": 1, "stopped": None},
    ]
    assert document["issues"][0] == {
        "file": "band-order.yaml",
        "line": 55,
        "col": 11,
        "severity": "error",
        "code": "band-order",
        # the code and its parameters beside the sentence (docs/validate.md): ``variant`` says which
        # wording of the code it is (band-order.trunk in pmladder/i18n/rules.py)
        "params": {"variant": "trunk", "band": 4, "id": "expert", "before": 5, "previous": "manager"},
        "message": "band 4 of level 'expert' is below band 5 of 'manager' before it",
        "path": "levels[3].band",
    }
    assert document["summary"] == {
        "files": 2,
        "invalid": 1,
        "errors": 2,
        "warnings": 1,
        "strict": False,
        "valid": False,
        "text": "2 files checked: 1 invalid, 2 errors, 1 warning",
    }


def test_github_format(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID)
    code, out, _ = run(["--format", "github", "band-order.yaml", "similar-wording.yaml"], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "::error file=band-order.yaml,line=55,col=11,title=band-order::"
        "band 4 of level 'expert' is below band 5 "
        "of 'manager' before it (levels[3].band)"
    )
    assert lines[2].startswith("::warning file=similar-wording.yaml,line=98,col=38,title=similar-wording::")
    assert lines[3] == "2 files checked: 1 invalid, 2 errors, 1 warning"


def test_github_format_is_chosen_under_github_actions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run(["band-order.yaml"], capsys)[1].startswith("::error file=band-order.yaml,line=55,col=11,")
    assert run(["--format", "text", "band-order.yaml"], capsys)[1].startswith("band-order.yaml:55:11: error ")


def test_github_escaping() -> None:
    from pmladder.model.issue import Issue
    from pmladder.render.issues import github_line
    from pmladder.validate import FileReport, ValidationResult

    issue = Issue(
        file="a,b:c%.yaml", line=3, col=4, code="x-y", message="100% sure,\nreally: yes\r", path="p"
    )
    assert (
        github_line(issue)
        == "::error file=a%2Cb%3Ac%25.yaml,line=3,col=4,title=x-y::100%25 sure,%0Areally: yes%0D (p)"
    )
    result = ValidationResult([FileReport("a", "ladder", [issue])])
    assert result.invalid == 1


def test_strict_makes_warnings_fail(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    code, out, _ = run(["similar-wording.yaml"], capsys)
    assert (code, out.splitlines()[-1]) == (0, "1 file checked: 0 invalid, 0 errors, 1 warning")
    code, out, _ = run(["--strict", "similar-wording.yaml"], capsys)
    assert (code, out.splitlines()[-1]) == (
        1,
        "1 file checked: 1 invalid, 0 errors, 1 warning (--strict: warnings fail)",
    )


def test_chinese_summary_and_messages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(INVALID)
    code, out, _ = run(["--lang", "zh", "band-order.yaml", "duplicate-key.yaml"], capsys)
    assert code == 1
    assert out.splitlines() == [
        "band-order.yaml:55:11: error band-order "
        "级别 'expert' 的 band 4 低于它前面的 'manager' 的 band 5 (levels[3].band)",
        "band-order.yaml:69:14: error band-order band_to 5 小于 band 6 (levels[5].band_to)",
        "duplicate-key.yaml:23:5: error duplicate-key "
        "重复的键 'name'（第一次出现在第 20 行第 5 列） (levels[1].name)",
        "已检查 2 个文件：2 个无效，3 个错误，0 个警告",
    ]


def test_the_language_follows_lang_by_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(VALID)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert run(["minimal.yaml"], capsys)[1] == "已检查 1 个文件：0 个无效，0 个错误，0 个警告\n"


def test_long_lines_never_wrap(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID)
    monkeypatch.setenv("COLUMNS", "40")
    out = run(["missing-cell.yaml"], capsys)[1]
    lines = out.splitlines()
    assert len(lines) == 3
    assert all(len(line) > 40 for line in lines[:2])


# ---- hostile inputs: exit 1, a location, never a traceback ---------------------------------------

HOSTILE: dict[str, bytes] = {
    "deep.yaml": b"a: " + b"[" * 25_000 + b"]" * 25_000 + b"\n",
    "deep-block.yaml": b"- " * 25_000 + b"x\n",
    "huge.yaml": b"a: '" + b"x" * (2 * 1024 * 1024) + b"'\n",
    "bomb.yaml": (
        "\n".join(
            ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
            + [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10)]
        )
        + "\n"
    ).encode(),
    "digits.yaml": MINIMAL.replace("year: 2024", "year: " + "7" * 5000).encode(),
    "dupes.yaml": MINIMAL.replace("band: 1\n", "band: 1\n    band: 1\n").encode(),
    "latin1.yaml": MINIMAL.replace("Product specialist", "Produit spécialiste").encode("latin-1", "replace"),
    "bom-inside.yaml": MINIMAL.replace("产品专员", "产品\ufeff专员").encode(),
    "nul.yaml": MINIMAL.replace("产品专员", "产品\x00专员").encode(),
    "esc.yaml": MINIMAL.replace("Product specialist", "\x1b[31mProduct\x1b[0m specialist").encode(),
    "escaped-esc.yaml": MINIMAL.replace(
        "en: Product specialist}", 'en: "\\e]8;;http://evil\\e\\\\x"}'
    ).encode(),
    "markup.yaml": MINIMAL.replace("id: specialist", "id: '[red]x[/red]'").encode(),
    "huge-int-key.yaml": b"9" * 100_000 + b": x\n",
    "python-tag.yaml": b"a: !!python/object/apply:os.system ['echo hi']\n",
    "empty.yaml": b"",
    "binary.yaml": bytes(range(256)) * 10,
}


#: hostile files with more than one problem (every one is reported; a fatal one stops the file)
HOSTILE_ERRORS = {
    "esc.yaml": 3,  # two escape characters, and the [ after the first ends a flow mapping's text
    "huge-int-key.yaml": 2,  # the number, then libyaml's limit on the length of a key
    "python-tag.yaml": 11,  # the tag, and a file that is no ladder at all
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_exits_1_with_a_location(
    name: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, name, HOSTILE[name])
    code, out, err = run([name], capsys)
    assert code == 1
    assert err == ""
    lines = out.splitlines()
    errors = HOSTILE_ERRORS.get(name, 1)
    assert lines[-1] == f"1 file checked: 1 invalid, {errors} error{'s' if errors > 1 else ''}, 0 warnings"
    # the issues, a note that says where the checks of the file stopped (when they did), the summary
    assert len(lines) in (errors + 1, errors + 2)
    for issue in lines[: errors]:
        file, line, col, rest = issue.split(":", 3)
        assert file == name
        assert int(line) >= 1 and int(col) >= 1
        assert rest.startswith(" error ")
    assert "\x1b" not in out and "\x00" not in out
    assert "Traceback" not in out


def test_markup_and_escapes_print_inert(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(work, "markup.yaml", HOSTILE["markup.yaml"])
    out = run(["markup.yaml"], capsys)[1]
    assert "'[red]x[/red]' is not a valid id" in out
    from pmladder.model.issue import Issue
    from pmladder.render.issues import issue_line

    line = issue_line(
        Issue(file="[bold]a\x1b[31m.yaml", line=1, col=2, code="c", message="x\ny\u202ez\x9b", path="")
    )
    assert line == "[bold]a\\x1b[31m.yaml:1:2: error c x\\ny\\u202ez\\x9b"


@pytest.mark.parametrize("name", ["deep.yaml", "bomb.yaml", "huge.yaml", "esc.yaml"])
def test_hostile_input_in_a_real_process(name: str, tmp_path: Path) -> None:
    write(tmp_path, name, HOSTILE[name])
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pmladder", "validate", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout.startswith(f"{name}:")
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""


def test_a_file_that_cannot_be_read_is_an_issue_not_a_crash(
    work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pmladder.io.reading
    from pmladder.errors import NotFoundError

    real = pmladder.io.reading.read_bytes

    def read_bytes(path: Path, lang: str = "en") -> bytes:
        if path.name == "b.yaml":
            denied = {"zh": "权限不够", "en": "Permission denied"}
            raise NotFoundError("file.cannot-read", path=str(path), reason=denied)
        return real(path)

    monkeypatch.setattr(pmladder.io.reading, "read_bytes", read_bytes)
    write(work, "a.yaml", MINIMAL)
    write(work, "b.yaml", MINIMAL)
    code, out, _ = run(["a.yaml", "b.yaml"], capsys)
    assert code == 1
    assert out == (
        "b.yaml:1:1: error unreadable cannot read (Permission denied)\n"
        "2 files checked: 1 invalid, 1 error, 0 warnings\n"
    )


def test_the_pre_commit_hook_runs_validate_on_ladder_files() -> None:
    import re

    from pmladder.io.yamldoc import parse_document

    root = Path(__file__).resolve().parent.parent
    hooks = parse_document((root / ".pre-commit-hooks.yaml").read_bytes(), ".pre-commit-hooks.yaml").data
    assert isinstance(hooks, list)
    (hook,) = [h for h in hooks if h["id"] == "pmladder-validate"]
    assert hook["entry"] == "pmladder validate"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    assert files.search("ladders/b2b-healthcare.yaml") and files.search("team/ladders/sub/x.yml")
    assert not files.search(".github/workflows/ci.yml") and not files.search("ladders/notes.md")


@pytest.mark.parametrize("fmt", ["json", "github"])
def test_the_output_examples_of_the_docs_are_what_validate_prints(
    fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    command = f"$ pmladder validate --format {fmt} tests/example-files/invalid/band-order.yaml\n"
    text = (root / "docs" / "validate.md").read_text(encoding="utf-8")
    start = text.index(command) + len(command)
    shown = text[start : text.index("```", start)]
    assert main(["validate", "--no-cache", "--lang", "en", "--format", fmt, command.split()[-1]]) == 1
    assert capsys.readouterr().out == shown
