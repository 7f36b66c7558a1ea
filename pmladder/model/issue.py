"""The Issue model: one problem found in an input file, with its location."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning"]


class Issue(BaseModel):
    """A problem at ``file:line:col`` (1-based); ``path`` is the field path inside the document."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str
    line: int
    col: int
    severity: Severity = "error"
    code: str
    message: str
    path: str = ""

    def format(self) -> str:
        """The one-line form used by the text reporter and by error messages."""
        where = f" ({self.path})" if self.path else ""
        return f"{self.file}:{self.line}:{self.col}: {self.severity} {self.code} {self.message}{where}"
