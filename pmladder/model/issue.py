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
    #: transitional: a sentence made before words moved to the edge (empty once the producer gives params)
    message: str = ""
    path: str = ""

    def text(self, lang: str = "en") -> str:
        """The sentence of this issue in ``lang`` (edge use only)."""
        if self.message:
            return self.message
        from pmladder.i18n import issue_text

        return issue_text(self.code, self.params, "zh" if lang == "zh" else "en")

    def format(self, lang: str = "en") -> str:
        """The one-line form used by the text reporter and by error messages."""
        where = f" ({self.path})" if self.path else ""
        return f"{self.file}:{self.line}:{self.col}: {self.severity} {self.code} {self.text(lang)}{where}"
