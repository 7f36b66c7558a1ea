"""Every code the scorecard core gives has words in zh and en, with the same parameters in both."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from pmladder.i18n import catalogues, t
from pmladder.i18n.scorecard import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["pmladder/scorecard.py", "pmladder/scorecard_values.py", "pmladder/rules/scorecard.py"]


def _emitted() -> set[str]:
    found: set[str] = set()
    for source in SOURCES:
        found |= set(re.findall(r'"(scorecard\.[a-z.-]+)"', (ROOT / source).read_text(encoding="utf-8")))
    return found


def test_every_code_given_has_words_and_every_word_is_used() -> None:
    emitted = _emitted()
    assert len(emitted) > 50
    assert emitted == set(MESSAGES)


def test_the_codes_are_prefixed_and_unique_across_catalogues() -> None:
    assert all(code.startswith("scorecard.") for code in MESSAGES)
    merged = catalogues()
    assert all(merged[code] == MESSAGES[code] for code in MESSAGES)


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_both_languages_take_the_same_parameters(code: str) -> None:
    zh, en = MESSAGES[code]["zh"], MESSAGES[code]["en"]
    assert _fields(zh) == _fields(en)
    params = {name: 1.5 for name in _fields(en)}
    assert t(code, "zh", **params) and t(code, "en", **params)
