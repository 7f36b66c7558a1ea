"""What validate found: one report per file and the result of a run (stdlib only, so a cached run needs no pydantic)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, Protocol


class IssueView(Protocol):
    """What a report needs of an issue: a model Issue, or a Found read back from the validate cache."""

    @property
    def file(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def col(self) -> int: ...
    @property
    def severity(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def params(self) -> Mapping[str, Any]: ...
    @property
    def path(self) -> str: ...


class _Record:
    """Equality and a repr by the fields in ``__slots__``. Plain classes, not dataclasses: creating a
    dataclass costs ~0.4 ms at import, and a cached `validate` imports this module (see entry.py)."""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and type(other) is type(self) and other._fields() == self._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"


class Found(_Record):
    """An issue read back from the validate cache: the fields of :class:`pmladder.model.issue.Issue`,
    without pydantic (a cached run imports none)."""

    __slots__ = ("code", "col", "file", "line", "params", "path", "severity")

    def __init__(
        self, file: str, line: int, col: int, severity: str, code: str, params: Mapping[str, Any], path: str,
    ) -> None:
        self.file, self.line, self.col, self.severity = file, line, col, severity
        self.code, self.params, self.path = code, params, path


class FileReport(_Record):
    """What validate found in one file: what it was checked as (ladder, taxonomy, answers, assessment,
    scorecard, scorecard-values or session), its issues, and the problem that stopped its checks (a syntax
    error, bad encoding, a limit...: what follows it, the schema and the semantic checks were not looked
    at), None when the file was read whole."""

    __slots__ = ("file", "issues", "kind", "stopped")

    def __init__(
        self, file: str, kind: str, issues: Sequence[IssueView] | None = None, stopped: IssueView | None = None
    ) -> None:
        self.file = file
        self.kind = kind
        self.issues: Sequence[IssueView] = [] if issues is None else issues
        self.stopped = stopped

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        return self.errors == 0 and not (strict and self.warnings)


class ValidationResult(_Record):
    """Every file validate looked at, with its issues; the reporters format this."""

    __slots__ = ("files", "strict")

    def __init__(self, files: list[FileReport], strict: bool = False) -> None:
        self.files = files
        self.strict = strict

    @property
    def issues(self) -> list[IssueView]:
        return [issue for report in self.files for issue in report.issues]

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.files)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.files)

    @property
    def invalid(self) -> int:
        return sum(1 for r in self.files if not r.valid(self.strict))

    @property
    def ok(self) -> bool:
        return self.invalid == 0

def shown(path: str | os.PathLike[str]) -> str:
    """The name a report gives a bundled file: relative to the working folder when it is inside it, else
    absolute."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return os.fspath(path)
    return os.fspath(path) if relative.startswith("..") else relative


def as_data(value: object) -> object:
    """A parameter as JSON data: a message (``pmladder.errors.Msg``) as ``{"code": …, "params": {…}}``,
    mappings and lists alike inside; text, numbers, booleans and null as they are; anything else as text."""
    from pmladder.errors import Msg

    if isinstance(value, Msg):
        return {"code": value.code, "params": {k: as_data(v) for k, v in value.params.items()}}
    if isinstance(value, Mapping):
        return {str(k): as_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_data(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def from_data(value: object) -> object:
    """A parameter read back from :func:`as_data`'s JSON: ``{"code": …, "params": {…}}`` is a message again."""
    from pmladder.errors import Msg

    if isinstance(value, dict):
        if value.keys() == {"code", "params"} and isinstance(value["code"], str) and isinstance(value["params"], dict):
            return Msg(value["code"], {k: from_data(v) for k, v in value["params"].items()})
        return {k: from_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [from_data(v) for v in value]
    return value
