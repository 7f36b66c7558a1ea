"""What can be read of a file the schema rejects: the rest of it, with stand-ins, for the semantic checks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from pmladder.io.schema_errors import wrong_kind
from pmladder.io.yamldoc import UNION_TAGS, Document, PathKey
from pmladder.model.ladder import Ladder, Taxonomy

M = TypeVar("M", bound=BaseModel)


@dataclass
class Partial(Generic[M]):
    """What could be read of a file: a model of the file, less the parts the schema rejects.

    ``document`` locates paths of ``value`` at their nodes in the file (list indexes shift when items
    are dropped); ``dropped`` are the paths in the file of what was left out, ``replaced`` of what was
    replaced by a stand-in, ``errors`` of every schema error (the bad node, or the mapping that lacks a
    field). A file that matches the schema is read whole: nothing dropped.
    """

    value: M
    document: Document
    dropped: list[PathKey] = field(default_factory=list)
    replaced: list[PathKey] = field(default_factory=list)
    errors: list[PathKey] = field(default_factory=list)


#: how many times salvage drops what the schema rejects and tries again (each time one level up)
SALVAGE_ROUNDS = 12
_DROP: Any = object()
_KEEP: Any = object()


def _stand_in_text() -> dict[str, str]:
    return {"zh": "（无法读取）", "en": "(could not be read)"}


def _ladder_stand_in(path: PathKey, serial: int) -> Any:
    """A valid value to put in place of a rejected part of a ladder that the semantic checks need to
    exist, or _DROP: the required top-level fields the checks do not look at, and expectation cells
    (a rejected cell is still a cell: no missing-cell or carry-first follows from it)."""
    if len(path) == 1:
        return {
            "schema": "pmladder/ladder@1",
            "id": "unreadable",
            "name": _stand_in_text(),
            "description": _stand_in_text(),
            "band_rationale": _stand_in_text(),
            "source": {"title": "?", "author": "?", "url": "https://example.org", "year": 2000},
        }.get(str(path[0]), _DROP)
    if len(path) == 4 and path[0] == "competencies" and path[2] == "expectations":
        text = _stand_in_text()
        # a text of its own, so that no wording check finds it similar to another
        indicator = {"id": f"unreadable.{serial}", "text": {"zh": f"#{serial}", "en": f"#{serial}"}}
        return {"summary": text, "indicators": [indicator], "evidence": text}
    return _DROP


def _taxonomy_stand_in(path: PathKey, serial: int) -> Any:
    return "pmladder/taxonomy@1" if path == ("schema",) else _DROP


_STAND_INS: dict[type, Any] = {Ladder: _ladder_stand_in, Taxonomy: _taxonomy_stand_in}


def _unwrapped(nodes: list[Any]) -> list[Any]:
    """The types ``nodes`` may be, with Annotated, Optional and unions unwrapped."""
    import types
    import typing

    flat: list[Any] = []
    while nodes:
        node = nodes.pop()
        origin = typing.get_origin(node)
        if origin is typing.Annotated:
            nodes.append(typing.get_args(node)[0])
        elif origin in (typing.Union, types.UnionType):
            nodes.extend(typing.get_args(node))
        else:
            flat.append(node)
    return flat


def _model_field(node: Any, part: str) -> Any:
    """The FieldInfo of field ``part`` (its name or its alias) of a model type, else None."""
    if not (isinstance(node, type) and issubclass(node, BaseModel)):
        return None
    return node.model_fields.get(part) or next((f for f in node.model_fields.values() if f.alias == part), None)


def _field_of(cls: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The pydantic FieldInfo of the field a ``loc`` of ``cls`` names (through lists, mappings and unions),
    or None when it names no field of a model."""
    import typing

    nodes: list[Any] = [cls]
    info: Any = None
    for part in loc:
        flat = _unwrapped(nodes)
        if isinstance(part, str) and part in UNION_TAGS:
            nodes = flat
            continue
        nodes, info = [], None
        for node in flat:
            origin = typing.get_origin(node)
            if isinstance(part, int) and origin is list:
                nodes.append(typing.get_args(node)[0])
            elif origin is dict:
                nodes.append(typing.get_args(node)[1])
            elif isinstance(part, str) and (found := _model_field(node, part)) is not None:
                info = found
                nodes.append(found.annotation)
        if not nodes:
            return None
    return info


def _number_stand_in(kind: type, metadata: list[Any]) -> Any:
    """A number in range for a required number field: its lower bound, else its upper bound, else 1;
    _DROP for a field with an exclusive bound."""
    from annotated_types import Ge, Gt, Le, Lt

    low = next((m.ge for m in metadata if isinstance(m, Ge)), None)
    high = next((m.le for m in metadata if isinstance(m, Le)), None)
    if any(isinstance(m, Gt | Lt) for m in metadata):
        return _DROP
    value = low if low is not None else high if high is not None else 1
    return kind(value)


def _text_stand_in(metadata: list[Any]) -> Any:
    """A stand-in for a required text field: "?", or a reference that no check resolves where the field
    takes an id; _DROP where even that does not fit (a URL)."""
    patterns = [m.pattern for m in metadata if getattr(m, "pattern", None)]
    if not patterns:
        return "?"
    return STAND_IN_REF if all(re.match(p, STAND_IN_REF) for p in patterns) else _DROP


def _field_stand_in(cls: type[BaseModel], loc: tuple[str | int, ...], serial: int) -> Any:
    """A valid stand-in for a required field that is missing or rejected, so that only that field is left
    out of the checks (not the whole list item around it): a text, a number in range, false, a reference
    to an id (``group:``, ``competency:``, ``caps_below:``: the checks do not resolve a stand-in). _DROP for
    a field without one: the id of a definition (a stand-in would be a definition of its own), a list."""
    from pmladder.model.ladder import Text

    info = _field_of(cls, loc)
    if info is None or not info.is_required():
        return _DROP
    kind = info.annotation
    if kind is Text:
        return {"zh": f"（无法读取 #{serial}）", "en": f"(could not be read #{serial})"}
    if kind is bool:
        return False
    if kind in (int, float):
        return _number_stand_in(kind, info.metadata)
    if kind is str and loc[-1] != "id":
        return _text_stand_in(info.metadata)
    return _DROP


#: what a required reference the schema rejects reads as (a valid id that no check resolves)
STAND_IN_REF = "unreadable"


def _apply_edits(data: Any, edits: Mapping[PathKey, Any]) -> tuple[Any, dict[PathKey, list[int]]]:
    """A copy of ``data`` with ``edits`` (path -> _DROP or a stand-in) made, sharing every untouched
    node; and, for each list that lost items, the original index of each item kept."""
    touched: dict[PathKey, list[Any]] = {}  # path of a collection -> keys of it that are edited
    for path in edits:
        for end in range(len(path)):
            touched.setdefault(path[:end], [])
        touched[path[:-1]].append(path[-1])
    kept: dict[PathKey, list[int]] = {}

    def copy(node: Any, path: PathKey) -> Any:
        if path in edits:
            return edits[path]
        if path not in touched:
            return node
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                new = copy(value, (*path, key))
                if new is not _DROP:
                    out[key] = new
            for key in touched[path]:  # stand-ins for fields the file lacks
                if key not in node and edits.get((*path, key), _DROP) is not _DROP:
                    out[key] = edits[(*path, key)]
            return out
        if isinstance(node, list):
            items, indexes = [], []
            for i, value in enumerate(node):
                new = copy(value, (*path, i))
                if new is not _DROP:
                    items.append(new)
                    indexes.append(i)
            if len(indexes) < len(node):
                kept[path] = indexes
            return items
        return node

    return copy(data, ()), kept


def salvage(cls: type[M], doc: Document, errors: list[Any]) -> Partial[M] | None:
    """What can be read of a document the schema rejects, for the checks beyond the schema.

    Each error's node is left out (a list item, a mapping entry) and the rest validated again; an error
    that this leaves (a required field now missing, a list now too short) moves the cut one level up,
    to the smallest enclosing list item or optional field. A few parts get a valid stand-in instead (see
    ``_ladder_stand_in``). None when nothing useful is left (the top level itself is rejected), or when
    the file is of another kind or a newer version (its ``schema:`` is wrong).
    """
    if not isinstance(doc.data, dict):
        return None
    try:
        return _Salvage(cls, doc).run(errors)
    except _GiveUp:
        return None


class _GiveUp(Exception):
    """Nothing useful is left of the file (see :func:`salvage`)."""


def _in_cell(cls: type[BaseModel], path: PathKey) -> bool:
    """Whether ``path`` is inside an expectation cell of a ladder (a cell is replaced whole)."""
    return cls is Ladder and len(path) > 4 and path[0] == "competencies" and path[2] == "expectations"


class _Salvage(Generic[M]):
    """The rounds of :func:`salvage`: the edits made so far (path -> _DROP or a stand-in) and the view of
    the data with them made."""

    def __init__(self, cls: type[M], doc: Document) -> None:
        self.cls, self.doc, self.view = cls, doc, doc
        self.stand_in = _STAND_INS.get(cls, lambda path, serial: _DROP)
        self.edits: dict[PathKey, Any] = {}
        #: fields whose stand-in was rejected too: left out with what is around them
        self.given_up: set[PathKey] = set()
        #: the paths in the file of the schema's first errors
        self.first: list[PathKey] = []
        self.first_round = True
        self.this_round: set[PathKey] = set()

    def run(self, errors: list[Any]) -> Partial[M] | None:
        for _ in range(SALVAGE_ROUNDS):
            self.this_round = set()
            progress = False
            for err in errors:
                progress = self.take(err) or progress
            self.first_round = False
            if not progress:
                return None
            data, kept = _apply_edits(self.doc.data, self.edits)
            self.view = Document(self.doc.filename, data, origin=self.doc, kept=kept)
            try:
                value = self.cls.model_validate(data, strict=True)
            except ValidationError as exc:
                errors = exc.errors(include_url=False)
                continue
            dropped = [path for path, edit in self.edits.items() if edit is _DROP]
            replaced = [path for path, edit in self.edits.items() if edit is not _DROP]
            return Partial(value, self.view, dropped, replaced, self.first)
        return None

    def take(self, err: Any) -> bool:
        """One schema error: a stand-in for a missing field, or a cut; whether anything changed."""
        loc = tuple(err["loc"])
        if wrong_kind(err):
            raise _GiveUp  # another kind of file, or a newer format: nothing else is worth checking
        if err["type"] == "missing" and len(loc) > 1 and isinstance(loc[-1], str) and self.field(loc):
            return True
        return self.cut(err, loc)

    def field(self, loc: tuple[str | int, ...]) -> bool:
        """A required field that is missing or was left out: a stand-in for it alone, when it has one."""
        view, edits = self.view, self.edits
        parent, complete = view.resolve(loc[:-1])
        name = "schema" if loc[-1] == "schema_" else loc[-1]
        field_path = (*view.original_path(parent), name)
        value = _field_stand_in(self.cls, loc, len(edits)) if complete else _DROP
        outer = any(field_path[:end] in edits for end in range(1, len(field_path)))
        if value is _DROP or outer or field_path in self.given_up:
            return False
        if self.first_round:
            self.first.append(view.original_path(parent))
        if _in_cell(self.cls, field_path):
            return False  # a cell is replaced whole (see cut)
        edits[field_path] = value
        self.this_round.add(field_path)
        return True

    def cut(self, err: Any, loc: tuple[str | int, ...]) -> bool:
        """Leave out the node of an error (or give it a stand-in); whether anything changed."""
        view, edits = self.view, self.edits
        bad_key = loc[-1:] == ("[key]",)
        found, _ = view.resolve(loc[:-1] if bad_key else loc)
        if not found and err["type"] == "missing" and len(loc) == 1:
            found = (str(loc[0]).rstrip("_") if loc[0] == "schema_" else loc[0],)  # a top-level field
        original = view.original_path(found)
        if self.first_round:
            self.first.append(original)
        if _in_cell(self.cls, original):
            original = original[:4]  # a cell with a problem is replaced whole (see _ladder_stand_in)
        if not original:
            raise _GiveUp
        # a stand-in that is rejected itself (it should not be) is dropped, like anything else
        inside = next((original[:end] for end in range(1, len(original) + 1) if original[:end] in edits), None)
        if inside is not None:
            if edits[inside] is _DROP or inside in self.this_round:
                return False
            edits[inside] = _DROP
            self.given_up.add(inside)
            return True
        edits[original] = _DROP if bad_key else self.stand_in(original, len(edits))
        self.this_round.add(original)
        return True
