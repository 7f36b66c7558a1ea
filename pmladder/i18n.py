"""Language choice (zh/en) and lookup of bilingual UI strings."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Literal

# Defined here, not in the model, so that importing i18n (as every command module does) stays free
# of pydantic and keeps `pmladder --help` fast.
Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: A UI message catalogue: message key -> {"zh": ..., "en": ...}; str.format placeholders allowed.
Catalogue = Mapping[str, Mapping[Lang, str]]


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

    raise UsageError(f"--lang must be zh or en, not {value!r}")


def message(catalogue: Catalogue, key: str, lang: Lang, **values: object) -> str:
    """The catalogue entry in ``lang``, formatted with ``values``."""
    template = catalogue[key][lang]
    return template.format(**values) if values else template


#: One value an option takes, with its name beside it: ``expert (Product expert)``.
CHOICE: Mapping[Lang, str] = {"zh": "{id}（{name}）", "en": "{id} ({name})"}


def choices(pairs: Iterable[tuple[str, str | None]], lang: Lang) -> str:
    """The values an option takes (ids, as typed) each with its name beside it, for a usage error."""
    sep = "、" if lang == "zh" else ", "
    return sep.join(CHOICE[lang].format(id=key, name=name) if name else key for key, name in pairs)


def quoted(name: str, lang: Lang) -> str:
    """A name set off inside a sentence: “产品助理” in zh (no spaces around it), the name itself in en."""
    return f"“{name}”" if lang == "zh" else name
