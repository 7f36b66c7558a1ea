"""Every UI string exists in zh and en with the same placeholders; the language follows --lang and LANG."""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Mapping
from typing import Any

import pytest
from words import raises_in_words

import pmladder
from pmladder.errors import UsageError
from pmladder.i18n import detect_lang, parse_lang, t


def _catalogues() -> list[tuple[str, str, Mapping[str, Any]]]:
    found = []
    for info in pkgutil.walk_packages(pmladder.__path__, "pmladder."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if (
                isinstance(value, Mapping)
                and value
                and all(isinstance(v, Mapping) and ("zh" in v or "en" in v) for v in value.values())
            ):
                found.append((info.name, attr, value))
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


CATALOGUES = _catalogues()


def test_there_are_catalogues() -> None:
    assert len(CATALOGUES) >= 3, [f"{m}.{a}" for m, a, _ in CATALOGUES]


@pytest.mark.parametrize(("module", "attr", "catalogue"), CATALOGUES, ids=[f"{m}.{a}" for m, a, _ in CATALOGUES])
def test_every_entry_has_zh_and_en_with_the_same_placeholders(
    module: str, attr: str, catalogue: Mapping[str, Mapping[str, str]]
) -> None:
    for key, entry in catalogue.items():
        assert set(entry) == {"zh", "en"}, f"{module}.{attr}[{key!r}] has {sorted(entry)}"
        assert entry["zh"].strip() and entry["en"].strip(), f"{module}.{attr}[{key!r}] is empty"
        assert _fields(entry["zh"]) == _fields(entry["en"]), f"{module}.{attr}[{key!r}] placeholders differ"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, "en"),
    ],
)
def test_the_language_follows_the_environment(env: dict[str, str], expected: str) -> None:
    assert detect_lang(env) == expected


def test_an_explicit_lang_wins_and_bad_values_are_usage_errors() -> None:
    assert parse_lang("zh", {"LANG": "en_US"}) == "zh"
    assert parse_lang("EN", {"LANG": "zh_CN"}) == "en"
    assert parse_lang("zh-Hans", {}) == "zh"
    with raises_in_words(UsageError, match="--lang must be zh or en, not 'fr'"):
        parse_lang("fr", {})


def test_a_code_is_worded_in_the_chosen_language() -> None:
    assert t("cli.bad-lang", "zh", value="fr") == "--lang 只能是 zh 或 en，不能是 'fr'"
    assert t("cli.bad-lang", "en", value="fr") == "--lang must be zh or en, not 'fr'"


def test_a_code_read_from_its_area_s_module_has_the_words_of_the_merged_catalogues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pmladder.i18n as i18n

    merged = dict(i18n.catalogues())
    for code, words in merged.items():
        monkeypatch.setattr(i18n, "_ALL", None)  # the quick way: the module the code's area names
        assert i18n.lookup(code) == words, code
