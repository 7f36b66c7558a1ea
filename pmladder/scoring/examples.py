"""Whether an example is one: trivial text and the same example pasted into many cells (issue 9, rule 4)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final, Literal

from pmladder.model.ladder import Expectation, Ladder

#: Why an example does not count: ``no_words`` (punctuation or symbols only), ``repeated`` (one or two
#: characters repeated), ``short`` (too little to say what was done), ``restates`` (the ladder's own
#: words copied back), ``pasted`` (the same text given for PASTED_CELLS or more cells).
Problem = Literal["no_words", "repeated", "short", "restates", "pasted"]
PROBLEMS: Final = ("no_words", "repeated", "short", "restates", "pasted")

#: An example needs at least this many word-equivalents (docs/assessment-method.md, section 12, rule 4):
#: a Latin word counts 1 and a CJK character 1 / CJK_PER_WORD, since English runs about 1.5 Chinese
#: characters per word (a 1,000-word English text is some 1,500-1,700 characters in Chinese).
MIN_WORDS: Final = 3
CJK_PER_WORD: Final = 1.5
#: ... and at least this many letters, digits or (counting double) CJK characters, so that "a b c" or
#: "I did it" is not three words of substance.
MIN_LETTERS: Final = 10
#: The same example in this many cells or more is pasted, not given: one project may well back two
#: cells (a launch shows delivery and collaboration), hardly three.
PASTED_CELLS: Final = 3

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[^\W_]+")


def normalized(text: str) -> str:
    """The text as compared with other texts: case, width, spaces and punctuation left out."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def measure(text: str) -> tuple[float, int]:
    """(word-equivalents, letters): Latin words and letters, CJK characters weighted as above."""
    cjk = len(_CJK.findall(text))
    words = _LATIN_WORD.findall(_CJK.sub(" ", text))
    return len(words) + cjk / CJK_PER_WORD, sum(len(w) for w in words) + 2 * cjk


def text_problem(text: str, ladder_texts: frozenset[str] = frozenset()) -> Problem | None:
    """What is wrong with one example on its own (None: it can count). ``ladder_texts`` are the
    normalized texts of the ladder (indicators, summaries, evidence prompts) that an example must not
    merely copy back."""
    content = normalized(text)
    if not content:
        return "no_words"
    if len(set(content)) <= 2 and len(content) >= 3:
        return "repeated"
    words, letters = measure(text)
    if words < MIN_WORDS or letters < MIN_LETTERS:
        return "short"
    if content in ladder_texts:
        return "restates"
    return None


def ladder_texts(ladder: Ladder) -> frozenset[str]:
    """The normalized texts of every cell of the ladder, in both languages: an example that is one of
    them says nothing the ladder did not."""
    found: set[str] = set()
    for comp in ladder.competencies:
        for cell in comp.expectations.values():
            if not isinstance(cell, Expectation):
                continue
            texts = [cell.summary, cell.evidence, *(ind.text for ind in cell.indicators)]
            found.update(normalized(t.get(lang)) for t in texts if t is not None for lang in ("zh", "en"))
    found.discard("")
    return frozenset(found)


def pasted(examples: Mapping[str, str], cell_of: Mapping[str, tuple[str, ...]]) -> set[str]:
    """The ids of the examples whose text (normalized) was given for PASTED_CELLS or more cells."""
    cells: dict[str, set[tuple[str, ...]]] = {}
    for ind_id, text in examples.items():
        cells.setdefault(normalized(text), set()).add(cell_of.get(ind_id, (ind_id,)))
    return {i for i, text in examples.items() if len(cells[normalized(text)]) >= PASTED_CELLS}


def weak_examples(
    ladder: Ladder, examples: Mapping[str, str], cell_of: Mapping[str, tuple[str, ...]]
) -> dict[str, Problem]:
    """Every example that does not count, by indicator id, with why (ladder order of the answers)."""
    texts = ladder_texts(ladder)
    found: dict[str, Problem] = {}
    copies = pasted(examples, cell_of)
    for ind_id, text in examples.items():
        problem = text_problem(text, texts)
        if problem is None and ind_id in copies:
            problem = "pasted"
        if problem is not None:
            found[ind_id] = problem
    return found


def pasted_again(text: str, others: Iterable[str]) -> bool:
    """Whether ``text`` would be the PASTED_CELLS-th copy of an example given for other cells."""
    key = normalized(text)
    return sum(1 for other in others if normalized(other) == key) >= PASTED_CELLS - 1
