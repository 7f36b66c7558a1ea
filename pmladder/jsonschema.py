"""JSON Schema (draft 2020-12) of pmladder's files, generated from the pydantic models for editors and CI."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: what ``pmladder schema KIND`` can print; the checked-in copies live in schema/<kind>.schema.json
KINDS = ("ladder", "taxonomy", "answers", "scorecard")

_DESCRIPTIONS = {
    "ladder": "A pmladder career ladder: levels x competencies, with the behaviour expected in each cell. "
    "See docs/ladder-format.md. pmladder validate also checks what a schema cannot (references, "
    "band order, cells for every level, duplicate keys, ambiguous YAML 1.1 values).",
    "taxonomy": "The shared band scale (1-7) and canonical competency ids that pmladder ladders map onto.",
    "answers": "A pmladder answers file: ratings, evidence and question answers for one ladder.",
    "scorecard": "A pmladder KPI scorecard: weighted sections of KPIs with targets, optionally per lifecycle "
    "stage, and incentive rules. See docs/scorecard.md. pmladder validate also checks what a schema cannot "
    "(weights adding up, targets fitting units, rules naming what exists, bands without gaps).",
}


def _model(kind: str) -> type[BaseModel]:
    if kind == "ladder":
        from pmladder.model.ladder import Ladder

        return Ladder
    if kind == "taxonomy":
        from pmladder.model.ladder import Taxonomy

        return Taxonomy
    if kind == "answers":
        from pmladder.model.answers import Answers

        return Answers
    if kind == "scorecard":
        from pmladder.model.scorecard import Scorecard

        return Scorecard
    raise ValueError(f"unknown schema kind {kind!r}; expected one of {', '.join(KINDS)}")


def _tidy(node: Any) -> Any:
    """Make pydantic's output plain 2020-12 that every validator and editor reads the same way.

    - ``oneOf`` + OpenAPI ``discriminator`` (tagged unions, and the callable-discriminated cell
      union) become ``anyOf``: the members exclude each other anyway, and anyOf gives better errors.
    - a mapping with constrained keys (``dict[Id, Cell]``) is written as ``propertyNames`` plus
      ``additionalProperties``: pydantic's ``patternProperties`` would let any other key through.
    """
    if isinstance(node, list):
        return [_tidy(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _tidy(value) for key, value in node.items() if key != "discriminator"}
    if "oneOf" in out:
        out["anyOf"] = out.pop("oneOf")
    patterns = out.get("patternProperties")
    if isinstance(patterns, dict) and len(patterns) == 1 and "properties" not in out:
        ((pattern, value),) = patterns.items()
        del out["patternProperties"]
        out["propertyNames"] = {**out.get("propertyNames", {}), "pattern": pattern}
        out["additionalProperties"] = value
    return out


def build_schema(kind: str = "ladder") -> dict[str, Any]:
    """The JSON Schema of one kind of pmladder file."""
    generated = _model(kind).model_json_schema(by_alias=True, mode="validation")
    body = _tidy(generated)
    body.pop("title", None)
    body.pop("description", None)
    return {
        "$schema": DIALECT,
        "$id": f"urn:pmladder:schema:{kind}@1",
        "title": f"pmladder {kind}",
        "description": _DESCRIPTIONS[kind],
        **body,
    }


def schema_text(kind: str = "ladder") -> str:
    """The schema as the exact text of ``schema/<kind>.schema.json`` (stable key order, final newline)."""
    return json.dumps(build_schema(kind), ensure_ascii=False, indent=2) + "\n"
