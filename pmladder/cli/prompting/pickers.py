"""The pickers of an interactive run: which ladder, where to start, and two-way questions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from rich.console import Console

from pmladder.cli.prompting.prompter import Frame, Prompter, _numbered, _Quit, key
from pmladder.errors import InterruptedSession
from pmladder.i18n import t
from pmladder.model.ladder import Ladder, Lang, Level
from pmladder.questionnaire import State
from pmladder.render.wrap import CjkText


def pick_ladder(
    choices: Sequence[tuple[str, str]],
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    refusals: Sequence[str | None] = (),
) -> int:
    """Let the user choose one of ``choices`` (label, detail); returns its index.

    ``refusals[i]``, when given and not None, marks choice ``i`` as one that cannot be used (its detail
    in red): picking it shows that text and asks again.
    """
    prompter = Prompter(console, stream, lang)
    prompter.say("pick-ladder", "bold")
    refused = list(refusals) + [None] * (len(choices) - len(refusals))
    for number, ((label, detail), refusal) in enumerate(zip(choices, refused, strict=True), 1):
        line = CjkText(label, style="bold")
        line.append(f"  {detail}", style="red" if refusal is not None else "dim")
        _numbered(console, number, line)
    last = len(choices)
    try:
        while True:
            answer_line = key(prompter.ask(t("prompting.ask-ladder", lang, last=last)))
            if answer_line == "q":
                raise _Quit
            if answer_line.isdigit() and 1 <= int(answer_line) <= last:
                refusal = refused[int(answer_line) - 1]
                if refusal is None:
                    return int(answer_line) - 1
                prompter.show(refusal, "yellow")
                continue
            prompter.say("hint-ladder", "yellow", last=last)
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession("prompting.stopped-early") from None


def pick_level(
    ladder: Ladder,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    track: str | None = None,
    frame: Frame | None = None,
) -> Level | None:
    """Ask for the user's current level (None: start from the first level); only the levels of
    ``track`` when one was chosen (--track), else every level of the ladder. About someone else
    (``frame``), it asks for their level."""
    prompter = Prompter(console, stream, lang, frame)
    console.print()
    prompter.say("pick-level", "bold")
    tracks = ladder.tracks()
    levels = list(tracks[track]) if track in tracks else list(ladder.levels)
    for number, level in enumerate(levels, 1):
        line = CjkText(level.name.get(lang), style="bold")
        if level.track is not None:
            name = ladder.track_name(level.track)
            label = name.get(lang) if name is not None else t("prompting.track", lang, track=level.track)
            line.append("  " + label, style="dim")
        _numbered(console, number, line)
    last = len(levels)
    try:
        while True:
            answer_line = key(prompter.ask(prompter.words("ask-level", last=last)))
            if answer_line == "q":
                raise _Quit
            if not answer_line:
                return None
            if answer_line.isdigit() and 1 <= int(answer_line) <= last:
                return levels[int(answer_line) - 1]
            prompter.say("hint-ladder", "yellow", last=last)
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession("prompting.stopped-early") from None


def choose_start(
    state: State,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    track: str | None = None,
    frame: Frame | None = None,
) -> State:
    """Ask where to start (``pick_level``) and return ``state`` starting there: the picked level as the
    level hint, and its track unless ``track`` (--track) was given; Enter starts from the first level."""
    picked = pick_level(state.ladder, console=console, stream=stream, lang=lang, track=track, frame=frame)
    update = {
        "level_hint": picked.id if picked is not None else None,
        "track": track or (picked.track if picked is not None else None),
    }
    return State(state.ladder, state.answers.model_copy(update=update), state.history)


def ask_yes(
    question: str,
    *,
    console: Console,
    stream: TextIO,
    lang: Lang,
    yes: str,
    no: str,
    hint: str,
    stopped: str = "stopped-early",
) -> bool:
    """A two-way choice: Enter or ``yes`` gives True, ``no`` gives False; q, Ctrl-C and EOF stop.

    Anything else is answered with ``hint``, which names every key that can be typed. ``stopped`` is
    the key of the message the stop ends with (e.g. ``stopped-kept`` when a saved session is left as
    it was).
    """
    prompter = Prompter(console, stream, lang)
    try:
        while True:
            line = key(prompter.ask(question))
            if line == "q":
                raise _Quit
            if line in ("", yes):
                return True
            if line == no:
                return False
            prompter.show(hint, "yellow")
    except (_Quit, KeyboardInterrupt):
        raise InterruptedSession(f"prompting.{stopped}") from None
