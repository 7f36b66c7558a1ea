"""The format of a report written with --output: from --format, else from the file's extension."""

from __future__ import annotations

from pathlib import PurePath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pmladder.i18n import Lang

#: The extensions pmladder knows, and the format each one means.
EXTENSIONS: dict[str, str] = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".json": "json"}


def output_format(fmt: str | None, output: str | None, allowed: tuple[str, ...], lang: Lang) -> str:
    """The format to write: ``fmt`` when given (already checked against ``allowed``), else the one
    the extension of ``output`` names, else ``allowed[0]``.

    A file whose extension pmladder does not know (``result.html``), or whose extension names a format
    other than ``fmt``, is a UsageError (exit 2): writing plain text into ``result.html`` would surprise.
    A file without an extension, and ``-`` (standard output), take ``fmt`` or the default.
    """
    from pmladder.errors import UsageError
    from pmladder.render.issues import inert

    if output is None or output == "-":
        return fmt or allowed[0]
    suffix = PurePath(output).suffix
    if not suffix:
        return fmt or allowed[0]
    implied = EXTENSIONS.get(suffix.lower())
    if implied is None or implied not in allowed:
        known = _known(allowed, lang)
        raise UsageError("cli.output.unknown-extension", path=inert(output), suffix=inert(suffix), known=known)
    if fmt is not None and fmt != implied:
        raise UsageError("cli.output.contradicts", fmt=fmt, path=inert(output), suffix=inert(suffix), implied=implied)
    return implied


def _known(allowed: tuple[str, ...], lang: Lang) -> str:
    """``.txt (text), .md or .markdown (markdown), .json (json)``: the extensions of ``allowed``."""
    from pmladder.i18n import t

    parts = []
    for fmt in allowed:
        suffixes = [s for s, f in EXTENSIONS.items() if f == fmt]
        if suffixes:
            joined = t("cli.output.or", lang).join(suffixes)
            parts.append(t("cli.output.known", lang, suffixes=joined, fmt=fmt))
    return t("cli.output.and", lang).join(parts)
