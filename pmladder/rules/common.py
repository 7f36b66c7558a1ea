"""What the rules share: an issue collector that locates paths in a document, and what a partial read left out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pmladder.model.issue import Issue, Severity
from pmladder.model.ladder import ID_PATTERN

if TYPE_CHECKING:
    from pmladder.io.salvage import Partial
    from pmladder.io.yamldoc import Document, Mark

PathKey = tuple[str | int, ...]


class Collector:
    """Builds located issues for one document: a code and parameters (words are made at the edge)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.issues: list[Issue] = []

    def line(self, path: PathKey) -> int:
        return self.doc.locate(path)[0].line

    def add(
        self,
        path: PathKey,
        code: str,
        *,
        severity: Severity = "error",
        at_key: bool | None = None,
        **params: Any,
    ) -> None:
        """An issue at ``path``: at its key if ``at_key``, at its value if false, else as Document.locate."""
        mark, where = self.doc.locate(path, key=at_key)
        self.issues.append(
            Issue(file=self.doc.filename, line=mark.line, col=mark.col, severity=severity, code=code,
                  params=params, path=where)
        )

    def add_at(self, mark: Mark, path: PathKey, code: str, *, severity: Severity, **params: Any) -> None:
        """An issue at a given position (inside a value, or a node's key or value) for ``path``."""
        self.issues.append(
            Issue(file=self.doc.filename, line=mark.line, col=mark.col, severity=severity, code=code,
                  params=params, path=self.doc.locate(path)[1])
        )

    def unique(self, items: Sequence[tuple[str, PathKey]], code: str, variant: str | None = None) -> None:
        """Report every id in ``items`` (id, path of the id) that was seen before."""
        first: dict[str, PathKey] = {}
        extra: dict[str, Any] = {} if variant is None else {"variant": variant}
        for ident, path in items:
            if ident in first:
                self.add(path, code, at_key=False, **extra, id=ident, line=self.line(first[ident]))
            else:
                first[ident] = path


#: the lists of a ladder that define ids, and the kind of id
DEFINITIONS = {"groups": "group", "types": "type", "tracks": "track", "levels": "level", "competencies": "competency"}
LISTS = {kind: key for key, kind in DEFINITIONS.items()}


def _valid_id(ident: object) -> bool:
    return isinstance(ident, str) and re.match(ID_PATTERN, ident) is not None


@dataclass
class Dropped:
    """What was left out of a file the schema rejects (see ``loader.salvage``), so that the semantic
    checks of the rest do not report what merely follows from it (a reference to a dropped level...)."""

    paths: list[PathKey] = field(default_factory=list)
    #: ids of dropped definitions, by kind (level, competency, group, type, track)
    ids: dict[str, set[str]] = field(default_factory=dict)
    #: kinds with a dropped definition whose id could not be read: any reference of the kind may be to it
    unknown: set[str] = field(default_factory=set)
    #: paths in the file of values replaced by a stand-in (a level's band...): no check compares them
    replaced: set[PathKey] = field(default_factory=set)

    @classmethod
    def of(cls, partial: Partial[Any] | None, data: Any) -> Dropped:
        found = cls(list(partial.dropped) if partial is not None else [])
        found.replaced = set(partial.replaced) if partial is not None else set()
        for path in found.paths:
            kind = DEFINITIONS.get(path[0]) if path and isinstance(path[0], str) else None
            if kind is not None and len(path) <= 2:
                found._note(kind, path, data)
        return found

    def _note(self, kind: str, path: PathKey, data: Any) -> None:
        """Remember the id of the dropped definition at ``path`` (an item of a list of definitions)."""
        items = data.get(path[0]) if isinstance(data, dict) else None
        index = path[1] if len(path) == 2 else None
        item = items[index] if isinstance(items, list) and isinstance(index, int) else None
        ident = item.get("id") if isinstance(item, dict) else None
        if not _valid_id(ident):
            self.unknown.add(kind)  # no telling which id was meant: any reference may be to it
            return
        assert isinstance(ident, str) and isinstance(item, dict)
        self.ids.setdefault(kind, set()).add(ident)
        track = item.get("track") if kind == "level" else None
        if isinstance(track, str):
            self.ids.setdefault("track", set()).add(track)

    def hides(self, kind: str, ident: str) -> bool:
        """Whether a reference to ``ident`` may be to a definition that was dropped."""
        return kind in self.unknown or ident in self.ids.get(kind, ())

    def named(self, key: str, data: Any, ids: list[str]) -> list[str]:
        """The ids a message names as defined: ``ids``, and, when something was dropped, every valid id
        the list ``key`` of the file defines (a level the schema rejects is still one of the file's)."""
        items = data.get(key) if self.paths and isinstance(data, dict) else None
        if not isinstance(items, list):
            return ids
        found = [item.get("id") for item in items if isinstance(item, dict)]
        return [ident for ident in found if isinstance(ident, str) and _valid_id(ident)]

    def before(self, key: str, index: int) -> bool:
        """Whether an item of the list ``key`` was dropped before its item ``index`` (an index in the file)."""
        return any(len(path) == 2 and path[0] == key and isinstance(path[1], int) and path[1] < index
                   for path in self.paths)

    def under(self, prefix: PathKey) -> bool:
        """Whether something at or below ``prefix`` (a path in the file) was dropped."""
        return any(path[: len(prefix)] == prefix for path in self.paths)
