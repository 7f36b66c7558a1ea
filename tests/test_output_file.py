"""--output and saved results: written whole or not at all, FIFOs interruptible, reasons in the chosen language."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmladder import files, process
from pmladder.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = "tests/answers/ladder.yaml"
ANSWERS = "tests/answers/valid.yaml"


@pytest.fixture(autouse=True)
def _in_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("COLUMNS", "1000")


def _disk_full_after(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """Writes to files (not the standard streams) fail with ENOSPC once ``limit`` bytes went in."""
    real_write = os.write
    written = [0]

    def write(fd: int, data: bytes | memoryview) -> int:
        if fd <= 2:
            return real_write(fd, data)
        room = limit - written[0]
        if room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        count = real_write(fd, bytes(data[:room]))
        written[0] += count
        return count

    monkeypatch.setattr("pmladder.files.os.write", write)


def test_output_on_a_full_disk_leaves_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.json"
    _disk_full_after(monkeypatch, 100)
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(target), "--lang", "en", "--no-save"]) == 74
    assert capsys.readouterr().err.endswith(f"pmladder: cannot write {target}: the disk is full\n")
    assert list(tmp_path.iterdir()) == []  # no r.json, no temporary file
    # an old file is left as it was
    target.write_text("old", encoding="utf-8")
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(target), "--lang", "zh", "--no-save"]) == 74
    assert capsys.readouterr().err.endswith(f"pmladder: 无法写入 {target}：磁盘已满\n")
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_output_replaces_a_file_whole_and_follows_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    files.write_output(link, "new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "real.json"]


def test_output_to_a_device_is_written_in_place(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", os.devnull, "--lang", "en", "--no-save"]) == 0
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_output_to_a_fifo_without_a_reader_can_be_interrupted(tmp_path: Path, signum: int, code: int) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    args = [sys.executable, "-m", "pmladder", "assess", FIXTURE, "-a", ANSWERS, "-o", str(fifo), "--no-save"]
    with subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as run:
        time.sleep(2.0)  # started, waiting for a reader of the FIFO
        assert run.poll() is None
        run.send_signal(signum)
        _out, err = run.communicate(timeout=20)
    assert run.returncode == code
    assert b"Traceback" not in err


def test_a_file_on_the_way_is_named_as_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "l.json"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "x.json"
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(target), "--lang", "en", "--no-save"]) == 2
    assert capsys.readouterr().err == f"pmladder: cannot write {target}: {blocker} is a file, not a folder\n"
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(target / "y.json"), "--lang", "zh", "--no-save"]) == 2
    assert capsys.readouterr().err == f"pmladder: 无法写入 {target / 'y.json'}：{blocker} 是一个文件，不是文件夹\n"


def test_a_failed_save_names_the_file_it_was_writing(
    pmladder_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess", FIXTURE, "-a", ANSWERS, "--lang", "en", "--format", "json"]) == 0
    capsys.readouterr()
    folder = pmladder_home / "assessments"
    (previous,) = folder.iterdir()
    before = previous.read_bytes()
    _disk_full_after(monkeypatch, 10)
    assert main(["assess", FIXTURE, "-a", ANSWERS, "--lang", "en", "--format", "json"]) == 74
    err = capsys.readouterr().err
    assert err.startswith("pmladder: ") and "cannot write (the disk is full)" in err
    named = Path(err.removeprefix("pmladder: ").split(": cannot write")[0])
    assert named.parent == folder and not named.exists()
    assert list(folder.iterdir()) == [previous] and previous.read_bytes() == before


@pytest.mark.parametrize(
    ("code", "en", "zh"),
    [
        (errno.ELOOP, "a symbolic link loop", "符号链接循环"),
        (errno.ENOENT, "no such file or folder", "没有这个文件或文件夹"),
        (errno.ENOSPC, "the disk is full", "磁盘已满"),
        (errno.EXDEV, f"system error {errno.EXDEV}", f"系统错误 {errno.EXDEV}"),
        (None, "a system error", "系统错误"),
    ],
)
def test_every_os_error_is_in_the_chosen_language(code: int | None, en: str, zh: str) -> None:
    exc = OSError(code, "Some English words") if code is not None else OSError("Some English words")
    from pmladder.i18n import t

    reason = process.why(exc)
    assert t(reason.code, "en", **reason.params) == en
    assert t(reason.code, "zh", **reason.params) == zh


@pytest.mark.skipif(os.name == "nt", reason="POSIX links")
def test_output_through_a_link_loop_or_a_dangling_link_says_why_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = tmp_path / "lj.json"
    loop.symlink_to(loop)
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(loop), "--lang", "zh", "--no-save"]) == 74
    assert capsys.readouterr().err.endswith(f"pmladder: 无法写入 {loop}：符号链接循环\n")
    dangling = tmp_path / "dj.json"
    dangling.symlink_to(tmp_path / "gone" / "x.json")
    assert main(["assess", FIXTURE, "-a", ANSWERS, "-o", str(dangling), "--lang", "zh", "--no-save"]) == 74
    assert capsys.readouterr().err.endswith(f"pmladder: 无法写入 {dangling}：没有这个文件或文件夹\n")
