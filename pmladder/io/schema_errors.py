"""Pydantic's validation errors as located issues with a few documented codes (see docs/validate.md)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from pmladder.errors import Msg
from pmladder.io.compose import kind_of
from pmladder.io.problems import format_path, new_issue
from pmladder.io.yamldoc import UNION_TAGS, Document
from pmladder.model.issue import Issue

#: pydantic error types that say a value is of the wrong kind, and the kind expected
_EXPECTED_BY_TYPE: Mapping[str, str] = {
    "model_type": "kind.mapping",
    "model_attributes_type": "kind.mapping",
    "dict_type": "kind.mapping",
    "list_type": "kind.list",
    "string_type": "kind.text",
    "int_type": "kind.int",
    "int_from_float": "kind.int",
    "float_type": "kind.number",
    "bool_type": "kind.bool",
}

_ID_PATTERNS: Mapping[str, str] = {
    r"^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$": "schema.bad-id",
    r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)*$": "schema.bad-dotted-id",
    r"^https?://\S+$": "schema.bad-url",
}

_QUESTION_KINDS = "'situational', 'contra'"
_SCHEMA_VERSION = re.compile(r"^pmladder/([a-z]+)@([0-9]+)$")

#: (issue code, the words of its case as a Msg); a value from the file is given as its repr (what the
#: sentence shows), since a list or a {zh, en} mapping as a parameter would be worded as one
Coded = tuple[str, Msg]


def _choices(expected: str) -> Any:
    """pydantic's list of allowed values (``0, 1, 2, 3 or 'na'``), with its ``or`` worded at the edge."""
    parts = expected.split(" or ")
    joined: Any = parts[0]
    for part in parts[1:]:
        joined = Msg("schema.or", {"left": joined, "right": part})
    return joined


def _missing(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    if name in ("zh", "en"):
        return "missing-text", Msg("schema.missing-text", {"which": name})
    return "schema-missing", Msg("schema.missing", {"name": name})


def _extra(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    tag = next((part for part in reversed(loc) if part in UNION_TAGS), None)
    if tag == "defined" and name == "requirement":
        return "schema-value", Msg("schema.requirement", {"value": repr(value)})
    if tag in ("none", "carry"):
        return "schema-unknown-field", Msg("schema.unknown-field-cell", {"name": name, "kind": tag})
    if value is None and " " in name:  # {en: Solid basics, eager to learn} in a flow mapping
        return "schema-unknown-field", Msg("schema.unknown-field-comma", {"name": name})
    return "schema-unknown-field", Msg("schema.unknown-field", {"name": name})


def _literal(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    raw = str(ctx.get("expected", "?"))
    expected = _choices(raw)
    if loc == ("schema",) and newer_schema(value, raw):
        return "schema-value", Msg("schema.newer-schema", {"value": repr(value), "expected": expected})
    if loc == ("schema",) and (kind_given := other_kind(value, raw)):
        return "schema-value", Msg(
            "schema.other-kind", {"kind": kind_given, "value": repr(value), "expected": expected}
        )
    return "schema-value", Msg("schema.literal", {"expected": expected, "value": repr(value)})


def _pattern(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    pattern = ctx.get("pattern")
    code = _ID_PATTERNS.get(str(pattern))
    if code is None:
        return "schema-value", Msg("schema.pattern", {"value": repr(value), "pattern": pattern})
    return "schema-value", Msg(code, {"value": repr(value)})


def _tag_invalid(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    field = str(ctx.get("discriminator", "")).strip("'")
    params = {"field": field, "expected": ctx.get("expected_tags"), "value": repr(ctx.get("tag"))}
    return "schema-value", Msg("schema.tag-invalid", params)


def _tag_missing(name: str, ctx: Mapping[str, Any], value: Any, loc: tuple[str | int, ...]) -> Coded:
    field = str(ctx.get("discriminator", "")).strip("'")
    return "schema-missing", Msg("schema.tag-missing", {"field": field, "expected": _QUESTION_KINDS})


_BY_TYPE: Mapping[str, Callable[[str, Mapping[str, Any], Any, tuple[str | int, ...]], Coded]] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "literal_error": _literal,
    "string_pattern_mismatch": _pattern,
    "union_tag_invalid": _tag_invalid,
    "union_tag_not_found": _tag_missing,
}

#: pydantic error types with one sentence each: (issue code, the case's code, {its parameter: ctx key})
_SIMPLE: Mapping[str, tuple[str, Mapping[str, str]]] = {
    "string_too_short": ("schema.empty-text", {}),
    "string_too_long": ("schema.too-long-text", {"limit": "max_length"}),
    "too_short": ("schema.too-few", {"limit": "min_length", "actual": "actual_length"}),
    "too_long": ("schema.too-many", {"limit": "max_length", "actual": "actual_length"}),
    "primary_track": ("schema.primary-track", {"track": "track", "names": "names"}),
}


def schema_problem(err: Mapping[str, Any], loc: tuple[str | int, ...]) -> Coded:
    """(issue code, the words of the case) for one pydantic error."""
    kind: str = err["type"]
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    value = err.get("input")
    # an unknown field is named as written; a missing field named schema_ in the model has the alias schema
    name = str(loc[-1]) if loc and isinstance(loc[-1], str) else ""
    if name == "schema_" and kind != "extra_forbidden":
        name = "schema"
    if kind in _BY_TYPE:
        return _BY_TYPE[kind](name, ctx, value, loc)
    if kind in _EXPECTED_BY_TYPE:
        expected = Msg(_EXPECTED_BY_TYPE[kind])
        if value is None and name:
            return "schema-type", Msg("schema.no-value", {"name": name, "expected": expected})
        return "schema-type", Msg("schema.wrong-type", {"expected": expected, "got": kind_of(value)})
    if kind in _SIMPLE:
        code, names = _SIMPLE[kind]
        return "schema-value", Msg(code, {param: ctx.get(key) for param, key in names.items()})
    for bound in ("ge", "gt", "le", "lt"):
        if bound in ctx:
            return "schema-value", Msg(f"schema.{bound}", {"limit": ctx[bound], "value": repr(value)})
    if kind == "timestamp":  # model/assessment.py: matches the pattern, but there is no such day
        return "schema-value", Msg("schema.timestamp", {"value": repr(ctx.get("value", value))})
    return "schema-value", Msg("schema.other", {"detail": err.get("msg", kind)})


#: the issue codes that are worded by their case alone (the case's words are the issue's ``detail``)
SCHEMA_CODES = ("schema-missing", "schema-unknown-field", "schema-type", "schema-value", "missing-text")


def wrong_kind(err: Mapping[str, Any]) -> bool:
    """Whether a pydantic error says that the ``schema:`` line names another kind of file or a newer format."""
    if tuple(err["loc"]) != ("schema",) or err["type"] != "literal_error":
        return False
    expected = str((err.get("ctx") or {}).get("expected", ""))
    return newer_schema(err.get("input"), expected) or other_kind(err.get("input"), expected) is not None


def _newest(expected: str) -> re.Match[str] | None:
    """The highest version that ``expected`` allows (``'pmladder/assessment@1' or '…@2'`` reads both)."""
    found = [_SCHEMA_VERSION.match(part.strip("'")) for part in expected.split(" or ")]
    versions = [match for match in found if match is not None]
    return max(versions, key=lambda match: int(match[2])) if versions else None


def other_kind(value: Any, expected: str) -> str | None:
    """The kind of pmladder file ``value`` names when it is another kind than ``expected`` (else None)."""
    got = _SCHEMA_VERSION.match(value) if isinstance(value, str) else None
    want = _newest(expected)
    return got[1] if got and want and got[1] != want[1] else None


def newer_schema(value: Any, expected: str) -> bool:
    """Whether ``value`` names the expected kind of file at a higher version (written by a newer pmladder)."""
    got = _SCHEMA_VERSION.match(value) if isinstance(value, str) else None
    want = _newest(expected)
    return bool(got and want and got[1] == want[1] and int(got[2]) > int(want[2]))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path and name else (path or name)


def _where(err: Mapping[str, Any], loc: tuple[str | int, ...], doc: Document) -> tuple[Any, str] | None:
    """(mark, field path) of one pydantic error in the file, or None when it is not reported: a value the
    YAML reader already reported (and read as a stand-in), a field a merge key would have given."""
    kind = err["type"]
    if kind == "missing":
        # the nearest existing node is the mapping that lacks the field: shown at its own key
        found, _ = doc.resolve(loc)
        if found in doc.merged:
            return None
        name = "schema" if loc[-1] == "schema_" else str(loc[-1])
        return doc.mark_of(found), _join(format_path(found), name)
    if kind == "extra_forbidden" or (loc and loc[-1] == "[key]"):
        found, _ = doc.resolve(loc[:-1] if loc[-1:] == ("[key]",) else loc)
        if found in doc.patched_keys:  # the key itself was reported (not a value under it)
            return None
        return doc.locate(loc, key=True)
    found, _ = doc.resolve(loc)  # a bad value: at the value, unless it is a collection or null
    if found in doc.patched:
        return None
    return doc.mark_of(found), format_path(found)


def validation_issues(exc: ValidationError, doc: Document) -> list[Issue]:
    """Every pydantic error as an Issue located at its YAML node.

    A value the YAML reader already reported (and read as a stand-in) is not reported again, nor are the
    fields a merge key would have given.
    """
    issues: list[Issue] = []
    seen: set[tuple[int, int, str, str]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        code, detail = schema_problem(err, loc)
        if err["type"] == "union_tag_invalid" and isinstance(err.get("input"), dict):
            field_name = str((err.get("ctx") or {}).get("discriminator", "")).strip("'")
            if field_name in err["input"]:
                loc = (*loc, field_name)  # point at the bad tag itself
        where = _where(err, loc, doc)
        if where is None:
            continue
        mark, path = where
        key = (mark.line, mark.col, code, repr(detail))
        if key in seen:
            continue
        seen.add(key)
        issues.append(new_issue(doc.filename, mark, code, {"detail": detail}, path))
    return issues
