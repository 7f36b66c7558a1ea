"""Positions in a file and the problems found there: Mark, field paths, LoadFailed and the issue helper."""

from __future__ import annotations

from typing import Any, NamedTuple

from pmladder.model.issue import Issue

PathKey = tuple[str | int, ...]

#: reading a file stops after this many problems (a file of nothing but mistakes is not worth more)
MAX_ISSUES = 1000


class Mark(NamedTuple):
    """A position in a file, 1-based."""

    line: int
    col: int


def format_path(path: list[str | int] | tuple[str | int, ...]) -> str:
    """A field path as validate shows it: ``levels[2].name.en``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def new_issue(filename: str, mark: Mark, code: str, params: dict[str, Any] | None = None, path: str = "") -> Issue:
    """An issue as a code and parameters at ``mark`` (its words are made at the edge)."""
    return Issue(file=filename, line=mark.line, col=mark.col, code=code, params=params or {}, path=path)


class LoadFailed(Exception):
    """Raised while reading with the issues found so far; turned into a result by callers."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues[0].format() if issues else "load failed")
        self.issues = issues


def too_many(issues: list[Issue], filename: str, mark: Mark) -> LoadFailed:
    """The issues so far and one that says the file was not read to its end."""
    return LoadFailed([*issues, new_issue(filename, mark, "too-many-problems", {"limit": MAX_ISSUES})])


def mark_at(text: str, index: int) -> Mark:
    """The line and column of character ``index`` of ``text``."""
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Mark(line, col)
