"""Words at the edge: language choice (zh/en) and the one way a code with parameters becomes a sentence."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from pmladder.errors import PmladderError
    from pmladder.model.report import IssueView

# Defined here, not in the model, so that importing i18n (as every command module does) stays free
# of pydantic and keeps `pmladder --help` fast.
Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: A UI message catalogue: message code -> {"zh": ..., "en": ...}; str.format placeholders allowed.
Catalogue = Mapping[str, Mapping[Lang, str]]

#: every catalogue of pmladder/i18n/*.py merged, loaded on the first call of :func:`t`
_ALL: dict[str, Mapping[Lang, str]] | None = None


def detect_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """``LC_ALL``, then ``LC_MESSAGES``, then ``LANG``: ``zh*`` gives zh, anything else en."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def parse_lang(value: str | None, environ: Mapping[str, str] | None = None) -> Lang:
    """A ``--lang`` value (or None for the environment's default) as a Lang."""
    if value is None:
        return detect_lang(environ)
    lowered = value.lower()
    for lang in LANGS:
        if lowered == lang or lowered.startswith(lang + "_") or lowered.startswith(lang + "-"):
            return lang
    from pmladder.errors import UsageError

    raise UsageError("cli.bad-lang", value=value)


def lang_of(args: list[str]) -> Lang:
    """The ``--lang`` given in a command line's ``args`` (zh or en), else the environment's; never raises
    (the language of errors found before or outside a command: the option parser's, the last flush's)."""
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.removeprefix("--lang=")
        if value is not None:
            lowered = value.lower()
            for code in LANGS:
                if lowered == code or lowered.startswith((code + "_", code + "-")):
                    return code
    return detect_lang()


def catalogues() -> dict[str, Mapping[Lang, str]]:
    """Every message of every catalogue module in this package (each defines ``MESSAGES``), by code."""
    global _ALL
    if _ALL is None:
        import importlib
        import pkgutil  # not at the top: it costs every command ~4 ms, and only tests list the catalogues

        merged: dict[str, Mapping[Lang, str]] = {}
        for info in pkgutil.iter_modules(__path__):
            module = importlib.import_module(f"{__name__}.{info.name}")
            merged.update(getattr(module, "MESSAGES", {}))
        _ALL = merged
    return _ALL


#: catalogue modules imported so far, by name (None: there is no such module)
_MODULES: dict[str, Catalogue | None] = {}


def _catalogue(name: str) -> Catalogue | None:
    """The ``MESSAGES`` of the catalogue module ``name`` of this package, or None when there is none."""
    if name not in _MODULES:
        import importlib

        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError:
            _MODULES[name] = None
        else:
            _MODULES[name] = getattr(module, "MESSAGES", None)
    return _MODULES[name]


def area_modules(code: str) -> tuple[str, ...]:
    """The catalogue modules a code's area names (``cli.…``: cli; ``render.ladder.…``: render_ladder)."""
    if "." not in code or " " in code:
        return ()
    parts = code.split(".")
    return tuple(name for name in (parts[0], "_".join(parts[:2])) if name.isidentifier())


def lookup(code: str) -> Mapping[Lang, str] | None:
    """The words of ``code`` in every language, or None. A code's area names its module most of the time
    (``cli.…`` in cli.py, ``render.ladder.…`` in render_ladder.py): that one is read first; the others
    (bare codes, codes of another area) are listed in :mod:`pmladder.i18n._elsewhere`, so that a command
    reads the one catalogue it needs, not all of them (~0.5 ms against ~10 ms), also for a code that has
    no words (a report asking whether a variant exists); codes are unique across catalogues, so the
    answer is the one the merged catalogues give (tests/test_structure.py checks the list)."""
    if _ALL is not None:
        return _ALL.get(code)
    for name in area_modules(code):
        found = _catalogue(name)
        if found is not None and code in found:
            return found[code]
    from pmladder.i18n._elsewhere import MODULE_OF

    holder = MODULE_OF.get(code)
    found = _catalogue(holder) if holder is not None else None
    return found.get(code) if found is not None else None


def elsewhere() -> dict[str, str]:
    """Every code its area does not name, with the catalogue module that holds it (for ``_elsewhere``)."""
    import importlib
    import pkgutil

    held: dict[str, str] = {}
    for info in pkgutil.iter_modules(__path__):
        for code in getattr(importlib.import_module(f"{__name__}.{info.name}"), "MESSAGES", {}):
            if info.name not in area_modules(code):
                held[code] = info.name
    return held


def elsewhere_source() -> str:
    """The text of ``pmladder/i18n/_elsewhere.py`` for the catalogues as they are."""
    lines = [
        '"""The catalogue module of each code its area does not name (``pmladder.i18n.elsewhere_source()``)."""',
        "",
        "from __future__ import annotations",
        "",
        "MODULE_OF: dict[str, str] = {",
        *(f'    "{code}": "{name}",' for code, name in sorted(elsewhere().items())),
        "}",
        "",
    ]
    return "\n".join(lines)


def t(code: str, lang: Lang, /, **params: object) -> str:
    """The sentence for ``code`` in ``lang``, its parameters filled in (see :func:`param_text`).

    A code with several wordings is given a ``variant`` parameter, which picks the entry ``code.variant``
    (``band-order`` with ``variant="taxonomy"``: ``band-order.taxonomy``), so that the code shown stays one
    and every parameter stays plain data. A code with no words (a bug: tests/test_structure.py checks
    every code written in the source) is shown as the code itself, never as a traceback.
    """
    variant = params.get("variant")
    entry = lookup(f"{code}.{variant}") if isinstance(variant, str) else None
    entry = entry or lookup(code)
    if entry is None:
        return code
    # always formatted, also without parameters, so that a template writes a brace the one way: {{ or }}
    return entry[lang].format(**{name: param_text(value, lang) for name, value in params.items()})


def issue_words(issue: IssueView, lang: Lang = "en") -> str:
    """The sentence of an :class:`~pmladder.model.issue.Issue` in ``lang``."""
    return t(issue.code, lang, **issue.params)


def issue_line(issue: IssueView, lang: Lang = "en") -> str:
    """An issue as one line: ``file:line:col: error|warning CODE sentence (path)`` (not yet escaped)."""
    where = f" ({issue.path})" if issue.path else ""
    return f"{issue.file}:{issue.line}:{issue.col}: {issue.severity} {issue.code} {issue_words(issue, lang)}{where}"


def error_text(error: PmladderError, lang: Lang = "en") -> str:
    """The words of an error in ``lang``, after its ``file:line:col`` when it has a location."""
    words = t(error.code, lang, **error.params)
    where = error.location
    return f"{where.file}:{where.line}:{where.col}: {words}" if where is not None else words


def param_text(value: object, lang: Lang) -> object:
    """One parameter as words: a :class:`~pmladder.errors.Msg` in ``lang``, a ``{"zh": …, "en": …}``
    text in ``lang``, a list joined the language's way; numbers and strings as they are (the template
    formats them)."""
    from pmladder.errors import Msg

    if isinstance(value, Msg):
        return t(value.code, lang, **value.params)
    if isinstance(value, Mapping) and lang in value and set(value) <= {"zh", "en"}:
        return value[lang]
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(str(param_text(item, lang)) for item in value)
    return value
