"""The assessment report: golden renders in zh and en, Markdown and JSON with the same content, escaping."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rich.console import Console
from scoring_fixtures import (
    FIXTURE_LADDER,
    GOLDEN,
    PERSONAS,
    assess_fixture,
    fixture_ladder,
    load_persona,
    run,
)
from test_scoring import L2, L3

from pmladder import scoring
from pmladder.i18n.honest import MESSAGES as HONEST_WORDS
from pmladder.i18n.render_assessment import MESSAGES as ASSESSMENT_WORDS
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.io.models import load_model, require
from pmladder.model.answers import Answers
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Ladder, Lang
from pmladder.render import assessment as render
from pmladder.render import blocks

#: the report's words: its own catalogue and the words of the honest-estimate rules (issue 9)
REPORT_WORDS = {**ASSESSMENT_WORDS, **HONEST_WORDS}

if TYPE_CHECKING:
    from conftest import Golden

ROOT = Path(__file__).resolve().parent.parent
#: One persona per bundled ladder for the golden renders.
GOLDEN_PERSONAS = ["b2b-healthcare/manager", "b2b-business/junior", "pm-generic/senior", "pmm/senior"]
LANGS: list[Lang] = ["zh", "en"]


def render_text(assessment: Assessment, ladder: Ladder, lang: Lang) -> str:
    console = Console(width=100, color_system=None, force_terminal=False, record=True)
    console.print(render.report(assessment, ladder, lang))
    return console.export_text()


def persona(name: str) -> tuple[Assessment, Ladder]:
    answers = load_persona(PERSONAS / f"{name}.yaml")
    ladder = load_ladder(answers.ladder)
    return run(ladder, answers), ladder


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", GOLDEN_PERSONAS)
def test_golden_text_report(golden: Golden, name: str, lang: Lang) -> None:
    result, ladder = persona(name)
    golden(f"assess/{name.replace('/', '-')}.{lang}.txt", render_text(result, ladder, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_golden_markdown_report(golden: Golden, lang: Lang) -> None:
    result, ladder = persona("b2b-healthcare/manager")
    golden(f"assess/b2b-healthcare-manager.{lang}.md", render.to_markdown(result, ladder, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_golden_fixture_report_with_every_kind_of_flag(golden: Golden, lang: Lang) -> None:
    result = assess_fixture(
        ratings={**L3, "communication.l2.1": "na", "analysis.l1.2": 1},
        evidence={"analysis.l3.1": "x"},
        contra={"communication.pleaser": 2},
        choices={"analysis.situation": "line"},
        skipped=["team"],
    )
    golden(f"assess/fixture-flags.{lang}.txt", render_text(result, fixture_ladder(), lang))


def test_the_text_report_shows_the_estimate_and_the_plan() -> None:
    result, ladder = persona("b2b-healthcare/manager")
    text = render_text(result, ladder, "en")
    assert "Estimated level           Product manager" in text
    assert "Other tracks              Architect track: Product manager" in text
    assert "What holds back the next level: Product expert" in text
    assert "Development plan toward Product expert (Management track)" in text
    assert "Check-in: 2025-03-14 · Re-assess: 2025-04-30 (in 3 months)" in text
    assert all(len(line) <= 100 for line in text.splitlines())


def test_types_are_shown_when_the_ladder_has_them() -> None:
    result, ladder = persona("b2b-business/junior")
    assert re.search(r"^│ 类型 +被动型 ", render_text(result, ladder, "zh"), flags=re.M)
    result, ladder = persona("pm-generic/senior")
    assert "Type" not in render_text(result, ladder, "en")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", GOLDEN_PERSONAS)
def test_markdown_has_the_same_content_as_the_text_report(name: str, lang: Lang) -> None:
    result, ladder = persona(name)
    markdown = render.to_markdown(result, ladder, lang)
    unescaped = markdown.replace("\\", "")
    for block in render.report_blocks(result, ladder, lang):  # every word of the terminal's report
        if isinstance(block, blocks.Summary):
            assert all(f"**{label}**: {value}" in unescaped for label, value in block.pairs)
            assert all(note in unescaped for note in block.notes)
        elif isinstance(block, (blocks.Heading, blocks.Para, blocks.Field)):
            assert block.text in unescaped
        elif isinstance(block, (blocks.Lines, blocks.Bullets)):
            assert all(line in unescaped for line in getattr(block, "lines", getattr(block, "items", [])))
    assert markdown.count("\n| ") == len(result.track(result.plan.track).competencies) + 1  # type: ignore[union-attr]


def test_json_is_the_saved_format_and_round_trips() -> None:
    result, _ladder = persona("pmm/senior")
    text = render.to_json(result)
    data = json.loads(text)
    assert data["schema"] == "pmladder/assessment@1"
    assert data["plan"]["target"] == "lead"
    assert Assessment.model_validate_json(text) == result
    loaded = require(load_model(Assessment, text.encode(), "result.json"))
    assert loaded == result


def test_all_na_says_there_is_too_little_to_plan() -> None:
    ladder = fixture_ladder()
    result = run(ladder, Answers(ladder="fixture", ratings=dict.fromkeys(ladder.indicators(), "na")))
    text = render_text(result, ladder, "en")
    # nothing rated is no estimate, not "below the first level" (issue 9)
    assert "Estimated level           no estimate: not enough to go on (nothing was rated)" in text
    assert "Range (strict … lenient)  —" in text
    assert "nothing was rated: not enough to go on for an estimate" in text
    assert "There are not enough answers to tell." in text
    assert "Too little was answered to plan" in text
    assert "Confidence                low" in text
    assert "only 0 items answered" in text


def test_at_the_top_there_is_nothing_to_hold_back() -> None:
    result, ladder = persona("pmm/vp")
    text = render_text(result, ladder, "zh")
    assert "已是本路径的最高级。" in text
    assert "发展计划：保持在产品营销副总裁" in text


# ---- translations and escaping ------------------------------------------------------------------


def test_every_message_exists_in_both_languages() -> None:
    for key, entry in REPORT_WORDS.items():
        assert set(entry) == {"zh", "en"}, key
        assert all(entry[lang].strip() for lang in LANGS), key
        fields = {lang: set(re.findall(r"{(\w+)", entry[lang])) for lang in LANGS}
        assert fields["zh"] == fields["en"], key


def test_every_reason_and_flag_code_is_translated_and_documented() -> None:
    docs = (ROOT / "docs" / "assessment-method.md").read_text(encoding="utf-8")
    for code in scoring.REASON_CODES:
        assert f"{render.PREFIX}reason-{code}" in REPORT_WORDS
        assert f"`{code}`" in docs, code
    for code in scoring.FLAG_CODES:
        assert f"{render.PREFIX}flag-{code}" in REPORT_WORDS
        assert f"`{code}`" in docs, code


def _hostile_ladder() -> Ladder:
    text = FIXTURE_LADDER.read_text(encoding="utf-8")
    text = text.replace(
        "name: {zh: 分析, en: Analysis}",
        "name: {zh: '[bold red]分析[/]', en: '[bold red]Analysis[/] *x* | y'}",
    )
    text = text.replace(
        "text: {zh: 我能分析整个产品。, en: I analyse a whole product.}",
        "text: {zh: '我能分析[link=http://x]整个[/link]产品。', en: 'I analyse a [red]whole[/red] product.'}",
    )
    return require(load_model(Ladder, text.encode(), "hostile.yaml"))


def test_ladder_text_is_never_read_as_markup() -> None:
    ladder = _hostile_ladder()
    result = run(ladder, Answers(ladder="fixture", ratings=L2))
    en = render_text(result, ladder, "en")
    assert "[bold red]Analysis[/] *x* | y" in en
    assert "I analyse a [red]whole[/red] product." in en
    assert "我能分析[link=http://x]整个[/link]产品。" in render_text(result, ladder, "zh")


def test_markdown_escapes_ladder_text() -> None:
    ladder = _hostile_ladder()
    result = run(ladder, Answers(ladder="fixture", ratings=L2))
    markdown = render.to_markdown(result, ladder, "en")
    assert r"\[bold red\]Analysis\[/\] \*x\* \| y" in markdown
    assert "[bold red]" not in markdown


def test_the_bar_shows_reached_unverified_gap_and_beyond() -> None:
    result = assess_fixture(ratings={**L3, "analysis.l4.1": 1})  # l3 unverified; target l3
    track = result.primary()
    analysis = track.competency("analysis")
    assert analysis is not None
    assert render._bar(track, analysis, 2) == "██▓··"
    team = track.competency("team")
    assert team is not None
    assert render._bar(track, team, 3) == "███░·"


def test_the_example_in_the_method_doc_is_the_real_report() -> None:
    docs = (ROOT / "docs" / "assessment-method.md").read_text(encoding="utf-8")
    block = re.search(
        r"```console\n\$ pmladder assess [^\n]*manager\.yaml --lang en[^\n]*\n(.*?)…\n```", docs, re.S
    )
    assert block is not None
    shown = [line.rstrip() for line in block.group(1).splitlines()]
    golden = [
        line.rstrip() for line in (GOLDEN / "b2b-healthcare-manager.en.txt").read_text("utf-8").splitlines()
    ]
    assert shown == golden[: len(shown)]


# ---- skipped competencies (issue 8, section 5) ----------------------------------------------------


def _skipping_strategy() -> tuple[Assessment, Ladder]:
    """pm-generic's junior persona, who skipped the core competency 'strategy' (first required from a
    level above the next one, so the estimate does not depend on it and the confidence stays high)."""
    answers = load_persona(PERSONAS / "pm-generic/junior.yaml")
    ratings = {k: v for k, v in answers.ratings.items() if not k.startswith("strategy.")}
    evidence = {k: v for k, v in answers.evidence.items() if not k.startswith("strategy.")}
    skipping = answers.model_copy(update={"ratings": ratings, "evidence": evidence, "skipped": ["strategy"]})
    ladder = load_ladder("pm-generic")
    return run(ladder, skipping), ladder


def test_a_skipped_core_competency_is_named_in_the_summary() -> None:
    result, ladder = _skipping_strategy()
    assert result.confidence.level == "high"
    reason = result.confidence.reasons[-1]
    assert (reason.code, reason.values) == ("skipped", {"count": 1, "core": 1, "competencies": "strategy"})
    en, zh = render_text(result, ladder, "en"), render_text(result, ladder, "zh")
    assert "skipped 1 competency: Strategic thinking (core)" in en
    assert "跳过了1项能力：战略思维（核心）" in zh
    assert "complete and consistent" not in en and "回答完整、一致" not in zh
    markdown = render.to_markdown(result, ladder, "en")
    assert "- skipped 1 competency: Strategic thinking (core)" in markdown


def test_nothing_skipped_says_complete_and_consistent() -> None:
    result, ladder = persona("pm-generic/junior")
    assert "skipped" not in [r.code for r in result.confidence.reasons]
    assert "answers are complete and consistent" in render_text(result, ladder, "en")
    assert "回答完整、一致" in render_text(result, ladder, "zh")


def test_not_observed_cells_have_their_own_bar_character_and_legend() -> None:
    result, ladder = _skipping_strategy()
    track = result.primary()
    strategy = track.competency("strategy")
    assert strategy is not None
    # junior's strategy cell requires nothing, intermediate's is met that way too; the rest is skipped
    assert render._bar(track, strategy, 1) == "██???"
    en, zh = render_text(result, ladder, "en"), render_text(result, ladder, "zh")
    assert "? not observed (skipped or no opportunity)" in en
    assert "? 未观察（跳过或没有机会）" in zh
    assert "██???" in en and "██???" in zh


# ---- widths (issue 8, section 5) -------------------------------------------------------------------


@pytest.mark.parametrize("width", [40, 60, 79, 80, 100, 200])
@pytest.mark.parametrize("lang", LANGS)
def test_the_report_is_at_most_120_columns_and_breaks_no_english_word(width: int, lang: Lang) -> None:
    result, ladder = persona("b2b-healthcare/manager")
    console = Console(width=width, color_system=None, force_terminal=False, record=True)
    console.print(render.report(result, ladder, lang))
    text = console.export_text()
    assert max(len(line.rstrip()) for line in text.splitlines()) <= min(width, 120)
    sources = [
        (ROOT / "ladders" / "b2b-healthcare.yaml").read_text("utf-8"),
        Path(render.__file__).read_text("utf-8"),
        *(p.read_text("utf-8") for p in (ROOT / "pmladder" / "i18n").glob("*.py")),
    ]
    known = {w.lower() for source in sources for w in re.findall(r"[A-Za-z]+", source)}
    shown = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    assert not shown - known, shown - known


def test_a_narrow_report_stacks_the_summary_and_the_competencies() -> None:
    result, ladder = persona("b2b-healthcare/manager")
    console = Console(width=40, color_system=None, force_terminal=False, record=True)
    console.print(render.report(result, ladder, "en"))
    lines = [line.rstrip() for line in console.export_text().splitlines()]
    at = lines.index("★ Analysis")
    assert lines[at + 1 : at + 4] == [
        "  Floor           Product manager",
        "  Against target  ███░··",
        "  Next level      0%",
    ]
    assert "│ Estimated level                      │" in lines
    assert "│   Product manager                    │" in lines


def test_levels_of_a_competency_skipped_part_way_are_not_called_no_opportunity() -> None:
    answers = load_persona(PERSONAS / "b2b-healthcare/manager.yaml")
    ratings = {k: v for k, v in answers.ratings.items() if not k.startswith("analysis.expert.")}
    ladder = load_ladder("b2b-healthcare")
    result = run(ladder, answers.model_copy(update={"ratings": ratings, "skipped": ["analysis"]}))
    assert [r.code for r in result.confidence.reasons] == ["not_observed", "skipped"]
    en, zh = render_text(result, ladder, "en"), render_text(result, ladder, "zh")
    assert "4 levels not observed (“no opportunity” or skipped): Analysis" in en
    assert "skipped 1 competency: Analysis (core)" in en
    assert "4个级别未观察（“没有机会”或跳过）：分析能力" in zh
    assert "跳过了1项能力：分析能力（核心）" in zh
