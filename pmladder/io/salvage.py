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


def _field_of(cls: type[BaseModel], loc: tuple[str | int, ...]) -> Any:
    """The pydantic FieldInfo of the field a ``loc`` of ``cls`` names (through lists, mappings and unions),
    or None when it names no field of a model."""
    import types
    import typing

    nodes: list[Any] = [cls]
    info: Any = None
    for part in loc:
        # each node, with Annotated, Optional and unions unwrapped into the types they may be
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
            elif isinstance(node, type) and issubclass(node, BaseModel) and isinstance(part, str):
                found = node.model_fields.get(part) or next(
                    (f for f in node.model_fields.values() if f.alias == part), None
                )
                if found is not None:
                    info = found
                    nodes.append(found.annotation)
        if not nodes:
            return None
    return info


def _field_stand_in(cls: type[BaseModel], loc: tuple[str | int, ...], serial: int) -> Any:
    """A valid stand-in for a required field that is missing or rejected, so that only that field is left
    out of the checks (not the whole list item around it): a text, a number in range, false, a reference
    to an id (``group:``, ``competency:``, ``caps_below:``: the checks do not resolve a stand-in). _DROP for
    a field without one: the id of a definition (a stand-in would be a definition of its own), a list."""
    from annotated_types import Ge, Gt, Le, Lt

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
        low = next((m.ge for m in info.metadata if isinstance(m, Ge)), None)
        high = next((m.le for m in info.metadata if isinstance(m, Le)), None)
        if any(isinstance(m, Gt | Lt) for m in info.metadata):
            return _DROP
        value = low if low is not None else high if high is not None else 1
        return kind(value)
    if kind is str and loc[-1] != "id":
        patterns = [m.pattern for m in info.metadata if getattr(m, "pattern", None)]
        if not patterns:
            return "?"
        return STAND_IN_REF if all(re.match(p, STAND_IN_REF) for p in patterns) else _DROP  # not a URL
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
    stand_in = _STAND_INS.get(cls, lambda path, serial: _DROP)
    edits: dict[PathKey, Any] = {}
    given_up: set[PathKey] = set()  # fields whose stand-in was rejected too: left out with what is around them
    first: list[PathKey] = []
    view = doc
    for round_ in range(SALVAGE_ROUNDS):
        progress = False
        this_round: set[PathKey] = set()
        for err in errors:
            loc = tuple(err["loc"])
            if wrong_kind(err):
                return None  # another kind of file, or a newer format: nothing else is worth checking
            bad_key = loc[-1:] == ("[key]",)
            if err["type"] == "missing" and len(loc) > 1 and isinstance(loc[-1], str):
                # a required field that is missing or was left out: a stand-in for it alone, when it has one
                parent, complete = view.resolve(loc[:-1])
                name = "schema" if loc[-1] == "schema_" else loc[-1]
                field_path = (*view.original_path(parent), name)
                value = _field_stand_in(cls, loc, len(edits)) if complete else _DROP
                outer = any(field_path[:end] in edits for end in range(1, len(field_path)))
                if value is not _DROP and not outer and field_path not in given_up:
                    if round_ == 0:
                        first.append(view.original_path(parent))
                    if not (
                        cls is Ladder
                        and len(field_path) > 4
                        and field_path[0] == "competencies"
                        and field_path[2] == "expectations"
                    ):  # a cell is replaced whole (see below)
                        edits[field_path] = value
                        this_round.add(field_path)
                        progress = True
                        continue
            found, _ = view.resolve(loc[:-1] if bad_key else loc)
            if not found and err["type"] == "missing" and len(loc) == 1:
                found = (str(loc[0]).rstrip("_") if loc[0] == "schema_" else loc[0],)  # a top-level field
            original = view.original_path(found)
            if round_ == 0:
                first.append(original)
            if cls is Ladder and len(original) > 4 and original[0] == "competencies" and original[2] == "expectations":
                original = original[:4]  # a cell with a problem is replaced whole (see _ladder_stand_in)
            if not original:
                return None
            # a stand-in that is rejected itself (it should not be) is dropped, like anything else
            inside = next((original[:end] for end in range(1, len(original) + 1) if original[:end] in edits), None)
            if inside is not None:
                if edits[inside] is not _DROP and inside not in this_round:
                    edits[inside] = _DROP
                    given_up.add(inside)
                    progress = True
                continue
            edits[original] = _DROP if bad_key else stand_in(original, len(edits))
            this_round.add(original)
            progress = True
        if not progress:
            return None
        data, kept = _apply_edits(doc.data, edits)
        view = Document(doc.filename, data, origin=doc, kept=kept)
        try:
            value = cls.model_validate(data, strict=True)
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            continue
        dropped = [path for path, edit in edits.items() if edit is _DROP]
        replaced = [path for path, edit in edits.items() if edit is not _DROP]
        return Partial(value, view, dropped, replaced, first)
    return None
