"""The usage errors of assess, compare and show name levels, tracks, competencies and ladders; an id
appears only as the user typed it (quoted) or as a value to type, with its name beside it."""

from __future__ import annotations

import re

import pytest

from pmladder.cli import main
from pmladder.io.ladders import ladder_named as load_ladder

ARCHITECT = "tests/personas/b2b-healthcare/architect.yaml"
MANAGER = "tests/personas/b2b-healthcare/manager.yaml"

CASES: list[list[str]] = [
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--target", "assistant"],
    ["assess", "b2b-healthcare", "--answers", MANAGER, "--target", "specialist"],
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--target", "cto"],
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--level-hint", "cto"],
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--track", "sideways"],
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--track", "management", "--level-hint", "architect"],
    ["assess", "b2b-healthcare", "--answers", ARCHITECT, "--track", "management", "--target", "architect"],
    ["compare", "pm-generic", "--from", "junior", "--to", "cto"],
    ["compare", "pm-generic", "--from", "senior", "--to", "junior"],
    ["compare", "pm-generic", "--from", "senior", "--to", "senior"],
    ["compare", "b2b-healthcare", "pm-generic", "--competency", "cooking"],
    ["compare", "b2b-healthcare", "pm-generic", "--competency", "analysis", "--level", "cto"],
    ["show", "b2b-healthcare", "--level", "cto"],
    ["show", "b2b-healthcare", "--competency", "cooking"],
]


def _strip_names_and_choices(text: str, ladder_ids: list[str], lang: str) -> str:
    """The message without what may hold an id: values as typed ('cto'), choices ``id (name)``, names."""
    text = re.sub(r"'[^']*'", "", text)
    text = re.sub(r"[A-Za-z0-9_-]+ \([^()]*\)" if lang == "en" else r"[A-Za-z0-9_-]+（[^（）]*）", "", text)
    for ladder_id in ladder_ids:
        ladder = load_ladder(ladder_id)
        names = [ladder.name, *(lv.name for lv in ladder.levels), *(c.name for c in ladder.competencies)]
        names += [t.name for t in ladder.track_names]
        for name in sorted((n.get(lang) for n in names), key=len, reverse=True):
            text = text.replace(name, "")
    return text


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("args", CASES, ids=lambda a: " ".join(x for x in a if "/" not in x))
def test_a_usage_error_names_things_and_shows_ids_only_to_type(
    args: list[str], lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--lang", lang]) == 2
    err = capsys.readouterr().err
    ladder_ids = [a for a in args[1:3] if a in ("b2b-healthcare", "pm-generic")]
    ids = {ladder_id for ladder_id in ladder_ids}
    for ladder_id in ladder_ids:
        ladder = load_ladder(ladder_id)
        ids |= {lv.id for lv in ladder.levels} | {c.id for c in ladder.competencies} | set(ladder.tracks())
    rest = _strip_names_and_choices(err.removeprefix("pmladder: "), ladder_ids, lang)
    bare = [i for i in sorted(ids) if re.search(rf"(?<![A-Za-z0-9_-]){re.escape(i)}(?![A-Za-z0-9_-])", rest)]
    assert not bare, (bare, err)


def test_the_target_is_named_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    # the tester's case: the raw id "assistant" mid-sentence, unquoted
    assert main([*CASES[0], "--lang", "zh"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: 目标级别“产品助理”不高于当前估计（产品架构师，架构师路线）：这已是该路径的最高级，不要指定目标级别\n"
    )
    assert main([*CASES[0], "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        "pmladder: the target, Product assistant, is not above the current estimate (Product architect, "
        "Architect track), the top of that track: leave the target out\n"
    )
