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


#: (template, KPI, the target in en, in zh)
TARGETS = [
    ("industrial-value", "renewal", "at least 85%", "不低于 85%"),
    ("industrial-value", "defect-rate", "at most 1%", "不高于 1%"),
    ("industrial-value", "revenue-growth", "up 20% or more against revenue of the same period last year",
     "较上年同期营收增长至少 20%"),
    ("industrial-value", "new-scenarios", "at least 3 manufacturing sub-industries", "至少 3 个细分制造行业"),
    ("industrial-value", "satisfaction", "at least 4.2 on a scale of 1 to 5", "不低于 4.2 分（1–5 分制）"),
    ("lifecycle-stages", "settlement-time", "down 30% or more against the previous period", "较上一考核期降低至少 30%"),
    ("team-and-individual", "collaboration-rating",
     "at least 4.5 on a scale of 1 to 5, rated by Sales, Customer success, R&D",
     "不低于 4.5 分（1–5 分制），由销售团队、客户成功团队、研发团队打分"),
]


@pytest.mark.parametrize(("name", "kpi_id", "en", "zh"), TARGETS)
def test_a_target_in_words(name: str, kpi_id: str, en: str, zh: str) -> None:
    from scorecard_support import template

    from pmladder.scorecard import describe_target

    card = template(name)
    kpi = next(k for k in card.every_kpi() if k.id == kpi_id)
    msg = describe_target(kpi, card.currency)
    assert (t(msg.code, "en", **msg.params), t(msg.code, "zh", **msg.params)) == (en, zh)
