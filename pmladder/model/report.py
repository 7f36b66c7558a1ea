"""What validate found: one report per file and the result of a run (stdlib only, so a cached run needs no pydantic)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    def message(self) -> str: ...
    @property
    def path(self) -> str: ...


@dataclass(frozen=True)
class Found:
    """An issue read back from the validate cache: the fields of :class:`pmladder.model.issue.Issue`,
    without pydantic (a cached run imports none)."""

    file: str
    line: int
    col: int
    severity: str
    code: str
    params: Mapping[str, Any]
    #: transitional, as Issue.message: a sentence its producer made (empty when it gives params)
    message: str
    path: str


@dataclass
class FileReport:
    """What validate found in one file."""

    file: str
    #: what the file was checked as: ladder, taxonomy, answers, assessment or session
    kind: str
    issues: Sequence[IssueView] = field(default_factory=list)
    #: the problem that stopped the checks of the file (a syntax error, bad encoding, a limit...): what
    #: follows it, the schema and the semantic checks were not looked at; None when the file was read whole
    stopped: IssueView | None = None

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "warning")

    def valid(self, strict: bool = False) -> bool:
        return self.errors == 0 and not (strict and self.warnings)


@dataclass
class ValidationResult:
    """Every file validate looked at, with its issues; the reporters format this."""

    files: list[FileReport]
    strict: bool = False

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
