"""What is typed at a prompt is saved as text that loads again: no undecodable bytes, no controls."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from fake_stdin import terminal

from pmladder import safetext
from pmladder.cli import main, prompting
from pmladder.io import compose, reading

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/answers/ladder.yaml"
# the start level, two ratings of 2: then the example prompt
TO_EXAMPLE = b"2\n2\n2\n"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "1000")


def _run(monkeypatch: pytest.MonkeyPatch, keys: bytes, *args: str, errors: str = "strict") -> int:
    stdin = terminal(keys)
    stdin.reconfigure(errors=errors)
    monkeypatch.setattr("sys.stdin", stdin)
    return main(["assess", *args])


def _session(home: Path) -> dict[str, object]:
    return json.loads((home / "sessions" / "answers-fixture.json").read_text(encoding="utf-8"))


def test_bytes_that_are_not_utf8_are_asked_again_and_the_answers_kept(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = TO_EXAMPLE + b"abc: fixed the export\xff\nabc: fixed the export\nq\n"
    assert _run(monkeypatch, keys, FIXTURE, "--lang", "en", "--track", "ic", errors="surrogateescape") == 130
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "that line held bytes that are not UTF-8 text; please type it again" in captured.out
    session = _session(pmladder_home)
    assert "abc" in json.dumps(session)
    assert "\\udcff" not in json.dumps(session)


def test_bidi_and_format_controls_typed_in_an_example_are_never_saved(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = "\u202eled \u200fthe\u2066 launch\u2069\u061c\u200e\u2028\ufeff\x9b"
    keys = TO_EXAMPLE + example.encode() + b"\nb\nq\n"
    assert _run(monkeypatch, keys, FIXTURE, "--lang", "en", "--track", "ic") == 130
    out = capsys.readouterr().out
    # b showed what it undid, without acting on anything
    assert "the example for" in out and "'led the launch'" in out
    assert not re.search(f"[{safetext.TERMINAL_CONTROLS}]", out.replace("\n", ""))
    # the session loads again: --resume goes on where it stopped
    text = (pmladder_home / "sessions" / "answers-fixture.json").read_text(encoding="utf-8")
    assert not re.search(f"[{safetext.TERMINAL_CONTROLS}]", text.replace("\n", ""))
    assert _run(monkeypatch, b"q\n", "--resume", "--lang", "en") == 130
    assert "Resuming" in capsys.readouterr().out


def test_the_prompt_removes_everything_a_loaded_file_may_not_hold() -> None:
    # one definition: whatever the loader refuses in a file, the prompt never keeps
    refused = re.compile(f"[{safetext.FILE_CONTROLS}]|[{safetext.VALUE_CONTROLS}]")
    assert reading.CONTROL.pattern == f"[{safetext.FILE_CONTROLS}]"
    assert compose.VALUE_CONTROL.pattern == f"[{safetext.VALUE_CONTROLS}]"
    for point in range(sys.maxunicode + 1):
        if 0xD800 <= point <= 0xDFFF:
            continue
        char = chr(point)
        if refused.match(char) or reading.CONTROL.match(char):
            assert char not in prompting.strip_controls(f"a{char}b"), hex(point)
    assert prompting.strip_controls("a\udcffb") == "a\ufffdb"


def test_a_strictly_decoding_stream_that_fails_asks_again() -> None:
    import io

    from rich.console import Console

    class Failing(io.StringIO):
        failed = False

        def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
            if not self.failed:
                self.failed = True
                raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
            return super().readline()

    screen = io.StringIO()
    prompter = prompting.Prompter(Console(file=screen, width=200), Failing("abc\n"), "zh")
    assert prompter.ask("实例") == "abc"
    assert "这一行含有不是 UTF-8 文本的字节" in screen.getvalue()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_session_that_fails_to_load_is_set_aside_never_lost(
    lang: str, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(monkeypatch, TO_EXAMPLE + b"led the launch\nq\n", FIXTURE, "--lang", lang, "--track", "ic") == 130
    capsys.readouterr()
    path = pmladder_home / "sessions" / "answers-fixture.json"
    # a session written by an older pmladder, with a right-to-left override in an example
    damaged = path.read_text(encoding="utf-8").replace("led the launch", "led \u202ethe launch")
    path.write_text(damaged, encoding="utf-8")
    assert _run(monkeypatch, b"q\n", "--resume", "--lang", lang) == 1
    err = capsys.readouterr().err
    kept = path.with_name("answers-fixture.json.damaged")
    assert kept.read_text(encoding="utf-8") == damaged and not path.exists()
    assert str(kept) in err and "\u202e" not in err and "U+202E" in err
    assert ("kept as" if lang == "en" else "已另存为") in err
    # a second damaged session does not replace the first one set aside
    path.write_text(damaged, encoding="utf-8")
    assert _run(monkeypatch, b"q\n", "--resume", "--lang", lang) == 1
    assert path.with_name("answers-fixture.json.damaged-2").read_text(encoding="utf-8") == damaged
    assert kept.read_text(encoding="utf-8") == damaged
