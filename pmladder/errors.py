"""The one error base of pmladder and its documented exit codes (see docs/exit-codes.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

#: Everything went well (for ``validate``: every file is valid).
EXIT_OK = 0
#: The input was read but is wrong: an invalid ladder or answers file, unknown ids, failed validation.
EXIT_INVALID = 1
#: The command was used wrongly: bad option, missing file, non-TTY stdin without ``--answers``.
EXIT_USAGE = 2
#: Another pmladder run holds what this one needs (an unfinished session); try again once it ends.
EXIT_BUSY = 3
#: Standard output (or standard error) could not be written: a closed pipe, a full disk.
EXIT_OUTPUT = 74
#: The user interrupted (Ctrl-C, ``q``, EOF); progress was saved and can be resumed.
EXIT_INTERRUPTED = 130
#: Ended by a signal other than SIGINT: 128 + its number (SIGHUP 129, SIGTERM 143), never a traceback.
EXIT_SIGNAL_BASE = 128


class _Value:
    """An immutable value compared by its fields (``__slots__``). Plain classes rather than frozen
    dataclasses: importing dataclasses (and inspect with it) cost ~6 ms of every start-up, `--version`
    and a cached `validate` included, whose budgets are a few milliseconds (see benchmarks/)."""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Value) and type(other) is type(self) and other._fields() == self._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Msg(_Value):
    """A message as the core gives it: a stable code (a key of a catalogue in ``pmladder/i18n/``) and the
    parameters its sentence needs. Words are made at the edge, by ``pmladder.i18n.t``; a parameter may be
    another Msg, a ``{"zh": …, "en": …}`` text or a list (see ``pmladder.i18n.param_text``)."""

    __slots__ = ("code", "params")
    code: str
    params: Mapping[str, object]

    def __init__(self, code: str, params: Mapping[str, object] | None = None) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", {} if params is None else params)

    def __reduce__(self) -> tuple[type[Msg], tuple[str, Mapping[str, object]]]:
        return Msg, (self.code, self.params)  # pickled (a validate worker's issues) by its constructor


class Location(_Value):
    """Where in an input a problem is: ``file:line:col`` (1-based)."""

    __slots__ = ("col", "file", "line")
    file: str
    line: int
    col: int

    def __init__(self, file: str, line: int = 1, col: int = 1) -> None:
        object.__setattr__(self, "file", file)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "col", col)

    def __reduce__(self) -> tuple[type[Location], tuple[str, int, int]]:
        return Location, (self.file, self.line, self.col)


class PmladderError(Exception):
    """An expected failure: shown to the user as one line, never as a traceback.

    It carries a code and parameters (and, for a problem in a file, a :class:`Location`), never a
    sentence: the CLI's one boundary turns it into words in the user's language.
    """

    exit_code: ClassVar[int] = EXIT_INVALID

    def __init__(self, code: str, /, *, location: Location | None = None, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = params
        self.location = location

    @property
    def msg(self) -> Msg:
        """The code and parameters, to be put into words at the edge."""
        return Msg(self.code, self.params)

    def text(self, lang: str = "en") -> str:
        """The words of this error in ``lang``, after its ``file:line:col`` when it has a location (edge use only)."""
        from pmladder.i18n import t

        words = t(self.code, "zh" if lang == "zh" else "en", **self.params)
        where = self.location
        return f"{where.file}:{where.line}:{where.col}: {words}" if where is not None else words

    @property
    def message(self) -> str:
        """Transitional: the English words (or the sentence made before words moved to the edge)."""
        from pmladder.i18n import t

        return t(self.code, "en", **self.params)

    @message.setter
    def message(self, sentence: str) -> None:  # transitional, like the getter
        self.code = sentence
        self.params = {}

    def __str__(self) -> str:
        return self.message


class InputError(PmladderError):
    """An input file or stream has wrong content; the message starts with ``file:line:col``."""

    exit_code = EXIT_INVALID


class UsageError(PmladderError):
    """The command line asks for something impossible (unknown ladder, missing file, no TTY...)."""

    exit_code = EXIT_USAGE


class NotFoundError(UsageError):
    """A ladder, level, competency or saved result named on the command line does not exist."""


class BusyError(PmladderError):
    """Another pmladder run is using the same unfinished session (its lock is held)."""

    exit_code = EXIT_BUSY


class OutputError(PmladderError):
    """Standard output could not be written (``| head``, ``> /dev/full``): nothing more can be shown."""

    exit_code = EXIT_OUTPUT


class WriteError(PmladderError):
    """A file pmladder writes (``--output``, a saved assessment, a session) could not be written: a full
    disk, a read-only file system... Not a usage error: the command line was right."""

    exit_code = EXIT_OUTPUT


class InterruptedSession(PmladderError):
    """The user stopped an interactive session; what was answered is saved for ``--resume``."""

    exit_code = EXIT_INTERRUPTED
