"""`pmladder show`: what the articles give beside the matrix: level types, a level's duties and trap, a
competency's learning resources, the FAQ (golden renders in zh and en, Markdown and JSON)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from compare_fixtures import ALPHA

from pmladder.cli import main
from pmladder.io.ladders import ladder_named
from pmladder.model.comparison import LadderFaq, LadderView

if TYPE_CHECKING:
    from conftest import Golden

LANGS = ["zh", "en"]


def show(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["show", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("lang", LANGS)
def test_golden_b2b_business_matrix_with_its_level_types(
    golden: Golden, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, out, err = show(capsys, "b2b-business", "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"show/b2b-business.{lang}.txt", out)


@pytest.mark.parametrize("lang", LANGS)
def test_golden_a_level_with_its_type_trap_and_duties(
    golden: Golden, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    code, out, _ = show(capsys, "b2b-business", "--level", "entry", "--lang", lang)
    assert code == 0
    golden(f"show/b2b-business-entry.{lang}.txt", out)


@pytest.mark.parametrize("lang", LANGS)
def test_golden_pm_generic_duties_in_markdown(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, _ = show(capsys, "pm-generic", "--level", "junior", "--format", "markdown", "--lang", lang)
    assert code == 0
    golden(f"show/pm-generic-junior.{lang}.md", out)
    duties = ladder_named("pm-generic").level("junior").duties  # type: ignore[union-attr]
    assert duties and all(f"- {d.get(lang)}" in out for d in duties)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
def test_golden_faq(golden: Golden, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out, err = show(capsys, "b2b-business", "--faq", "--lang", lang)
    assert (code, err) == (0, "")
    golden(f"show/b2b-business-faq.{lang}.txt", out)


def test_golden_faq_markdown(golden: Golden, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = show(capsys, "b2b-business", "--faq", "--format", "markdown", "--lang", "en")
    assert code == 0
    golden("show/b2b-business-faq.en.md", out)


def test_faq_json_is_the_ladder_faq(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = show(capsys, "b2b-business", "--faq", "--format", "json")
    assert code == 0
    faq = LadderFaq.model_validate_json(out)
    assert faq.ladder.id == "b2b-business"
    assert faq.faq == ladder_named("b2b-business").faq
    assert json.loads(out)["schema"] == "pmladder/ladder-faq@1"


@pytest.mark.parametrize(
    ("args", "lang", "message"),
    [
        (
            ["--level", "entry"],
            "en",
            "pmladder: --faq shows the whole ladder's FAQ and cannot be combined with --level\n",
        ),
        (["--competency", "planning"], "zh", "pmladder: --faq 显示整个职级体系的常见问题，不能与 --competency 同用\n"),
    ],
)
def test_faq_is_alone(capsys: pytest.CaptureFixture[str], args: list[str], lang: str, message: str) -> None:
    code, out, err = show(capsys, "b2b-business", "--faq", *args, "--lang", lang)
    assert (code, out, err) == (2, "", message)


@pytest.mark.parametrize(("lang", "words"), [("zh", "这个职级体系没有常见问题。"), ("en", "This ladder has no FAQ.")])
def test_a_ladder_without_faq_says_so(capsys: pytest.CaptureFixture[str], lang: str, words: str) -> None:
    code, out, _ = show(capsys, str(ALPHA), "--faq", "--lang", lang)
    assert code == 0
    assert out.splitlines()[-1] == words


@pytest.mark.parametrize(("lang", "label"), [("zh", "学习资源："), ("en", "Learning resources:")])
def test_one_competency_shows_its_learning_resources(
    capsys: pytest.CaptureFixture[str], lang: str, label: str
) -> None:
    code, out, _ = show(capsys, "pm-generic", "--competency", "data", "--lang", lang)
    assert code == 0
    after = out[out.index(label) :]
    assert "Alistair Croll, Benjamin Yoskovitz" in after
    assert ("《精益数据分析》" in after, "Lean Analytics" in after) == (lang == "zh", lang == "en")


def test_the_json_view_carries_types_duties_and_resources(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = show(capsys, "b2b-business", "--format", "json")
    view = LadderView.model_validate_json(out)
    assert [(t.id, [lv.id for lv in t.levels]) for t in view.types] == [
        ("passive", ["entry", "junior"]),
        ("active", ["intermediate", "senior"]),
    ]
    assert view.faq_count == 4 and view.resources == []
    _, out, _ = show(capsys, "b2b-business", "--level", "junior", "--format", "json")
    view = LadderView.model_validate_json(out)
    assert view.level is not None and view.level.type is not None and view.level.type.id == "passive"
    assert view.level.duties == ladder_named("b2b-business").level("junior").duties  # type: ignore[union-attr]
    assert view.types == []
    _, out, _ = show(capsys, "b2b-business", "--competency", "strategy", "--format", "json")
    view = LadderView.model_validate_json(out)
    assert view.resources == ladder_named("b2b-business").resources_for("strategy")


def test_the_matrix_points_to_the_faq_only_when_there_is_one(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = show(capsys, "b2b-business", "--lang", "en")
    assert out.rstrip().endswith("This ladder has 4 frequently asked questions: add --faq to read them.")
    _, out, _ = show(capsys, str(ALPHA), "--lang", "en")
    assert "--faq" not in out
