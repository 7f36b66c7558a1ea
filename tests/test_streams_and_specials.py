"""Regressions: short writes and a closed stderr end in 74, special files are never opened as ladders, the
damaged-session hint runs, unreadable session folders are named, usage errors are one line."""

from __future__ import annotations

import errno
import io
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pmladder import process
from pmladder.cli import main
from pmladder.errors import EXIT_OUTPUT, EXIT_USAGE, NotFoundError, UsageError
from pmladder.i18n import error_text

ROOT = Path(__file__).resolve().parent.parent
PERSONA = ROOT / "tests/personas/pm-generic/senior.yaml"
SCRIPT = Path(sys.executable).parent / "pmladder"
PMLADDER = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "pmladder"]
F_SETPIPE_SZ = 1031  # Linux

JSON_COMMANDS = [
    ["show", "b2b-healthcare", "-f", "json"],
    ["compare", "b2b-healthcare", "pmm", "-f", "json"],
    ["validate", "-f", "json"],
    ["ladders", "-f", "json"],
    ["schema"],
    ["assess", "pm-generic", "--answers", str(PERSONA), "--no-save", "-f", "json"],
]


# ---- 1. a short write followed by ENOSPC or EPIPE ------------------------------------------------


class _NearlyFull(io.RawIOBase):
    """A file that takes ``room`` bytes (a short write), then fails with ENOSPC, as a nearly full disk."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.taken = 0
        self.done = False  # after the test: whatever is flushed at collection goes nowhere

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        size = len(memoryview(data))  # type: ignore[arg-type]
        if self.done:
            return size
        if self.taken >= self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        taken = min(size, self.room - self.taken)
        self.taken += taken
        return taken


@pytest.fixture
def own_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """entry.main as the owner of the process, with everything it changes put back afterwards."""
    for name, value in (("received", None), ("stderr_failed", False), ("output_reported", False)):
        monkeypatch.setattr(process, name, value)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(os, "register_at_fork", lambda **kwargs: None)
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    yield
    for signum, handler in handlers.items():
        signal.signal(signum, handler)


@pytest.mark.usefixtures("own_process")
@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("room", [0, 100])
def test_a_short_write_then_a_full_disk_is_exit_74(args: list[str], room: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from pmladder.entry import main as entry_main

    raw = _NearlyFull(room)
    # what python -u (PYTHONUNBUFFERED) gives: a text stream straight over the file
    stdout = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # type: ignore[arg-type]
    stderr = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    try:
        code = entry_main(args, own_process=True)
    finally:
        raw.done = True
    assert code == EXIT_OUTPUT
    assert stderr.getvalue() == "pmladder: cannot write to standard output (the disk is full)\n"
    assert raw.taken == room


def _pipe_closed_after(args: list[str], count: int, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    read, write = os.pipe()
    try:
        import fcntl

        fcntl.fcntl(write, F_SETPIPE_SZ, 4096)  # so that the output never fits into the pipe
    except (ImportError, OSError):
        pytest.skip("needs a pipe whose size can be set (Linux)")
    got = bytearray()

    def reader() -> None:
        while len(got) < count:
            chunk = os.read(read, count - len(got))
            if not chunk:
                break
            got.extend(chunk)
        os.close(read)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        result = subprocess.run(
            [*PMLADDER, *args], stdout=write, stderr=subprocess.PIPE, text=True, env=env, timeout=60
        )
    finally:
        os.close(write)
        thread.join()
    assert len(got) == count
    return result


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["unbuffered", "buffered"])
@pytest.mark.parametrize("args", JSON_COMMANDS[:2], ids=" ".join)
def test_a_reader_that_stops_after_some_bytes_is_exit_74(args: list[str], unbuffered: str) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": unbuffered}
    result = _pipe_closed_after(args, 1000, env)
    assert result.returncode == EXIT_OUTPUT, result.stderr
    assert result.stderr == "pmladder: cannot write to standard output (the program reading it has stopped)\n"


# ---- 2. a closed standard error --------------------------------------------------------------------


def test_a_closed_standard_error_is_exit_74_when_a_line_was_due() -> None:
    def close_stderr() -> None:
        os.close(2)

    saved = subprocess.run(
        [*PMLADDER, "assess", "pm-generic", "--answers", str(PERSONA)], stdout=subprocess.DEVNULL,
        preexec_fn=close_stderr, env=os.environ,
    )
    assert saved.returncode == EXIT_OUTPUT  # "saved the assessment to …" could not be written
    quiet = subprocess.run([*PMLADDER, "show", "pmm"], stdout=subprocess.DEVNULL, preexec_fn=close_stderr)
    assert quiet.returncode == 0  # nothing was due on standard error
    unknown = subprocess.run([*PMLADDER, "show", "nosuch"], stdout=subprocess.DEVNULL, preexec_fn=close_stderr)
    assert unknown.returncode == EXIT_USAGE


# ---- 3. named pipes (and other special files) are never opened as ladders -------------------------------


@pytest.fixture
def fifo_ladder(pmladder_home: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    folder = pmladder_home / "ladders"
    folder.mkdir()
    os.mkfifo(folder / "fifo.yaml")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "mine.yaml").write_bytes((ROOT / "ladders/pmm.yaml").read_bytes())
    return folder / "fifo.yaml"


def test_read_bytes_never_waits_for_a_named_pipe_and_refuses_a_device(fifo_ladder: Path) -> None:
    from pmladder.io.reading import read_bytes

    assert read_bytes(fifo_ladder) == b""  # no writer: read as empty at once (validate <(…) still works)
    if Path("/dev/null").exists():
        with pytest.raises(NotFoundError) as caught:
            read_bytes(Path("/dev/null"))
        assert error_text(caught.value) == "/dev/null: not a regular file (a device or a socket)"
        with pytest.raises(NotFoundError) as caught:
            read_bytes(Path("/dev/null"))
        assert error_text(caught.value, "zh") == "/dev/null：不是普通文件（是设备或套接字）"


def test_a_named_pipe_in_the_ladders_folder_is_left_out_everywhere(
    fifo_ladder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pmladder.paths import scan_user_ladders

    assert [p.name for p in scan_user_ladders()[0]] == ["loop.yaml", "mine.yaml"]
    for args in (["ladders", "-f", "json"], ["ladders", str(fifo_ladder.parent), "-f", "json"]):
        code = main(args)
        out = capsys.readouterr().out
        assert code == 1  # the link loop is listed as invalid
        paths = [entry["path"] for entry in json.loads(out)["ladders"]]
        assert str(fifo_ladder) not in paths and str(fifo_ladder.parent / "loop.yaml") in paths
    assert main(["show", "fifo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pmladder: unknown ladder 'fifo'") and err.endswith(": loop, mine\n")
    assert main(["show", str(fifo_ladder)]) == 1  # named on purpose: read at once, and it is empty
    assert capsys.readouterr().err == f"pmladder: {fifo_ladder}:1:1: error empty the document is empty\n"
    assert main(["validate", str(fifo_ladder.parent), "-f", "json"]) == 1
    files = [f["file"] for f in json.loads(capsys.readouterr().out)["files"]]
    assert str(fifo_ladder) not in files


def test_the_ladder_picker_marks_a_link_loop_invalid(fifo_ladder: Path) -> None:
    from rich.console import Console

    from pmladder.cli.prompting.interview import pick_ladder as _pick_ladder

    screen = io.StringIO()
    console = Console(file=screen, width=200, color_system=None)
    loop = fifo_ladder.parent / "loop.yaml"
    picked = _pick_ladder(console, io.StringIO("5\n1\n"), "en")
    shown = screen.getvalue()
    assert f"{loop}  (invalid: run pmladder validate {loop})" in shown
    assert "symbolic link loop" in shown  # picking it said why, and asked again
    assert "fifo" not in shown
    assert picked == "b2b-business"


# ---- 4. the damaged-session hint names a command that works --------------------------------------------------


def test_validate_checks_a_session_file_that_the_damaged_session_message_names(
    pmladder_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pmladder.errors import InputError
    from pmladder.session import load_session

    path = pmladder_home / "session.json"
    text = json.dumps({
        "schema": "pmladder/session@1", "ladder": "pmm", "ladder_source": 12, "ladder_sha256": "x",
        "lang": "en", "answers": {"ladder": "pmm", "ratings": {}}, "history": 5,
    })
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_session(path)
    kept = pmladder_home / "session.json.damaged"  # put aside: the command names it there
    assert kept.is_file() and not path.exists()
    assert f"run pmladder validate {shlex.quote(str(kept))} to see them all" in error_text(caught.value)
    assert main(["validate", str(kept), "-f", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["files"][0]["kind"] == "session"
    assert [i["path"] for i in report["issues"]] == ["updated", "ladder_source", "history"]


# ---- 5. a sessions folder that cannot be read is named -------------------------------------------------


@pytest.mark.parametrize("ladder", [None, "pm-generic"])
def test_an_unreadable_sessions_folder_is_named(
    ladder: str | None, pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pmladder.i18n import t
    from pmladder.session import find_session, sessions_dir

    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if os.fsdecode(path) == str(sessions_dir()):  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(UsageError) as caught:
        find_session(ladder)
    assert error_text(caught.value) == f"cannot read the unfinished assessments in {sessions_dir()} (permission denied)"
    monkeypatch.setattr(os, "scandir", real_scandir)
    afile = tmp_path / "afile"
    afile.write_text("")
    monkeypatch.setenv("PMLADDER_HOME", str(afile))
    with pytest.raises(UsageError) as caught:
        find_session(ladder)
    words = t(caught.value.code, "zh", **caught.value.params)
    assert words == f"无法读取 {afile}/sessions 中的未完成自评（路径中有一部分是文件而不是文件夹）"
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    monkeypatch.setenv("PMLADDER_HOME", str(loop))
    with pytest.raises(UsageError) as caught:
        find_session(ladder)
    assert error_text(caught.value).endswith("(a symbolic link loop)")
    assert caught.value.exit_code == EXIT_USAGE


# ---- 8. usage errors of the option parser: one line, in the chosen language ----------------------------


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["show", "--bogus", "--lang", "zh"], "pmladder: 没有这个选项：--bogus；查看帮助：pmladder show --help"),
        (["show", "--bogus"], "pmladder: unknown option --bogus; try pmladder show --help"),
        (["show", "--lagn", "zh"], "pmladder: unknown option --lagn (did you mean --lang?); try pmladder show --help"),
        (
            ["assess", "--lang", "zh", "--answers"],
            "pmladder: 选项 --answers 需要一个值；查看帮助：pmladder assess --help",
        ),
        (["assess", "--answers"], "pmladder: option --answers needs a value; try pmladder assess --help"),
        (["show"], "pmladder: missing argument LADDER; try pmladder show --help"),
        (["show", "pmm", "extra", "--lang=zh"], "pmladder: 多余的参数：extra；查看帮助：pmladder show --help"),
        (["frobnicate"], "pmladder: unknown command 'frobnicate'; try pmladder --help"),
    ],
)
def test_usage_errors_are_one_line_in_the_chosen_language(
    args: list[str], line: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(args) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.err == line + "\n" and captured.out == ""


def test_a_usage_error_follows_the_locale(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert main(["validate", "--bogus"]) == EXIT_USAGE
    assert capsys.readouterr().err == "pmladder: 没有这个选项：--bogus；查看帮助：pmladder validate --help\n"
