"""The format of a report written with --output: from --format, else from the file's extension."""

from __future__ import annotations

from pathlib import PurePath

from pmladder.i18n import Catalogue, Lang, message

#: The extensions pmladder knows, and the format each one means.
EXTENSIONS: dict[str, str] = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".json": "json"}

MESSAGES: Catalogue = {
    "unknown-extension": {
        "zh": "--output {path}：不认识扩展名 {suffix}；报告可以写成 {known}",
        "en": "--output {path}: unknown extension {suffix}; reports can be written as {known}",
    },
    "contradicts": {
        "zh": "--format {fmt} 与 --output {path} 不符（{suffix} 文件是 {implied} 格式）；"
        "去掉 --format，或换一个扩展名",
        "en": "--format {fmt} does not match --output {path} (a {suffix} file is {implied}); "
        "leave out --format, or change the extension",
    },
    "known": {"zh": "{suffixes}（{fmt}）", "en": "{suffixes} ({fmt})"},
    "or": {"zh": " 或 ", "en": " or "},
    "and": {"zh": "、", "en": ", "},
}


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
        raise UsageError(
            message(
                MESSAGES,
                "unknown-extension",
                lang,
                path=inert(output),
                suffix=inert(suffix),
                known=_known(allowed, lang),
            )
        )
    if fmt is not None and fmt != implied:
        raise UsageError(message(
                MESSAGES, "contradicts", lang, fmt=fmt, path=inert(output), suffix=inert(suffix), implied=implied
            ))
    return implied


def _known(allowed: tuple[str, ...], lang: Lang) -> str:
    """``.txt (text), .md or .markdown (markdown), .json (json)``: the extensions of ``allowed``."""
    parts = []
    for fmt in allowed:
        suffixes = [s for s, f in EXTENSIONS.items() if f == fmt]
        if suffixes:
            joined = message(MESSAGES, "or", lang).join(suffixes)
            parts.append(message(MESSAGES, "known", lang, suffixes=joined, fmt=fmt))
    return message(MESSAGES, "and", lang).join(parts)
