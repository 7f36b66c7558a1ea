"""The process boundary: signals, and standard streams that are closed, fail or cannot encode (stdlib only)."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, TextIO

from pmladder.errors import EXIT_INTERRUPTED, EXIT_OUTPUT, Msg, OutputError, PmladderError

#: the words of an errno (pmladder/i18n/process.py), by errno
_REASONS = {
    errno.EPIPE: "process.pipe",
    errno.ENOSPC: "process.full",
    errno.EIO: "process.io",
    errno.EBADF: "process.closed",
    errno.EACCES: "process.no-permission",
    errno.EPERM: "process.no-permission",
    errno.ELOOP: "process.loop",
    errno.ENOENT: "process.no-such",
    errno.ENOTDIR: "process.not-folder",
    errno.EISDIR: "process.is-folder",
    errno.EROFS: "process.read-only",
    errno.ENAMETOOLONG: "process.too-long",
    errno.EEXIST: "process.exists",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "process.full"

#: the first signal that ended (or is ending) this run: SIGINT, SIGTERM or SIGHUP
received: int | None = None
#: whether writing standard error failed at some point (then the exit code is not 0)
stderr_failed = False
#: whether the failure of standard output has been shown (it is shown once)
output_reported = False


def why(exc: OSError) -> Msg:
    """Why an operating-system call failed: the one errno-to-code function for every OSError shown to the
    user; an errno without words of its own is named by its number."""
    code = _REASONS.get(exc.errno) if exc.errno is not None else None
    if code is not None:
        return Msg(code)
    if exc.errno is not None:
        return Msg("process.system-error", {"number": exc.errno})
    return Msg("process.system-error-unknown")


# ---- signals -------------------------------------------------------------------------------------


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: raised in the main thread so that clean-ups run; ends with 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    global received
    if received is None:
        received = signum
    raise KeyboardInterrupt


def _on_termination(signum: int, frame: FrameType | None) -> None:
    global received
    if received is None:
        received = signum
    raise Terminated(signum)


def _ending_signals() -> list[int]:
    return [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def install_signal_handlers() -> None:
    """SIGINT raises KeyboardInterrupt (also when the parent ignored it, as a shell does for ``cmd &``),
    SIGTERM and SIGHUP raise :class:`Terminated` (unless ignored); a signal the parent blocked is let in."""
    try:
        signal.signal(signal.SIGINT, _on_interrupt)
        for signum in _ending_signals():
            if signal.getsignal(signum) is signal.SIG_DFL:
                signal.signal(signum, _on_termination)
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *_ending_signals()})
    except ValueError:  # not the main thread: signals are not this run's to handle
        pass
    sys.unraisablehook = _unraisable
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_in_forked_child)


def _in_forked_child() -> None:
    """A worker process (validate's pool): the signals are the parent's to handle, quietly."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for signum in _ending_signals():
            signal.signal(signum, signal.SIG_DFL)


def _unraisable(info: Any) -> None:
    """An interrupt that lands in a finaliser is not printed as "Exception ignored": the run still ends
    with its signal's exit code."""
    if isinstance(info.exc_value, KeyboardInterrupt | Terminated) or received is not None:
        return
    sys.__unraisablehook__(info)


def stop_signals() -> None:
    """From here on SIGINT, SIGTERM and SIGHUP are ignored: the run is ending (no traceback at exit)."""
    with contextlib.suppress(ValueError):
        for signum in (signal.SIGINT, *_ending_signals()):
            signal.signal(signum, signal.SIG_IGN)


def exit_code(exc: BaseException) -> int | None:
    """The exit code of a run ended by ``exc``, when it is an interrupt or a signal (else None).

    Once a signal has arrived, whatever exception follows is its consequence (an interrupt inside an
    import can surface as another error): the run ends quietly with the signal's code.
    """
    if isinstance(exc, Terminated):
        return 128 + exc.signum
    if received is not None:
        return 128 + received
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return None


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP until the block ends, so that a file is never left half-written.

    A signal that arrives meanwhile takes effect (KeyboardInterrupt, :class:`Terminated`) right after.
    Off the main thread, or where signals cannot be held, the block runs as it is.
    """
    held: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        held.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in (signal.SIGINT, *_ending_signals()):
            handler = signal.getsignal(signum)
            if callable(handler):  # ignored or default signals are left alone
                previous[signum] = signal.signal(signum, hold)
    except ValueError:  # not the main thread
        previous = {}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if held:
            handler = previous[held[0]]
            handler(held[0], None)


# ---- standard streams ----------------------------------------------------------------------------


def is_tty(stream: object) -> bool:
    """Whether ``stream`` is a terminal (the one check: a closed, replaced or missing stream is not)."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


class _Closed:
    """Standard output when the process started without one (``>&-``): every write fails."""

    encoding = "utf-8"
    errors = "strict"

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


class GuardedStream:
    """A text stream whose failures never end in a traceback.

    Standard output: a failed write raises :class:`OutputError` (exit 74), and so does every later write
    (a failure that someone swallowed still surfaces). Standard error: a failed write is dropped and
    remembered (the run then does not exit 0). Either way the file descriptor is pointed at the null
    device at once, so that Python's flush at exit cannot fail again. Every other attribute is the
    wrapped stream's, except ``buffer``: all writes go through here.
    """

    def __init__(self, stream: TextIO | _Closed, name: str) -> None:
        self._stream = stream
        self._name = name
        self.error: OutputError | None = None

    def _fail(self, exc: OSError | None) -> None:
        global stderr_failed
        if self._name == "stderr":
            if not stderr_failed:
                _to_null(self._stream)
            stderr_failed = True
            return
        if self.error is None:
            _to_null(self._stream)
            cause = why(exc) if exc is not None else Msg("process.closed")
            self.error = OutputError("process.stdout", reason=cause)
        raise self.error

    def write(self, text: str) -> int:
        if self.error is not None or (self._name == "stderr" and stderr_failed):
            self._fail(None)
            return len(text)
        try:
            return self._stream.write(text)
        except UnicodeEncodeError:  # a stream that could not be told to degrade
            encoding = getattr(self._stream, "encoding", None) or "ascii"
            return self.write(text.encode(encoding, "replace").decode(encoding, "replace"))
        except OSError as exc:
            self._fail(exc)
            return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self.error is not None or (self._name == "stderr" and stderr_failed):
            self._fail(None)
            return
        try:
            self._stream.flush()
        except OSError as exc:
            self._fail(exc)

    def __getattr__(self, name: str) -> Any:
        if name == "buffer":  # click would write bytes there, past this guard and past the encoding
            raise AttributeError(name)
        return getattr(self._stream, name)


def _to_null(stream: object) -> None:
    """Point ``stream``'s file descriptor at the null device and drop what it still buffers."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)
    with contextlib.suppress(OSError, ValueError):
        stream.flush()  # type: ignore[attr-defined]  # what was buffered now goes to the null device


def _degrade(stream: object) -> None:
    """A stream that cannot encode a character writes ``?`` instead of failing (latin-1, ascii...)."""
    reconfigure = getattr(stream, "reconfigure", None)
    # strict fails on the first character; surrogateescape (Python's choice under the C locale) too
    if reconfigure is not None and getattr(stream, "errors", None) in ("strict", "surrogateescape"):
        with contextlib.suppress(Exception):
            reconfigure(errors="replace")


#: the standard streams replaced by :func:`_whole_writes`, kept open
_kept: list[TextIO] = []


def _whole_writes(stream: TextIO) -> TextIO:
    """``stream``, or a copy that writes everything it is given when ``stream`` writes straight to its
    file (``python -u``, ``PYTHONUNBUFFERED``): a text stream over a raw file ignores a short write (a
    nearly full disk, a pipe whose reader has gone) and silently drops the rest; a buffered writer
    retries the rest, so the error that follows (ENOSPC, EPIPE) is raised."""
    buffer = getattr(stream, "buffer", None)
    if not isinstance(buffer, io.RawIOBase):
        return stream
    _kept.append(stream)  # closing it (when it is collected) would close the file under the copy
    try:
        return io.TextIOWrapper(
            io.BufferedWriter(buffer),
            encoding=stream.encoding,
            errors=stream.errors,
            newline=None if os.name == "nt" else "\n",
            line_buffering=bool(stream.line_buffering),
            write_through=True,
        )
    except (OSError, ValueError, AttributeError, LookupError):
        return stream


def guard_streams() -> None:
    """Wrap ``sys.stdout`` and ``sys.stderr`` in :class:`GuardedStream` (degrading what cannot encode)."""
    stdout: TextIO | _Closed = _whole_writes(sys.stdout) if sys.stdout is not None else _Closed()
    _degrade(stdout)
    sys.stdout = GuardedStream(stdout, "stdout")
    # started without one (2>&-): a line that cannot be written there still makes the run exit 74
    stderr: TextIO | _Closed = _whole_writes(sys.stderr) if sys.stderr is not None else _Closed()
    _degrade(stderr)
    sys.stderr = GuardedStream(stderr, "stderr")


def release_streams() -> None:
    """Put the standard streams back (after a failure they write to the null device): Python flushes
    them at exit, and that flush must not raise again."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, GuardedStream):
            inner = stream._stream
            setattr(sys, name, None if isinstance(inner, _Closed) else inner)


def exit_now(code: int) -> None:
    """End the process with ``code`` at once, once what the standard streams hold is written."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.flush()
    os._exit(code)


def say(line: str) -> None:
    """Write one line on standard error; a standard error that fails is no reason for a traceback."""
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):
        global stderr_failed
        stderr_failed = True


def start() -> None:
    """Set up this process for a pmladder run: signals, guarded standard streams."""
    install_signal_handlers()
    guard_streams()


def finish(code: int, words: Callable[[PmladderError], str]) -> int:
    """Flush standard output (an :class:`OutputError` when it fails) and the final exit code.

    A failure of standard output that was never reported (someone swallowed the exception) is reported
    here, once, in ``words`` (the edge's); one of standard error turns a success into :data:`EXIT_OUTPUT`.
    """
    global output_reported
    stdout = sys.stdout
    error = stdout.error if isinstance(stdout, GuardedStream) else None
    if error is None:
        stdout.flush()
    elif not output_reported:
        output_reported = True
        say(f"pmladder: {words(error)}")
    with contextlib.suppress(OSError, ValueError):
        if sys.stderr is not None:
            sys.stderr.flush()
    if received is not None:
        return 128 + received
    if code == 0 and (error is not None or stderr_failed):
        return EXIT_OUTPUT
    return code


def reported(exc: BaseException) -> None:
    """The boundary showed ``exc``: when it is the failure of standard output, it is not shown again."""
    global output_reported
    if isinstance(exc, OutputError):
        output_reported = True
