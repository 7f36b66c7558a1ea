"""The only YAML/JSON parser of pmladder: safe by construction, plain data first, positions only when asked for."""

from __future__ import annotations

# A file is read twice only when it needs it: a quick pass turns the parser's events into plain data and
# gives up at the first thing that needs a closer look (a tag, an anchor, a duplicate key, an ambiguous
# value...); such a file, and any file whose positions are asked for (to report a problem), is read by the
# careful reader of :mod:`pmladder.io.compose`, which records each problem with its position.
from typing import Any

import yaml

from pmladder.io.compose import MAX_DEPTH, MAX_NODES, VALUE_CONTROL, Composed, EventLoader, compose
from pmladder.io.problems import LoadFailed, Mark, PathKey, format_path
from pmladder.io.reading import decode
from pmladder.io.scalars import SPECIAL_START, plain_scalar
from pmladder.model.issue import Issue

#: which YAML parser reads files (part of the validate cache's fingerprint)
PARSER_VERSION = f"PyYAML {yaml.__version__} {EventLoader.__name__}"

#: Union tags pydantic puts into an error's ``loc``: they name a union member, not a key of the file.
UNION_TAGS = frozenset({"defined", "none", "carry", "situational", "contra"})

__all__ = ["MAX_NODES", "Document", "LoadFailed", "Mark", "PathKey", "format_path", "parse_document"]


class Document:
    """A parsed document: plain Python data, the problems found while reading it, and the position of
    every value and key (worked out on first use: a file without problems never needs them)."""

    def __init__(
        self,
        filename: str,
        data: Any,
        *,
        text: str = "",
        composed: Composed | None = None,
        origin: Document | None = None,
        kept: dict[PathKey, list[int]] | None = None,
    ) -> None:
        self.filename = filename
        self.data = data
        #: the decoded text of the file (for checks that look at how a value is written)
        self.text = text
        #: the careful reader's result: positions, problems, stand-ins (None until positions are needed)
        self._composed = composed
        #: for a salvaged document (see :func:`pmladder.io.salvage.salvage`): the document of the whole
        #: file, whose nodes and paths every location is given in
        self.origin = origin
        #: for a salvaged document: for each list (by its path in the file) that lost items, the index in
        #: the file of each item kept
        self.kept: dict[PathKey, list[int]] = kept or {}

    def _positions(self) -> Composed:
        if self._composed is None:
            # only a file the quick pass read whole gets here: the careful reader finds no problem in it
            self._composed = compose(self.text, self.filename, []) if self.text else Composed()
        return self._composed

    @property
    def marks(self) -> dict[PathKey, Mark]:
        """The position of every value, by its path."""
        return self._positions().marks

    @property
    def key_marks(self) -> dict[PathKey, Mark]:
        """The position of every mapping key, by the path of its value."""
        return self._positions().key_marks

    @property
    def issues(self) -> list[Issue]:
        """The problems found while reading that did not stop it (the data holds a stand-in for each)."""
        return self._composed.issues if self._composed is not None else []

    @property
    def patched(self) -> set[PathKey]:
        """Paths of values read as stand-ins: the schema does not report them again."""
        return self._composed.patched if self._composed is not None else set()

    @property
    def patched_keys(self) -> set[PathKey]:
        """Paths of keys read as stand-ins (a key that is not text, an unknown alias as a key, a merge key):
        the schema does not report them as unknown fields; a key whose value is a stand-in still is one."""
        return self._composed.patched_keys if self._composed is not None else set()

    @property
    def merged(self) -> set[PathKey]:
        """Paths of mappings that lost a merge key (<<): the fields it would have given are not reported missing."""
        return self._composed.merged if self._composed is not None else set()

    def original_path(self, path: PathKey) -> PathKey:
        """The path in the file of a node of this document (the same path, unless items were dropped)."""
        if not self.kept:
            return path
        out: list[str | int] = []
        for part in path:
            indexes = self.kept.get(tuple(out)) if isinstance(part, int) else None
            if indexes is not None and isinstance(part, int) and 0 <= part < len(indexes):
                out.append(indexes[part])
            else:
                out.append(part)
        return tuple(out)

    def resolve(self, loc: tuple[str | int, ...]) -> tuple[PathKey, bool]:
        """The longest prefix of ``loc`` found in the data (union tags skipped), and whether all of it was."""
        node: Any = self.data
        path: list[str | int] = []
        for part in loc:
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_list or (isinstance(node, dict) and part in node):
                node = node[part]
                path.append(part)
            elif isinstance(node, dict) and isinstance(part, str) and part[-1:] == "_" and part[:-1] in node:
                node = node[part[:-1]]  # a field named schema_ with alias schema
                path.append(part[:-1])
            elif isinstance(part, str) and (part in UNION_TAGS or "[" in part):
                continue  # a union member's tag (or pydantic's function-after[...] names): not in the file
            else:
                return tuple(path), False  # a missing key: stop at the nearest node that exists
        return tuple(path), True

    def value_at(self, path: PathKey) -> Any:
        node: Any = self.data
        for part in path:
            node = node[part]
        return node

    def mark_of(self, path: PathKey, *, key: bool | None = None) -> Mark:
        """Where the node at ``path`` is.

        A mapping value is shown at its key when ``key`` is true, or by default when the value is a
        list, a mapping or null (a block collection starts on the next line; null has no text).
        """
        if key is None:
            key = not path or isinstance(self.value_at(path), dict | list) or self.value_at(path) is None
        key_marks = self.key_marks
        if key and path and isinstance(path[-1], str) and path in key_marks:
            return key_marks[path]
        # nodes reached through an alias have no marks of their own: use the nearest one that has
        marks = self.marks
        for end in range(len(path), -1, -1):
            found = marks.get(path[:end])
            if found is not None:
                return found
        return Mark(1, 1)

    def locate(self, loc: tuple[str | int, ...], *, key: bool | None = None) -> tuple[Mark, str]:
        """Map a pydantic ``loc`` (or any field path) onto its node's position and a readable field path.

        ``loc`` may name union tags and keys that do not exist: the position is then that of the
        nearest existing node. By default a mapping value that exists is shown at its key (where an
        unknown key or a bad value is easiest to find) and anything else at its value; ``key``
        forces one or the other (see :meth:`mark_of`). A trailing ``"[key]"`` (pydantic's marker for
        a bad mapping key) points at the key itself.
        """
        if loc and loc[-1] == "[key]":
            path, _ = self.resolve(loc[:-1])
            key, complete = True, True
        else:
            path, complete = self.resolve(loc)
        if key is None:
            key = complete and bool(path) and isinstance(path[-1], str)
        if self.origin is not None:  # a salvaged document: the node in the file (a stand-in: its nearest)
            original = self.original_path(path)
            found, _ = self.origin.resolve(original)
            return self.origin.mark_of(found, key=key), format_path(original)
        return self.mark_of(path, key=key), format_path(path)


def parse_document(raw: bytes, filename: str, *, max_nodes: int = MAX_NODES) -> Document:
    """Parse one YAML (or JSON) document into plain data (positions are found when first asked for).

    Every problem that leaves the rest of the file readable (a duplicate key, a tag, an ambiguous value,
    a control character...) is recorded in ``Document.issues`` and the data holds a stand-in for it, so
    one run finds them all. Only what makes the rest unreadable raises LoadFailed (with the issues found
    before it): bytes that are not UTF-8, a syntax error, the size, depth, alias and node limits, an
    empty document.
    """
    issues: list[Issue] = []
    text = decode(raw, filename, issues)
    if not issues:
        data = _quick(text, max_nodes)
        if data is not _UNSURE:
            return Document(filename, data, text=text)
    composed = compose(text, filename, issues, max_nodes)
    return Document(filename, composed.data, text=text, composed=composed)


#: what the quick pass gives when a file needs the careful reader
_UNSURE: Any = object()
_SCALAR, _MAPPING_START, _SEQUENCE_START = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
#: the first characters of a plain scalar that may be something other than text ("" is null)
_TYPED_START = SPECIAL_START | {""}


class _NeedsCare(Exception):
    """The quick pass met something that the careful reader must look at."""


def _quick(text: str, max_nodes: int) -> Any:
    """The data of a document with nothing to report, or _UNSURE at the first thing the careful reader
    must look at: a tag, an anchor or alias, a quoted control character, a value that is not plain
    YAML 1.2, a key that is not text or is given twice, a merge key, the depth and node limits, a second
    document, an empty one, a syntax error (or the parser's own nesting limit).

    One function call per node, nested as the document is (at most MAX_DEPTH deep): no stack of frames
    and no positions, which is what makes it about twice as fast as the careful reader.
    """
    loader = EventLoader(text)
    get_event = loader.get_event
    try:
        get_event()  # the stream's start
        if type(get_event()) is not yaml.DocumentStartEvent:
            return _UNSURE  # nothing in the file
        root = _quick_node(get_event(), get_event, [max_nodes], 0)
        get_event()  # the document's end
        if type(get_event()) is not yaml.StreamEndEvent or root is None:
            return _UNSURE  # a second document, or an empty one
        return root
    except (yaml.YAMLError, _NeedsCare):
        return _UNSURE
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()


def _quick_scalar(event: Any) -> Any:
    """A scalar's value: plain text, quoted text, or a plain YAML 1.2 value that is not ambiguous."""
    value = event.value
    if event.tag is not None or event.anchor is not None:
        raise _NeedsCare
    if event.style == '"':
        if VALUE_CONTROL.search(value):
            raise _NeedsCare
        return value
    if event.implicit[0]:
        value, problem = plain_scalar(value)
        if problem is not None:
            raise _NeedsCare
    return value


def _quick_node(event: Any, get_event: Any, budget: list[int], depth: int) -> Any:
    """The value of the node that starts with ``event`` (read to its end); ``budget`` counts down the
    nodes the document may still have."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _NeedsCare
    kind = type(event)
    if kind is _SCALAR:
        value = event.value
        if not event.style and event.tag is None and event.anchor is None and value[:1] not in _TYPED_START:
            return value  # most of a ladder: plain text that can only be text
        return _quick_scalar(event)
    if kind is yaml.AliasEvent or event.tag is not None or event.anchor is not None or depth >= MAX_DEPTH:
        raise _NeedsCare  # an alias, a tagged or anchored collection, or one too deep
    if kind is _MAPPING_START:
        return _quick_mapping(get_event, budget, depth + 1)
    return _quick_sequence(get_event, budget, depth + 1)


def _quick_mapping(get_event: Any, budget: list[int], depth: int) -> dict[str, Any]:
    mapping: dict[str, Any] = {}
    while type(event := get_event()) is not yaml.MappingEndEvent:
        if type(event) is not _SCALAR:
            raise _NeedsCare  # a list, a mapping or an alias as a key
        key = _quick_node(event, get_event, budget, depth)
        if type(key) is not str or key == "<<" or key in mapping:
            raise _NeedsCare  # a key that is not text, a merge key, a key given twice
        mapping[key] = _quick_node(get_event(), get_event, budget, depth)
    return mapping


def _quick_sequence(get_event: Any, budget: list[int], depth: int) -> list[Any]:
    items: list[Any] = []
    while type(event := get_event()) is not yaml.SequenceEndEvent:
        items.append(_quick_node(event, get_event, budget, depth))
    return items
