"""Gaming patterns of issue 9, generated from each bundled ladder's own data, and the rules that stop them:
examples that are not examples (rule 4), near-constant and alternating answers (rule 5), a level with no
answers near it (rule 2), a hidden core competency (rule 3). docs/assessment-method.md, section 12."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from scoring_fixtures import PERSONAS, assess_fixture, fixture_ladder, load_persona, run
from test_scoring import L2, L3, L3_EVIDENCE, main

from pmladder import questionnaire
from pmladder.cli import prompting
from pmladder.io import ladders
from pmladder.io.ladder_files import bundled_ladder_files
from pmladder.io.ladders import ladder_named as load_ladder
from pmladder.model.answers import Answers, Rating
from pmladder.model.assessment import Assessment
from pmladder.model.ladder import Expectation, Ladder, Lang
from pmladder.render import assessment as render
from pmladder.scoring import examples

BUNDLED = [p.stem for p in bundled_ladder_files()]
ANSWERS = Path(__file__).resolve().parent / "answers"


def _codes(result: Assessment) -> list[str]:
    return [r.code for r in result.confidence.reasons]


def _cells(ladder: Ladder, track: str) -> list[tuple[str, str, list[str]]]:
    """Every own cell on the track, in ladder order: (competency, level, indicator ids)."""
    path = [lv.id for lv in ladder.tracks()[track]]
    found = []
    for comp in ladder.competencies:
        for level in path:
            cell = comp.expectations.get(level)
            if isinstance(cell, Expectation):
                found.append((comp.id, level, [i.id for i in cell.indicators]))
    return found


def _real_example(ladder: Ladder, competency: str, level: str, n: int) -> str:
    """A distinct, plausible one-line example for a cell, made from the ladder's own names."""
    comp = ladder.competency(competency)
    lv = ladder.level(level)
    assert comp is not None and lv is not None
    return f"Case {n}: led the {comp.name.get('en')} work of the {lv.name.get('en')} role on project {n}"


def _tracks() -> list[tuple[str, str]]:
    return [(lid, track) for lid in BUNDLED for track in load_ladder(lid).tracks()]


def _not_a_confident_top(result: Assessment, track: str) -> None:
    found = result.track(track)
    assert found is not None
    top = found.path[-1]
    assert not (found.level == top and result.confidence.level != "low"), (found.level, _codes(result))


# ---- cheap top claims: top cells only, "x" examples ------------------------------------------------------


@pytest.mark.parametrize(("ladder_id", "track"), _tracks())
@pytest.mark.parametrize("example", ["x", ".", "ok", "aaaaaaaaaaaa", "好", "做了"])
def test_top_cells_only_with_trivial_examples_end_low(ladder_id: str, track: str, example: str) -> None:
    ladder = load_ladder(ladder_id)
    tops: dict[str, tuple[str, list[str]]] = {}
    for comp, level, ids in _cells(ladder, track):
        tops[comp] = (level, ids)  # the last own cell of each competency on the track
    ratings: dict[str, Rating] = {i: 2 for _level, ids in tops.values() for i in ids}
    evidence = {ids[0]: example for _level, ids in tops.values()}
    top = ladder.tracks()[track][-1].id
    result = run(ladder, Answers(ladder=ladder_id, track=track, level_hint=top, ratings=ratings, evidence=evidence))
    _not_a_confident_top(result, track)
    assert result.confidence.level == "low", _codes(result)
    assert {w.problem for w in result.weak_examples} <= {"short", "no_words", "repeated", "pasted"}
    assert len(result.weak_examples) == len(evidence)
    assert "weak_examples" in _codes(result)


# ---- alternating and near-constant answers ---------------------------------------------------------------


def _pattern(ladder: Ladder, track: str, values: list[Rating], example: str | None) -> Answers:
    ratings: dict[str, Rating] = {}
    evidence: dict[str, str] = {}
    n = 0
    for n, (comp, level, ids) in enumerate(_cells(ladder, track)):
        for i in ids:
            ratings[i] = values[len(ratings) % len(values)]
        if any(ratings[i] in (2, 3) for i in ids):
            evidence[ids[0]] = example if example is not None else _real_example(ladder, comp, level, n)
    return Answers(ladder=ladder.id, track=track, ratings=ratings, evidence=evidence)


@pytest.mark.parametrize(("ladder_id", "track"), _tracks())
@pytest.mark.parametrize("cycle", [[3, 2], [2, 3], [3, 3, 2], [2, 2, 3]])
@pytest.mark.parametrize("example", ["x", None])
def test_alternating_answers_are_straight_lining_and_end_low(
    ladder_id: str, track: str, cycle: list[Rating], example: str | None
) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _pattern(ladder, track, cycle, example))
    _not_a_confident_top(result, track)
    assert result.confidence.level == "low", _codes(result)
    lining = next(r for r in result.confidence.reasons if r.code == "straight_lining")
    assert lining.values["pattern"] == "alternating"


@pytest.mark.parametrize(("ladder_id", "track"), _tracks())
def test_near_constant_answers_are_straight_lining(ladder_id: str, track: str) -> None:
    ladder = load_ladder(ladder_id)
    result = run(ladder, _pattern(ladder, track, [2, 2, 2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 2], "x"))
    assert result.confidence.level == "low"
    lining = next(r for r in result.confidence.reasons if r.code == "straight_lining")
    assert lining.values.get("pattern") == "near" and lining.values["rating"] == 2


def test_the_honest_personas_are_not_straight_lining() -> None:
    for path in sorted(PERSONAS.glob("*/*.yaml")):
        if path.parent.name.startswith("_"):
            continue
        answers = load_persona(path)
        result = run(load_ladder(answers.ladder), answers)
        assert "straight_lining" not in _codes(result), path
        assert "unsupported" not in _codes(result), path
        assert result.weak_examples == [], path


# ---- examples that are not examples ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("x", "short"),
        ("Did it.", "short"),
        ("I did it", "short"),  # three words, too few letters to say what
        ("a b c d e f", "short"),
        ("...", "no_words"),
        ("！？。", "no_words"),
        ("aaaaaaaaaaaa", "repeated"),
        ("哈哈哈哈哈哈哈", "repeated"),
        ("abababababab", "repeated"),
        ("做了", "short"),
        ("写过周报", "short"),  # four characters: about two and a half words
        ("月度行业简报", None),  # six: "monthly industry brief"
        ("写了登录模块的PRD", None),
        ("Shipped the pricing page", None),
        ("I led the Q3 launch", None),
    ],
)
def test_what_an_example_needs_in_english_and_chinese(text: str, problem: str | None) -> None:
    assert examples.text_problem(text) == problem


@pytest.mark.parametrize("ladder_id", BUNDLED)
def test_the_ladders_own_words_and_one_text_pasted_into_many_cells_do_not_count(ladder_id: str) -> None:
    ladder = load_ladder(ladder_id)
    personas = [load_persona(p) for p in sorted((PERSONAS / ladder_id).glob("*.yaml"))]
    answers = max(personas, key=lambda a: len(a.evidence))  # the one with the most examples
    indicators = ladder.indicators()
    # the indicator's own text, in either language, as the example
    copied = {i: indicators[i][2].text.get("en" if n % 2 else "zh") for n, i in enumerate(answers.evidence)}
    result = run(ladder, answers.model_copy(update={"evidence": copied}))
    assert {w.problem for w in result.weak_examples} == {"restates"}
    assert result.stats.unverified > 0
    # one real sentence pasted into every cell
    pasted = dict.fromkeys(answers.evidence, "Led the cross-team launch of the new billing system in Q3")
    result = run(ladder, answers.model_copy(update={"evidence": pasted}))
    if len(pasted) >= examples.PASTED_CELLS:
        assert {w.problem for w in result.weak_examples} == {"pasted"}
        assert len(result.weak_examples) == len(pasted)
    # the same sentence for two cells is fine: one project can show two things
    two = dict(list(pasted.items())[:2])
    assert run(ladder, answers.model_copy(update={"evidence": two})).weak_examples == []


def test_weak_examples_are_listed_in_every_format() -> None:
    ladder = fixture_ladder()
    evidence = {k: v for k, v in L3_EVIDENCE.items() if k != "analysis.l3.2"} | {"analysis.l3.1": "x"}
    result = assess_fixture(ratings=L3, evidence=evidence)
    assert [(w.id, w.problem) for w in result.weak_examples] == [("analysis.l3.1", "short")]
    assert main(result).level == "l2"  # analysis' l3 ratings are unverified now
    out = io.StringIO()
    Console(file=out, width=120, color_system=None).print(render.report(result, ladder, "en"))
    text = out.getvalue()
    assert "Examples that do not count" in text
    assert "Analysis · Level three: “x” (too short to say what was done)" in text
    assert "1 example does not count as an example (listed below); its ratings count as unverified" in text
    assert "Analysis · Level three: “x” (too short to say what was done)" in render.to_markdown(result, ladder, "en")
    assert "分析 · 三级：“x”（太短，说不出做了什么）" in render.to_markdown(result, ladder, "zh")
    assert '"weak_examples": [' in render.to_json(result)
    assert '"weak_examples"' not in render.to_json(assess_fixture(ratings=L3, evidence=L3_EVIDENCE))


# ---- asked once more, interactively ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def answers_ladder() -> Ladder:
    return ladders.ladder_named(str(ANSWERS / "ladder.yaml"))


def _interview(ladder: Ladder, keys: str, lang: Lang = "en") -> tuple[questionnaire.State, str]:
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None, force_terminal=False, highlight=False)
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    state = prompting.run(start, console=console, stream=io.StringIO(keys), lang=lang, save=lambda s: Path("/x"))
    return state, out.getvalue()


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("en", "That is too short for a reader to tell what you did."),
        ("zh", "这一句太短，别人读了不知道你做了什么。"),
    ],
)
def test_a_trivial_example_is_asked_once_more_with_a_hint(answers_ladder: Ladder, lang: Lang, hint: str) -> None:
    state, out = _interview(answers_ladder, "2\n2\nx\nTraced churn to the export bug\n0\n2\n0\ns\n", lang)
    assert hint in out.replace("\n", "")
    assert state.answers.evidence == {"analysis.mid.1": "Traced churn to the export bug"}


def test_a_trivial_example_given_twice_is_taken_and_counts_as_unverified(answers_ladder: Ladder) -> None:
    state, out = _interview(answers_ladder, "2\n2\nx\nx\n0\n2\n0\ns\n")
    assert out.count("That is too short for a reader to tell what you did.") == 1  # once, not forever
    assert state.answers.evidence == {"analysis.mid.1": "x"}


# ---- rule 2: a level with no answers near it -----------------------------------------------------------------


def test_a_core_level_resting_only_on_the_basal_rule_is_doubted() -> None:
    # analysis (core) is rated only at its l4 cell: l1-l3 are implied by the basal rule; the others stop
    # the estimate at l2, where analysis has no rating at or next to it (its l1, l2 and l3 cells)
    ratings = {k: v for k, v in L2.items() if not k.startswith("analysis.")} | {"analysis.l4.1": 2}
    ratings |= {"design.l4.1": 0, "team.l4.1": 0}  # enough answers not to be "few"
    evidence = {"analysis.l4.1": "Ran the yearly analysis of the whole product portfolio"}
    result = assess_fixture(ratings=ratings, evidence=evidence, track="management")
    track = main(result)
    assert track.level == "l2"
    unsupported = next(r for r in result.confidence.reasons if r.code == "unsupported")
    assert unsupported.values == {"level": "l2", "count": 1, "competencies": "analysis"}
    assert _codes(result) == ["unsupported"]
    assert result.confidence.level == "medium"  # one core competency: 1 point (2 from two)
    out = io.StringIO()
    Console(file=out, width=300, color_system=None).print(render.report(result, fixture_ladder(), "en"))
    assert "Level two rests on no answer near it for the core competency Analysis" in out.getvalue()
    # rated next to it (l3), it is supported
    ratings |= {"analysis.l3.1": 2, "analysis.l3.2": 2}
    evidence |= {"analysis.l3.1": "Competitor grid for product X"}
    supported = assess_fixture(ratings=ratings, evidence=evidence, track="management")
    assert "unsupported" not in _codes(supported)


# ---- rule 3 on every persona: hiding a core competency ------------------------------------------------------


def _honest_personas() -> list[Path]:
    return [p for lid in BUNDLED for p in sorted((PERSONAS / lid).glob("*.yaml")) if p.stem != "blocker"]


@pytest.mark.parametrize("path", _honest_personas(), ids=lambda p: f"{p.parent.name}/{p.stem}")
@pytest.mark.parametrize("how", ["skip", "na"])
def test_hiding_a_core_competency_never_keeps_the_level(path: Path, how: str) -> None:
    answers = load_persona(path)
    ladder = load_ladder(answers.ladder)
    honest = run(ladder, answers).primary()
    for comp in (c for c in ladder.competencies if c.core):
        ids = [i for i in ladder.indicators() if i.startswith(comp.id + ".")]
        ratings = {k: v for k, v in answers.ratings.items() if k not in ids}
        update: dict[str, object] = {"ratings": ratings, "skipped": [comp.id]}
        if how == "na":
            update = {"ratings": ratings | dict.fromkeys(ids, "na")}
        hidden = run(ladder, answers.model_copy(update=update))
        track = hidden.track(honest.track)
        assert track is not None
        required = [
            i
            for i, cell in enumerate(next(c for c in track.competencies if c.competency == comp.id).cells)
            if cell.status != "none"
        ]
        if not required:
            continue
        # it stops before the first level that requires the hidden competency, never above the honest level
        assert track.index(track.level) <= min(required[0] - 1, honest.index(honest.level)), (comp.id, track.level)
        if required[0] <= track.index(track.level) + 1:  # the estimate depends on it: said so
            assert "unobserved" in _codes(hidden), comp.id
