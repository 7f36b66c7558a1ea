"""--output and --format together: the format follows a known extension; others are refused (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_stdin import FakeStdin

from pmladder.cli import main
from pmladder.cli.output import output_format
from pmladder.errors import UsageError
from pmladder.i18n import t

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/answers/ladder.yaml"
ANSWERS = "tests/answers/valid.yaml"
ASSESS = ("text", "json", "markdown")


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize(
    ("fmt", "output", "expected"),
    [
        (None, None, "text"),
        ("json", None, "json"),
        (None, "-", "text"),
        ("markdown", "-", "markdown"),
        (None, "result.json", "json"),
        (None, "result.JSON", "json"),
        (None, "result.md", "markdown"),
        (None, "result.markdown", "markdown"),
        (None, "result.txt", "text"),
        ("text", "result.txt", "text"),
        ("json", "result.json", "json"),
        (None, "result", "text"),  # no extension: --format or the default
        ("markdown", "result", "markdown"),
        (None, "/dev/stdout", "text"),
    ],
)
def test_the_format_follows_format_then_the_extension(fmt: str | None, output: str | None, expected: str) -> None:
    assert output_format(fmt, output, ASSESS, "en") == expected


@pytest.mark.parametrize(
    ("fmt", "output", "lang", "error"),
    [
        (
            None,
            "result.html",
            "en",
            "--output result.html: unknown extension .html; reports can be written as .txt (text), "
            ".json (json), .md or .markdown (markdown)",
        ),
        (
            "markdown",
            "result.html",
            "en",
            "--output result.html: unknown extension .html; reports can be written as .txt (text), "
            ".json (json), .md or .markdown (markdown)",
        ),
        (
            None,
            "result.html",
            "zh",
            "--output result.html：不认识扩展名 .html；报告可以写成 .txt（text）、.json（json）、"
            ".md 或 .markdown（markdown）",
        ),
        (
            "json",
            "result.md",
            "en",
            "--format json does not match --output result.md (a .md file is markdown); "
            "leave out --format, or change the extension",
        ),
        (
            "text",
            "result.json",
            "zh",
            "--format text 与 --output result.json 不符（.json 文件是 json 格式）；去掉 --format，或换一个扩展名",
        ),
        (
            None,
            "evil\x1b[2J.h\x1btml",
            "en",
            "--output evil\\x1b[2J.h\\x1btml: unknown extension .h\\x1btml; reports can be written as "
            ".txt (text), .json (json), .md or .markdown (markdown)",
        ),
    ],
)
def test_an_unknown_or_contradicting_extension_is_refused(
    fmt: str | None, output: str, lang: str, error: str
) -> None:
    with pytest.raises(UsageError) as caught:
        output_format(fmt, output, ASSESS, lang)  # type: ignore[arg-type]
    assert t(caught.value.code, lang, **caught.value.params) == error  # type: ignore[arg-type]
    assert caught.value.exit_code == 2


def test_only_the_allowed_formats_are_offered() -> None:
    with pytest.raises(UsageError) as caught:
        output_format(None, "out.md", ("text", "json"), "en")
    assert caught.value.message == (
        "--output out.md: unknown extension .md; reports can be written as .txt (text), .json (json)"
    )


def test_assess_refuses_an_html_output_before_anything_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "result.html"
    monkeypatch.setattr("sys.stdin", FakeStdin(b"2\n", tty=True))
    assert main(["assess", FIXTURE, "--lang", "en", "--output", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"pmladder: --output {target}: unknown extension .html; reports can be written as .txt (text), "
        ".json (json), .md or .markdown (markdown)\n"
    )
    assert captured.out == ""
    assert not target.exists()


def test_assess_refuses_a_format_the_extension_contradicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "result.md"
    args = ["assess", FIXTURE, "-a", ANSWERS, "-f", "json", "-o", str(target), "--lang", "zh", "--no-save"]
    assert main(args) == 2
    assert capsys.readouterr().err == (
        f"pmladder: --format json 与 --output {target} 不符（.md 文件是 markdown 格式）；"
        "去掉 --format，或换一个扩展名\n"
    )
    assert not target.exists()


@pytest.mark.parametrize(("name", "check"), [("r.markdown", "#"), ("r.JSON", "{"), ("r.txt", "╭")])
def test_assess_writes_the_format_the_extension_names(
    name: str, check: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / name
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(target), "--no-save", "--lang", "en"]) == 0
    assert capsys.readouterr().err == f"wrote the report to {target}\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith(check)
    if check == "{":
        assert json.loads(text)["ladder"] == "answers-fixture"
