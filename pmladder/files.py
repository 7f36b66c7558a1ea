"""The one place that creates files: atomic replacement, exclusive creation, stray temp files, locks, SHA-256."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import itertools
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from pathlib import Path

    from pmladder.errors import Msg

# Every file pmladder saves is first written in full to a temporary file in the same folder, named
# ``.<target name>.<pid>.<random>.tmp``, and then put in place in one step: ``os.replace`` where a file
# is meant to be replaced (a session, the validate cache), ``os.link`` where an existing file must never
# be replaced (a saved result: the link fails when the name is taken, and the next name is tried). A
# reader sees the old file or the new one, never half of it. A run killed while writing leaves its
# temporary file behind; the pid in its name tells a later run whether the writer is gone.

#: how a temporary file ends; its name is ``.<target name>.<pid>.<random>.tmp``
TEMP_SUFFIX: Final = ".tmp"
_TEMP_NAME: Final = re.compile(r"\.(?P<target>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp")
#: a temporary file without a pid in its name (pmladder before 0.2 used mkstemp) is removed after this long
LEGACY_TEMP_AGE: Final = 24 * 3600.0
#: errors of ``os.link`` that mean the file system has no hard links (then O_EXCL creation is used)
_NO_LINKS: Final = frozenset(
    code
    for code in (
        getattr(errno, "EPERM", None),
        getattr(errno, "EOPNOTSUPP", None),
        getattr(errno, "ENOTSUP", None),
        getattr(errno, "ENOSYS", None),
        getattr(errno, "EMLINK", None),
    )
    if code is not None
)


def sha256_of(raw: bytes) -> str:
    """The SHA-256 of ``raw`` as 64 hex digits (a ladder file's identity, the validate cache's key)."""
    return hashlib.sha256(raw).hexdigest()


def temp_path(target: Path) -> Path:
    """A fresh temporary file name beside ``target`` that carries this process's pid."""
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{TEMP_SUFFIX}")


def _write_temp(target: Path, text: str) -> Path:
    """``text`` written and flushed to disk in a new temporary file beside ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    _write_exclusive(tmp, text)
    return tmp


def replace_atomic(target: Path, text: str, *, mode: int | None = None, make_folder: bool = True) -> None:
    """Write ``text`` to ``target``, replacing it in one step; raises OSError (no temporary file is left).

    The one atomic writer: ``text`` goes in full to a temporary file beside ``target`` (its folder made
    first unless ``make_folder`` is false), gets ``mode`` when given (else owner-only, 0o600), and is put
    in place by ``os.replace`` with signals held, so a reader sees the old file or the new one.
    """
    from pmladder.process import signals_deferred

    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(target)
    try:
        _write_exclusive(tmp, text)
        if mode is not None:
            os.chmod(tmp, mode)
        with signals_deferred():
            os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader sees the old file or the new one, never half of it; a
    WriteError (exit 74) that says why when it cannot be written (sessions, saved results)."""
    from pmladder.errors import WriteError

    try:
        replace_atomic(path, text)
    except OSError as exc:
        raise WriteError("storage.cannot-write", path=path, reason=os_reason(exc)) from None


def os_reason(exc: OSError) -> Msg:
    """Why a file cannot be written: pmladder.process.why, with words of its own where writing needs
    them (a folder where a file is wanted; no permission to write)."""
    import errno

    from pmladder.errors import Msg
    from pmladder.process import why

    if exc.errno == errno.EEXIST:  # mkdir of a folder where a file is
        return Msg("process.not-folder")
    denied = "storage.no-permission"
    codes = {errno.EISDIR: "storage.is-folder", errno.EACCES: denied, errno.EPERM: denied}
    if exc.errno in codes:
        return Msg(codes[exc.errno])
    return why(exc)


def write_output(target: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``target`` (``--output``); raises OSError and then leaves nothing behind.

    A regular file, or a name that does not exist yet, is written in full to a temporary file beside it
    and then put in place in one step (``os.replace``, the only moment signals are held): a full disk or
    Ctrl-C leaves the old file as it was, or no file. A symbolic link is followed, so the file it points
    to is replaced, not the link. Anything else (``/dev/null``, a FIFO, a terminal) is written in place,
    and waiting for it (a FIFO with no reader yet) can be interrupted.
    """
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(target, text.encode("utf-8"))
        return
    from pathlib import Path  # here: a cached `validate` hashes with this module and never needs pathlib

    real = Path(os.path.realpath(target)) if os.path.islink(target) else target
    # as the file would have been created (umask), or as the file it replaces was
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    replace_atomic(real, text, mode=mode, make_folder=False)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_in_place(target: Path, raw: bytes) -> None:
    """Write ``raw`` to an existing special file (a FIFO, a device), every byte; Ctrl-C can stop it."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    try:
        _write_all(fd, raw)
    finally:
        os.close(fd)


def create_exclusive(candidates: Iterable[Path], text: str) -> Path | None:
    """Write ``text`` under the first of ``candidates`` (all in one folder) that does not exist yet.

    Never check-then-write: a name is claimed by ``os.link``, which fails when the name exists (also as
    a dangling link), so two runs that pick the same name at the same moment end up with two files.
    Returns None when every candidate is taken; raises OSError when the folder cannot be written.
    """
    names = iter(candidates)
    first = next(names)
    tmp = _write_temp(first, text)
    try:
        for candidate in itertools.chain((first,), names):
            try:
                os.link(tmp, candidate)
                return candidate
            except FileExistsError:
                continue
            except OSError as exc:
                if exc.errno not in _NO_LINKS:
                    raise
            # no hard links on this file system: create the name exclusively and write it in place
            try:
                _write_exclusive(candidate, text)
                return candidate
            except FileExistsError:
                continue
        return None
    finally:
        tmp.unlink(missing_ok=True)


def _write_exclusive(target: Path, text: str) -> None:
    """Create ``target`` (never an existing name, never through a link), write ``text`` as UTF-8 and fsync."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(target, flags, 0o600)  # saved assessments are personal: readable by their owner only
    try:
        try:
            _write_all(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _write_all(fd: int, raw: bytes) -> None:
    """Every byte of ``raw`` to ``fd`` (``os.write`` may write fewer: a nearly full disk, a pipe)."""
    view = memoryview(raw)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # nothing more goes in
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def set_aside(path: Path, suffix: str = ".damaged") -> Path:
    """Move ``path`` to the first free name ``<name><suffix>``, ``<name><suffix>-2``…; returns it.

    Never replaces a file set aside before (the name is claimed with ``os.link``, or renamed where there
    are no hard links only when the name is free). Raises OSError when it cannot be moved.
    """
    for number in range(1, 1000):
        candidate = path.with_name(path.name + suffix + (f"-{number}" if number > 1 else ""))
        try:
            os.link(path, candidate, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            if os.path.lexists(candidate):
                continue
            os.rename(path, candidate)
            return candidate
        path.unlink()
        return candidate
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` may still be running (True when that cannot be told)."""
    if pid == os.getpid():
        return True
    if os.name == "nt" or pid <= 0:  # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, under another user
        return True
    return True


def remove_stray_temps(folder: Path, *, target: str | None = None, now: float | None = None) -> list[Path]:
    """Remove the temporary files in ``folder`` that no running pmladder is still writing; returns them.

    A temporary file is stray when the process named in it is gone, or (a name without a pid, left by an
    older pmladder) when it is more than a day old. With ``target`` (a file name such as
    ``pm-generic.json``), the caller holds the lock that every writer of that file holds, so every
    temporary file of ``target`` is stray whoever wrote it. Never raises: a folder that cannot be read
    or a file that cannot be removed is left as it is.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    clock = time.time() if now is None else now
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                continue
            found = _TEMP_NAME.fullmatch(name)
            if target is not None and name.startswith(f".{target}."):
                stray = True
            elif found is not None:
                stray = not pid_alive(int(found.group("pid")))
            else:
                stray = clock - entry.stat(follow_symlinks=False).st_mtime > LEGACY_TEMP_AGE
            if stray:
                os.unlink(entry.path)
                removed.append(folder / entry.name)
        except OSError:
            continue
    return removed


class Busy(Exception):
    """The lock is held by another process."""


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an OS-level lock on ``path`` (created if need be) until the block ends; Busy when it is held.

    The lock is the operating system's (flock on POSIX, LockFileEx on Windows through ``filelock``): the
    kernel releases it when the process ends, so a run that crashed or was killed never leaves it stuck.
    The file stays in place (a later run locks the same file). Raises OSError when the lock file cannot
    be created or opened (never through a symbolic link).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # Windows: filelock's LockFileEx (importing filelock costs ~10 ms, so only here)
        with _filelock(path):
            yield
        return
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | os.O_CLOEXEC
    fd = os.open(path, flags, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
                raise Busy(str(path)) from None
            raise
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _filelock(path: Path) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise Busy(str(path)) from None
    try:
        yield
    finally:
        lock.release()
