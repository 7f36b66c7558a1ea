"""Words and layout at the edge: one block structure (blocks.py) drawn by Rich or written as Markdown; JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel


def to_json(model: BaseModel) -> str:
    """Any result as JSON (by alias, so the schema key reads ``schema``)."""
    return model.model_dump_json(by_alias=True, indent=2) + "\n"
