"""The interactive loop with an injected Console and input stream: keys, hints, saving, stopping, pickers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from rich.console import Console
from words import raises_in_words

from pmladder import questionnaire
from pmladder.cli import prompting
from pmladder.errors import InterruptedSession
from pmladder.i18n import error_text
from pmladder.io import ladders
from pmladder.model.answers import Answers
from pmladder.model.ladder import Ladder, Lang
from pmladder.questionnaire import State

if TYPE_CHECKING:
    from conftest import Golden

ANSWERS = Path(__file__).resolve().parent / "answers"


@pytest.fixture(scope="module")
def ladder() -> Ladder:
    return ladders.ladder_named(str(ANSWERS / "ladder.yaml"))


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=100, color_system=None, force_terminal=False, highlight=False), out


class _Saver:
    """Records every state it is asked to save."""

    def __init__(self) -> None:
        self.states: list[State] = []

    def __call__(self, state: State) -> Path:
        self.states.append(state)
        return Path("/data/sessions/answers-fixture.json")


def _run(ladder: Ladder, keys: str, lang: Lang = "en", **answers: str) -> tuple[State, str, _Saver]:
    console, out = _console()
    saver = _Saver()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, **answers))  # type: ignore[arg-type]
    state = prompting.run(start, console=console, stream=io.StringIO(keys), lang=lang, save=saver)
    return state, out.getvalue(), saver


KEYS = "\n".join(
    [
        "2",  # analysis.mid.1
        "7",  # analysis.mid.2: invalid, a hint and asked again
        "?",  # the scale explained
        "3",  # analysis.mid.2
        "b",  # at the example prompt of the mid cell: back to its last indicator
        "3",  # analysis.mid.2 again: the example is asked again
        "",  # no example: both ratings of the cell unverified
        "b",  # at analysis.senior.1: undoes the (declined) example with the rating that asked for it
        "3",  # analysis.mid.2 again
        "Traced churn to the export bug",  # one example for the cell, filed under analysis.mid.1
        "0",  # analysis.senior.1: not met, stop
        "9",  # situational: invalid option
        "2",  # option 2: ask
        "0",  # contra
        "s",  # skip delivery
        "",
    ]
)


def test_a_scripted_run_in_english(golden: Golden, ladder: Ladder) -> None:
    state, out, saver = _run(ladder, KEYS, track="ic", level_hint="mid")
    assert state.answers.ratings == {"analysis.mid.1": 2, "analysis.mid.2": 3, "analysis.senior.1": 0}
    assert state.answers.evidence == {"analysis.mid.1": "Traced churn to the export bug"}
    assert state.answers.choices == {"analysis.q1": "ask"}
    assert state.answers.contra == {"analysis.scribe": 0}
    assert state.answers.skipped == ["delivery"]
    assert state.history == (
        "indicator:analysis.mid.1",
        "indicator:analysis.mid.2",
        "evidence:analysis.mid.1",
        "indicator:analysis.senior.1",
        "situational:analysis.q1",
        "contra:analysis.scribe",
        "skip:delivery",
    )
    assert questionnaire.next_item(state) is None
    # saved after every answer, back and skip (not after the invalid keys, the help or the hints)
    assert len(saver.states) == 12
    # the example prompt was shown three times, with the level's expectation instead of one indicator
    assert out.count("Mid-level PM: Analyses requirements alone.\n") == 3
    assert out.count("Example > ") == 3
    assert "Give one example for this level: it backs all your ratings of 2 or 3 here" in out.replace("\n", "")
    assert saver.states[-1] == state
    assert "Competency 1/2 [------------] Analysis · Craft · 0 answered" in out
    assert "Competency 2/2 [######------] Delivery · Craft · 5 answered" in out
    assert "Type 0, 1, 2, 3 or n, then Enter (b back · s skip · ? help · q save and quit)" in out
    assert "Type a number from 1 to 3, then Enter (b back · s skip · ? help · q save and quit)" in out
    assert (
        "From Mid-level PM up, each level of a competency where you rate something 2 or 3 asks for one "
        "one-line example, which backs all your ratings of 2 or 3 at that level; if you press Enter to "
        "skip it, those ratings count as unverified"
    ) in out.replace("\n", "")
    assert "Skipped: Delivery" in out
    assert out.rstrip().endswith("All done: 5 answers.")
    golden(ANSWERS / "transcript-en.txt", out)


def test_a_scripted_run_in_chinese(golden: Golden, ladder: Ladder) -> None:
    state, out, _ = _run(ladder, KEYS, lang="zh", track="ic", level_hint="mid")
    assert state.answers.skipped == ["delivery"]
    assert "能力 1/2 [------------] 需求分析 · 专业能力 · 已答 0 题" in out
    assert "请输入 0、1、2、3 或 n 后回车" in out
    flat = out.replace("\n", "")
    assert "从“中级产品经理”起，一项能力的某一级里有评 2 或 3 的，会请你写一句实例（每项能力每级一句）" in flat
    assert out.count("中级产品经理：独立完成需求分析。\n") == 3
    assert "请为这一级写一句实例，它支撑你在这一级评的所有 2 分和 3 分" in flat
    golden(ANSWERS / "transcript-zh.txt", out)


def test_full_width_keys_from_a_chinese_keyboard_are_accepted(ladder: Ladder) -> None:
    state, _, _ = _run(ladder, "２\n３\n\n０\n２\n０\nｓ\n", track="ic", level_hint="mid")
    assert state.answers.ratings == {"analysis.mid.1": 2, "analysis.mid.2": 3, "analysis.senior.1": 0}
    assert state.answers.skipped == ["delivery"]


@pytest.mark.parametrize(("keys", "what"), [("2\n3\n\nq\n", "q"), ("2\n3\n\n", "end of input")])
def test_q_and_end_of_input_save_and_name_resume(ladder: Ladder, keys: str, what: str) -> None:
    console, _ = _console()
    saver = _Saver()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    with pytest.raises(InterruptedSession) as caught:
        prompting.run(start, console=console, stream=io.StringIO(keys), lang="en", save=saver)
    assert caught.value.exit_code == 130
    assert error_text(caught.value) == (
        "progress saved (2 answers) to /data/sessions/answers-fixture.json; continue with: pmladder "
        "assess --resume"
    )
    assert saver.states[-1].answers.ratings == {"analysis.mid.1": 2, "analysis.mid.2": 3}
    assert saver.states[-1].answers.evidence == {}
    assert saver.states[-1].history == (
        "indicator:analysis.mid.1",
        "indicator:analysis.mid.2",
        "evidence:analysis.mid.1",
    )


class _InterruptedStream(io.StringIO):
    """Gives its lines, then behaves like a user pressing Ctrl-C."""

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]
        line = super().readline()
        if not line:
            raise KeyboardInterrupt
        return line


def test_ctrl_c_saves_and_names_resume(ladder: Ladder) -> None:
    console, _ = _console()
    saver = _Saver()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic"))
    with raises_in_words(InterruptedSession, match="pmladder assess --resume"):
        prompting.run(start, console=console, stream=_InterruptedStream("1\n"), lang="zh", save=saver)
    assert saver.states[-1].answers.ratings == {"analysis.junior.1": 1}


def test_stopping_before_the_first_answer_saves_nothing(ladder: Ladder) -> None:
    console, _ = _console()
    saver = _Saver()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id))
    with raises_in_words(InterruptedSession, match=r"^stopped before the first answer; nothing to save$"):
        prompting.run(start, console=console, stream=io.StringIO("q\n"), lang="en", save=saver)
    assert saver.states == []


def test_back_at_the_first_question_goes_back_to_choosing_the_start_level(ladder: Ladder) -> None:
    # ic track, no hint: the first question is analysis.junior.1; b, then pick Mid-level PM (2 of 3)
    state, out, saver = _run(ladder, "b\n2\n2\nb\nb\n\n0\ns\ns\n", track="ic")
    assert (
        "↩ This is the first question: back to choosing where to start\n\n"
        "Roughly which level are you at now? The questions start there (Enter: start from the first level)\n"
        "  1) Junior PM\n  2) Mid-level PM\n  3) Senior PM  ic track\n  4) Product lead  management track\n"
    ) in out
    # the questions start at the picked level, the competency introduced again
    assert out.count("Analysis · Craft ──") == 3
    assert "↩ Undid: On my own I find the root cause behind… = 2 'often, on my own'\n" in out
    # b at the first question again (Enter: from the first level), then 0 and a skip of each competency
    assert state.answers.ratings == {"analysis.junior.1": 0}
    assert state.answers.level_hint is None
    assert state.answers.skipped == ["analysis", "delivery"]
    # nothing was saved before the first answer, and the start level counts from then on
    assert saver.states[0].history == ("indicator:analysis.mid.1",)
    assert saver.states[0].answers.level_hint == "mid"


def test_back_at_the_first_question_keeps_the_track_given(ladder: Ladder) -> None:
    console, out = _console()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="management", level_hint="lead"))
    stream = io.StringIO("b\n3\ns\ns\ns\ns\n")
    state = prompting.run(start, console=console, stream=stream, lang="zh", save=_Saver(), track="management")
    assert "↩ 这是第一题：回到起始级别的选择\n" in out.getvalue()
    assert "  3) 产品组长  management 路径\n" in out.getvalue()
    assert "高级产品经理" not in out.getvalue()  # a level of the ic track only
    assert state.answers.track == "management" and state.answers.level_hint == "lead"


@pytest.mark.parametrize(
    ("keys", "lang", "undid"),
    [
        ("2\nb\n", "en", "↩ Undid: On my own I find the root cause behind… = 2 'often, on my own'"),
        ("n\nb\n", "zh", "↩ 已撤销：我能独立找出需求背后的根因。 = n“没有机会”"),
        # at the example prompt: the example goes with the rating that asked for it
        (
            "2\n3\nTraced churn to the export bug\nb\n",
            "en",
            "↩ Undid: the example for Mid-level PM: 'Traced churn to the export bug'; "
            "I check requests against data. = 3 'consistently, others rely on me'",
        ),
        ("2\n3\n\nb\n", "zh", "↩ 已撤销：不写中级产品经理的实例；我会用数据验证需求。 = 3“一贯如此，别人依赖我”"),
        (
            "2\n3\n\n0\n2\nb\n",
            "en",
            "↩ Undid: Sales asks for a new report. You... = 2 'Ask what problem it solves first.'",
        ),
        ("2\n3\n\n0\n2\n1\nb\n", "en", "↩ Undid: I write requests into the spec exactly… = 1 'a little'"),
        ("s\nb\n", "en", "↩ Undid: skipped Analysis"),
        ("s\nb\n", "zh", "↩ 已撤销：跳过需求分析"),
    ],
)
def test_back_says_which_answer_it_undoes(ladder: Ladder, keys: str, lang: Lang, undid: str) -> None:
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None, force_terminal=False, highlight=False)
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    with pytest.raises(InterruptedSession):
        prompting.run(start, console=console, stream=io.StringIO(keys), lang=lang, save=_Saver())
    assert f"{undid}\n" in out.getvalue()


def test_short_cuts_long_statements_at_a_word_in_terminal_cells() -> None:
    assert prompting.short("Short enough.") == "Short enough."
    assert prompting.short("a  b\nc") == "a b c"
    assert prompting.short("x" * 50) == "x" * 39 + "…"
    assert prompting.short("汉" * 30) == "汉" * 19 + "…"  # two cells each
    # in a word: cut at the space before it
    assert prompting.short("I carry out a planned basic market study, and more", 30) == (
        "I carry out a planned basic…"
    )
    assert prompting.short("On my own I find the root cause behind a request.") == (
        "On my own I find the root cause behind…"
    )


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("en", "An example is at most 500 characters and this one has 501: here it is, to shorten and type again"),
        ("zh", "实例最多 500 个字符，这一句有 501 个：原文如下，删短后重新输入"),
    ],
)
def test_an_overlong_example_is_shown_again_to_shorten(ladder: Ladder, lang: Lang, hint: str) -> None:
    long = "Shipped the export fix; " + "x" * 477
    assert len(long) == 501
    state, out, _ = _run(
        ladder, "2\n2\n" + long + "\nShipped the export fix\n0\n2\n0\ns\n", lang=lang, track="ic", level_hint="mid"
    )
    flat = out.replace("\n", "")
    assert f"> {hint}Shipped the export fix; xxx" in flat  # the hint, then the example as typed
    assert flat.count("x" * 477) == 1
    assert state.answers.evidence == {"analysis.mid.1": "Shipped the export fix"}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_overlong_example_is_filled_in_to_edit_where_readline_is(
    ladder: Ladder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal with readline the example is put on the input line (readline's startup hook)."""
    inserted: list[str] = []
    hooks: list[object] = []

    class _Readline:
        @staticmethod
        def set_startup_hook(hook: object = None) -> None:
            hooks.append(hook)
            if callable(hook):
                hook()

        @staticmethod
        def insert_text(text: str) -> None:
            inserted.append(text)

    words = "shipped the export fix " * 27  # 621 characters of an example that counts as one
    typed = iter(["2", "2", words[:600], words[:500], "0", "2", "0", "s"])
    monkeypatch.setattr(prompting.prompter, "_enable_line_editing", lambda: _Readline)
    monkeypatch.setattr(prompting.Prompter, "_line_editing", lambda self: True)
    monkeypatch.setattr("builtins.input", lambda prompt: next(typed))
    console, out = _console()
    start = questionnaire.start(ladder, Answers(ladder=ladder.id, track="ic", level_hint="mid"))
    state = prompting.run(start, console=console, stream=_Terminal(), lang="en", save=_Saver())
    assert inserted == [words[:600].strip()]  # offered back once, then the line starts empty again
    assert hooks == [hooks[0], None] and callable(hooks[0])
    assert (
        "An example is at most 500 characters and this one has 600: it is filled in below, shorten it and "
        "press Enter"
    ) in " ".join(out.getvalue().split())
    assert words[:100] not in out.getvalue()  # not printed: it is on the input line
    assert state.answers.evidence == {"analysis.mid.1": words[:500].strip()}


def test_a_resumed_run_says_so(ladder: Ladder) -> None:
    console, out = _console()
    start = State(
        ladder,
        Answers(ladder=ladder.id, track="ic", ratings={"analysis.junior.1": 0}),
        ("indicator:analysis.junior.1",),
    )
    prompting.run(start, console=console, stream=io.StringIO("s\ns\n"), lang="en", save=_Saver())
    assert out.getvalue().startswith("Resuming your assessment of Test ladder where you stopped: 1 answer so far.\n")


def test_pick_level(ladder: Ladder) -> None:
    console, out = _console()
    picked = prompting.pick_level(ladder, console=console, stream=io.StringIO("9\nx\n4\n"), lang="en")
    assert picked is not None and picked.id == "lead"
    text = out.getvalue()
    assert "  4) Product lead  management track\n" in text
    assert text.count("Type a number from 1 to 4, then Enter") == 2
    console, _ = _console()
    assert prompting.pick_level(ladder, console=console, stream=io.StringIO("\n"), lang="en") is None


def test_pick_ladder(ladder: Ladder) -> None:
    console, out = _console()
    choices = [("B2B ladder", "b2b-business"), ("Mine", "/home/me/ladder.yaml")]
    assert prompting.pick_ladder(choices, console=console, stream=io.StringIO("0\n2\n"), lang="en") == 1
    assert "  1) B2B ladder  b2b-business\n  2) Mine  /home/me/ladder.yaml\n" in out.getvalue()
    console, _ = _console()
    with pytest.raises(InterruptedSession):
        prompting.pick_ladder(choices, console=console, stream=io.StringIO(""), lang="en")


def test_pick_ladder_refuses_a_marked_choice_and_asks_again() -> None:
    console, out = _console()
    choices = [("Good", "good"), ("Broken", "/l/broken.yaml  (invalid)")]
    refusals = [None, "Broken has errors: x.yaml:1:1: error"]
    stream = io.StringIO("2\n1\n")
    assert prompting.pick_ladder(choices, console=console, stream=stream, lang="en", refusals=refusals) == 0
    assert out.getvalue().endswith(
        "  2) Broken  /l/broken.yaml  (invalid)\n"
        "Number 1-2 (q quits) > Broken has errors: x.yaml:1:1: error\n"
        "Number 1-2 (q quits) > "
    )


def test_ask_yes(ladder: Ladder) -> None:
    console, _ = _console()
    hint = "Enter or c: continue · r: start over · q: quit"
    assert prompting.ask_yes(
        "Continue?", console=console, stream=io.StringIO("\n"), lang="en", yes="c", no="r", hint=hint
    )
    console, out = _console()
    assert not prompting.ask_yes(
        "Continue?", console=console, stream=io.StringIO("x\nr\n"), lang="en", yes="c", no="r", hint=hint
    )
    assert out.getvalue() == f"Continue? > {hint}\nContinue? > "


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("2\n", "2"),
        ("  ３ \r\n", "3"),  # full-width digit from a Chinese input method
        ("？\n", "?"),
        ("hel\x1b[Dlo\n", "hello"),  # an arrow key pressed without line editing
        ("a\x1bOAb\x07c\n", "abc"),
        ("\x1b\n", ""),
    ],
)
def test_typed_lines_are_cleaned(typed: str, read: str) -> None:
    assert prompting.clean(typed) == read


def test_pick_level_offers_only_the_levels_of_the_chosen_track(ladder: Ladder) -> None:
    console, out = _console()
    stream = io.StringIO("4\n3\n")
    picked = prompting.pick_level(ladder, console=console, stream=stream, lang="en", track="management")
    assert picked is not None and picked.id == "lead"
    text = out.getvalue()
    assert "  3) Product lead  management track\n" in text
    assert "Senior" not in text  # the ic track's own level
    assert "Type a number from 1 to 3, then Enter" in text
