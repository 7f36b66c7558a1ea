"""The Issue model: one problem found in an input file, with its location, as a code and parameters."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["error", "warning"]


class Issue(BaseModel):
    """A problem at ``file:line:col`` (1-based); ``path`` is the field path inside the document.

    ``code`` is stable (shown to users, documented) and is also the key of its sentence in a catalogue of
    ``pmladder/i18n/``; ``params`` fill that sentence in (see ``pmladder.i18n.t``). Words are made at the
    edge, never here.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    line: int
    col: int
    severity: Severity = "error"
    code: str
    params: dict[str, Any] = Field(default_factory=dict)
    path: str = ""
