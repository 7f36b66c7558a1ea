"""The only YAML/JSON parser of pmladder: safe by construction, every problem located as file:line:col."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from pmladder.errors import InputError, NotFoundError
from pmladder.model.issue import Issue
from pmladder.model.ladder import Ladder, Taxonomy

try:  # libyaml is ~10x faster; the pure-Python parser is the fallback, with the same behaviour
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

M = TypeVar("M", bound=BaseModel)
PathKey = tuple[str | int, ...]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 64
MAX_ALIASES = 100
MAX_NODES = 100_000
MAX_NUMBER_DIGITS = 30

# YAML 1.2 core schema for plain scalars; anything else plain is a string.
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OTHER = re.compile(r"^(?:0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_SPECIAL_FLOAT = re.compile(r"^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
# YAML 1.1 readers (and people) take these as booleans; YAML 1.2 as strings. Refuse to guess.
_AMBIGUOUS_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
# 1.1 sexagesimal numbers (1:30 == 90) and dates silently become other types elsewhere.
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?$")
# C0 controls except tab/LF/CR, DEL, C1 controls, and the BOM anywhere but at the start.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")


@dataclass(frozen=True)
class Mark:
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class Document:
    """A parsed document: plain Python data plus the position of every value and key."""

    filename: str
    data: Any
    marks: dict[PathKey, Mark] = field(default_factory=dict)
    key_marks: dict[PathKey, Mark] = field(default_factory=dict)

    def locate(self, loc: tuple[str | int, ...]) -> tuple[Mark, str]:
        """Map a pydantic ``loc`` onto the nearest node that exists, and a readable field path."""
        node: Any = self.data
        path: list[str | int] = []
        for part in loc:
            if isinstance(node, dict) and part in node:
                node = node[part]
                path.append(part)
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
                path.append(part)
            elif isinstance(node, dict) and isinstance(part, str) and part.endswith("_") and part[:-1] in node:
                node = node[part[:-1]]  # a field named schema_ with alias schema
                path.append(part[:-1])
            # else: a union tag or a missing key; stay on the nearest existing node
        key = tuple(path)
        mark = self.key_marks.get(key) if _is_key_error(loc, path) else None
        mark = mark or self.marks.get(key) or Mark(1, 1)
        return mark, format_path(path)


def _is_key_error(loc: tuple[str | int, ...], path: list[str | int]) -> bool:
    # An unknown key is best shown at the key itself, not at its value.
    return len(loc) == len(path) and bool(path) and isinstance(path[-1], str)


def format_path(path: list[str | int] | tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class LoadFailed(Exception):
    """Raised inside the loader with the issues found so far; turned into a result by callers."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(issues[0].format() if issues else "load failed")
        self.issues = issues


def _issue(filename: str, mark: Mark, code: str, message: str, path: str = "") -> Issue:
    return Issue(file=filename, line=mark.line, col=mark.col, code=code, message=message, path=path)


def _mark_of(text: str, index: int) -> Mark:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Mark(line, col)


def decode(raw: bytes, filename: str) -> str:
    """Bytes to text: UTF-8 only, a BOM only at the start, no control characters."""
    if len(raw) > MAX_BYTES:
        raise LoadFailed(
            [_issue(filename, Mark(1, 1), "too-large", f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,}")]
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = raw[: exc.start].decode("utf-8")
        mark = _mark_of(good, len(good))
        raise LoadFailed(
            [_issue(filename, mark, "encoding", f"not UTF-8: byte 0x{raw[exc.start]:02x} cannot be decoded")]
        ) from None
    bad = _CONTROL.search(text)
    if bad:
        what = "a byte-order mark inside the file" if bad.group() == "\ufeff" else f"control character U+{ord(bad.group()):04X}"
        raise LoadFailed([_issue(filename, _mark_of(text, bad.start()), "control-char", f"{what} is not allowed")])
    return text


def _mark(event: Any) -> Mark:
    return Mark(event.start_mark.line + 1, event.start_mark.column + 1)


def _scalar(event: Any, filename: str, path: PathKey) -> Any:
    value: str = event.value
    tag = event.tag
    where = _mark(event)
    if tag not in (None, "!"):
        if tag == "tag:yaml.org,2002:str":
            return value
        raise LoadFailed([_issue(filename, where, "yaml-tag", f"tags such as {tag!r} are not allowed", format_path(path))])
    if not event.implicit[0]:  # quoted or block scalar: always a string
        return value
    if value in _NULL:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _AMBIGUOUS_BOOL.match(value):
        raise LoadFailed(
            [_issue(filename, where, "yaml-ambiguous", f"{value!r} means a boolean to some YAML readers and a string "
                    f"to others: write true/false, or quote it", format_path(path))]
        )
    if _INT.match(value):
        digits = value.lstrip("+-")
        if len(digits) > MAX_NUMBER_DIGITS:
            raise LoadFailed([_issue(filename, where, "number-too-large", f"number with {len(digits)} digits is too large",
                                     format_path(path))])
        if len(digits) > 1 and digits.startswith("0"):
            raise LoadFailed([_issue(filename, where, "yaml-ambiguous", f"{value!r} is octal to some YAML readers and "
                                     f"decimal to others: drop the leading zero, or quote it", format_path(path))])
        return int(value)
    if _INT_OTHER.match(value):
        return int(value, 0)
    if _FLOAT.match(value):
        if len(value) > MAX_NUMBER_DIGITS + 10:
            raise LoadFailed([_issue(filename, where, "number-too-large", "number is too long", format_path(path))])
        return float(value)
    if _SPECIAL_FLOAT.match(value):
        raise LoadFailed([_issue(filename, where, "number-not-finite", f"{value!r}: infinite and NaN numbers are not "
                                 "allowed", format_path(path))])
    if _SEXAGESIMAL.match(value) or _DATE.match(value):
        raise LoadFailed([_issue(filename, where, "yaml-ambiguous", f"{value!r} is a number or a date to some YAML "
                                 "readers and a string to others: quote it", format_path(path))])
    return value


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: PathKey
    anchor: str | None
    pending_key: str | None = None
    key_lines: dict[str, Mark] = field(default_factory=dict)
    start_nodes: int = 0  # node count when the collection opened, to size it for anchors


def parse_document(raw: bytes, filename: str) -> Document:
    """Parse one YAML (or JSON) document into plain data with positions; raises LoadFailed."""
    text = decode(raw, filename)
    doc = Document(filename=filename, data=None)
    anchors: dict[str, tuple[Any, int]] = {}  # anchor -> (value, node count of that value)
    stack: list[_Frame] = []
    aliases = 0
    nodes = 0
    documents = 0
    root_set = False

    def attach(value: Any, mark: Mark, size: int) -> None:
        nonlocal root_set
        if not stack:
            doc.data = value
            doc.marks[()] = mark
            root_set = True
            return
        top = stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            doc.marks[(*top.path, len(top.container) - 1)] = mark
        else:
            key = top.pending_key
            assert key is not None
            top.container[key] = value
            doc.marks[(*top.path, key)] = mark
            top.pending_key = None

    def child_path() -> PathKey:
        top = stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        assert top.pending_key is not None
        return (*top.path, top.pending_key)

    def expecting_key() -> bool:
        return bool(stack) and isinstance(stack[-1].container, dict) and stack[-1].pending_key is None

    def take_key(key: Any, mark: Mark) -> None:
        top = stack[-1]
        path = format_path(top.path)
        if not isinstance(key, str):
            raise LoadFailed([_issue(filename, mark, "yaml-key", f"keys must be strings, not {type(key).__name__} "
                                     f"{key!r}: quote it", path)])
        assert isinstance(top.container, dict)
        if key in top.key_lines:
            first = top.key_lines[key]
            raise LoadFailed([_issue(filename, mark, "duplicate-key", f"duplicate key {key!r} (first at line "
                                     f"{first.line}, col {first.col})", path)])
        top.key_lines[key] = mark
        top.pending_key = key
        doc.key_marks[(*top.path, key)] = mark

    loader = _EventLoader(text)
    try:
        while True:
            event = loader.get_event()
            if event is None:
                break
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise LoadFailed([_issue(filename, _mark(event), "yaml-multi", "only one YAML document per file "
                                             "is allowed")])
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            mark = _mark(event)
            if kind is yaml.AliasEvent:
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise LoadFailed([_issue(filename, mark, "yaml-aliases", f"more than {MAX_ALIASES} aliases")])
                if event.anchor not in anchors:
                    raise LoadFailed([_issue(filename, mark, "yaml-alias", f"unknown alias *{event.anchor}")])
                value, size = anchors[event.anchor]
                nodes += size
                if nodes > MAX_NODES:
                    raise LoadFailed([_issue(filename, mark, "yaml-too-many-nodes", f"the document expands to more "
                                             f"than {MAX_NODES:,} values")])
                if expecting_key():
                    take_key(value, mark)
                else:
                    attach(value, mark, size)
                continue
            nodes += 1
            if nodes > MAX_NODES:
                raise LoadFailed([_issue(filename, mark, "yaml-too-many-nodes", f"the document has more than "
                                         f"{MAX_NODES:,} values")])
            if kind is yaml.ScalarEvent:
                if expecting_key():
                    key = _scalar(event, filename, stack[-1].path)
                    take_key(key, mark)
                    if event.anchor:
                        anchors[event.anchor] = (key, 1)
                else:
                    path = child_path() if stack else ()
                    value = _scalar(event, filename, path)
                    if event.anchor:
                        anchors[event.anchor] = (value, 1)
                    attach(value, mark, 1)
                continue
            if kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):
                if expecting_key():
                    raise LoadFailed([_issue(filename, mark, "yaml-key", "keys must be strings, not collections",
                                             format_path(stack[-1].path))])
                if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
                    raise LoadFailed([_issue(filename, mark, "yaml-tag", f"tags such as {event.tag!r} are not allowed")])
                if len(stack) >= MAX_DEPTH:
                    raise LoadFailed([_issue(filename, mark, "yaml-depth", f"nested deeper than {MAX_DEPTH} levels")])
                path = child_path() if stack else ()
                container: dict[str, Any] | list[Any] = {} if kind is yaml.MappingStartEvent else []
                attach(container, mark, 1)
                stack.append(_Frame(container=container, path=path, anchor=event.anchor, start_nodes=nodes))
                continue
            if kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                frame = stack.pop()
                if frame.anchor:
                    anchors[frame.anchor] = (frame.container, nodes - frame.start_nodes + 1)
                continue
    except yaml.MarkedYAMLError as exc:
        problem_mark = exc.problem_mark or exc.context_mark
        mark = Mark(problem_mark.line + 1, problem_mark.column + 1) if problem_mark else Mark(1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "malformed YAML"
        raise LoadFailed([_issue(filename, mark, "yaml-syntax", message)]) from None
    except yaml.YAMLError as exc:
        raise LoadFailed([_issue(filename, Mark(1, 1), "yaml-syntax", str(exc).splitlines()[0])]) from None
    finally:
        dispose = getattr(loader, "dispose", None)
        if dispose is not None:
            dispose()
    if not root_set or doc.data is None:
        raise LoadFailed([_issue(filename, Mark(1, 1), "empty", "the document is empty")])
    return doc



def validation_issues(exc: ValidationError, doc: Document) -> list[Issue]:
    """Every pydantic error as an Issue located at its YAML node."""
    issues: list[Issue] = []
    seen: set[tuple[int, int, str]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        mark, path = doc.locate(loc)
        if err["type"] == "missing" and loc:
            name = loc[-1]
            message = f"required field {str(name).rstrip('_')!r} is missing"
            path = _join(path, str(name).rstrip("_"))
        elif err["type"] == "extra_forbidden":
            message = f"unknown field {str(loc[-1])!r}"
        else:
            message = err["msg"]
            if "input" in err and err["type"] not in ("model_type", "dict_type", "list_type") and isinstance(
                err["input"], str | int | float | bool
            ):
                message += f" (got {err['input']!r})"
        key = (mark.line, mark.col, message)
        if key in seen:
            continue
        seen.add(key)
        issues.append(_issue(doc.filename, mark, f"schema-{err['type'].replace('_', '-')}", message, path))
    return issues


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def read_bytes(path: Path) -> bytes:
    """Read a file with a size cap, as a usage error when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NotFoundError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NotFoundError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise NotFoundError(f"{path}: cannot read ({exc.strerror})") from None


@dataclass
class Loaded(Generic[M]):
    """The result of loading one file: the model when valid, the issues always, the document if parsed."""

    value: M | None
    issues: list[Issue]
    document: Document | None


def load_model(cls: type[M], raw: bytes, filename: str) -> Loaded[M]:
    """Parse and validate ``raw`` as ``cls``; never raises for bad content."""
    try:
        doc = parse_document(raw, filename)
    except LoadFailed as failed:
        return Loaded(None, failed.issues, None)
    if not isinstance(doc.data, dict):
        return Loaded(None, [_issue(filename, doc.marks.get((), Mark(1, 1)), "schema-type",
                                    "the document must be a mapping")], doc)
    try:
        # strict: YAML already typed every value; a quoted "2023" for a number is a mistake, not a number
        value = cls.model_validate(doc.data, strict=True)
    except ValidationError as exc:
        return Loaded(None, validation_issues(exc, doc), doc)
    return Loaded(value, [], doc)


def require(loaded: Loaded[M]) -> M:
    """The model, or an InputError naming the first problem (and how many more there are)."""
    if loaded.value is not None:
        return loaded.value
    errors = [i for i in loaded.issues if i.severity == "error"] or loaded.issues
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}; run pmladder validate)" if len(
        errors) > 1 else ""
    raise InputError(errors[0].format() + more)


# ---- bundled and user ladders ----------------------------------------------------------------------

def bundled_dir() -> Path:
    """The folder of bundled ladders (the top-level ladders/ folder, shipped as pmladder.ladders)."""
    return Path(str(resources.files("pmladder.ladders")))


def bundled_ladder_files() -> list[Path]:
    return sorted(p for p in bundled_dir().glob("*.yaml") if p.name != "taxonomy.yaml")


def load_ladder_file(path: Path, display: str | None = None) -> Loaded[Ladder]:
    return load_model(Ladder, read_bytes(path), display or str(path))


@cache
def load_taxonomy() -> Taxonomy:
    path = bundled_dir() / "taxonomy.yaml"
    return require(load_model(Taxonomy, read_bytes(path), str(path)))


def iter_yaml_files(folder: Path) -> Iterator[Path]:
    """Every *.yaml / *.yml below ``folder``, recursively, in a stable order."""
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".yaml", ".yml") and path.is_file():
            yield path


def resolve_ladder(name: str) -> Path:
    """A ladder argument to a file: an existing path, or the id of a bundled ladder."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") or "/" in name or candidate.exists():
        if not candidate.is_file():
            raise NotFoundError(f"{name}: no such ladder file")
        return candidate
    bundled = bundled_dir() / f"{name}.yaml"
    if bundled.is_file() and name != "taxonomy":
        return bundled
    known = ", ".join(p.stem for p in bundled_ladder_files())
    raise NotFoundError(f"unknown ladder {name!r}; bundled ladders: {known}")


def load_ladder(name: str) -> Ladder:
    """Load a ladder by id or path, or raise InputError/NotFoundError with a one-line message."""
    return require(load_ladder_file(resolve_ladder(name)))
