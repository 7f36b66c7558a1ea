"""Bytes of a file to checked text: a size cap, UTF-8 only, no stray byte-order mark or control character."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from pmladder import safetext
from pmladder.errors import Msg, NotFoundError
from pmladder.io.problems import MAX_ISSUES, LoadFailed, Mark, mark_at, new_issue, too_many
from pmladder.model.issue import Issue

MAX_BYTES = 1024 * 1024

# C0 controls except tab/LF/CR, DEL, C1 controls, the BOM anywhere but at the start, and the
# bidirectional overrides that can make text read differently from what it is ("Trojan source").
CONTROL = re.compile(f"[{safetext.FILE_CONTROLS}]")  # one definition with the prompt's
# JSON writes characters beyond the BMP as surrogate pairs ("\ud83d\ude00"); YAML has no such escape.
_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of ASCII text is zero."""
    head = raw[:4]
    return len(head) == 4 and (
        (head[1] == 0 and head[3] == 0 and head[0] != 0) or (head[0] == 0 and head[2] == 0 and head[1] != 0)
    )


def _fail(filename: str, mark: Mark, code: str, sub: str, **params: object) -> LoadFailed:
    return LoadFailed([new_issue(filename, mark, code, {"detail": Msg(sub, params)})])


def decode(raw: bytes, filename: str, found: list[Issue] | None = None) -> str:
    """Bytes to text: UTF-8 only, a BOM only at the start, no control characters.

    Bytes that are not UTF-8 stop the file (LoadFailed); each control character is an issue appended to
    ``found`` (raised at once when ``found`` is None) and is read as U+FFFD, so that the rest of the
    file can still be checked.
    """
    if len(raw) > MAX_BYTES:
        raise LoadFailed([new_issue(filename, Mark(1, 1), "too-large", {"limit": MAX_BYTES})])
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or _looks_utf16(raw):
        raise _fail(filename, Mark(1, 1), "encoding", "yaml.utf16")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        raise _fail(filename, mark_at(good, len(good)), "encoding", "yaml.not-utf8", byte=raw[exc.start]) from None
    if CONTROL.search(text):
        _controls(text, filename, found)
        text = CONTROL.sub("\ufffd", text)  # one character for one: later columns stay right
    if text.lstrip().startswith(("{", "[")) and "\\" in text:
        # JSON's surrogate-pair escapes to YAML's 8-digit escape (columns after it shift by two)
        text = _SURROGATE_PAIR.sub(_astral_escape, text)
    return text


def _controls(text: str, filename: str, found: list[Issue] | None) -> None:
    """An issue for each control character of ``text`` (see :func:`decode`)."""
    issues = found if found is not None else []
    for bad in CONTROL.finditer(text):
        mark = mark_at(text, bad.start())
        detail = Msg("yaml.bom-inside") if bad.group() == "\ufeff" else Msg("yaml.control", {"point": ord(bad.group())})
        issues.append(new_issue(filename, mark, "control-char", {"detail": detail}))
        if found is None:
            raise LoadFailed(issues)
        if len(issues) >= MAX_ISSUES:
            raise too_many(issues, filename, mark)


def _astral_escape(match: re.Match[str]) -> str:
    high, low = int(match.group(2), 16), int(match.group(3), 16)
    return f"{match.group(1)}\\U{0x10000 + ((high - 0xD800) << 10) + low - 0xDC00:08X}"


def read_bytes(path: Path) -> bytes:
    """Read a file with a size cap (one byte more, so "too large" is detected), as a NotFoundError
    when it cannot be read."""
    # not blocking: opening a named pipe would wait for a writer (one with none reads as empty); a
    # device or a socket is refused before anything is read from it
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise unreadable(path, exc) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise NotFoundError("file.not-regular", path=str(path))
        os.set_blocking(fd, True)  # a pipe being written (validate <(cat x.yaml)) is read to its end
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise unreadable(path, exc) from None
    finally:
        os.close(fd)


def os_reason(exc: OSError) -> Msg:
    """Why an operating-system call failed (``process.why``: a code the edge words)."""
    from pmladder.process import why

    return why(exc)


def unreadable(path: Path, exc: OSError) -> NotFoundError:
    """Why ``path`` cannot be read, as one line: no such file, a dangling link, a link loop, a folder,
    no permission... (the path is shown as given; printing it makes it inert)."""
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return NotFoundError("file.dangling-link", path=str(path), target=target)
    if isinstance(exc, FileNotFoundError):
        return NotFoundError("file.no-file", path=str(path))
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return NotFoundError("file.is-folder", path=str(path))
    return NotFoundError("file.cannot-read", path=str(path), reason=os_reason(exc))
