"""Bundled ladder text is written in our own words: no zh text copies a long run from its source article."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from pydantic import BaseModel

from pmladder.io.ladder_files import bundled_ladder_files
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.ladder import Resource, Source, Text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"

#: A zh text may not share this many consecutive characters with its article, counted after
#: normalisation (see ``normalise``): about a dozen characters is a copied phrase, not a shared term.
RUN = 12

#: bundled ladder id -> the article it is built from (see the seeds README).
SEED_OF = {
    "b2b-business": "000_682b596060a6a298.txt",
    "b2b-healthcare": "001_8696d47b78cb3cde.txt",
    "pm-generic": "002_bc0e44cc4bf4f391.txt",
    "pmm": "004_66905f209325b075.txt",
}

#: Terms a copied run may consist of, space-separated. These are names, not prose, so repeating them
#: is quoting, not copying: a window of the (normalised) text is excused only when every character in it
#: belongs to one of these terms (so "医生工作站、医生病历、护理文书" passes, but
#: "独立负责医生工作站、…" does not). Keep the list small: every entry needs a reason.
ALLOWED_TERMS: dict[str, str] = {
    "b2b-healthcare": (
        # the three competency groups and eleven competencies: the article's own names, which the
        # ladder keeps so readers can map it back to the source
        "专业能力 通用能力 团队能力 "
        "分析能力 原型能力 规划能力 设计能力 业务知识 理解执行 沟通调研 学习自驱 "
        "协作共赢 流程规范 团队建设 "
        # level names (job titles)
        "产品助理 产品专员 产品经理 产品专家 产品总监 产品VP 产品架构师 "
        # the two-phrase level mottos, quoted on purpose as mottos
        "基础扎实 主动学习 独当一面 高质完成 无中生有 引领变革 "
        # hospital products and features the article uses as the scope of a level: proper names
        "医生工作站 医生病历 护理文书 检验报告系统 诊间预约 病案首页 手术申请 入院申请"
    ),
    "b2b-business": (
        # level names and the two types
        "入门 初级 中级 高级 被动型 主动型 产品经理 "
        # the four fundamentals every level shares: the names of the ladder's fundamentals
        # competencies, listed together in the ladder description
        "BRD与PRD编写 原型与交互设计 产品架构设计 逻辑思维"
    ),
    "pm-generic": (
        # level names (job titles)
        "初级产品经理 中级产品经理 高级产品经理 资深产品经理 产品总监"
    ),
    "pmm": (
        # the three responsibilities' English terms of art and the goal they serve (PMF)
        "Outbound Inbound GTM PMF PMM"
    ),
}


def normalise(text: str) -> str:
    """The text in NFKC form without whitespace, punctuation or symbols (Unicode categories Z, P, S).

    NFKC folds full-width forms onto their half-width ones (``，`` and ``,``, ``（`` and ``(``, ``Ａ``
    and ``A``), and dropping punctuation and symbols means neither a changed comma nor an inserted
    ``、`` nor a line break can hide a copied run.
    """
    return "".join(c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and _kept(c))


def _kept(char: str) -> bool:
    return unicodedata.category(char)[0] not in "PSZ"


def zh_texts(obj: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every (path, zh) of the ladder's Text values; the source citation and a resource's title are skipped
    (they must quote: a book's or a community's name is written as it is, also where the article names it)."""
    if isinstance(obj, Text):
        yield path, obj.zh
    elif isinstance(obj, Source):
        return
    elif isinstance(obj, Resource):
        yield from zh_texts(obj.note, f"{path}.note")
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from zh_texts(getattr(obj, name), f"{path}.{name}")
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            yield from zh_texts(item, f"{path}[{i}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from zh_texts(item, f"{path}.{key}")


def grams_of(article: str) -> frozenset[str]:
    """All RUN-character substrings of the (normalised) article."""
    text = normalise(article)
    return frozenset(text[i : i + RUN] for i in range(len(text) - RUN + 1))


def copied_runs(text: str, grams: frozenset[str], allowed: tuple[str, ...]) -> list[str]:
    """The maximal runs of ``text`` made of RUN-character windows that also occur in the article,
    leaving out windows made only of allowed terms; both are compared in normalised form."""
    flat = normalise(text)
    covered = [False] * len(flat)
    for term in allowed:
        term = normalise(term)
        for found in re.finditer(re.escape(term), flat):
            covered[found.start() : found.end()] = [True] * len(term)
    runs: list[str] = []
    start = end = -1
    for i in range(len(flat) - RUN + 1):
        if flat[i : i + RUN] not in grams or all(covered[i : i + RUN]):
            continue
        if i <= end:
            end = i + RUN
        else:
            if start >= 0:
                runs.append(flat[start:end])
            start, end = i, i + RUN
    if start >= 0:
        runs.append(flat[start:end])
    return runs


def allowed_terms(ladder_id: str) -> tuple[str, ...]:
    return tuple(ALLOWED_TERMS[ladder_id].split())


@cache
def article_grams(ladder_id: str) -> frozenset[str]:
    return grams_of((SEEDS / SEED_OF[ladder_id]).read_text(encoding="utf-8"))


def test_every_bundled_ladder_has_a_source_article() -> None:
    assert {p.stem for p in bundled_ladder_files()} == set(SEED_OF)


def test_the_check_catches_a_copied_sentence_and_excuses_names() -> None:
    article = "要能够深刻理解产品商业模式，设立阶段性目标。比如独立负责医生工作站、医生病历、护理文书等独立产品。"
    grams = grams_of(article)
    allowed = allowed_terms("b2b-healthcare")
    # whitespace and line breaks do not hide a copied run
    copied = "我能 深刻理解产品商业模式，\n设立阶段性目标，并据此规划迭代。"
    assert copied_runs(copied, grams, allowed) == ["深刻理解产品商业模式设立阶段性目标"]
    # nor do changed or inserted punctuation, or full-width forms of half-width characters
    assert copied_runs("要能够深刻理解产品、商业模式；设立阶段性目标", grams, allowed) == [
        "要能够深刻理解产品商业模式设立阶段性目标"
    ]
    half = grams_of("负责撰写产品需求文档(PRD)和用户故事")
    assert copied_runs("撰写产品需求文档（ＰＲＤ）和用户故事。", half, allowed) == ["撰写产品需求文档PRD和用户故事"]
    # a list of names alone is quoting; the same list inside copied prose is not
    assert copied_runs("我负责的产品包括医生工作站、医生病历、护理文书。", grams, allowed) == []
    names_in_prose = "比如独立负责医生工作站、医生病历、护理文书"
    assert copied_runs(names_in_prose, grams, allowed) == ["比如独立负责医生工作站医生病历护理"]
    # the same meaning in other words passes
    assert copied_runs("我能理解产品的商业模式，并设定分阶段的目标。", grams, allowed) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the source articles are not here ({SEEDS})")
@pytest.mark.parametrize("ladder_id", sorted(SEED_OF))
def test_ladder_text_does_not_copy_its_article(ladder_id: str) -> None:
    grams = article_grams(ladder_id)
    allowed = allowed_terms(ladder_id)
    copied = [
        f"{path}: {run}" for path, zh in zh_texts(load_ladder(ladder_id)) for run in copied_runs(zh, grams, allowed)
    ]
    assert not copied, f"{ladder_id}: {len(copied)} zh text(s) copy {RUN}+ characters from the article:\n" + "\n".join(
        copied
    )
