"""The rules of a scorecard file: each problem found with its code, parameters and file:line:col."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from scorecard_support import FIXTURES, TEMPLATES, load_card, template_path

from pmladder.i18n import t
from pmladder.model.issue import Issue
from pmladder.rules.scorecard import check_scorecard

MINI = (FIXTURES / "mini.yaml").read_text(encoding="utf-8")

#: (what is changed in tests/scorecard_fixtures/mini.yaml, the issues expected as code@line:col), lines and
#: columns counted by hand in the changed file
CASES: dict[str, tuple[list[tuple[str, str]], set[str]]] = {
    "a section's KPIs add up to more than its weight": (
        [("        weight: 40", "        weight: 45")],
        {"scorecard.weights-sum@13:13"},
    ),
    "the top level adds up to 105": (
        [
            ("    weight: 30\n    kpis:", "    weight: 35\n    kpis:"),
            ("        weight: 30\nincentives", "        weight: 35\nincentives"),
        ],
        {"scorecard.weights-top@10:1"},
    ),
    "at least with direction down": (
        [("direction: up\n        target: {kind: at_least", "direction: down\n        target: {kind: at_least")],
        {"scorecard.target-direction@19:24"},
    ),
    "a rating measured in percent": (
        [("        unit: rating", "        unit: percent")],
        {"scorecard.target-unit@33:15"},
    ),
    "a cut on a KPI that goes up": (
        [
            ("        unit: percent\n        direction: up", "        unit: change\n        direction: up"),
            ("{kind: at_least, value: 85}", "{kind: growth, by: -20, baseline: {zh: 去年, en: last year}}"),
        ],
        {"scorecard.growth-sign@19:36"},
    ),
    "a share target above 100 %": (
        [("value: 85}", "value: 120}")],
        {"scorecard.target-beyond-unit@19:41"},
    ),
    "a rating target above the scale": (
        [("value: 4.5,", "value: 5.5,")],
        {"scorecard.target-off-scale@35:39"},
    ),
    "a scale upside down": (
        [("scale: {min: 1, max: 5}", "scale: {min: 5, max: 1}")],
        {"scorecard.scale-empty@35:44"},
    ),
    "a rule naming a KPI that does not exist": (
        [("requires_met: [renewal]", "requires_met: [renewl]")],
        {"scorecard.unknown-kpi@41:20"},
    ),
    "a deduction of a bonus that does not exist": (
        [("applies_to: bonus", "applies_to: bonuss")],
        {"scorecard.unknown-bonus@48:17"},
    ),
    "a rule naming a stage that does not exist": (
        [("    amount: 5000", "    stages: [launch]\n    amount: 5000")],
        {"scorecard.unknown-stage@54:14"},
    ),
    "a range upside down": (
        [("    amount: 5000", "    amount: 5000\n    amount_from: 6000")],
        {"scorecard.range-order@55:18"},
    ),
    "bands that overlap": (
        [("{from: 100, multiplier: 1.2}", "{from: 90, multiplier: 1.2}")],
        {"scorecard.bands-overlap@44:16"},
    ),
    "bands that leave a gap": (
        [("{from: 100, multiplier: 1.2}", "{from: 110, multiplier: 1.2}")],
        {"scorecard.bands-gap@44:16"},
    ),
    "a band after one with no end": (
        [("{from: 0, to: 100, multiplier: 0.8}", "{from: 0, multiplier: 0.8}")],
        {"scorecard.bands-after-open@44:16"},
    ),
    "a band that ends where it starts": (
        [("{from: 0, to: 100, multiplier: 0.8}", "{from: 100, to: 100, multiplier: 0.8}")],
        {"scorecard.band-empty@43:25"},
    ),
    "a bonus with both a multiplier and bands": (
        [("    requires_met: [renewal]", "    requires_met: [renewal]\n    multiplier: 1.0")],
        {"scorecard.bonus-multiplier@38:5"},
    ),
    "a text blank in English": (
        [("{zh: 续约率, en: Renewal}", "{zh: 续约率, en: ' '}")],
        {"scorecard.missing-text@16:25"},
    ),
    "a KPI id used twice": (
        [("      - id: defects", "      - id: renewal")],
        {"scorecard.duplicate-kpi@21:13", "scorecard.unknown-kpi@50:20"},
    ),
    "a rater id used twice": (
        [("{id: rd, name:", "{id: sales, name:")],
        {"scorecard.duplicate-rater@35:123"},
    ),
    "an assumption about nothing": (
        [("scoring:", "assumptions:\n  - about: [renwal]\n    text: {zh: 假设。, en: An assumption.}\nscoring:")],
        {"scorecard.unknown-id@10:13"},
    ),
    "a section with nothing in it": (
        [(MINI[MINI.index("    kpis:\n      - id: rating") : MINI.index("incentives:")], "")],
        {"scorecard.empty-section@27:5"},
    ),
}


def _changed(changes: list[tuple[str, str]]) -> str:
    text = MINI
    for old, new in changes:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def _issues(text: str, filename: str = "card.yaml") -> list[Issue]:
    loaded = load_card(text, filename)
    assert loaded.value is not None, [i.format() for i in loaded.issues]
    issues: list[Issue] = check_scorecard(loaded.value, loaded.document)
    return issues


def test_the_fixture_is_clean() -> None:
    assert _issues(MINI) == []


@pytest.mark.parametrize("name", list(CASES))
def test_each_rule_finds_its_problem_where_it_is(name: str) -> None:
    changes, expected = CASES[name]
    issues = _issues(_changed(changes))
    assert {f"{i.code}@{i.line}:{i.col}" for i in issues} == expected
    for issue in issues:
        assert issue.message == "" and issue.file == "card.yaml"
        for lang in ("zh", "en"):  # the words exist and take these parameters
            assert t(issue.code, lang, **issue.params)


def test_a_band_that_ends_where_it_starts_is_named_with_its_bounds() -> None:
    (issue,) = _issues(_changed([("{from: 0, to: 100, multiplier: 0.8}", "{from: 100, to: 100, multiplier: 0.8}")]))
    assert issue.params == {"start": 100, "end": 100}
    assert t(issue.code, "en", **issue.params) == "a band from 100 to 100 holds no score: to must be above from"


def test_weights_are_added_with_a_tolerance() -> None:
    """0.1 + 0.2 is not 0.3 in floating point: fractional weights that add up are not reported."""
    assert 0.1 + 0.2 != 0.3
    text = _changed([
        ("    weight: 70", "    weight: 0.3"), ("        weight: 40", "        weight: 0.1"),
        ("weight: 30\n  - id: support", "weight: 0.2\n  - id: support"),
        ("    weight: 30\n    kpis:", "    weight: 99.7\n    kpis:"),
        ("weight: 30\nincentives", "weight: 99.7\nincentives"),
    ])
    assert _issues(text) == []
    assert {i.code for i in _issues(text.replace("weight: 0.1", "weight: 0.11"))} == {"scorecard.weights-sum"}


@pytest.fixture(scope="module")
def stages_text() -> str:
    return template_path("lifecycle-stages").read_text(encoding="utf-8")


def _position(text: str, anchor: str, offset: int = 0) -> str:
    index = text.index(anchor) + offset
    line = text.count("\n", 0, index) + 1
    return f"{line}:{index - text.rfind(chr(10), 0, index)}"


def test_a_rule_for_every_stage_naming_a_kpi_of_one_stage(stages_text: str) -> None:
    text = stages_text.replace("    stages: [growth]\n    requires_met: [gmv-growth]", "    requires_met: [gmv-growth]")
    issues = _issues(text, "stages.yaml")
    at = _position(text, "requires_met: [gmv-growth]", len("requires_met: ["))
    assert [(i.code, f"{i.line}:{i.col}", i.params) for i in issues] == [
        ("scorecard.kpi-other-stage", at, {"value": "gmv-growth", "stages": ["startup", "mature"]})
    ]


def test_a_stage_whose_weights_do_not_add_up(stages_text: str) -> None:
    text = stages_text.replace("        name: {zh: 增长与渗透, en: Growth and penetration}\n        weight: 70",
                               "        name: {zh: 增长与渗透, en: Growth and penetration}\n        weight: 60")
    issues = _issues(text, "stages.yaml")
    codes = {(i.code, i.params.get("stage"), i.params.get("section")) for i in issues}
    assert codes == {("scorecard.weights-stage", "growth", None), ("scorecard.weights-sum", None, "growth-core")}


@pytest.mark.parametrize("name", TEMPLATES)
def test_the_bundled_templates_pass_every_rule(name: str) -> None:
    loaded = load_card(template_path(name).read_bytes(), f"{name}.yaml")
    assert loaded.issues == []
    assert check_scorecard(loaded.value, loaded.document) == []


CORE = [Path("pmladder/scorecard.py"), Path("pmladder/scorecard_values.py"), Path("pmladder/rules/scorecard.py"),
        Path("pmladder/model/scorecard.py")]


@pytest.mark.parametrize("path", CORE, ids=str)
def test_the_scorecard_core_makes_no_words(path: Path) -> None:
    """Codes and parameters only: no catalogue imported, no lang taken (issue 10's contract)."""
    tree = ast.parse((Path(__file__).parent.parent / path).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert not (node.module or "").startswith("pmladder.i18n"), f"{path} imports {node.module}"
        if isinstance(node, ast.arg):
            assert node.arg != "lang", f"{path}:{node.lineno} takes a lang"


def test_the_models_give_a_json_schema_the_templates_match() -> None:
    """What `pmladder schema scorecard` will print (the command step): the templates match it, a typo does not."""
    import jsonschema
    import yaml

    from pmladder.model.scorecard import Scorecard, ScorecardValues

    schema = Scorecard.model_json_schema(by_alias=True, mode="validation")
    validator = jsonschema.Draft202012Validator(schema)
    for name in TEMPLATES:
        validator.validate(yaml.safe_load(template_path(name).read_text(encoding="utf-8")))
    broken = yaml.safe_load(MINI.replace("direction: down", "direction: downward"))
    assert not validator.is_valid(broken)
    assert ScorecardValues.model_json_schema(by_alias=True)["title"] == "pmladder scorecard values"
