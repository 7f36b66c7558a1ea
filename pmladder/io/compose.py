"""The careful YAML reader: every value with its position, every problem recorded with a stand-in value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from pmladder import safetext
from pmladder.errors import Msg
from pmladder.io.problems import MAX_ISSUES, LoadFailed, Mark, PathKey, format_path, new_issue, too_many
from pmladder.io.scalars import SPECIAL_START, plain_scalar
from pmladder.io.syntax import other_error_issue, syntax_issue
from pmladder.model.issue import Issue

#: the parser that gives the events: libyaml is ~10x faster; the pure-Python parser is the fallback, with
#: the same behaviour
EventLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64
MAX_ALIASES = 100
#: values (scalars, lists, mappings, expanded aliases) in one document; a kind of file with a small bound
#: (answers) takes a smaller ``max_nodes``, which stops early
MAX_NODES = 100_000

# In a double-quoted value, after escapes such as "\e" or "\u001b" are decoded: the file's controls, and CR.
VALUE_CONTROL = re.compile(f"[{safetext.VALUE_CONTROLS}]")
#: explicit tags a collection may carry without a problem
_COLLECTION_TAGS = (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_QUIET = (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)


def short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _mark(event: Any) -> Mark:
    return Mark(event.start_mark.line + 1, event.start_mark.column + 1)


def _kind_of(value: Any) -> str:
    """The catalogue code naming the kind of a parsed YAML value."""
    if value is None:
        return "kind.null"
    if isinstance(value, bool):
        return "kind.bool"
    if isinstance(value, int):
        return "kind.int"
    if isinstance(value, float):
        return "kind.number"
    if isinstance(value, dict):
        return "kind.mapping"
    if isinstance(value, list):
        return "kind.list"
    return "kind.text"


def kind_of(value: Any) -> Msg:
    """The kind of a parsed YAML value (a mapping, text, a whole number...), to be worded at the edge."""
    return Msg(_kind_of(value))


@dataclass(slots=True)
class _Frame:
    container: dict[str, Any] | list[Any]
    path: PathKey
    anchor: str | None
    is_map: bool
    pending_key: str | None = None
    start_nodes: int = 0  # node count when the collection opened, to size it for anchors
    key_start: int = -1  # for a list or mapping used as a key: where its text starts
    key_mark: Mark | None = None


@dataclass
class Composed:
    """What the careful reader gives: the data, the position of every value and key, and the problems."""

    data: Any = None
    marks: dict[PathKey, Mark] = field(default_factory=dict)
    key_marks: dict[PathKey, Mark] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)
    #: paths of values read as stand-ins (the text as written): the schema does not report them again
    patched: set[PathKey] = field(default_factory=set)
    #: paths of keys read as stand-ins (a key that is not text, an unknown alias as a key, a merge key)
    patched_keys: set[PathKey] = field(default_factory=set)
    #: paths of mappings that lost a merge key (<<): the fields it would have given are not reported missing
    merged: set[PathKey] = field(default_factory=set)


def parser_gave_up_on_depth(exc: yaml.MarkedYAMLError) -> bool:
    """Whether the YAML parser stopped at a nesting limit of its own (not a syntax error in the file)."""
    return "nesting depth" in (exc.problem or "")


def _resume_events(text: str, consumed: int) -> Any:
    """The pure-Python parser's ``get_event``, past the first ``consumed`` events (which are the same)."""
    fallback: Any = yaml.SafeLoader(text)
    for _ in range(consumed):
        fallback.get_event()
    return fallback.get_event


class _Reader:
    """Composes one document from the parser's events, with positions, recording every problem."""

    def __init__(self, text: str, filename: str, issues: list[Issue], max_nodes: int) -> None:
        self.text, self.filename, self.max_nodes = text, filename, max_nodes
        self.out = Composed(issues=issues)
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, node count of that value)
        self.first_keys: dict[PathKey, Mark] = {}  # where a key given more than once was first given
        self.stack: list[_Frame] = []
        self.aliases = self.nodes = self.documents = 0
        self.root_set = False

    # ---- problems

    def fail(self, mark: Mark, code: str, path: PathKey = (), **params: Any) -> LoadFailed:
        return LoadFailed([*self.out.issues, new_issue(self.filename, mark, code, params, format_path(path))])

    def problem(self, mark: Mark, code: str, params: dict[str, Any], path: PathKey = ()) -> None:
        """A problem that does not stop the file (the caller puts a stand-in into the data)."""
        issues = self.out.issues
        issues.append(new_issue(self.filename, mark, code, params, format_path(path)))
        if len(issues) >= MAX_ISSUES:
            raise too_many(issues, self.filename, mark)

    def count(self, mark: Mark, size: int = 1) -> None:
        self.nodes += size
        if self.nodes > self.max_nodes:
            raise self.fail(mark, "yaml-too-many-nodes", limit=self.max_nodes)

    # ---- the tree

    def attach(self, value: Any, mark: Mark) -> None:
        stack, out = self.stack, self.out
        if not stack:
            out.data = value
            out.marks[()] = mark
            self.root_set = True
            return
        top = stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            out.marks[(*top.path, len(top.container) - 1)] = mark
        else:
            key = top.pending_key
            assert key is not None
            top.container[key] = value
            out.marks[(*top.path, key)] = mark
            top.pending_key = None

    def child_path(self) -> PathKey:
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        assert top.pending_key is not None
        return (*top.path, top.pending_key)

    def expecting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].container, dict) and self.stack[-1].pending_key is None

    def take_key(self, key: Any, mark: Mark, plain: bool, source: str, name: str) -> None:
        """A key that the fast path does not take: not text, a merge key, or given before.

        ``source`` is the key as written (what a key that is not text is read as), ``name`` how the
        message shows it.
        """
        top, out = self.stack[-1], self.out
        if isinstance(key, dict | list):
            self.problem(mark, "yaml-key", {"detail": Msg("yaml.key-collection")}, top.path)
            key = source  # read as the text it is written as
            out.patched_keys.add((*top.path, key))
        elif not isinstance(key, str):
            detail = Msg("yaml.key-type", {"what": kind_of(key), "name": name})
            self.problem(mark, "yaml-key", {"detail": detail}, top.path)
            key = source
            out.patched_keys.add((*top.path, key))
        elif key == "<<" and plain:
            self.problem(mark, "yaml-merge", {}, top.path)
            out.patched_keys.add((*top.path, key))  # kept as a key: the schema does not report it as unknown
            out.merged.add(top.path)
        path = (*top.path, key)
        if key in top.container:
            first = self.first_keys.setdefault(path, out.key_marks[path])
            params = {"name": key, "line": first.line, "col": first.col}
            self.problem(mark, "duplicate-key", params, path)
            # the last value given is the one read (as in most YAML and JSON readers)
        top.pending_key = key
        out.key_marks[path] = mark

    # ---- scalars

    def typed(self, event: Any, path: PathKey, patched: set[PathKey] | None) -> Any:
        """The typed value of a scalar that is not plain text (a number, a boolean, a tag, an escape...).

        A value that cannot be read as it stands is a problem, and is read as the text it is written as
        (its path goes into ``patched``, so that the schema does not report it again).
        """
        value: str = event.value
        tag = event.tag
        mark = _mark(event)

        def problem(code: str, params: dict[str, Any]) -> None:
            self.problem(mark, code, params, path)
            if patched is not None:
                patched.add(path)

        if event.style == '"':  # only escapes can put these into a value: the raw text was checked already
            bad = VALUE_CONTROL.search(value)
            if bad:
                problem("control-char", {"detail": Msg("yaml.control-value", {"point": ord(bad.group())})})
                value = VALUE_CONTROL.sub("\ufffd", value)
        plain = bool(event.implicit[0])
        if tag not in (None, "!"):
            problem("yaml-tag", {"tag": short_tag(tag)})
            if tag == "tag:yaml.org,2002:str":  # rejected as every tag (docs/ladder-format.md), read as it says
                return value
            plain = not event.style  # read as if the tag were not there (libyaml: '', PyYAML: None for plain)
        if not plain:  # quoted or block scalar: always a string
            return value
        typed, trouble = plain_scalar(value)
        if trouble is not None:
            problem(*trouble)
        return typed

    def scalar(self, event: Any) -> None:
        start = event.start_mark
        mark = Mark(start.line + 1, start.column + 1)
        self.nodes += 1
        if self.nodes > self.max_nodes:
            raise self.fail(mark, "yaml-too-many-nodes", limit=self.max_nodes)
        value = event.value
        # fast path: text that can be nothing but text (no tag, no escapes, no special start)
        simple = (
            event.tag is None
            and event.style != '"'
            and (not event.implicit[0] or (value and value[0] not in SPECIAL_START))
        )
        if not self.stack:
            self.attach(value if simple else self.typed(event, (), self.out.patched), mark)
        else:
            value = self.child(event, self.stack[-1], value, simple, mark)
        if event.anchor:  # a key or a value: either way the typed scalar
            self.anchors[event.anchor] = (value, 1)

    def child(self, event: Any, top: _Frame, value: Any, simple: bool, mark: Mark) -> Any:
        """A scalar in a list or a mapping (a key or a value); the value as typed."""
        pending = top.pending_key
        if not top.is_map:
            path: PathKey = (*top.path, len(top.container))
            if not simple:
                value = self.typed(event, path, self.out.patched)
            top.container.append(value)  # type: ignore[union-attr]
        elif pending is None:
            return self.key(event, top, value, simple, mark)
        else:
            path = (*top.path, pending)
            if not simple:
                value = self.typed(event, path, self.out.patched)
            top.container[pending] = value  # type: ignore[call-overload]
            top.pending_key = None
        self.out.marks[path] = mark
        return value

    def key(self, event: Any, top: _Frame, value: Any, simple: bool, mark: Mark) -> Any:
        """A scalar read as a mapping key; the key as typed."""
        if not simple:
            found = len(self.out.issues)
            value = self.typed(event, top.path, None)
            if len(self.out.issues) > found and type(value) is str:  # read as the text it is
                self.out.patched_keys.add((*top.path, value))
        if type(value) is str and value != "<<" and value not in top.container:
            top.pending_key = value
            self.out.key_marks[(*top.path, value)] = mark
        else:
            source = event.value
            self.take_key(value, mark, plain=bool(event.implicit[0]), source=source, name=repr(source))
        return value

    # ---- collections and aliases

    def end(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, self.nodes - frame.start_nodes + 1)
        if frame.key_start >= 0:  # a list or mapping used as a key: read as the text it is written as
            source = self.text[frame.key_start : event.end_mark.index]
            assert frame.key_mark is not None
            self.take_key(frame.container, frame.key_mark, plain=False, source=source, name=source)

    def alias(self, event: Any) -> None:
        mark = _mark(event)
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise self.fail(mark, "yaml-aliases", limit=MAX_ALIASES)
        source = f"*{event.anchor}"
        as_key = self.expecting_key()
        if event.anchor in self.anchors:
            value, size = self.anchors[event.anchor]
        else:  # read as nothing (null), or as the text *name when it is a key
            path = self.stack[-1].path if as_key else self.child_path() if self.stack else ()
            self.problem(mark, "yaml-alias", {"name": event.anchor}, path)
            value, size = (source if as_key else None), 1
            if as_key:
                self.out.patched_keys.add((*path, source))
            else:
                self.out.patched.add(path)
        self.count(mark, size)
        if not as_key:
            self.attach(value, mark)
        elif type(value) is str and value != "<<" and value not in self.stack[-1].container:
            self.stack[-1].pending_key = value
            self.out.key_marks[(*self.stack[-1].path, value)] = mark
        else:
            self.take_key(value, mark, plain=False, source=source, name=source)

    def start(self, event: Any) -> None:
        mark = _mark(event)
        self.count(mark)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(mark, "yaml-depth", limit=MAX_DEPTH)
        as_key = self.expecting_key()  # a list or mapping as a key: its nodes are under "?"
        path = (*self.stack[-1].path, "?") if as_key else self.child_path() if self.stack else ()
        if event.tag not in _COLLECTION_TAGS:
            self.problem(mark, "yaml-tag", {"tag": short_tag(event.tag)}, path)  # then read as untagged
        is_map = type(event) is yaml.MappingStartEvent
        new: dict[str, Any] | list[Any] = {} if is_map else []
        frame = _Frame(container=new, path=path, anchor=event.anchor, is_map=is_map, start_nodes=self.nodes)
        if as_key:
            frame.key_start, frame.key_mark = event.start_mark.index, mark
        else:
            self.attach(new, mark)
        self.stack.append(frame)

    # ---- the event loop

    def read(self) -> Composed:
        loader = EventLoader(self.text)
        try:
            self.events(loader)
        except yaml.MarkedYAMLError as exc:
            raise LoadFailed([*self.out.issues, syntax_issue(exc, self.text, self.filename)]) from None
        except yaml.YAMLError as exc:
            raise LoadFailed([*self.out.issues, other_error_issue(exc, self.filename)]) from None
        finally:
            dispose = getattr(loader, "dispose", None)
            if dispose is not None:
                dispose()
        if not self.root_set or self.out.data is None:
            raise self.fail(Mark(1, 1), "empty")
        return self.out

    def events(self, loader: Any) -> None:
        get_event = loader.get_event
        fell_back = False
        consumed = 0  # events taken so far, so that a fallback parser can resume where this one stopped
        while True:
            try:
                event: Any = get_event()
            except yaml.MarkedYAMLError as exc:
                if fell_back or not parser_gave_up_on_depth(exc):
                    raise
                # libyaml scans flow collections ahead and stops at its own nesting limit (1000 in
                # PyYAML 6.0.4) before the depth-64 check sees an event; the pure-Python parser yields
                # the same events without such a limit, so it takes over from here.
                get_event, fell_back = _resume_events(self.text, consumed), True
                continue
            consumed += 1
            if type(event) is _SCALAR:  # the common case first
                self.scalar(event)
            elif event is None or not self.take(event):
                return

    def take(self, event: Any) -> bool:
        """One event into the document; False when reading stops (a second document)."""
        kind = type(event)
        if kind is _SCALAR:  # the common case first
            self.scalar(event)
        elif kind in _ENDS:
            self.end(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self.problem(_mark(event), "yaml-multi", {})
                return False  # the first document is checked; the others are not read
        elif kind is _ALIAS:
            self.alias(event)
        elif kind in _STARTS:
            self.start(event)
        elif kind not in _QUIET:  # pragma: no cover - every event kind is above
            raise AssertionError(kind)
        return True


def compose(text: str, filename: str, issues: list[Issue], max_nodes: int = MAX_NODES) -> Composed:
    """Read one YAML (or JSON) document with positions (see :func:`pmladder.io.yamldoc.parse_document`);
    ``issues`` are those found before (in the bytes), to which the reader's are added."""
    return _Reader(text, filename, issues, max_nodes).read()
